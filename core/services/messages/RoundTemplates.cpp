#include "RoundTemplates.h"

#include "DefaultTemplates.h"
#include "TemplateRenderer.h"
#include "domain/Errors.h"
#include "storage/ItemRepository.h"
#include "storage/MessageTemplateRepository.h"

namespace gonggu {

MessageTemplate RoundTemplates::effective(const Round &round, ContactKind kind, Language language) const
{
    if (std::optional<MessageTemplate> own = MessageTemplateRepository(m_workspace).find(round.id, kind, language))
        return *own;
    return defaultTemplate(kind, language, ItemRepository(m_workspace).forRound(round.id).size() > 1);
}

bool RoundTemplates::isCustomised(RoundId roundId, ContactKind kind, Language language) const
{
    return MessageTemplateRepository(m_workspace).find(roundId, kind, language).has_value();
}

void RoundTemplates::save(RoundId roundId, const MessageTemplate &messageTemplate)
{
    const QStringList unknown = unknownPlaceholders(messageTemplate);
    if (!unknown.isEmpty())
        throw InputError(TemplateRenderer::describeUnknown(unknown));
    MessageTemplateRepository(m_workspace).save(roundId, messageTemplate);
}

bool RoundTemplates::reset(RoundId roundId, ContactKind kind, Language language)
{
    return MessageTemplateRepository(m_workspace).remove(roundId, kind, language);
}

QStringList RoundTemplates::unknownPlaceholders(const MessageTemplate &messageTemplate)
{
    QStringList unknown = TemplateRenderer::unknownPlaceholders(messageTemplate.subject);
    for (const QString &name : TemplateRenderer::unknownPlaceholders(messageTemplate.body)) {
        if (!unknown.contains(name))
            unknown << name;
    }
    return unknown;
}

} // namespace gonggu
