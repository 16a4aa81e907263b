#pragma once

#include "domain/Ids.h"

#include <QList>
#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace gonggu {

class Clock;
class EditCommand;
class Error;
class RoundSummaries;
class Workspace;
class WorkspaceWatcher;

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
    /** Reports a refused edit, undo or redo; one refused because another coordinator changed the rows since this
     *  window read them also reloads every page, so that the user sees the other coordinator's version. */
    void reportRefusal(const Error &error);
    /** An edit, undo or redo of this window is about to commit changes: the history records them as `summary`
     *  (the command's text) of `round`. */
    void beginOwnChanges(std::optional<RoundId> round, const QString &summary);
    /** They are committed (or refused): the watcher says at once whether others changed the workspace before or
     *  in between (it knows the window's own changes by their records). */
    void endOwnChanges();

    /** Tells every page that anything may have changed (another coordinator's edit): they all reload, keeping
     *  their selection. A page hears several of the signals below; its reading waits for everythingReloaded(),
     *  so that it reads once. */
    void reloadEverything();
    /** True while reloadEverything() sends its signals. */
    bool isReloadingEverything() const { return m_reloadingEverything; }
    /** Watches the workspace for changes made elsewhere (another coordinator, gonggu-cli); nullptr in sessions
     *  that were not asked to (startWatching()). */
    WorkspaceWatcher *watcher() const { return m_watcher; }
    /** Starts watching, checking the change counter every `pollMilliseconds` (and, on a server, listening). */
    void startWatching(int pollMilliseconds);

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
    /** Someone else changed the workspace (their coordinator name, or empty when unknown); the pages are reloaded
     *  already when this comes. */
    void changedElsewhere(const QString &coordinator);
    /** reloadEverything() has sent every change signal: the pages read what they held back. */
    void everythingReloaded();

private:
    std::unique_ptr<Workspace> m_workspace;
    const Clock &m_clock;
    QUndoStack m_undoStack;
    RoundSummaries *m_summaries; // a child, connected to the signals before anything else
    WorkspaceWatcher *m_watcher = nullptr;
    bool m_reloadingEverything = false;
};

} // namespace gonggu
