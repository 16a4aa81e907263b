#include "RoundDashboard.h"

#include "domain/Clock.h"
#include "services/RoundLedger.h"
#include "storage/RoundTaskRepository.h"
#include "storage/TimelineQueries.h"

#include <QTimeZone>

#include <algorithm>

namespace gonggu {
namespace {

QTimeZone korea()
{
    return QTimeZone(9 * 3600); // no daylight saving in Korea
}

std::optional<int> daysFrom(const QDate &today, const QDate &date)
{
    if (!date.isValid())
        return std::nullopt;
    return int(today.daysTo(date));
}

std::vector<ApplicationsOnDay> applicationsByDay(const std::vector<ApplicationTime> &times)
{
    std::map<QDate, ApplicationsOnDay> byDay;
    for (const ApplicationTime &time : times) {
        const QDate day = time.appliedAt.toTimeZone(korea()).date();
        ApplicationsOnDay &entry = byDay[day];
        entry.day = day;
        ++entry.orders;
        entry.copies += time.copies;
    }
    std::vector<ApplicationsOnDay> days;
    days.reserve(byDay.size());
    int orders = 0;
    int copies = 0;
    for (auto &[day, entry] : byDay) {
        orders += entry.orders;
        copies += entry.copies;
        entry.totalOrders = orders;
        entry.totalCopies = copies;
        days.push_back(entry);
    }
    return days;
}

std::vector<CollectedOnDay> collectedByDay(const std::vector<DailyPayments> &payments)
{
    std::vector<CollectedOnDay> days;
    days.reserve(payments.size());
    Money total;
    for (const DailyPayments &payment : payments) {
        total += payment.amount;
        days.push_back({payment.day, payment.amount, total});
    }
    return days;
}

} // namespace

RoundDashboard DashboardFigures::of(const Round &round, const RoundSummaryLookup &summaries) const
{
    const RoundSummary summary = RoundLedger(m_workspace).summary(round, summaries);
    const TimelineQueries timeline(m_workspace);

    RoundDashboard dashboard;
    dashboard.cards = cards(round, summary);
    for (PaymentState state : {PaymentState::Unpaid, PaymentState::Partial, PaymentState::Paid, PaymentState::Overpaid,
                               PaymentState::Refunded}) {
        const auto counted = summary.byPaymentState.find(state);
        dashboard.paymentStates[state] = counted == summary.byPaymentState.end() ? 0 : counted->second;
    }
    dashboard.applications = applicationsByDay(timeline.applicationTimes(round.id));
    dashboard.items = summary.items;
    dashboard.collected = collectedByDay(timeline.paymentsByDay(round.id));
    dashboard.closesOn = round.closesOn;
    dashboard.paymentDue = round.paymentDue;
    return dashboard;
}

DashboardCards DashboardFigures::cards(const Round &round, const RoundSummary &summary) const
{
    DashboardCards cards;
    cards.buyers = summary.buyers;
    cards.copies = summary.copies;
    cards.amountDue = summary.amountDue;
    cards.collected = summary.paid;
    cards.outstanding = summary.outstanding;
    cards.unassigned = summary.unassigned;
    for (PaymentState state : {PaymentState::Paid, PaymentState::Overpaid, PaymentState::Refunded}) {
        const auto counted = summary.byPaymentState.find(state);
        if (counted != summary.byPaymentState.end())
            cards.settledBuyers += counted->second;
    }
    // Overpayments do not offset what others owe: the share covered is what is no longer outstanding.
    const qint64 due = summary.amountDue.toWon();
    if (due > 0)
        cards.percentCollected = int(std::clamp<qint64>((due - summary.outstanding.toWon()) * 100 / due, 0, 100));

    const QDate today = m_clock.nowUtc().toTimeZone(korea()).date();
    cards.daysToClosing = daysFrom(today, round.closesOn);
    cards.daysToPaymentDue = daysFrom(today, round.paymentDue);
    const std::vector<ChecklistItem> checklist = RoundTaskRepository(m_workspace).checklist(round.id);
    cards.openChecklistItems =
        int(std::count_if(checklist.begin(), checklist.end(), [](const ChecklistItem &item) { return !item.done; }));
    return cards;
}

} // namespace gonggu
