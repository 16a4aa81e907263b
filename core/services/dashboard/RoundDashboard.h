#pragma once

#include "domain/Money.h"
#include "domain/Round.h"
#include "domain/Statuses.h"
#include "services/RoundLedger.h"
#include "storage/LedgerQueries.h"

#include <QDate>

#include <map>
#include <optional>
#include <vector>

namespace gonggu {

class Clock;
class Workspace;

/** The dashboard's headline numbers. Buyers, copies and money count non-cancelled orders, as RoundSummary. */
struct DashboardCards
{
    int buyers = 0;
    int copies = 0;
    Money amountDue;
    Money collected;                     // assigned to the counted buyers (RoundSummary::paid)
    Money outstanding;                   // still owed by them
    Money unassigned;                    // deposits waiting to be matched: shown, counted nowhere
    int settledBuyers = 0;               // owe nothing: paid, overpaid or refunded
    int percentCollected = 0;            // of the amount due, covered by payments, 0–100 (rounded down)
    std::optional<int> daysToClosing;    // negative once past; 0 on the day; none without a date
    std::optional<int> daysToPaymentDue; // idem
    int openChecklistItems = 0;
};

/** Applications of one day (in Korea) and the running totals up to it. */
struct ApplicationsOnDay
{
    QDate day;
    int orders = 0;
    int copies = 0;
    int totalOrders = 0;
    int totalCopies = 0;
};

/** Money the buyers paid on one day (refunds subtracted) and the running total up to it. */
struct CollectedOnDay
{
    QDate day;
    Money amount;
    Money total;
};

/** Everything the round's dashboard draws. */
struct RoundDashboard
{
    DashboardCards cards;
    std::map<PaymentState, int> paymentStates;   // every state, zero counts included
    std::vector<ApplicationsOnDay> applications; // days with applications, oldest first
    std::vector<ItemCopies> items;               // copies per item, in the round's item order
    std::vector<CollectedOnDay> collected;       // days with payments, oldest first
    QDate closesOn;                              // to mark on the applications chart
    QDate paymentDue;                            // to mark on the money chart
};

/** Works out a round's dashboard from the workspace: the numbers are here, the widgets only draw them.
 *  "Today" is the day in Korea, whatever the machine's zone. */
class DashboardFigures
{
public:
    DashboardFigures(const Workspace &workspace, const Clock &clock) : m_workspace(workspace), m_clock(clock) {}

    RoundDashboard of(const Round &round, const RoundSummaryLookup &summaries = {}) const;

private:
    DashboardCards cards(const Round &round, const RoundSummary &summary) const;

    const Workspace &m_workspace;
    const Clock &m_clock;
};

} // namespace gonggu
