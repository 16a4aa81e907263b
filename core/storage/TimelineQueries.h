#pragma once

#include "domain/Ids.h"
#include "domain/Money.h"

#include <QDate>
#include <QDateTime>

#include <vector>

namespace gonggu {

class Workspace;

/** When one counted (non-cancelled) order came in and how many copies it holds now. */
struct ApplicationTime
{
    QDateTime appliedAt; // UTC: the form's timestamp, else when the order was entered
    int copies = 0;
};

/** What the round's buyers paid on one day, refunds subtracted. */
struct DailyPayments
{
    QDate day; // the payment's date (a bank statement's date is already the Korean day)
    Money amount;
};

/** The round's history over time, for the dashboard's charts: each a single lean query. */
class TimelineQueries
{
public:
    explicit TimelineQueries(const Workspace &workspace) : m_workspace(workspace) {}

    /** Every non-cancelled order of the round, in no particular order. */
    std::vector<ApplicationTime> applicationTimes(RoundId roundId) const;
    /** Payments assigned to the round's non-cancelled buyers, by day, oldest first; the same payments
     *  RoundSummary::paid adds up. A payment without a date counts on the day it was entered. */
    std::vector<DailyPayments> paymentsByDay(RoundId roundId) const;

private:
    const Workspace &m_workspace;
};

} // namespace gonggu
