#include "CommandContext.h"
#include "CommandSpec.h"
#include "domain/Clock.h"
#include "domain/DateText.h"
#include "domain/Errors.h"
#include "models/SettlementReport.h"
#include "services/RoundSettlement.h"
#include "storage/ExpenseRepository.h"
#include "storage/RoundRepository.h"

#include <QJsonObject>

namespace gonggu::cli {
namespace {

ExpenseKind expenseKind(const CommandContext &context)
{
    const QString text = context.required(QStringLiteral("kind"));
    if (const std::optional<ExpenseKind> kind = expenseKindFromKey(text))
        return *kind;
    throw InputError(QStringLiteral("--kind '%1' is not known (one of: %2)")
                         .arg(text, expenseKindKeys().join(QStringLiteral(", "))));
}

CsvFormat csvFormat(const CommandContext &context)
{
    const QString encoding = context.optional(QStringLiteral("encoding")).toLower();
    if (encoding.isEmpty() || encoding == u"utf-8")
        return {CsvEncoding::Utf8WithBom, true};
    if (encoding == u"cp949")
        return {CsvEncoding::Cp949, true};
    throw InputError(QStringLiteral("--encoding '%1' is not known (one of: utf-8, cp949)").arg(encoding));
}

QString settlementText(const Settlement &settlement)
{
    const auto line = [&](SettlementFigure figure, const QString &sign = {}) {
        const QString label = SettlementReport::label(figure);
        const QString amount = sign + settlement.value(figure).format(false);
        return QStringLiteral("  %1%2\n").arg(label, -28).arg(amount, 14);
    };
    using F = SettlementFigure;
    QString text = QStringLiteral("%1  (round %2)\n").arg(settlement.round.title).arg(settlement.round.id);
    text += QStringLiteral("\nFrom the buyers\n");
    for (const F figure : {F::AmountDue, F::Collected, F::RefundsPaid, F::Outstanding, F::RefundsOwed})
        text += line(figure);
    if (!settlement.unassignedDeposits.isZero())
        text += line(F::UnassignedDeposits).chopped(1) + QStringLiteral("  (not counted until matched)\n");
    text += QStringLiteral("\nSpending\n");
    for (const F figure : {F::SupplierCost, F::PaidToSupplier, F::SupplierStillToPay, F::ShippingCosts, F::OtherCosts})
        text += line(figure);
    text += QStringLiteral("\nWhat is left\n");
    text += line(F::Left);
    text += line(F::LeftAfterSettling);
    return text;
}

void printSettlement(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    const QString output = context.optional(QStringLiteral("output"));
    const CsvFormat format = csvFormat(context);
    if (output.isEmpty() && context.isSet(QStringLiteral("encoding")))
        throw InputError(QStringLiteral("--encoding goes with --output"));
    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(roundRef);
    const Settlement settlement = RoundSettlement(workspace).settle(round);

    if (!output.isEmpty()) {
        SettlementReport::writeCsv(settlement, ExpenseRepository(workspace).forRound(round.id), output, format);
        return;
    }
    Record flat{{QStringLiteral("round"), round.id}, {QStringLiteral("title"), round.title}};
    for (const SettlementFigure figure : settlementFigures())
        flat << qMakePair(toKey(figure), QJsonValue(settlement.value(figure).toWon()));
    context.output().printObject(toJsonObject(flat), flat, settlementText(settlement));
}

void addExpense(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    Expense expense;
    expense.kind = expenseKind(context);
    expense.amount = context.money(QStringLiteral("amount"), false);
    expense.spentOn = context.date(QStringLiteral("date")).value_or(context.clock().today());
    expense.note = context.optional(QStringLiteral("note"));

    Workspace &workspace = context.workspace();
    expense.roundId = RoundRepository(workspace).resolve(roundRef).id;
    context.output().printCreatedId(ExpenseRepository(workspace).add(expense));
}

void listExpenses(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(roundRef);
    QList<Record> records;
    for (const Expense &expense : ExpenseRepository(workspace).forRound(round.id))
        records << Record{{QStringLiteral("id"), expense.id},
                          {QStringLiteral("date"), toIsoDate(expense.spentOn)},
                          {QStringLiteral("kind"), toKey(expense.kind)},
                          {QStringLiteral("amount"), expense.amount.toWon()},
                          {QStringLiteral("note"), expense.note}};
    context.output().printRecords({QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("kind"),
                                   QStringLiteral("amount"), QStringLiteral("note")},
                                  records, {QStringLiteral("amount")});
}

void removeExpense(CommandContext &context)
{
    const QString text = context.positional(QStringLiteral("expense id"));
    bool ok = false;
    const ExpenseId id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw InputError(QStringLiteral("'%1' is not an expense id").arg(text));
    ExpenseRepository(context.workspace()).remove(id);
}

} // namespace

std::vector<CommandSpec> settlementCommands()
{
    const auto S = [](const char16_t *text) { return QString::fromUtf16(text); };
    const QCommandLineOption round = valueOption(S(u"round"), S(u"ROUND"), S(u"round id or title"));
    return {
        {S(u"settlement"),
         S(u"--round ROUND [--output FILE.csv [--encoding utf-8|cp949]]"),
         S(u"Where the round's money stands: collected, refunds, paid to the supplier, costs and what is left; "
           u"--output writes the report as CSV (UTF-8 with BOM unless cp949)."),
         {round, valueOption(S(u"output"), S(u"FILE"), S(u"write the report to this CSV file")),
          valueOption(S(u"encoding"), S(u"ENC"), S(u"utf-8 (with BOM, the default) or cp949"))},
         true,
         printSettlement},
        {S(u"expense add"),
         S(u"--round ROUND --kind supplier|shipping|other --amount N [--date DATE] [--note X]"),
         S(u"Record money the round spent; prints its id."),
         {round, valueOption(S(u"kind"), S(u"KIND"), S(u"supplier, shipping or other")),
          valueOption(S(u"amount"), S(u"N"), S(u"whole won, more than zero")),
          valueOption(S(u"date"), S(u"DATE"), S(u"YYYY-MM-DD; today when left out")),
          valueOption(S(u"note"), S(u"X"), S(u"what it was for"))},
         true,
         addExpense},
        {S(u"expense list"), S(u"--round ROUND"), S(u"The round's expenses by date."), {round}, true, listExpenses},
        {S(u"expense remove"), S(u"EXPENSE"), S(u"Delete an expense recorded by mistake."), {}, false, removeExpense},
    };
}

} // namespace gonggu::cli
