#pragma once

#include "domain/Ids.h"

#include <QWidget>

#include <optional>

class QAction;
class QListView;

namespace gonggu {

class RoundListModel;
class WorkspaceSession;
struct RoundSummary;

/** The rounds list on the left: every round with its status and head counts, kept current as edits
 *  land, so the selection (and the pages showing it) survive edits and undo. */
class RoundSidebar : public QWidget
{
    Q_OBJECT

public:
    explicit RoundSidebar(WorkspaceSession &session, QWidget *parent = nullptr);

    RoundListModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    /** Offers New Round… and Edit Round… in the list's context menu; a double click (or Enter) edits. */
    void setRoundActions(QAction *newRound, QAction *editRound);

    std::optional<RoundId> currentRound() const { return m_current; }
    /** The selected round with its head counts and money; nullptr when none is selected. */
    const RoundSummary *currentSummary() const;
    /** Selects the round; false when the list does not hold it. */
    bool selectRound(RoundId id);
    /** Selects the first round unless one is selected already. */
    void ensureSelection();

signals:
    /** Another round (or none) is selected. */
    void currentRoundChanged();
    /** The selected round stayed, but its details, orders or payments changed. */
    void currentRoundUpdated();
    /** Rounds were added or removed (the window shows the welcome page when none are left). */
    void roundCountChanged(int count);

private:
    void reloadAll();
    void refreshRound(RoundId id);
    void followCurrentIndex();

    WorkspaceSession &m_session;
    RoundListModel *m_model;
    QListView *m_list;
    std::optional<RoundId> m_current;
};

} // namespace gonggu
