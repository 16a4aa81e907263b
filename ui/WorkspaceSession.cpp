#include "WorkspaceSession.h"

#include "RoundSummaries.h"
#include "commands/EditCommand.h"
#include "domain/Errors.h"
#include "storage/Workspace.h"

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
    try {
        command->apply();
    } catch (const Error &error) {
        reportError(error.message());
        return false;
    }
    command->announce();
    m_undoStack.push(command.release()); // its first redo() is a no-op: apply() already ran
    return true;
}

void WorkspaceSession::reportError(const QString &message)
{
    emit errorOccurred(message);
}

} // namespace gonggu
