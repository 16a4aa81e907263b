#pragma once

#include "ComposedMessage.h"
#include "TemplateRenderer.h"
#include "domain/MessageTemplate.h"
#include "domain/Round.h"

#include <vector>

namespace gonggu {

class Clock;
class Workspace;

/** Writes a round's messages: fills the kind's template (the round's own or the default) with the round's
 *  and each buyer's data, and notes who was already sent the kind.
 *
 *  Placeholders: {nickname} (the display name when there is none), {name} (real name, else display name),
 *  {items} (item names, comma-separated), {item_lines} (one "· name N권" line per item), {copies},
 *  {amount} (still owed), {amount_due}, {paid}, {tracking}; and for the round {round} (title), {supplier},
 *  {account}, {deadline} (payment due), {closes}, {delivery_date}, {meetup} (local time), {place},
 *  {buyers}, {total_copies}. A community post has the round's values only, and its {items}/{item_lines}
 *  cover the whole round. Dates and money are written for the message's language. */
class MessageComposer
{
public:
    MessageComposer(Workspace &workspace, const Clock &clock) : m_workspace(workspace), m_clock(clock) {}

    /** The kind's default addressees (MessageAudience), one message each; one community post for progress. */
    std::vector<ComposedMessage> composeForAddressees(const Round &round, ContactKind kind, Language language) const;
    /** One message per chosen order (the GUI's own selection), in the order given. InputError for an order
     *  that is not in the round. */
    std::vector<ComposedMessage> composeFor(const Round &round, const std::vector<OrderId> &orders, ContactKind kind,
                                            Language language) const;
    /** The same with a wording of the caller's (the editor's, not yet saved) instead of the round's. */
    std::vector<ComposedMessage> composeFor(const Round &round, const std::vector<OrderId> &orders,
                                            const MessageTemplate &wording) const;
    /** The round's post to the whole community (any kind, but meant for progress). */
    ComposedMessage composeCommunityPost(const Round &round, ContactKind kind, Language language) const;

    /** What each placeholder stands for: the round's values, plus the buyer's when `order` is not 0. */
    PlaceholderValues values(const Round &round, OrderId order, Language language) const;

    static QString formatDate(const QDate &date, Language language);
    static QString formatTime(const QDateTime &utc, Language language);

private:
    struct RoundData;
    RoundData load(const Round &round) const;
    static PlaceholderValues valuesFor(const RoundData &data, OrderId order, Language language);
    static ComposedMessage compose(const RoundData &data, const MessageTemplate &messageTemplate, OrderId order,
                                   Language language);

    Workspace &m_workspace;
    const Clock &m_clock;
};

} // namespace gonggu
