#pragma once

#include "domain/Money.h"
#include "domain/Round.h"
#include "services/RoundLedger.h"

#include <QString>

#include <vector>

namespace gonggu {

class Workspace;

/** The figures of a settlement report, in the order it shows them. */
enum class SettlementFigure
{
    AmountDue,
    Collected,
    RefundsPaid,
    Outstanding,
    RefundsOwed,
    UnassignedDeposits,
    SupplierCost,
    PaidToSupplier,
    SupplierStillToPay,
    ShippingCosts,
    OtherCosts,
    Left,
    LeftAfterSettling
};

/** Where a round's money stands at the end: what came in from buyers, what went out to them, to the
 *  supplier and on costs, and what is left. Every amount is zero or more except the two "left" figures,
 *  which go below zero when the coordinator is out of pocket. */
struct Settlement
{
    Round round;
    int buyers = 0; // non-cancelled orders
    int copies = 0;

    // The buyers' side.
    Money amountDue;          // what the non-cancelled buyers owe in all: goods plus courier shipping
    Money collected;          // payments assigned to buyers, cancelled orders' included, refunds not deducted
    Money refundsPaid;        // money already sent back to buyers
    Money outstanding;        // what buyers still owe (one buyer's overpayment does not offset another's debt)
    Money refundsOwed;        // what still has to go back: overpayments and payments on cancelled orders
    Money unassignedDeposits; // bank deposits not matched to a buyer yet: nobody's money, counted nowhere else

    // The round's spending.
    Money supplierCost;   // Σ copies × unit price over the non-cancelled orders: what the supplier is owed
    Money paidToSupplier; // supplier expenses recorded
    Money shippingCosts;  // shipping expenses recorded
    Money otherCosts;     // other expenses recorded

    /** What the supplier is still to be paid; zero once paid in full (never below zero). */
    Money supplierStillToPay() const;
    /** The money in hand now: collected − refunds paid − paid to the supplier − shipping − other costs. */
    Money left() const;
    /** What remains once the refunds owed are sent and the supplier is paid in full:
     *  left − refunds owed − supplier still to pay. Money buyers still owe is not counted on. */
    Money leftAfterSettling() const;

    Money value(SettlementFigure figure) const;
};

/** "amount_due", "left_after_settling"…: the figure's key in JSON and CSV output; never changes. */
QString toKey(SettlementFigure figure);
/** Every figure, in report order. */
const std::vector<SettlementFigure> &settlementFigures();

/** Works out a round's settlement from the ledger's balances, the payments and the round's expenses. */
class RoundSettlement
{
public:
    explicit RoundSettlement(const Workspace &workspace) : m_workspace(workspace) {}

    Settlement settle(const Round &round, const RoundSummaryLookup &summaries = {}) const;

private:
    const Workspace &m_workspace;
};

} // namespace gonggu
