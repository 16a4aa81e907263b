#pragma once

#include "domain/Ids.h"
#include "domain/MessageTemplate.h"

#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** A round's own message wordings (overrides of the built-in defaults), one per kind and language. */
class MessageTemplateRepository
{
public:
    explicit MessageTemplateRepository(const Workspace &workspace) : m_workspace(workspace) {}

    /** The round's override of this kind and language; nullopt when the round uses the default. */
    std::optional<MessageTemplate> find(RoundId roundId, ContactKind kind, Language language) const;
    /** Every override of the round, by kind then language. */
    std::vector<MessageTemplate> forRound(RoundId roundId) const;
    /** Stores the round's wording of the template's kind and language, replacing an earlier one. */
    void save(RoundId roundId, const MessageTemplate &messageTemplate);
    /** Back to the default: deletes the override. Returns whether there was one. */
    bool remove(RoundId roundId, ContactKind kind, Language language);

private:
    const Workspace &m_workspace;
};

} // namespace gonggu
