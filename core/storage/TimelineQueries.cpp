#include "TimelineQueries.h"

#include "SqlStatement.h"
#include "Workspace.h"
#include "domain/DateText.h"

namespace gonggu {

std::vector<ApplicationTime> TimelineQueries::applicationTimes(RoundId roundId) const
{
    SqlStatement query(m_workspace, QStringLiteral(R"(
SELECT COALESCE(o.submitted_at, o.created_at), COALESCE(l.copies, 0)
FROM buyer_order o
LEFT JOIN (SELECT ol.order_id, SUM(ol.quantity) AS copies
           FROM order_line ol JOIN item i ON i.id = ol.item_id
           WHERE i.round_id = :round1 GROUP BY ol.order_id) l ON l.order_id = o.id
WHERE o.round_id = :round2 AND o.status <> 'cancelled')"));
    query.bind(QStringLiteral(":round1"), roundId).bind(QStringLiteral(":round2"), roundId).exec();
    std::vector<ApplicationTime> times;
    while (query.next())
        times.push_back({fromIsoUtc(query.text(0)), int(query.integer(1))});
    return times;
}

std::vector<DailyPayments> TimelineQueries::paymentsByDay(RoundId roundId) const
{
    // created_at is ISO-8601 text: its first ten characters are the (UTC) day it was entered.
    SqlStatement query(m_workspace, QStringLiteral(R"(
SELECT COALESCE(pay.paid_on, SUBSTR(pay.created_at, 1, 10)) AS day, SUM(pay.amount)
FROM payment pay
WHERE pay.round_id = :round1 AND pay.person_id IN
      (SELECT o.person_id FROM buyer_order o WHERE o.round_id = :round2 AND o.status <> 'cancelled')
GROUP BY day
ORDER BY day)"));
    query.bind(QStringLiteral(":round1"), roundId).bind(QStringLiteral(":round2"), roundId).exec();
    std::vector<DailyPayments> days;
    while (query.next())
        days.push_back({parseIsoDate(query.text(0)).value_or(QDate()), Money::won(query.integer(1))});
    return days;
}

} // namespace gonggu
