#include "SettlementReport.h"

#include "DisplayText.h"
#include "domain/DateText.h"

#include <QLocale>

namespace gonggu {

QString SettlementReport::label(SettlementFigure figure)
{
    switch (figure) {
    case SettlementFigure::AmountDue:
        return tr("Amount due");
    case SettlementFigure::Collected:
        return tr("Collected");
    case SettlementFigure::RefundsPaid:
        return tr("Refunds paid");
    case SettlementFigure::Outstanding:
        return tr("Still owed by buyers");
    case SettlementFigure::RefundsOwed:
        return tr("Refunds owed");
    case SettlementFigure::UnassignedDeposits:
        return tr("Unmatched deposits");
    case SettlementFigure::SupplierCost:
        return tr("Supplier cost");
    case SettlementFigure::PaidToSupplier:
        return tr("Paid to the supplier");
    case SettlementFigure::SupplierStillToPay:
        return tr("Still to pay the supplier");
    case SettlementFigure::ShippingCosts:
        return tr("Shipping costs");
    case SettlementFigure::OtherCosts:
        return tr("Other costs");
    case SettlementFigure::Left:
        return tr("Left now");
    case SettlementFigure::LeftAfterSettling:
        return tr("Left after settling");
    }
    return toKey(figure);
}

QString SettlementReport::explanation(SettlementFigure figure, const Settlement &settlement)
{
    switch (figure) {
    case SettlementFigure::AmountDue:
        return tr("What %1 owe for %2 and courier shipping; cancelled orders owe nothing")
            .arg(DisplayText::buyers(settlement.buyers), DisplayText::copies(settlement.copies));
    case SettlementFigure::Collected:
        return tr("Every payment matched to a buyer, cancelled orders' included");
    case SettlementFigure::RefundsPaid:
        return tr("Money already sent back to buyers");
    case SettlementFigure::Outstanding:
        return tr("What buyers have still to pay; one buyer's overpayment does not offset another's debt");
    case SettlementFigure::RefundsOwed:
        return tr("Overpayments and payments on cancelled orders, still to be sent back");
    case SettlementFigure::UnassignedDeposits:
        return tr("Bank deposits not matched to a buyer yet: counted nowhere until they are");
    case SettlementFigure::SupplierCost:
        return tr("%1 of the orders not cancelled, at the group unit price")
            .arg(DisplayText::copies(settlement.copies));
    case SettlementFigure::PaidToSupplier:
        return tr("Expenses recorded as paid to the supplier");
    case SettlementFigure::SupplierStillToPay:
        return tr("Supplier cost - paid to the supplier (never below zero)");
    case SettlementFigure::ShippingCosts:
        return tr("Shipping expenses recorded");
    case SettlementFigure::OtherCosts:
        return tr("Other expenses recorded");
    case SettlementFigure::Left:
        return tr("Collected - refunds paid - paid to the supplier - shipping - other costs");
    case SettlementFigure::LeftAfterSettling:
        return tr("Left now - refunds owed - still to pay the supplier (what buyers still owe is not counted on)");
    }
    return {};
}

CsvWriter SettlementReport::csv(const Settlement &settlement, const std::vector<Expense> &expenses, CsvFormat format)
{
    CsvWriter writer(format);
    writer.addRow({tr("Settlement"), settlement.round.title});
    writer.addRow({});
    writer.addRow({tr("Figure"), tr("Amount (won)"), tr("How it is worked out")});
    for (const SettlementFigure figure : settlementFigures())
        writer.addRow({label(figure), CsvCell::money(settlement.value(figure)), explanation(figure, settlement)});
    writer.addRow({});
    writer.addRow({tr("Expenses")});
    writer.addRow({tr("Date"), tr("Kind"), tr("Amount (won)"), tr("Note")});
    for (const Expense &expense : expenses)
        writer.addRow(
            {toIsoDate(expense.spentOn), DisplayText::of(expense.kind), CsvCell::money(expense.amount), expense.note});
    return writer;
}

void SettlementReport::writeCsv(const Settlement &settlement, const std::vector<Expense> &expenses, const QString &path,
                                CsvFormat format)
{
    csv(settlement, expenses, format).writeFile(path);
}

} // namespace gonggu
