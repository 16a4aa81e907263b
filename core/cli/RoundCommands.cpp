#include "CommandContext.h"
#include "CommandSpec.h"
#include "domain/DateText.h"
#include "domain/Errors.h"
#include "services/RoundLedger.h"
#include "services/SupplierChecklist.h"
#include "storage/ItemRepository.h"
#include "storage/RoundRepository.h"

#include <QJsonArray>

namespace gonggu::cli {
namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(toIsoDate(date)) : QJsonValue(QJsonValue::Null);
}

/** Sets on `round` what the options give (create and update share them); checks the dates' order. */
void applyRoundOptions(CommandContext &context, Round &round)
{
    if (context.isSet(QStringLiteral("title")))
        round.title = context.required(QStringLiteral("title"));
    if (context.isSet(QStringLiteral("supplier")))
        round.supplier = context.required(QStringLiteral("supplier"));
    if (context.isSet(QStringLiteral("supplier-contact")))
        round.supplierContact = context.optional(QStringLiteral("supplier-contact"));
    if (const auto status = context.roundStatus(QStringLiteral("status")))
        round.status = *status;
    const std::pair<const char16_t *, QDate Round::*> dates[] = {{u"opens", &Round::opensOn},
                                                                 {u"closes", &Round::closesOn},
                                                                 {u"payment-due", &Round::paymentDue},
                                                                 {u"ordered", &Round::orderedOn},
                                                                 {u"delivery", &Round::deliveryOn}};
    for (const auto &[option, field] : dates) {
        if (const auto date = context.date(QString::fromUtf16(option)))
            round.*field = *date;
    }
    if (round.opensOn.isValid() && round.closesOn.isValid() && round.closesOn < round.opensOn)
        throw InputError(QStringLiteral("--closes %1 is before --opens %2")
                             .arg(toIsoDate(round.closesOn), toIsoDate(round.opensOn)));
    if (const auto meetup = context.seoulDateTime(QStringLiteral("meetup")))
        round.meetupAt = *meetup;
    if (context.isSet(QStringLiteral("meetup-place")))
        round.meetupPlace = context.optional(QStringLiteral("meetup-place"));
    if (context.isSet(QStringLiteral("shipping-fee")))
        round.shippingFee = context.money(QStringLiteral("shipping-fee"), false);
    if (context.isSet(QStringLiteral("account")))
        round.bankAccount = context.optional(QStringLiteral("account"));
    if (context.isSet(QStringLiteral("minimum")))
        round.minimumQuantity = context.positiveInteger(QStringLiteral("minimum"), 1'000'000);
    if (context.isSet(QStringLiteral("notes")))
        round.notes = context.optional(QStringLiteral("notes"));
}

void createRound(CommandContext &context)
{
    Round round;
    round.title = context.required(QStringLiteral("title"));
    round.supplier = context.required(QStringLiteral("supplier"));
    applyRoundOptions(context, round);
    context.output().printCreatedId(RoundRepository(context.workspace()).create(round));
}

/** A round newly marked ordered with supplier questions still open or below the minimum: the change is made
 *  (scripts decide for themselves), but each warning goes to stderr, as the GUI asks before ordering. */
void warnBeforeOrdering(CommandContext &context, const Round &round)
{
    const OrderingCheck check =
        SupplierChecklist(context.workspace(), context.clock()).checkBeforeOrdering(round, Language::English);
    for (const OrderingWarning &warning : check.warnings)
        context.error(QStringLiteral("warning: %1").arg(warning.text));
}

void updateRound(CommandContext &context)
{
    const QString roundRef = context.positional(QStringLiteral("round (id or title)"));
    Round round = RoundRepository(context.workspace()).resolve(roundRef);
    const RoundStatus before = round.status;
    applyRoundOptions(context, round);
    RoundRepository(context.workspace()).update(round);
    if (round.status == RoundStatus::Ordered && before != RoundStatus::Ordered)
        warnBeforeOrdering(context, round);
    context.output().printCreatedId(round.id);
}

void listRounds(CommandContext &context)
{
    Workspace &workspace = context.workspace();
    const RoundLedger ledger(workspace);
    QList<Record> records;
    for (const Round &round : RoundRepository(workspace).all()) {
        const RoundSummary summary = ledger.summary(round);
        records << Record{{QStringLiteral("id"), round.id},
                          {QStringLiteral("title"), round.title},
                          {QStringLiteral("status"), toKey(round.status)},
                          {QStringLiteral("buyers"), summary.buyers},
                          {QStringLiteral("copies"), summary.copies},
                          {QStringLiteral("closes"), dateValue(round.closesOn)},
                          {QStringLiteral("payment_due"), dateValue(round.paymentDue)}};
    }
    context.output().printRecords({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("status"),
                                   QStringLiteral("buyers"), QStringLiteral("copies"), QStringLiteral("closes"),
                                   QStringLiteral("payment_due")},
                                  records);
}

void showRound(CommandContext &context)
{
    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(context.positional(QStringLiteral("round (id or title)")));
    const std::vector<Item> items = ItemRepository(workspace).forRound(round.id);

    const Record flat{
        {QStringLiteral("id"), round.id},
        {QStringLiteral("title"), round.title},
        {QStringLiteral("supplier"), round.supplier},
        {QStringLiteral("supplier_contact"), round.supplierContact},
        {QStringLiteral("status"), toKey(round.status)},
        {QStringLiteral("opens"), dateValue(round.opensOn)},
        {QStringLiteral("closes"), dateValue(round.closesOn)},
        {QStringLiteral("payment_due"), dateValue(round.paymentDue)},
        {QStringLiteral("ordered"), dateValue(round.orderedOn)},
        {QStringLiteral("delivery"), dateValue(round.deliveryOn)},
        {QStringLiteral("meetup"), round.meetupAt.isValid()
                                       ? QJsonValue(round.meetupAt.toOffsetFromUtc(9 * 3600).toString(Qt::ISODate))
                                       : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("meetup_place"), round.meetupPlace},
        {QStringLiteral("account"), round.bankAccount},
        {QStringLiteral("shipping_fee"), round.shippingFee.toWon()},
        {QStringLiteral("minimum"),
         round.minimumQuantity ? QJsonValue(*round.minimumQuantity) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("currency"), QStringLiteral("KRW")},
        {QStringLiteral("notes"), round.notes}};
    QJsonObject json = toJsonObject(flat);
    QJsonArray itemArray;
    QString itemLines;
    for (const Item &item : items) {
        itemArray.append(QJsonObject{{QStringLiteral("id"), item.id},
                                     {QStringLiteral("name"), item.name},
                                     {QStringLiteral("isbn"), item.isbn},
                                     {QStringLiteral("list_price"), item.listPrice.toWon()},
                                     {QStringLiteral("unit_price"), item.unitPrice.toWon()}});
        itemLines += QStringLiteral("  %1. %2  %3%4\n")
                         .arg(item.id)
                         .arg(item.name, item.unitPrice.format(false),
                              item.isbn.isEmpty() ? QString() : QStringLiteral("  ISBN ") + item.isbn);
    }
    json.insert(QStringLiteral("items"), itemArray);

    QString text = QStringLiteral("%1  (round %2, %3)\n").arg(round.title).arg(round.id).arg(toKey(round.status));
    text += QStringLiteral("Supplier:      %1%2\n")
                .arg(round.supplier,
                     round.supplierContact.isEmpty() ? QString() : QStringLiteral(" — ") + round.supplierContact);
    text += QStringLiteral("Dates:         opens %1, closes %2, payment due %3\n")
                .arg(round.opensOn.isValid() ? toIsoDate(round.opensOn) : QStringLiteral("-"),
                     round.closesOn.isValid() ? toIsoDate(round.closesOn) : QStringLiteral("-"),
                     round.paymentDue.isValid() ? toIsoDate(round.paymentDue) : QStringLiteral("-"));
    if (round.orderedOn.isValid() || round.deliveryOn.isValid() || round.meetupAt.isValid())
        text += QStringLiteral("Then:          ordered %1, delivery %2, meetup %3%4\n")
                    .arg(round.orderedOn.isValid() ? toIsoDate(round.orderedOn) : QStringLiteral("-"),
                         round.deliveryOn.isValid() ? toIsoDate(round.deliveryOn) : QStringLiteral("-"),
                         round.meetupAt.isValid()
                             ? round.meetupAt.toOffsetFromUtc(9 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                             : QStringLiteral("-"),
                         round.meetupPlace.isEmpty() ? QString() : QStringLiteral(" at ") + round.meetupPlace);
    text += QStringLiteral("Account:       %1\n")
                .arg(round.bankAccount.isEmpty() ? QStringLiteral("-") : round.bankAccount);
    text += QStringLiteral("Shipping fee:  %1 per courier delivery\n").arg(round.shippingFee.format(false));
    if (round.minimumQuantity)
        text += QStringLiteral("Minimum:       %1 copies\n").arg(*round.minimumQuantity);
    text += items.empty() ? QStringLiteral("Items:         none yet (gonggu-cli item add)\n")
                          : QStringLiteral("Items:\n") + itemLines;
    context.output().printObject(json, flat, text);
}

void addItem(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    Item item;
    item.name = context.required(QStringLiteral("name"));
    item.unitPrice = context.money(QStringLiteral("unit-price"), false);
    if (context.isSet(QStringLiteral("list-price")))
        item.listPrice = context.money(QStringLiteral("list-price"), false);
    item.isbn = context.optional(QStringLiteral("isbn"));
    if (context.isSet(QStringLiteral("max")))
        item.maxQuantity = context.positiveInteger(QStringLiteral("max"), 1'000'000);
    item.roundId = RoundRepository(context.workspace()).resolve(roundRef).id;
    context.output().printCreatedId(ItemRepository(context.workspace()).add(item));
}

} // namespace

/** The options round create and round update share. */
static QList<QCommandLineOption> roundOptions()
{
    const auto S = [](const char16_t *text) { return QString::fromUtf16(text); };
    return {valueOption(S(u"title"), S(u"T"), S(u"title shown to buyers (unique)")),
            valueOption(S(u"supplier"), S(u"S"), S(u"publisher or supplier")),
            valueOption(S(u"supplier-contact"), S(u"TEXT"), S(u"supplier's contact person, phone, email")),
            valueOption(S(u"status"), S(u"STATUS"),
                        S(u"planning, open (default), closed, ordered, delivered, settled, cancelled")),
            valueOption(S(u"opens"), S(u"DATE"), S(u"applications open (YYYY-MM-DD)")),
            valueOption(S(u"closes"), S(u"DATE"), S(u"applications close (YYYY-MM-DD)")),
            valueOption(S(u"payment-due"), S(u"DATE"), S(u"deposits expected by (YYYY-MM-DD)")),
            valueOption(S(u"ordered"), S(u"DATE"), S(u"the order went to the supplier (YYYY-MM-DD)")),
            valueOption(S(u"delivery"), S(u"DATE"), S(u"the books arrive (YYYY-MM-DD)")),
            valueOption(S(u"meetup"), S(u"TIME"), S(u"hand-over meetup, Korean time (\"YYYY-MM-DD HH:MM\")")),
            valueOption(S(u"meetup-place"), S(u"TEXT"), S(u"where the meetup is")),
            valueOption(S(u"shipping-fee"), S(u"N"), S(u"won charged per courier delivery")),
            valueOption(S(u"account"), S(u"TEXT"), S(u"bank account shown to buyers")),
            valueOption(S(u"minimum"), S(u"N"), S(u"minimum total copies for the group price")),
            valueOption(S(u"notes"), S(u"TEXT"), S(u"free notes"))};
}

std::vector<CommandSpec> roundCommands()
{
    const auto S = [](const char16_t *text) { return QString::fromUtf16(text); };
    return {
        {S(u"round create"),
         S(u"--title T --supplier S [--closes DATE] [--payment-due DATE] [--shipping-fee N] [--account TEXT]"),
         S(u"Start a buying round; prints its id."), roundOptions(), true, createRound},
        {S(u"round update"),
         S(u"ROUND [--status S] [--ordered DATE] [--delivery DATE] [--meetup \"YYYY-MM-DD HH:MM\"] "
           u"[--meetup-place TEXT] [any round create option]"),
         S(u"Change a round's details: status, dates, the meetup, the account; prints its id."), roundOptions(), true,
         updateRound},
        {S(u"round list"), QString(), S(u"List the rounds with their buyers and copies."), {}, true, listRounds},
        {S(u"round show"), S(u"ROUND"), S(u"Show a round's details and items."), {}, true, showRound},
        {S(u"item add"),
         S(u"--round ROUND --name N --unit-price N [--list-price N] [--isbn X]"),
         S(u"Add an item (a book) to a round at its group price; prints its id."),
         {valueOption(S(u"round"), S(u"ROUND"), S(u"round id or title")),
          valueOption(S(u"name"), S(u"N"), S(u"item name (unique in the round)")),
          valueOption(S(u"unit-price"), S(u"N"), S(u"group price in won")),
          valueOption(S(u"list-price"), S(u"N"), S(u"list price in won")),
          valueOption(S(u"isbn"), S(u"X"), S(u"ISBN or supplier SKU")),
          valueOption(S(u"max"), S(u"N"), S(u"most copies available in this round"))},
         true,
         addItem},
    };
}

} // namespace gonggu::cli
