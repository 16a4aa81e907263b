#pragma once

#include "domain/Ids.h"
#include "domain/Money.h"
#include "domain/Order.h"
#include "domain/Statuses.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** One order of a round with the totals the ledger needs, read in one query. */
struct BuyerLedgerRow
{
    OrderId orderId = 0;
    PersonId personId = 0;
    QString displayName;
    QString nickname;
    QString realName;
    QString phone;
    QString depositorName; // the name their bank transfers show, when it differs
    OrderStatus status = OrderStatus::Applied;
    Delivery delivery = Delivery::Pickup;
    QDateTime confirmedAt;
    QDateTime shippedAt; // so that tables show how far delivery got
    QDateTime handedOverAt;
    int copies = 0;
    Money goods; // Σ quantity × unit price
    Money paid;  // Σ payments of this person in this round, refunds included
    bool hadRefund = false;
};

/** Copies of one item across the round's non-cancelled orders. */
struct ItemCopies
{
    ItemId itemId = 0;
    QString name;
    Money unitPrice;
    int copies = 0;
};

/** The payments assigned to people in a round, money in and money back kept apart. */
struct AssignedPaymentTotals
{
    Money received; // Σ positive payments
    Money refunded; // Σ refunds, as a positive amount
};

/** The aggregate reads behind the round summary and the unpaid list. */
class LedgerQueries
{
public:
    explicit LedgerQueries(const Workspace &workspace) : m_workspace(workspace) {}

    /** Every order of the round, by order id. With `lines`, also the round's order lines (by order, then item),
     *  read in the same pass that sums them. */
    std::vector<BuyerLedgerRow> buyerRows(RoundId roundId, std::vector<OrderLine> *lines = nullptr) const;
    /** The same rows (and lines) with only what sums need (ids, status, delivery, copies, money): names, phones
     *  and times are left empty, which makes it several times cheaper than buyerRows() in a large round. */
    std::vector<BuyerLedgerRow> moneyRows(RoundId roundId, std::vector<OrderLine> *lines = nullptr) const;
    /** The same rows with who the buyers are (names, phones, times) but no money: copies, goods and paid are
     *  left zero. For tables that only name the buyers. */
    std::vector<BuyerLedgerRow> peopleRows(RoundId roundId) const;
    /** The same row for one order (to refresh a table row after an edit); nullopt if it is gone. */
    std::optional<BuyerLedgerRow> buyerRow(RoundId roundId, OrderId orderId) const;
    std::vector<ItemCopies> itemCopies(RoundId roundId) const; // every item of the round, 0 copies included
    /** Deposits of the round not yet assigned to anyone. */
    Money unassignedPayments(RoundId roundId) const;
    /** The same payments buyerRows() sums per person, split into received and refunded. */
    AssignedPaymentTotals assignedPaymentTotals(RoundId roundId) const;

private:
    std::vector<BuyerLedgerRow> readRows(RoundId roundId, bool withPeople, bool withMoney,
                                         std::vector<OrderLine> *lines) const;

    const Workspace &m_workspace;
};

} // namespace gonggu
