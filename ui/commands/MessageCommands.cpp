#include "MessageCommands.h"

#include "MessageLinks.h"
#include "MessageText.h"
#include "WorkspaceSession.h"
#include "domain/Errors.h"
#include "services/messages/ContactHistory.h"
#include "services/messages/RoundTemplates.h"
#include "storage/MessageTemplateRepository.h"

namespace gonggu {
namespace {

// The round's own wording, to put back on undo; nullopt when it uses the default.
std::optional<MessageTemplate> ownWording(const Workspace &workspace, RoundId round, ContactKind kind,
                                          Language language)
{
    return MessageTemplateRepository(workspace).find(round, kind, language);
}

QString describeMarkSent(const std::vector<ComposedMessage> &messages, ContactChannel channel)
{
    if (messages.size() == 1)
        return MarkSentCommand::tr("Mark the message to %1 as sent (%2)")
            .arg(MessageLinks::addressee(messages.front()), MessageText::of(channel));
    return MarkSentCommand::tr("Mark %1 messages as sent (%2)").arg(messages.size()).arg(MessageText::of(channel));
}

} // namespace

SaveTemplateCommand::SaveTemplateCommand(WorkspaceSession &session, RoundId round, MessageTemplate wording)
    : EditCommand(
          session,
          tr("Save the wording of “%1” (%2)").arg(MessageText::of(wording.kind), MessageText::of(wording.language))),
      m_round(round), m_wording(std::move(wording))
{
    setRound(round);
}

void SaveTemplateCommand::apply()
{
    if (m_firstApply) // the wording to go back to, read once: a redo must not take the saved one for it
        m_previous = ownWording(session().workspace(), m_round, m_wording.kind, m_wording.language);
    RoundTemplates(session().workspace()).save(m_round, m_wording);
    m_firstApply = false;
}

void SaveTemplateCommand::revert()
{
    RoundTemplates templates(session().workspace());
    if (m_previous)
        templates.save(m_round, *m_previous);
    else
        templates.reset(m_round, m_wording.kind, m_wording.language);
}

void SaveTemplateCommand::announce()
{
    emit session().templatesChanged(m_round);
}

ResetTemplateCommand::ResetTemplateCommand(WorkspaceSession &session, RoundId round, ContactKind kind,
                                           Language language)
    : EditCommand(
          session,
          tr("Reset the wording of “%1” (%2) to the default").arg(MessageText::of(kind), MessageText::of(language))),
      m_round(round), m_kind(kind), m_language(language)
{
    setRound(round);
}

void ResetTemplateCommand::apply()
{
    m_own = ownWording(session().workspace(), m_round, m_kind, m_language);
    if (!m_own)
        throw InputError(tr("The round already uses the default wording of “%1”.").arg(MessageText::of(m_kind)));
    RoundTemplates(session().workspace()).reset(m_round, m_kind, m_language);
}

void ResetTemplateCommand::revert()
{
    if (m_own)
        RoundTemplates(session().workspace()).save(m_round, *m_own);
}

void ResetTemplateCommand::announce()
{
    emit session().templatesChanged(m_round);
}

MarkSentCommand::MarkSentCommand(WorkspaceSession &session, RoundId round, std::vector<ComposedMessage> messages,
                                 ContactChannel channel)
    : EditCommand(session, describeMarkSent(messages, channel)), m_round(round), m_messages(std::move(messages)),
      m_channel(channel)
{
    setRound(round);
}

void MarkSentCommand::apply()
{
    ContactHistory history(session().workspace());
    if (m_ids.empty()) { // the first time; a redo puts back what the undo took out
        if (m_messages.empty())
            throw InputError(tr("No message to mark as sent."));
        m_ids = history.logSent(m_messages, m_channel);
        return;
    }
    history.restore(m_removed);
    m_removed.clear();
}

void MarkSentCommand::revert()
{
    m_removed = ContactHistory(session().workspace()).unlog(m_ids);
}

void MarkSentCommand::announce()
{
    emit session().contactsChanged(m_round);
}

} // namespace gonggu
