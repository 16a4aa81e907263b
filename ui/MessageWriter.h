#pragma once

#include "domain/MessageTemplate.h"
#include "domain/Round.h"
#include "services/messages/ComposedMessage.h"
#include "services/messages/TemplateRenderer.h"

#include <map>
#include <tuple>
#include <vector>

namespace gonggu {

class Clock;
class Workspace;

/** Writes the Messages page's messages from the wording in its editor, saved or not, exactly as they will go
 *  out. Each buyer's placeholder values are read once and kept, so that the preview follows every keystroke;
 *  forget() them when the round's data changes. */
class MessageWriter
{
public:
    MessageWriter(Workspace &workspace, const Clock &clock) : m_workspace(workspace), m_clock(clock) {}

    /** Forgets the values read so far (orders, payments, people or the round changed). */
    void forget() { m_values.clear(); }

    /** One message per order in the order given, with who it goes to and when they last got this kind.
     *  InputError for an order not in the round. */
    std::vector<ComposedMessage> compose(const Round &round, const std::vector<OrderId> &orders,
                                         const MessageTemplate &wording);
    /** The post to the whole community in this wording (the progress post). */
    ComposedMessage composeCommunityPost(const Round &round, const MessageTemplate &wording);
    /** The text of one order's message (0: the community post), from kept values: cheap to call per keystroke.
     *  Who it goes to is left empty. */
    ComposedMessage preview(const Round &round, OrderId order, const MessageTemplate &wording);

    static bool sameWording(const MessageTemplate &a, const MessageTemplate &b);

private:
    const PlaceholderValues &valuesFor(const Round &round, OrderId order, Language language);
    /** Fills the message's subject and text from the wording, as MessageComposer does. */
    static void render(ComposedMessage &message, const PlaceholderValues &values, const MessageTemplate &wording);

    Workspace &m_workspace;
    const Clock &m_clock;
    std::map<std::tuple<RoundId, OrderId, int>, PlaceholderValues> m_values; // by round, order, language
};

} // namespace gonggu
