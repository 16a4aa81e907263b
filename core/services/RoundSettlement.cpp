#include "RoundSettlement.h"

#include "RoundLedger.h"
#include "storage/ExpenseRepository.h"
#include "storage/LedgerQueries.h"

#include <algorithm>

namespace gonggu {

Money Settlement::supplierStillToPay() const
{
    return std::max(supplierCost - paidToSupplier, Money());
}

Money Settlement::left() const
{
    return collected - refundsPaid - paidToSupplier - shippingCosts - otherCosts;
}

Money Settlement::leftAfterSettling() const
{
    return left() - refundsOwed - supplierStillToPay();
}

Money Settlement::value(SettlementFigure figure) const
{
    switch (figure) {
    case SettlementFigure::AmountDue:
        return amountDue;
    case SettlementFigure::Collected:
        return collected;
    case SettlementFigure::RefundsPaid:
        return refundsPaid;
    case SettlementFigure::Outstanding:
        return outstanding;
    case SettlementFigure::RefundsOwed:
        return refundsOwed;
    case SettlementFigure::UnassignedDeposits:
        return unassignedDeposits;
    case SettlementFigure::SupplierCost:
        return supplierCost;
    case SettlementFigure::PaidToSupplier:
        return paidToSupplier;
    case SettlementFigure::SupplierStillToPay:
        return supplierStillToPay();
    case SettlementFigure::ShippingCosts:
        return shippingCosts;
    case SettlementFigure::OtherCosts:
        return otherCosts;
    case SettlementFigure::Left:
        return left();
    case SettlementFigure::LeftAfterSettling:
        return leftAfterSettling();
    }
    Q_UNREACHABLE();
    return {};
}

QString toKey(SettlementFigure figure)
{
    switch (figure) {
    case SettlementFigure::AmountDue:
        return QStringLiteral("amount_due");
    case SettlementFigure::Collected:
        return QStringLiteral("collected");
    case SettlementFigure::RefundsPaid:
        return QStringLiteral("refunds_paid");
    case SettlementFigure::Outstanding:
        return QStringLiteral("outstanding");
    case SettlementFigure::RefundsOwed:
        return QStringLiteral("refunds_owed");
    case SettlementFigure::UnassignedDeposits:
        return QStringLiteral("unassigned_deposits");
    case SettlementFigure::SupplierCost:
        return QStringLiteral("supplier_cost");
    case SettlementFigure::PaidToSupplier:
        return QStringLiteral("paid_to_supplier");
    case SettlementFigure::SupplierStillToPay:
        return QStringLiteral("supplier_still_to_pay");
    case SettlementFigure::ShippingCosts:
        return QStringLiteral("shipping_costs");
    case SettlementFigure::OtherCosts:
        return QStringLiteral("other_costs");
    case SettlementFigure::Left:
        return QStringLiteral("left");
    case SettlementFigure::LeftAfterSettling:
        return QStringLiteral("left_after_settling");
    }
    Q_UNREACHABLE();
    return {};
}

const std::vector<SettlementFigure> &settlementFigures()
{
    static const std::vector<SettlementFigure> figures{
        SettlementFigure::AmountDue,        SettlementFigure::Collected,      SettlementFigure::RefundsPaid,
        SettlementFigure::Outstanding,      SettlementFigure::RefundsOwed,    SettlementFigure::UnassignedDeposits,
        SettlementFigure::SupplierCost,     SettlementFigure::PaidToSupplier, SettlementFigure::SupplierStillToPay,
        SettlementFigure::ShippingCosts,    SettlementFigure::OtherCosts,     SettlementFigure::Left,
        SettlementFigure::LeftAfterSettling};
    return figures;
}

Settlement RoundSettlement::settle(const Round &round, const RoundSummaryLookup &summaries) const
{
    const RoundSummary summary = RoundLedger(m_workspace).summary(round, summaries);
    Settlement settlement;
    settlement.round = round;
    settlement.buyers = summary.buyers;
    settlement.copies = summary.copies;
    settlement.amountDue = summary.amountDue;
    settlement.outstanding = summary.outstanding;
    settlement.refundsOwed = summary.refundDue;
    settlement.unassignedDeposits = summary.unassigned;

    // Gross in and out rather than the ledger's net "paid": a refund sent is money that left the
    // account, and the report shows it as such.
    const AssignedPaymentTotals payments = LedgerQueries(m_workspace).assignedPaymentTotals(round.id);
    settlement.collected = payments.received;
    settlement.refundsPaid = payments.refunded;

    for (const ItemCopies &item : summary.items)
        settlement.supplierCost += item.unitPrice * item.copies;

    for (const Expense &expense : ExpenseRepository(m_workspace).forRound(round.id)) {
        switch (expense.kind) {
        case ExpenseKind::Supplier:
            settlement.paidToSupplier += expense.amount;
            break;
        case ExpenseKind::Shipping:
            settlement.shippingCosts += expense.amount;
            break;
        case ExpenseKind::Other:
            settlement.otherCosts += expense.amount;
            break;
        }
    }
    return settlement;
}

} // namespace gonggu
