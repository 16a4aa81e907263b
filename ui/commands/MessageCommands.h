#pragma once

#include "EditCommand.h"
#include "domain/ContactLogEntry.h"
#include "domain/Ids.h"
#include "domain/MessageTemplate.h"
#include "services/messages/ComposedMessage.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace gonggu {

/** Gives a round its own wording of a message kind in one language; undo puts back the wording it had before
 *  (its own earlier one, or the default). */
class SaveTemplateCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveTemplateCommand)

public:
    SaveTemplateCommand(WorkspaceSession &session, RoundId round, MessageTemplate wording);

    void apply() override;
    void revert() override;
    void announce() override;

private:
    RoundId m_round;
    MessageTemplate m_wording;
    std::optional<MessageTemplate> m_previous; // the round's own before, nullopt when it used the default
    bool m_firstApply = true;
};

/** Puts a message kind of a round back to the default wording; undo brings the round's own back. */
class ResetTemplateCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResetTemplateCommand)

public:
    ResetTemplateCommand(WorkspaceSession &session, RoundId round, ContactKind kind, Language language);

    void apply() override;
    void revert() override;
    void announce() override;

private:
    RoundId m_round;
    ContactKind m_kind;
    Language m_language;
    std::optional<MessageTemplate> m_own; // what the reset removed
};

/** Records messages as sent over a channel in the contact log, so that the next bulk send skips those
 *  buyers; undo takes the entries out again, redo puts the same entries back (ids and time). */
class MarkSentCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(MarkSentCommand)

public:
    MarkSentCommand(WorkspaceSession &session, RoundId round, std::vector<ComposedMessage> messages,
                    ContactChannel channel);

    /** The contact log entries the last apply() wrote, in the order of the messages. */
    const std::vector<qint64> &entryIds() const { return m_ids; }

    void apply() override;
    void revert() override;
    void announce() override;

private:
    RoundId m_round;
    std::vector<ComposedMessage> m_messages;
    ContactChannel m_channel;
    std::vector<qint64> m_ids;
    std::vector<ContactLogEntry> m_removed; // by the last undo, for the redo
};

} // namespace gonggu
