#pragma once

#include "domain/Ids.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace gonggu {

class WorkspaceSession;

/** Base of every undoable edit. Subclasses implement apply() and revert() against core and
 *  announce() the change so that pages reload; core's errors never escape into Qt's event loop. */
class EditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCommand)

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

    /** The round the edit concerns, for the change history; none for the directory's edits. */
    std::optional<RoundId> round() const { return m_round; }

protected:
    WorkspaceSession &session() { return m_session; }
    void setRound(RoundId round) { m_round = round; }

private:
    /** Runs the step as the history should record it, reporting a refusal instead of throwing. */
    void guarded(void (EditCommand::*step)(), const QString &summary);

    WorkspaceSession &m_session;
    std::optional<RoundId> m_round;
    bool m_applied = false; // set by WorkspaceSession::execute(): the first redo() has nothing to do
};

} // namespace gonggu
