#pragma once

#include "domain/Ids.h"
#include "domain/MessageTemplate.h"
#include "domain/Round.h"

namespace gonggu {

class Workspace;

/** Which wording a round uses for each message kind: its own, checked before it is stored, or the default. */
class RoundTemplates
{
public:
    explicit RoundTemplates(const Workspace &workspace) : m_workspace(workspace) {}

    /** The round's own wording, or the built-in default (the several-items one when the round sells more
     *  than one item). */
    MessageTemplate effective(const Round &round, ContactKind kind, Language language) const;
    bool isCustomised(RoundId roundId, ContactKind kind, Language language) const;
    /** Stores the round's wording. InputError, nothing stored, when the body is empty or the subject or body
     *  has an unknown placeholder. */
    void save(RoundId roundId, const MessageTemplate &messageTemplate);
    /** Back to the default wording; returns whether the round had its own. */
    bool reset(RoundId roundId, ContactKind kind, Language language);

    /** The unknown placeholders of a template's subject and body together. */
    static QStringList unknownPlaceholders(const MessageTemplate &messageTemplate);

private:
    const Workspace &m_workspace;
};

} // namespace gonggu
