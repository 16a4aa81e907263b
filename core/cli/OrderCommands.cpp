#include "CommandContext.h"
#include "CommandSpec.h"
#include "domain/Clock.h"
#include "services/OrderBook.h"
#include "services/PaymentBook.h"
#include "storage/ItemRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoundRepository.h"

namespace gonggu::cli {
namespace {

void setOrder(CommandContext &context)
{
    // Every value is checked before the workspace is touched.
    const QString roundRef = context.required(QStringLiteral("round"));
    const QString personRef = context.required(QStringLiteral("person"));
    const QString itemRef = context.required(QStringLiteral("item"));
    const int quantity = context.positiveInteger(QStringLiteral("qty"), OrderBook::maxQuantityPerLine);
    const OrderChange change{context.orderStatus(QStringLiteral("status")),
                             context.delivery(QStringLiteral("delivery"))};

    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(roundRef);
    const Person person = PersonRepository(workspace).resolve(personRef);
    const Item item = ItemRepository(workspace).resolve(round.id, itemRef);
    context.output().printCreatedId(
        OrderBook(workspace, context.clock()).setQuantity(round, person.id, item, quantity, change));
}

void addPayment(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    const QString personRef = context.required(QStringLiteral("person"));
    Payment payment;
    payment.amount = context.money(QStringLiteral("amount"), true);
    payment.paidOn = context.date(QStringLiteral("date")).value_or(context.clock().today());
    payment.depositorName = context.optional(QStringLiteral("depositor"));
    payment.note = context.optional(QStringLiteral("note"));

    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(roundRef);
    const Person person = PersonRepository(workspace).resolve(personRef);
    payment.personId = person.id;
    if (payment.depositorName.isEmpty())
        payment.depositorName = person.depositorName.isEmpty() ? person.displayName : person.depositorName;
    context.output().printCreatedId(PaymentBook(workspace).record(round, payment));
}

} // namespace

std::vector<CommandSpec> orderCommands()
{
    const auto S = [](const char16_t *text) { return QString::fromUtf16(text); };
    return {
        {S(u"order set"),
         S(u"--round ROUND --person PERSON --item ITEM --qty N [--status S] [--delivery courier|pickup]"),
         S(u"Set how many copies of an item a person orders (creating the order); prints the order id."),
         {valueOption(S(u"round"), S(u"ROUND"), S(u"round id or title")),
          valueOption(S(u"person"), S(u"PERSON"), S(u"person id, nickname or unique name")),
          valueOption(S(u"item"), S(u"ITEM"), S(u"item id or name")),
          valueOption(S(u"qty"), S(u"N"), S(u"copies, more than zero")),
          valueOption(S(u"status"), S(u"S"), S(u"interested, applied, confirmed or cancelled")),
          valueOption(S(u"delivery"), S(u"D"), S(u"courier or pickup"))},
         true,
         setOrder},
        {S(u"payment add"),
         S(u"--round ROUND --person PERSON --amount N [--date DATE] [--depositor X] [--note X]"),
         S(u"Record a payment (a negative amount records a refund); prints its id."),
         {valueOption(S(u"round"), S(u"ROUND"), S(u"round id or title")),
          valueOption(S(u"person"), S(u"PERSON"), S(u"person id, nickname or unique name")),
          valueOption(S(u"amount"), S(u"N"), S(u"whole won; negative for a refund")),
          valueOption(S(u"date"), S(u"DATE"), S(u"date of the transfer (YYYY-MM-DD), today if not given")),
          valueOption(S(u"depositor"), S(u"X"), S(u"name on the transfer")),
          valueOption(S(u"note"), S(u"X"), S(u"free note"))},
         true,
         addPayment},
    };
}

} // namespace gonggu::cli
