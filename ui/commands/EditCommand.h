#pragma once

#include <QUndoCommand>

namespace gonggu {

class WorkspaceSession;

/** Base of every undoable edit. Subclasses implement apply() and revert() against core and
 *  announce() the change so that pages reload; core's errors never escape into Qt's event loop. */
class EditCommand : public QUndoCommand
{
public:
    EditCommand(WorkspaceSession &session, const QString &text);

    /** Does the edit; throws gonggu::Error when it is refused (nothing is changed then). */
    virtual void apply() = 0;
    /** Takes the edit back. */
    virtual void revert() = 0;
    /** Emits the session's change signals for what this command touches. */
    virtual void announce() = 0;

    void redo() final;
    void undo() final;

protected:
    WorkspaceSession &session() { return m_session; }

private:
    void guarded(void (EditCommand::*step)());

    WorkspaceSession &m_session;
    bool m_applied = false; // set by WorkspaceSession::execute(): the first redo() has nothing to do
};

} // namespace gonggu
