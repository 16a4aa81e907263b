#pragma once

#include "domain/Ids.h"

#include <QList>
#include <QObject>
#include <QUndoStack>

#include <memory>

namespace gonggu {

class Clock;
class EditCommand;
class RoundSummaries;
class Workspace;

/** One open workspace in the GUI: the workspace, its undo stack, and the change notifications that
 *  pages listen to. Every edit goes through execute(), so every edit can be undone. */
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    WorkspaceSession(std::unique_ptr<Workspace> workspace, const Clock &clock, QObject *parent = nullptr);
    ~WorkspaceSession() override;

    Workspace &workspace() { return *m_workspace; }
    const Workspace &workspace() const { return *m_workspace; }
    const Clock &clock() const { return m_clock; }
    QUndoStack *undoStack() { return &m_undoStack; }
    /** The rounds' summaries, shared by every page and kept until the signals below say they changed. */
    RoundSummaries &summaries() { return *m_summaries; }

    /** Applies the edit and, when it succeeded, puts it on the undo stack. A refused edit (bad input)
     *  is reported through errorOccurred(), changes nothing and returns false. */
    bool execute(std::unique_ptr<EditCommand> command);
    /** Reports an error from an undo or redo (e.g. the workspace changed underneath). */
    void reportError(const QString &message);

signals:
    void roundsChanged();                                                            // added, removed, renamed, status
    void roundChanged(gonggu::RoundId round);                                        // details or items of one round
    void ordersChanged(gonggu::RoundId round, const QList<gonggu::OrderId> &orders); // empty: all of them
    void peopleChanged();
    void paymentsChanged(gonggu::RoundId round);
    void expensesChanged(gonggu::RoundId round);  // what the round spent (settlement)
    void templatesChanged(gonggu::RoundId round); // the round's own message wording
    void contactsChanged(gonggu::RoundId round);  // messages marked sent (the contact log)
    void remindersChanged(gonggu::RoundId round); // done, snoozed, added or removed reminders
    void checklistChanged(gonggu::RoundId round); // supplier questions and chores
    void errorOccurred(const QString &message);

private:
    std::unique_ptr<Workspace> m_workspace;
    const Clock &m_clock;
    QUndoStack m_undoStack;
    RoundSummaries *m_summaries; // a child, connected to the signals before anything else
};

} // namespace gonggu
