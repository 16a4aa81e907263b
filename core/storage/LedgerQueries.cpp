#include "LedgerQueries.h"

#include "SqlStatement.h"
#include "StoredTime.h"
#include "Workspace.h"
#include "domain/DateText.h"

#include <algorithm>
#include <unordered_map>

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

// The index on (round, status) hands the orders over by status. Ordering their ids and moving each row once is
// cheaper than sorting the rows themselves (names and all), or than asking SQLite to sort them.
void sortByOrderId(std::vector<BuyerLedgerRow> &rows)
{
    const auto byId = [](const BuyerLedgerRow &a, const BuyerLedgerRow &b) { return a.orderId < b.orderId; };
    if (std::is_sorted(rows.begin(), rows.end(), byId))
        return;
    std::vector<std::pair<OrderId, std::size_t>> order;
    order.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        order.emplace_back(rows[i].orderId, i);
    std::sort(order.begin(), order.end());
    std::vector<BuyerLedgerRow> sorted;
    sorted.reserve(rows.size());
    for (const auto &entry : order)
        sorted.push_back(std::move(rows[entry.second]));
    rows = std::move(sorted);
}

void bindRound(SqlStatement &query, RoundId roundId)
{
    query.bind(QStringLiteral(":round1"), roundId)
        .bind(QStringLiteral(":round2"), roundId)
        .bind(QStringLiteral(":round3"), roundId);
}

} // namespace

std::vector<BuyerLedgerRow> LedgerQueries::buyerRows(RoundId roundId, std::vector<OrderLine> *lines) const
{
    return readRows(roundId, true, true, lines);
}

std::vector<BuyerLedgerRow> LedgerQueries::moneyRows(RoundId roundId, std::vector<OrderLine> *lines) const
{
    return readRows(roundId, false, true, lines);
}

std::vector<BuyerLedgerRow> LedgerQueries::peopleRows(RoundId roundId) const
{
    return readRows(roundId, true, false, nullptr);
}

// Three plain reads (orders, lines, payments) summed here rather than one query of joined sub-selects: SQLite
// materialises each sub-select, indexes it on the fly and sorts the joined rows, names and all, which took
// three times as long at 100,000 buyers. One order per person and round lets payments find their order by person.
std::vector<BuyerLedgerRow> LedgerQueries::readRows(RoundId roundId, bool withPeople, bool withMoney,
                                                    std::vector<OrderLine> *lines) const
{
    std::vector<BuyerLedgerRow> rows;
    {
        SqlStatement orders(
            m_workspace,
            withPeople
                ? QStringLiteral(R"(
SELECT o.id, o.person_id, o.status, o.delivery, o.confirmed_at, o.shipped_at, o.handed_over_at,
       p.display_name, p.nickname, p.real_name, p.phone, p.depositor_name
FROM buyer_order o JOIN person p ON p.id = o.person_id WHERE o.round_id = :round)")
                : QStringLiteral("SELECT id, person_id, status, delivery FROM buyer_order WHERE round_id = :round"));
        orders.bind(QStringLiteral(":round"), roundId).exec();
        while (orders.next()) {
            BuyerLedgerRow &row = rows.emplace_back();
            row.orderId = orders.integer(0);
            row.personId = orders.integer(1);
            row.status = orderStatusFromKey(orders.text(2)).value_or(OrderStatus::Applied);
            row.delivery = deliveryFromKey(orders.text(3)).value_or(Delivery::Pickup);
            if (!withPeople)
                continue;
            row.confirmedAt = StoredTime::read(orders.value(4));
            row.shippedAt = StoredTime::read(orders.value(5));
            row.handedOverAt = StoredTime::read(orders.value(6));
            row.displayName = orders.text(7);
            row.nickname = orders.text(8);
            row.realName = orders.text(9);
            row.phone = orders.text(10);
            row.depositorName = orders.text(11);
        }
    }
    sortByOrderId(rows);
    if (!withMoney)
        return rows;
    const auto rowOf = [&rows](OrderId id) -> BuyerLedgerRow * {
        const auto it = std::lower_bound(rows.begin(), rows.end(), id, [](const BuyerLedgerRow &row, OrderId wanted) {
            return row.orderId < wanted;
        });
        return it != rows.end() && it->orderId == id ? &*it : nullptr;
    };

    SqlStatement orderLines(m_workspace, QStringLiteral(R"(
SELECT ol.order_id, ol.item_id, ol.quantity, i.unit_price
FROM order_line ol JOIN item i ON i.id = ol.item_id WHERE i.round_id = :round)"));
    orderLines.bind(QStringLiteral(":round"), roundId).exec();
    while (orderLines.next()) {
        const OrderId orderId = orderLines.integer(0);
        const int quantity = int(orderLines.integer(2));
        if (BuyerLedgerRow *row = rowOf(orderId)) {
            row->copies += quantity;
            row->goods += Money::won(orderLines.integer(3)) * quantity;
        }
        if (lines)
            lines->push_back({orderId, orderLines.integer(1), quantity});
    }
    if (lines) {
        std::sort(lines->begin(), lines->end(), [](const OrderLine &a, const OrderLine &b) {
            return a.orderId != b.orderId ? a.orderId < b.orderId : a.itemId < b.itemId;
        });
    }

    std::unordered_map<PersonId, BuyerLedgerRow *> rowOfPerson;
    rowOfPerson.reserve(rows.size());
    for (BuyerLedgerRow &row : rows)
        rowOfPerson.emplace(row.personId, &row);
    SqlStatement payments(
        m_workspace,
        QStringLiteral("SELECT person_id, amount FROM payment WHERE round_id = :round AND person_id IS NOT NULL"));
    payments.bind(QStringLiteral(":round"), roundId).exec();
    while (payments.next()) {
        const auto it = rowOfPerson.find(payments.integer(0));
        if (it == rowOfPerson.end())
            continue; // a payment from someone with no order in the round: nobody's row shows it
        const Money amount = Money::won(payments.integer(1));
        it->second->paid += amount;
        it->second->hadRefund = it->second->hadRefund || amount.isNegative();
    }
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
