#include "RoundSummaries.h"

#include "WorkspaceSession.h"

namespace gonggu {

RoundSummaries::RoundSummaries(WorkspaceSession &session) : QObject(&session), m_session(session)
{
    connect(&session, &WorkspaceSession::roundChanged, this, &RoundSummaries::forget);
    connect(&session, &WorkspaceSession::ordersChanged, this, [this](RoundId round) { forget(round); });
    connect(&session, &WorkspaceSession::paymentsChanged, this, &RoundSummaries::forget);
    // Rounds added or removed: an id freed by an undo may come back as another round. People alone change no
    // summary (it reads no names); an edit that touches their orders says so with ordersChanged.
    connect(&session, &WorkspaceSession::roundsChanged, this, &RoundSummaries::forgetAll);
}

std::shared_ptr<const RoundSummary> RoundSummaries::of(const Round &round)
{
    const auto kept = m_kept.find(round.id);
    // A summary carries the round it was made for: one asked for with other details (a page still holding the
    // round as it was) is made again rather than given with the wrong shipping fee or title.
    if (kept != m_kept.end() && kept->second->round == round)
        return kept->second;
    auto summary = std::make_shared<const RoundSummary>(RoundLedger(m_session.workspace()).summary(round));
    ++m_computed;
    m_kept.insert_or_assign(round.id, summary);
    return summary;
}

RoundSummaryLookup RoundSummaries::lookup()
{
    return [this](const Round &round) { return *of(round); };
}

void RoundSummaries::forget(RoundId round)
{
    // Reloading everything starts with roundsChanged, which forgot them all: a summary made since is fresh.
    if (m_session.isReloadingEverything())
        return;
    m_kept.erase(round);
}

void RoundSummaries::forgetAll()
{
    m_kept.clear();
}

} // namespace gonggu
