#pragma once

#include "domain/Language.h"
#include "domain/Round.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;

namespace gonggu {

class ChecklistModel;
class EditCommand;
class EmptyTableHint;
class FieldError;
class WorkspaceSession;

/** The round's supplier checklist on the To Do page: questions and chores ticked when settled and edited in
 *  place, the default supplier questions on request, and whether the supplier's minimum quantity is reached
 *  (with a notice for the buyers once applications closed below it). Every change is undoable. */
class ChecklistPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistPanel(WorkspaceSession &session, QWidget *parent = nullptr);

    /** Shows the round's checklist, defaults and notices in `language`; throws gonggu::Error when the workspace
     *  cannot be read. */
    void showRound(const Round &round, Language language);
    void clear();
    /** Reads the checklist and the minimum-quantity check again. */
    void reload();
    /** Reads only the minimum-quantity check again (orders changed). */
    void reloadMinimum();

    ChecklistModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLineEdit *newItemEdit() const { return m_newItem; }
    QLabel *minimumLabel() const { return m_minimum; }
    QWidget *noticeBox() const { return m_noticeBox; }
    FieldError *errorLabel() const { return m_error; }
    /** The notice for the buyers shown; empty when none applies. */
    QString buyerNotice() const;

    QAction *addItemAction() const { return m_addItem; }
    QAction *removeItemAction() const { return m_removeItem; } // Delete
    QAction *addDefaultsAction() const { return m_addDefaults; }
    QAction *copyNoticeAction() const { return m_copyNotice; }

    /** Adds the text in the new-item field to the checklist and empties the field. */
    void addTypedItem();
    void removeCurrent();
    void addDefaultQuestions();
    void copyNotice();
    /** Ticks or unticks, or rewords, an item (what the check boxes and in-place editing do). */
    void setItemDone(qint64 itemId, bool done);
    void setItemText(qint64 itemId, const QString &text);

signals:
    /** The checklist was read again (the count of open items may have changed). */
    void reloaded();

private:
    void createActions();
    void updateActions();
    bool run(std::unique_ptr<EditCommand> command);

    WorkspaceSession &m_session;
    std::optional<Round> m_round;
    Language m_language = Language::Korean;
    ChecklistModel *m_model;
    QListView *m_view;
    EmptyTableHint *m_emptyHint = nullptr;
    QLineEdit *m_newItem = nullptr;
    FieldError *m_error = nullptr;
    QLabel *m_minimum = nullptr;
    QWidget *m_noticeBox = nullptr;
    QPlainTextEdit *m_notice = nullptr;

    QAction *m_addItem = nullptr;
    QAction *m_removeItem = nullptr;
    QAction *m_addDefaults = nullptr;
    QAction *m_copyNotice = nullptr;
};

} // namespace gonggu
