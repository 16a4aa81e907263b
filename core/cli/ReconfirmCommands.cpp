#include "CommandContext.h"
#include "CommandSpec.h"
#include "domain/DateText.h"
#include "domain/Errors.h"
#include "services/ReconfirmationList.h"
#include "storage/PersonRepository.h"
#include "storage/RoundRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>

namespace gonggu::cli {
namespace {

/** The orders of the named people that wait for re-confirmation. */
std::vector<OrderId> ordersOf(const QStringList &references, const std::vector<PendingInterest> &pending,
                              const Workspace &workspace)
{
    std::vector<OrderId> orders;
    for (const QString &reference : references) {
        const Person person = PersonRepository(workspace).resolve(reference);
        const auto it = std::find_if(pending.begin(), pending.end(),
                                     [&](const PendingInterest &p) { return p.personId == person.id; });
        if (it == pending.end())
            throw InputError(
                QStringLiteral("%1 has no order waiting for re-confirmation in this round").arg(reference));
        orders.push_back(it->orderId);
    }
    return orders;
}

void reconfirm(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    const QStringList confirm = context.parser().values(QStringLiteral("confirm"));
    const QStringList decline = context.parser().values(QStringLiteral("decline"));
    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(roundRef);
    ReconfirmationList list(workspace, context.clock());

    if (!confirm.isEmpty() || !decline.isEmpty()) {
        const std::vector<PendingInterest> pending = list.pending(round);
        const std::vector<OrderId> confirmed = ordersOf(confirm, pending, workspace);
        const std::vector<OrderId> declined = ordersOf(decline, pending, workspace);
        Transaction transaction(workspace);
        list.settle(confirmed, true);
        list.settle(declined, false);
        transaction.commit();
    }

    QList<Record> records;
    for (const PendingInterest &interest : list.pending(round)) {
        records << Record{{QStringLiteral("order_id"), interest.orderId},
                          {QStringLiteral("person_id"), interest.personId},
                          {QStringLiteral("name"), interest.name},
                          {QStringLiteral("nickname"), interest.nickname},
                          {QStringLiteral("phone"), interest.phone},
                          {QStringLiteral("copies"), interest.copies},
                          {QStringLiteral("since"), toIsoUtc(interest.since)}};
    }
    context.output().printRecords({QStringLiteral("order_id"), QStringLiteral("person_id"), QStringLiteral("name"),
                                   QStringLiteral("nickname"), QStringLiteral("phone"), QStringLiteral("copies"),
                                   QStringLiteral("since")},
                                  records);
}

} // namespace

std::vector<CommandSpec> reconfirmCommands()
{
    const auto S = [](const char16_t *text) { return QString::fromUtf16(text); };
    return {
        {S(u"reconfirm"),
         S(u"--round ROUND [--confirm PERSON]... [--decline PERSON]..."),
         S(u"List who only said they were interested; --confirm or --decline settles them. Prints who is left."),
         {valueOption(S(u"round"), S(u"ROUND"), S(u"round id or title")),
          valueOption(S(u"confirm"), S(u"PERSON"), S(u"they confirmed: the order counts (repeatable)")),
          valueOption(S(u"decline"), S(u"PERSON"), S(u"they declined: the order is cancelled (repeatable)"))},
         true,
         reconfirm},
    };
}

} // namespace gonggu::cli
