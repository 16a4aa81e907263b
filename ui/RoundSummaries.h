#pragma once

#include "domain/Ids.h"
#include "services/RoundLedger.h"

#include <QObject>

#include <map>
#include <memory>

namespace gonggu {

class WorkspaceSession;

/** The round summaries that the sidebar, the status bar and the tabs share: each round's is worked out once and
 *  kept until the session's change signals say that its orders, payments, items or details changed. */
class RoundSummaries : public QObject
{
    Q_OBJECT

public:
    /** Connects to the session's signals; made by the session before any page, so that a page told of a change
     *  never gets the summary from before it. */
    explicit RoundSummaries(WorkspaceSession &session);

    /** The round's summary, kept or worked out now; throws gonggu::Error when the workspace cannot be read. */
    std::shared_ptr<const RoundSummary> of(const Round &round);
    /** of() for the core services and models that take a RoundSummaryLookup. */
    RoundSummaryLookup lookup();

    /** How many summaries were worked out rather than found kept. */
    int computedCount() const { return m_computed; }

private:
    void forget(RoundId round);
    void forgetAll();

    WorkspaceSession &m_session;
    std::map<RoundId, std::shared_ptr<const RoundSummary>> m_kept;
    int m_computed = 0;
};

} // namespace gonggu
