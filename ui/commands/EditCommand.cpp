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
    guarded(&EditCommand::apply, text());
}

void EditCommand::undo()
{
    // The history reads as the Edit menu did when the user chose it.
    guarded(&EditCommand::revert, tr("Undo: %1").arg(text()));
}

void EditCommand::guarded(void (EditCommand::*step)(), const QString &summary)
{
    m_session.beginOwnChanges(m_round, summary);
    try {
        (this->*step)();
    } catch (const Error &error) {
        // The workspace no longer matches this step (changed elsewhere): say so and keep the stack usable.
        m_session.endOwnChanges();
        announce();
        m_session.reportRefusal(error);
        return;
    }
    m_session.endOwnChanges();
    announce();
}

} // namespace gonggu
