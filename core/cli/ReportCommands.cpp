#include "CommandContext.h"
#include "CommandSpec.h"
#include "services/RoundLedger.h"
#include "services/UnpaidList.h"
#include "storage/RoundRepository.h"

#include <QJsonArray>

namespace gonggu::cli {
namespace {

void printSummary(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(roundRef);
    const RoundSummary summary = RoundLedger(workspace).summary(round);

    QJsonArray items;
    for (const ItemCopies &item : summary.items)
        items.append(QJsonObject{{QStringLiteral("id"), item.itemId},
                                 {QStringLiteral("name"), item.name},
                                 {QStringLiteral("copies"), item.copies}});
    QJsonObject byStatus;
    for (const auto &[status, count] : summary.byOrderStatus)
        byStatus.insert(toKey(status), count);
    QJsonObject byState;
    for (const auto &[state, count] : summary.byPaymentState)
        byState.insert(toKey(state), count);

    const Record flat{{QStringLiteral("round"), round.id},
                      {QStringLiteral("title"), round.title},
                      {QStringLiteral("status"), toKey(round.status)},
                      {QStringLiteral("buyers"), summary.buyers},
                      {QStringLiteral("copies"), summary.copies},
                      {QStringLiteral("amount_due"), summary.amountDue.toWon()},
                      {QStringLiteral("paid"), summary.paid.toWon()},
                      {QStringLiteral("outstanding"), summary.outstanding.toWon()},
                      {QStringLiteral("refund_due"), summary.refundDue.toWon()},
                      {QStringLiteral("unassigned"), summary.unassigned.toWon()}};
    QJsonObject json = toJsonObject(flat);
    json.insert(QStringLiteral("items"), items);
    json.insert(QStringLiteral("order_status"), byStatus);
    json.insert(QStringLiteral("payment_state"), byState);

    Record csv = flat;
    for (const ItemCopies &item : summary.items)
        csv << qMakePair(QStringLiteral("copies:%1").arg(item.name), QJsonValue(item.copies));
    for (const auto &[status, count] : summary.byOrderStatus)
        csv << qMakePair(QStringLiteral("order_status:%1").arg(toKey(status)), QJsonValue(count));
    for (const auto &[state, count] : summary.byPaymentState)
        csv << qMakePair(QStringLiteral("payment_state:%1").arg(toKey(state)), QJsonValue(count));

    const auto counts = [](const auto &map) {
        QStringList parts;
        for (const auto &[key, count] : map) {
            if (count > 0)
                parts << QStringLiteral("%1 %2").arg(count).arg(toKey(key));
        }
        return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
    };
    QString text = QStringLiteral("%1  (round %2, %3)\n").arg(round.title).arg(round.id).arg(toKey(round.status));
    text += QStringLiteral("Buyers:       %1\n").arg(summary.buyers);
    text += QStringLiteral("Copies:       %1\n").arg(summary.copies);
    for (const ItemCopies &item : summary.items)
        text += QStringLiteral("  %1: %2\n").arg(item.name).arg(item.copies);
    text += QStringLiteral("Amount due:   %1\n").arg(summary.amountDue.format(false));
    text += QStringLiteral("Paid:         %1\n").arg(summary.paid.format(false));
    text += QStringLiteral("Outstanding:  %1\n").arg(summary.outstanding.format(false));
    if (!summary.refundDue.isZero())
        text += QStringLiteral("Refunds due:  %1\n").arg(summary.refundDue.format(false));
    if (!summary.unassigned.isZero())
        text += QStringLiteral("Unassigned:   %1 (deposits not matched to a buyer)\n")
                    .arg(summary.unassigned.format(false));
    text += QStringLiteral("Orders:       %1\n").arg(counts(summary.byOrderStatus));
    text += QStringLiteral("Payments:     %1\n").arg(counts(summary.byPaymentState));
    context.output().printObject(json, csv, text);
}

void printUnpaid(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(roundRef);
    QList<Record> records;
    for (const UnpaidBuyer &buyer : UnpaidList(workspace, context.clock()).unpaidBuyers(round)) {
        records << Record{{QStringLiteral("person_id"), buyer.personId},
                          {QStringLiteral("name"), buyer.name},
                          {QStringLiteral("nickname"), buyer.nickname},
                          {QStringLiteral("phone"), buyer.phone},
                          {QStringLiteral("amount_due"), buyer.amountDue.toWon()},
                          {QStringLiteral("paid"), buyer.paid.toWon()},
                          {QStringLiteral("owed"), buyer.owed.toWon()},
                          {QStringLiteral("days_since_confirmed"), buyer.daysSinceConfirmed
                                                                       ? QJsonValue(*buyer.daysSinceConfirmed)
                                                                       : QJsonValue(QJsonValue::Null)}};
    }
    context.output().printRecords({QStringLiteral("person_id"), QStringLiteral("name"), QStringLiteral("nickname"),
                                   QStringLiteral("phone"), QStringLiteral("amount_due"), QStringLiteral("paid"),
                                   QStringLiteral("owed"), QStringLiteral("days_since_confirmed")},
                                  records,
                                  {QStringLiteral("amount_due"), QStringLiteral("paid"), QStringLiteral("owed")});
}

} // namespace

std::vector<CommandSpec> reportCommands()
{
    const auto S = [](const char16_t *text) { return QString::fromUtf16(text); };
    const QCommandLineOption round = valueOption(S(u"round"), S(u"ROUND"), S(u"round id or title"));
    return {
        {S(u"summary"),
         S(u"--round ROUND"),
         S(u"Buyers, copies and money of a round at a glance."),
         {round},
         true,
         printSummary},
        {S(u"unpaid"),
         S(u"--round ROUND"),
         S(u"Buyers who still owe money, longest-waiting first."),
         {round},
         true,
         printUnpaid},
    };
}

} // namespace gonggu::cli
