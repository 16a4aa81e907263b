#include "WorkspaceSession.h"

#include "RoundSummaries.h"
#include "WorkspaceWatcher.h"
#include "commands/EditCommand.h"
#include "domain/Errors.h"
#include "storage/RoundRepository.h"
#include "storage/Workspace.h"

#include <QScopedValueRollback>

namespace gonggu {

WorkspaceSession::WorkspaceSession(std::unique_ptr<Workspace> workspace, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(std::move(workspace)), m_clock(clock), m_summaries(new RoundSummaries(*this))
{
}

// The undo stack's commands refer to the workspace: clear them before it closes.
WorkspaceSession::~WorkspaceSession()
{
    m_undoStack.clear();
}

bool WorkspaceSession::execute(std::unique_ptr<EditCommand> command)
{
    beginOwnChanges(command->round(), command->text());
    try {
        command->apply();
    } catch (const Error &error) {
        endOwnChanges();
        reportRefusal(error);
        return false;
    }
    endOwnChanges();
    command->announce();
    m_undoStack.push(command.release()); // its first redo() is a no-op: apply() already ran
    return true;
}

void WorkspaceSession::reportError(const QString &message)
{
    emit errorOccurred(message);
}

void WorkspaceSession::reportRefusal(const Error &error)
{
    reportError(error.message());
    if (dynamic_cast<const ConflictError *>(&error))
        reloadEverything();
}

void WorkspaceSession::beginOwnChanges(std::optional<RoundId> round, const QString &summary)
{
    m_workspace->describeNextChanges(round, summary);
}

void WorkspaceSession::endOwnChanges()
{
    if (m_watcher)
        m_watcher->checkNow();
}

void WorkspaceSession::reloadEverything()
{
    std::vector<Round> rounds;
    try {
        rounds = RoundRepository(*m_workspace).all();
    } catch (const Error &error) {
        reportError(error.message());
        return;
    }
    {
        const QScopedValueRollback reloading(m_reloadingEverything, true);
        emit roundsChanged();
        emit peopleChanged();
        for (const Round &round : rounds) {
            emit roundChanged(round.id);
            emit ordersChanged(round.id, {});
            emit paymentsChanged(round.id);
            emit expensesChanged(round.id);
            emit templatesChanged(round.id);
            emit contactsChanged(round.id);
            emit remindersChanged(round.id);
            emit checklistChanged(round.id);
        }
    }
    emit everythingReloaded();
}

void WorkspaceSession::startWatching(int pollMilliseconds)
{
    if (m_watcher)
        return;
    m_watcher = new WorkspaceWatcher(*m_workspace, pollMilliseconds, this);
    connect(m_watcher, &WorkspaceWatcher::changedElsewhere, this, [this](const QString &coordinator) {
        reloadEverything();
        emit changedElsewhere(coordinator);
    });
}

} // namespace gonggu
