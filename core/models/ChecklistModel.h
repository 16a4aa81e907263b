#pragma once

#include "domain/ChecklistItem.h"

#include <QAbstractListModel>

#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** A round's supplier questions and chores, in checklist order, each with a check box (ticked = done) and
 *  text edited in place. The model writes nothing itself: a tick or a new text is passed on as a request
 *  (so that the page runs it as an undoable command) and shows once the workspace has it. */
class ChecklistModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ItemIdRole = Qt::UserRole,
    };

    explicit ChecklistModel(const Workspace &workspace, QObject *parent = nullptr);

    /** Loads the round's checklist; throws gonggu::Error when the workspace cannot be read. */
    void showRound(RoundId round);
    /** Reads the shown round's checklist again; rows that kept their place only change their data, so views
     *  keep their selection and current item. */
    void reload();
    void clear();

    const std::vector<ChecklistItem> &items() const { return m_items; }
    const ChecklistItem &itemAt(int row) const { return m_items.at(std::size_t(row)); }
    /** The row showing the item, or -1. */
    int rowOf(qint64 id) const;
    /** Items not yet done. */
    int openCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /** Passes a tick (Qt::CheckStateRole) or a new text (Qt::EditRole) on as a request and returns false:
     *  nothing has changed yet. An unchanged text is no request. */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void doneChangeRequested(qint64 itemId, bool done);
    void textChangeRequested(qint64 itemId, const QString &text);

private:
    const Workspace &m_workspace;
    std::optional<RoundId> m_round;
    std::vector<ChecklistItem> m_items;
};

} // namespace gonggu
