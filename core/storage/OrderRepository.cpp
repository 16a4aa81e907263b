#include "OrderRepository.h"

#include "RowVersion.h"
#include "SqlStatement.h"
#include "StoredTime.h"
#include "Workspace.h"
#include "domain/Errors.h"

namespace gonggu {
namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, round_id, person_id, status, delivery, shipping_address, tracking_number, wants_tax_invoice, "
    "wants_cash_receipt, confirmed_at, created_at, notes, shipped_at, handed_over_at, received_at, submitted_at, "
    "invoice_business_number, invoice_company, invoice_email, row_version FROM buyer_order ");

Order readOrder(const SqlStatement &row)
{
    Order order;
    order.id = row.integer(0);
    order.roundId = row.integer(1);
    order.personId = row.integer(2);
    order.status = orderStatusFromKey(row.text(3)).value_or(OrderStatus::Applied);
    order.delivery = deliveryFromKey(row.text(4)).value_or(Delivery::Pickup);
    order.shippingAddress = row.text(5);
    order.trackingNumber = row.text(6);
    order.wantsTaxInvoice = row.integer(7) != 0;
    order.wantsCashReceipt = row.integer(8) != 0;
    order.confirmedAt = StoredTime::read(row.value(9));
    order.createdAt = StoredTime::read(row.value(10));
    order.notes = row.text(11);
    order.shippedAt = StoredTime::read(row.value(12));
    order.handedOverAt = StoredTime::read(row.value(13));
    order.receivedAt = StoredTime::read(row.value(14));
    order.submittedAt = StoredTime::read(row.value(15));
    order.invoiceBusinessNumber = row.text(16);
    order.invoiceCompany = row.text(17);
    order.invoiceEmail = row.text(18);
    order.rowVersion = row.integer(19);
    return order;
}

void bindFields(SqlStatement &statement, const Order &order)
{
    statement.bind(QStringLiteral(":status"), toKey(order.status))
        .bind(QStringLiteral(":delivery"), toKey(order.delivery))
        .bind(QStringLiteral(":address"), order.shippingAddress)
        .bind(QStringLiteral(":tracking"), order.trackingNumber.trimmed())
        .bind(QStringLiteral(":tax"), order.wantsTaxInvoice ? 1 : 0)
        .bind(QStringLiteral(":receipt"), order.wantsCashReceipt ? 1 : 0)
        .bindOptionalText(QStringLiteral(":confirmed"), StoredTime::text(order.confirmedAt))
        .bindOptionalText(QStringLiteral(":shipped"), StoredTime::text(order.shippedAt))
        .bindOptionalText(QStringLiteral(":handed"), StoredTime::text(order.handedOverAt))
        .bindOptionalText(QStringLiteral(":received"), StoredTime::text(order.receivedAt))
        .bindOptionalText(QStringLiteral(":submitted"), StoredTime::text(order.submittedAt))
        .bind(QStringLiteral(":business"), order.invoiceBusinessNumber.trimmed())
        .bind(QStringLiteral(":company"), order.invoiceCompany.trimmed())
        .bind(QStringLiteral(":invoice_email"), order.invoiceEmail.trimmed())
        .bind(QStringLiteral(":notes"), order.notes);
}

} // namespace

OrderId OrderRepository::create(const Order &order)
{
    // Whether there is one, not the whole order: an import creates tens of thousands in a row.
    SqlStatement existing(m_workspace,
                          QStringLiteral("SELECT 1 FROM buyer_order WHERE round_id = :round AND person_id = :person"));
    existing.bind(QStringLiteral(":round"), order.roundId).bind(QStringLiteral(":person"), order.personId).exec();
    if (existing.next())
        throw InputError(
            QStringLiteral("person %1 already has an order in round %2").arg(order.personId).arg(order.roundId));
    const QString now = StoredTime::text(m_workspace.clock().nowUtc());
    SqlStatement insert(
        m_workspace, QStringLiteral("INSERT INTO buyer_order (round_id, person_id, status, delivery, shipping_address, "
                                    "tracking_number, wants_tax_invoice, wants_cash_receipt, confirmed_at, shipped_at, "
                                    "handed_over_at, received_at, submitted_at, invoice_business_number, "
                                    "invoice_company, invoice_email, created_at, updated_at, notes) VALUES (:round, "
                                    ":person, :status, :delivery, :address, :tracking, :tax, :receipt, :confirmed, "
                                    ":shipped, :handed, :received, :submitted, :business, :company, :invoice_email, "
                                    ":created, :updated, :notes)"));
    bindFields(insert, order);
    insert.bind(QStringLiteral(":round"), order.roundId)
        .bind(QStringLiteral(":person"), order.personId)
        .bind(QStringLiteral(":created"), order.createdAt.isValid() ? StoredTime::text(order.createdAt) : now)
        .bind(QStringLiteral(":updated"), now);
    return insert.exec().lastInsertId();
}

void OrderRepository::remove(OrderId id)
{
    SqlStatement payments(m_workspace,
                          QStringLiteral("SELECT count(*) FROM payment p JOIN buyer_order o ON "
                                         "o.round_id = p.round_id AND o.person_id = p.person_id WHERE o.id = :id"));
    const int paymentCount = payments.bind(QStringLiteral(":id"), id).scalar().toInt();
    if (paymentCount > 0)
        throw InputError(QStringLiteral("this order cannot be removed: the buyer has %1 payment(s) in the round; "
                                        "cancel the order instead")
                             .arg(paymentCount));
    SqlStatement statement(m_workspace, QStringLiteral("DELETE FROM buyer_order WHERE id = :id"));
    statement.bind(QStringLiteral(":id"), id).exec();
    if (statement.rowsAffected() != 1)
        throw InputError(QStringLiteral("order %1 does not exist").arg(id));
}

qint64 OrderRepository::update(const Order &order)
{
    SqlStatement statement(m_workspace,
                           QStringLiteral("UPDATE buyer_order SET status = :status, delivery = :delivery, "
                                          "shipping_address = :address, tracking_number = :tracking, "
                                          "wants_tax_invoice = :tax, wants_cash_receipt = :receipt, "
                                          "confirmed_at = :confirmed, shipped_at = :shipped, handed_over_at = :handed, "
                                          "received_at = :received, submitted_at = :submitted, "
                                          "invoice_business_number = :business, invoice_company = :company, "
                                          "invoice_email = :invoice_email, notes = :notes, updated_at = :updated") +
                               RowVersion::condition);
    bindFields(statement, order);
    statement.bind(QStringLiteral(":updated"), StoredTime::text(m_workspace.clock().nowUtc()));
    return RowVersion::update(statement, m_workspace, QStringLiteral("buyer_order"), order.id, order.rowVersion,
                              QStringLiteral("order %1").arg(order.id));
}

std::optional<Order> OrderRepository::find(OrderId id) const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return readOrder(query);
}

std::optional<Order> OrderRepository::findFor(RoundId roundId, PersonId personId) const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("WHERE round_id = :round AND person_id = :person"));
    query.bind(QStringLiteral(":round"), roundId).bind(QStringLiteral(":person"), personId).exec();
    if (!query.next())
        return std::nullopt;
    return readOrder(query);
}

std::vector<Order> OrderRepository::forRound(RoundId roundId) const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("WHERE round_id = :round ORDER BY id"));
    query.bind(QStringLiteral(":round"), roundId).exec();
    std::vector<Order> orders;
    while (query.next())
        orders.push_back(readOrder(query));
    return orders;
}

void OrderRepository::setQuantity(OrderId orderId, ItemId itemId, int quantity)
{
    if (quantity <= 0)
        throw InputError(QStringLiteral("the quantity must be more than zero (got %1)").arg(quantity));
    SqlStatement update(
        m_workspace,
        QStringLiteral("UPDATE order_line SET quantity = :qty WHERE order_id = :order AND item_id = :item"));
    update.bind(QStringLiteral(":qty"), quantity)
        .bind(QStringLiteral(":order"), orderId)
        .bind(QStringLiteral(":item"), itemId)
        .exec();
    if (update.rowsAffected() == 0) {
        SqlStatement insert(m_workspace, QStringLiteral("INSERT INTO order_line (order_id, item_id, quantity) "
                                                        "VALUES (:order, :item, :qty)"));
        insert.bind(QStringLiteral(":qty"), quantity)
            .bind(QStringLiteral(":order"), orderId)
            .bind(QStringLiteral(":item"), itemId)
            .exec();
    }
    SqlStatement touch(m_workspace, QStringLiteral("UPDATE buyer_order SET updated_at = :now WHERE id = :order"));
    touch.bind(QStringLiteral(":now"), StoredTime::text(m_workspace.clock().nowUtc()))
        .bind(QStringLiteral(":order"), orderId)
        .exec();
}

void OrderRepository::removeLine(OrderId orderId, ItemId itemId)
{
    SqlStatement statement(m_workspace,
                           QStringLiteral("DELETE FROM order_line WHERE order_id = :order AND item_id = :item"));
    statement.bind(QStringLiteral(":order"), orderId).bind(QStringLiteral(":item"), itemId).exec();
}

std::vector<OrderLine> OrderRepository::lines(OrderId orderId) const
{
    SqlStatement query(
        m_workspace,
        QStringLiteral("SELECT order_id, item_id, quantity FROM order_line WHERE order_id = :order ORDER BY item_id"));
    query.bind(QStringLiteral(":order"), orderId).exec();
    std::vector<OrderLine> result;
    while (query.next())
        result.push_back({query.integer(0), query.integer(1), int(query.integer(2))});
    return result;
}

std::vector<OrderLine> OrderRepository::linesForRound(RoundId roundId) const
{
    SqlStatement query(m_workspace,
                       QStringLiteral("SELECT l.order_id, l.item_id, l.quantity FROM order_line l "
                                      "JOIN buyer_order o ON o.id = l.order_id WHERE o.round_id = :round"));
    query.bind(QStringLiteral(":round"), roundId).exec();
    std::vector<OrderLine> result;
    while (query.next())
        result.push_back({query.integer(0), query.integer(1), int(query.integer(2))});
    return result;
}

} // namespace gonggu
