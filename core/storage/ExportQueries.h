#pragma once

#include "domain/Ids.h"
#include "domain/Money.h"
#include "domain/Order.h"
#include "domain/Statuses.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace gonggu {

class Workspace;

/** One confirmed order with what the round's documents print about it. */
struct ExportOrderRow
{
    OrderId orderId = 0;
    PersonId personId = 0;
    Delivery delivery = Delivery::Pickup;
    bool wantsTaxInvoice = false;
    bool wantsCashReceipt = false;
    QString displayName;
    QString nickname;
    QString realName;
    QString phone;
    QString address; // the order's shipping address, else the person's
    QString notes;
    QString trackingNumber;
    QString invoiceBusinessNumber;
    QString invoiceCompany;
    QString invoiceEmail;
    Money paid; // Σ payments of this person in this round, refunds included (when asked for)
    bool hadRefund = false;
    // The order's lines: lines[firstLine, firstLine + lineCount) of ExportOrders.
    std::size_t firstLine = 0;
    std::size_t lineCount = 0;
};

/** Confirmed orders of a round and their lines. */
struct ExportOrders
{
    std::vector<ExportOrderRow> orders; // by order id
    std::vector<OrderLine> lines;       // by order id, then item id
};

/** Which confirmed orders are read. */
struct ExportScope
{
    std::optional<Delivery> delivery; // only the orders delivered this way; all of them otherwise
    // Only the orders the publisher ships to or invoices (courier deliveries, tax invoice or cash receipt
    // requests): the other buyers' details are not even read.
    bool onlyShippedOrInvoiced = false;
    bool payments = true; // sum each buyer's payments
};

/** How many confirmed orders have copies, and the copies of each item, summed by SQLite. */
struct ConfirmedCopies
{
    int orders = 0;
    std::vector<std::pair<ItemId, int>> byItem;
};

/** The reads behind the round's documents (order list, shipping list, hand-over sheet): a few statements,
 *  whatever the number of buyers. */
class ExportQueries
{
public:
    explicit ExportQueries(const Workspace &workspace) : m_workspace(workspace) {}

    ExportOrders confirmedOrders(RoundId roundId, const ExportScope &scope) const;
    ConfirmedCopies confirmedCopies(RoundId roundId) const;

private:
    void readLines(RoundId roundId, const ExportScope &scope, ExportOrders &result) const;
    void readPayments(RoundId roundId, ExportOrders &result) const;

    const Workspace &m_workspace;
};

} // namespace gonggu
