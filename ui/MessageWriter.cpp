#include "MessageWriter.h"

#include "services/messages/MessageComposer.h"
#include "services/messages/RoundTemplates.h"

namespace gonggu {

bool MessageWriter::sameWording(const MessageTemplate &a, const MessageTemplate &b)
{
    return a.kind == b.kind && a.language == b.language && a.subject == b.subject && a.body == b.body;
}

std::vector<ComposedMessage> MessageWriter::compose(const Round &round, const std::vector<OrderId> &orders,
                                                    const MessageTemplate &wording)
{
    // Core writes the messages (who, when last contacted) in the editor's wording, in one read of the round.
    return MessageComposer(m_workspace, m_clock).composeFor(round, orders, wording);
}

ComposedMessage MessageWriter::composeCommunityPost(const Round &round, const MessageTemplate &wording)
{
    ComposedMessage post =
        MessageComposer(m_workspace, m_clock).composeCommunityPost(round, wording.kind, wording.language);
    if (!sameWording(wording, RoundTemplates(m_workspace).effective(round, wording.kind, wording.language)))
        render(post, valuesFor(round, 0, wording.language), wording);
    return post;
}

ComposedMessage MessageWriter::preview(const Round &round, OrderId order, const MessageTemplate &wording)
{
    ComposedMessage message;
    message.kind = wording.kind;
    message.language = wording.language;
    message.orderId = order;
    render(message, valuesFor(round, order, wording.language), wording);
    return message;
}

const PlaceholderValues &MessageWriter::valuesFor(const Round &round, OrderId order, Language language)
{
    const auto key = std::make_tuple(round.id, order, int(language));
    auto found = m_values.find(key);
    if (found == m_values.end())
        found = m_values.emplace(key, MessageComposer(m_workspace, m_clock).values(round, order, language)).first;
    return found->second;
}

void MessageWriter::render(ComposedMessage &message, const PlaceholderValues &values, const MessageTemplate &wording)
{
    const RenderedText subject = TemplateRenderer::render(wording.subject, values);
    const RenderedText body = TemplateRenderer::render(wording.body, values);
    message.subject = subject.text;
    message.text = body.text;
    message.unknownPlaceholders = subject.unknownPlaceholders;
    for (const QString &name : body.unknownPlaceholders) {
        if (!message.unknownPlaceholders.contains(name))
            message.unknownPlaceholders << name;
    }
    // As MessageComposer: only the body's gaps are reported, the subject is for email alone.
    message.missingPlaceholders = body.missingPlaceholders;
    message.length = SmsLength::of(message.text);
}

} // namespace gonggu
