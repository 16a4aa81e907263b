#include "LedgerQueries.h"

#include "SqlStatement.h"
#include "Workspace.h"
#include "domain/DateText.h"

namespace gonggu {

namespace {

// Lines and payments are summed in their own sub-selects so that neither multiplies the other.
// The filters narrow the outer rows, the lines and the payments (to one order) and are this file's
// constants. SQLite does not push the outer filter into the sub-selects: without the inner ones, reading
// one order still sums the whole round (0.4 s at 100,000 buyers instead of 1 ms).
QString buyerRowsSql(const QString &orderFilter = {}, const QString &lineFilter = {}, const QString &paymentFilter = {})
{
    return QStringLiteral(R"(
SELECT o.id, o.person_id, p.display_name, p.nickname, p.real_name, p.phone, o.status, o.delivery, o.confirmed_at,
       COALESCE(l.copies, 0), COALESCE(l.goods, 0), COALESCE(pay.paid, 0), COALESCE(pay.refunds, 0),
       o.shipped_at, o.handed_over_at, p.depositor_name
FROM buyer_order o
JOIN person p ON p.id = o.person_id
LEFT JOIN (SELECT ol.order_id, SUM(ol.quantity) AS copies, SUM(ol.quantity * i.unit_price) AS goods
           FROM order_line ol JOIN item i ON i.id = ol.item_id
           WHERE i.round_id = :round1 %2 GROUP BY ol.order_id) l ON l.order_id = o.id
LEFT JOIN (SELECT person_id, SUM(amount) AS paid, SUM(CASE WHEN amount < 0 THEN 1 ELSE 0 END) AS refunds
           FROM payment WHERE round_id = :round2 AND person_id IS NOT NULL %3 GROUP BY person_id) pay
       ON pay.person_id = o.person_id
WHERE o.round_id = :round3 %1
ORDER BY o.id)")
        .arg(orderFilter, lineFilter, paymentFilter);
}

BuyerLedgerRow readBuyerRow(const SqlStatement &query)
{
    BuyerLedgerRow row;
    row.orderId = query.integer(0);
    row.personId = query.integer(1);
    row.displayName = query.text(2);
    row.nickname = query.text(3);
    row.realName = query.text(4);
    row.phone = query.text(5);
    row.status = orderStatusFromKey(query.text(6)).value_or(OrderStatus::Applied);
    row.delivery = deliveryFromKey(query.text(7)).value_or(Delivery::Pickup);
    row.confirmedAt = fromIsoUtc(query.text(8));
    row.copies = int(query.integer(9));
    row.goods = Money::won(query.integer(10));
    row.paid = Money::won(query.integer(11));
    row.hadRefund = query.integer(12) > 0;
    row.shippedAt = fromIsoUtc(query.text(13));
    row.handedOverAt = fromIsoUtc(query.text(14));
    row.depositorName = query.text(15);
    return row;
}

void bindRound(SqlStatement &query, RoundId roundId)
{
    query.bind(QStringLiteral(":round1"), roundId)
        .bind(QStringLiteral(":round2"), roundId)
        .bind(QStringLiteral(":round3"), roundId);
}

} // namespace

std::vector<BuyerLedgerRow> LedgerQueries::buyerRows(RoundId roundId) const
{
    SqlStatement query(m_workspace, buyerRowsSql(QString()));
    bindRound(query, roundId);
    query.exec();
    std::vector<BuyerLedgerRow> rows;
    while (query.next())
        rows.push_back(readBuyerRow(query));
    return rows;
}

std::optional<BuyerLedgerRow> LedgerQueries::buyerRow(RoundId roundId, OrderId orderId) const
{
    SqlStatement query(m_workspace,
                       buyerRowsSql(QStringLiteral("AND o.id = :order1"), QStringLiteral("AND ol.order_id = :order2"),
                                    QStringLiteral("AND person_id = (SELECT person_id FROM buyer_order "
                                                   "WHERE id = :order3)")));
    bindRound(query, roundId);
    query.bind(QStringLiteral(":order1"), orderId)
        .bind(QStringLiteral(":order2"), orderId)
        .bind(QStringLiteral(":order3"), orderId)
        .exec();
    if (!query.next())
        return std::nullopt;
    return readBuyerRow(query);
}

std::vector<ItemCopies> LedgerQueries::itemCopies(RoundId roundId) const
{
    SqlStatement query(m_workspace, QStringLiteral(R"(
SELECT i.id, i.name, i.unit_price,
       COALESCE((SELECT SUM(ol.quantity) FROM order_line ol JOIN buyer_order o ON o.id = ol.order_id
                 WHERE ol.item_id = i.id AND o.status <> 'cancelled'), 0)
FROM item i WHERE i.round_id = :round ORDER BY i.id)"));
    query.bind(QStringLiteral(":round"), roundId).exec();
    std::vector<ItemCopies> items;
    while (query.next())
        items.push_back({query.integer(0), query.text(1), Money::won(query.integer(2)), int(query.integer(3))});
    return items;
}

Money LedgerQueries::unassignedPayments(RoundId roundId) const
{
    SqlStatement query(
        m_workspace,
        QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM payment WHERE round_id = :round AND person_id IS NULL "
                       "AND ignored = 0"));
    return Money::won(query.bind(QStringLiteral(":round"), roundId).scalar().toLongLong());
}

AssignedPaymentTotals LedgerQueries::assignedPaymentTotals(RoundId roundId) const
{
    SqlStatement query(m_workspace,
                       QStringLiteral("SELECT COALESCE(SUM(CASE WHEN amount > 0 THEN amount ELSE 0 END), 0), "
                                      "COALESCE(SUM(CASE WHEN amount < 0 THEN -amount ELSE 0 END), 0) "
                                      "FROM payment WHERE round_id = :round AND person_id IS NOT NULL"));
    query.bind(QStringLiteral(":round"), roundId).exec();
    if (!query.next())
        return {};
    return {Money::won(query.integer(0)), Money::won(query.integer(1))};
}

} // namespace gonggu
