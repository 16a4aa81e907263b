#include "EditCommand.h"

#include "WorkspaceSession.h"
#include "domain/Errors.h"

namespace gonggu {

EditCommand::EditCommand(WorkspaceSession &session, const QString &text) : m_session(session)
{
    setText(text);
}

void EditCommand::redo()
{
    if (!m_applied) { // pushed by WorkspaceSession::execute() right after apply()
        m_applied = true;
        return;
    }
    guarded(&EditCommand::apply);
}

void EditCommand::undo()
{
    guarded(&EditCommand::revert);
}

void EditCommand::guarded(void (EditCommand::*step)())
{
    try {
        (this->*step)();
    } catch (const Error &error) {
        // The workspace no longer matches this step (changed elsewhere): say so and keep the stack usable.
        m_session.reportError(error.message());
    }
    announce();
}

} // namespace gonggu
