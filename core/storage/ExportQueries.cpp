#include "ExportQueries.h"

#include "SqlStatement.h"
#include "Workspace.h"

#include <QHash>

#include <algorithm>

namespace gonggu {
namespace {

// The filters are this file's constants, spliced in; every value is bound.
QString scopeFilter(const ExportScope &scope)
{
    QString filter;
    if (scope.delivery)
        filter += QStringLiteral(" AND o.delivery = :delivery");
    if (scope.onlyShippedOrInvoiced)
        filter +=
            QStringLiteral(" AND (o.delivery = 'courier' OR o.wants_tax_invoice = 1 OR o.wants_cash_receipt = 1)");
    return filter;
}

void bindScope(SqlStatement &query, RoundId roundId, const ExportScope &scope)
{
    query.bind(QStringLiteral(":round"), roundId);
    if (scope.delivery)
        query.bind(QStringLiteral(":delivery"), toKey(*scope.delivery));
}

} // namespace

ExportOrders ExportQueries::confirmedOrders(RoundId roundId, const ExportScope &scope) const
{
    ExportOrders result;
    SqlStatement query(m_workspace, QStringLiteral(R"(
SELECT o.id, o.person_id, o.delivery = 'courier', o.wants_tax_invoice, o.wants_cash_receipt,
       p.display_name, p.nickname, p.real_name, p.phone,
       CASE WHEN o.shipping_address <> '' THEN o.shipping_address ELSE p.address END,
       o.notes, o.tracking_number, o.invoice_business_number, o.invoice_company, o.invoice_email
FROM buyer_order o
JOIN person p ON p.id = o.person_id
WHERE o.round_id = :round AND o.status = 'confirmed'%1
ORDER BY o.id)")
                                        .arg(scopeFilter(scope)));
    bindScope(query, roundId, scope);
    query.exec();
    while (query.next()) {
        ExportOrderRow &row = result.orders.emplace_back();
        row.orderId = query.integer(0);
        row.personId = query.integer(1);
        row.delivery = query.integer(2) != 0 ? Delivery::Courier : Delivery::Pickup;
        row.wantsTaxInvoice = query.integer(3) != 0;
        row.wantsCashReceipt = query.integer(4) != 0;
        row.displayName = query.text(5);
        row.nickname = query.text(6);
        row.realName = query.text(7);
        row.phone = query.text(8);
        row.address = query.text(9);
        row.notes = query.text(10);
        row.trackingNumber = query.text(11);
        row.invoiceBusinessNumber = query.text(12);
        row.invoiceCompany = query.text(13);
        row.invoiceEmail = query.text(14);
    }
    readLines(roundId, scope, result);
    if (scope.payments)
        readPayments(roundId, result);
    return result;
}

ConfirmedCopies ExportQueries::confirmedCopies(RoundId roundId) const
{
    ConfirmedCopies copies;
    SqlStatement byItem(m_workspace, QStringLiteral(R"(
SELECT ol.item_id, SUM(ol.quantity)
FROM order_line ol JOIN buyer_order o ON o.id = ol.order_id
WHERE o.round_id = :round AND o.status = 'confirmed'
GROUP BY ol.item_id ORDER BY ol.item_id)"));
    byItem.bind(QStringLiteral(":round"), roundId).exec();
    while (byItem.next())
        copies.byItem.emplace_back(byItem.integer(0), int(byItem.integer(1)));
    SqlStatement orders(m_workspace, QStringLiteral(R"(
SELECT COUNT(*) FROM buyer_order o
WHERE o.round_id = :round AND o.status = 'confirmed' AND EXISTS (SELECT 1 FROM order_line ol WHERE ol.order_id = o.id))"));
    copies.orders = int(orders.bind(QStringLiteral(":round"), roundId).scalar().toLongLong());
    return copies;
}

void ExportQueries::readLines(RoundId roundId, const ExportScope &scope, ExportOrders &result) const
{
    SqlStatement lines(m_workspace, QStringLiteral(R"(
SELECT ol.order_id, ol.item_id, ol.quantity
FROM order_line ol JOIN buyer_order o ON o.id = ol.order_id
WHERE o.round_id = :round AND o.status = 'confirmed'%1)")
                                        .arg(scopeFilter(scope)));
    bindScope(lines, roundId, scope);
    lines.exec();
    while (lines.next())
        result.lines.push_back({lines.integer(0), lines.integer(1), int(lines.integer(2))});
    // SQLite walks the orders by id and each order's lines by item, so this is sorted already; an ORDER BY
    // would cost a sort all the same.
    const auto byOrderThenItem = [](const OrderLine &a, const OrderLine &b) {
        return a.orderId != b.orderId ? a.orderId < b.orderId : a.itemId < b.itemId;
    };
    if (!std::is_sorted(result.lines.begin(), result.lines.end(), byOrderThenItem))
        std::sort(result.lines.begin(), result.lines.end(), byOrderThenItem);

    // Both lists are by order id: one walk hands each order its lines.
    std::size_t order = 0;
    for (std::size_t i = 0; i < result.lines.size(); ++i) {
        const OrderId id = result.lines[i].orderId;
        while (order < result.orders.size() && result.orders[order].orderId < id)
            ++order;
        if (order == result.orders.size())
            break;
        ExportOrderRow &row = result.orders[order];
        if (row.orderId != id)
            continue;
        if (row.lineCount == 0)
            row.firstLine = i;
        ++row.lineCount;
    }
}

void ExportQueries::readPayments(RoundId roundId, ExportOrders &result) const
{
    // Summed per person apart from the orders: joining the sums to them costs SQLite an index built per query.
    SqlStatement payments(m_workspace, QStringLiteral(R"(
SELECT person_id, SUM(amount), SUM(CASE WHEN amount < 0 THEN 1 ELSE 0 END)
FROM payment WHERE round_id = :round AND person_id IS NOT NULL GROUP BY person_id)"));
    payments.bind(QStringLiteral(":round"), roundId).exec();
    QHash<PersonId, std::pair<qint64, bool>> paid;
    paid.reserve(qsizetype(result.orders.size()));
    while (payments.next())
        paid.insert(payments.integer(0), {payments.integer(1), payments.integer(2) > 0});
    for (ExportOrderRow &row : result.orders) {
        const auto found = paid.constFind(row.personId);
        if (found == paid.constEnd())
            continue;
        row.paid = Money::won(found->first);
        row.hadRefund = found->second;
    }
}

} // namespace gonggu
