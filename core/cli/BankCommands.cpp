#include "CommandContext.h"
#include "CommandSpec.h"
#include "ImportRun.h"
#include "domain/Errors.h"
#include "io/InputFile.h"
#include "io/SheetReader.h"
#include "services/applications/ApplicationColumns.h"
#include "services/bank/BankColumns.h"
#include "services/bank/BankImporter.h"
#include "services/bank/Reconciliation.h"
#include "storage/PaymentRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoundRepository.h"

#include <QFileInfo>
#include <QJsonArray>

namespace gonggu::cli {
namespace {

QJsonArray reasonKeys(const std::vector<MatchReason> &reasons)
{
    QJsonArray keys;
    for (const MatchReason reason : reasons)
        keys.append(toKey(reason));
    return keys;
}

QJsonArray candidatesJson(const DepositMatch &match)
{
    QJsonArray candidates;
    for (const MatchCandidate &candidate : match.candidates)
        candidates.append(QJsonObject{{QStringLiteral("person_id"), candidate.personId},
                                      {QStringLiteral("person"), candidate.label},
                                      {QStringLiteral("owed"), candidate.owed.toWon()},
                                      {QStringLiteral("amount"), candidate.amount.toWon()},
                                      {QStringLiteral("score"), candidate.score},
                                      {QStringLiteral("reasons"), reasonKeys(candidate.reasons)},
                                      {QStringLiteral("explanation"), candidate.explanation}});
    return candidates;
}

/** Who the deposit goes to, or who is suggested ("tini + 김하나" for a split). */
QString proposedPeople(const DepositMatch &match)
{
    QStringList labels;
    for (const MatchCandidate &candidate : match.candidates) {
        labels << candidate.label;
        if (!match.split)
            break;
    }
    return labels.join(QStringLiteral(" + "));
}

QString whenText(const BankTransaction &line)
{
    return line.time.isValid() ? line.date.toString(u"yyyy-MM-dd") + u' ' + line.time.toString(u"HH:mm")
                               : line.date.toString(u"yyyy-MM-dd");
}

void printPlan(CommandContext &context, const BankImportPlan &plan, const QString &file, bool written)
{
    const QStringList keys{QStringLiteral("line"),      QStringLiteral("date"),   QStringLiteral("depositor"),
                           QStringLiteral("amount"),    QStringLiteral("action"), QStringLiteral("person"),
                           QStringLiteral("person_id"), QStringLiteral("reason")};
    QList<Record> rows;
    QJsonArray rowArray;
    for (const PlannedDeposit &deposit : plan.deposits) {
        const BankTransaction &line = deposit.transaction;
        const bool assigned = deposit.action == DepositAction::Match;
        const Record record{{QStringLiteral("line"), line.line},
                            {QStringLiteral("date"), whenText(line)},
                            {QStringLiteral("depositor"), line.depositor},
                            {QStringLiteral("amount"), line.amount.toWon()},
                            {QStringLiteral("action"), toKey(deposit.action)},
                            {QStringLiteral("person"), proposedPeople(deposit.match)},
                            {QStringLiteral("person_id"),
                             assigned ? QJsonValue(deposit.match.candidates.front().personId) : QJsonValue()},
                            {QStringLiteral("reason"),
                             deposit.action == DepositAction::AlreadyImported
                                 ? QStringLiteral("already imported (payment %1)").arg(*deposit.existingPayment)
                                 : deposit.match.explanation}};
        rows << record;
        if (context.output().format() != OutputFormat::Json)
            continue; // the details below are for scripts reading JSON
        QJsonObject json = toJsonObject(record);
        json.insert(QStringLiteral("date"), line.date.toString(u"yyyy-MM-dd"));
        json.insert(QStringLiteral("time"),
                    line.time.isValid() ? QJsonValue(line.time.toString(u"HH:mm:ss")) : QJsonValue());
        json.insert(QStringLiteral("description"), line.description);
        json.insert(QStringLiteral("memo"), line.memo);
        json.insert(QStringLiteral("reference"), line.reference());
        if (deposit.action != DepositAction::AlreadyImported) {
            json.insert(QStringLiteral("match"), toKey(deposit.match.kind));
            json.insert(QStringLiteral("split"), deposit.match.split);
            json.insert(QStringLiteral("candidates"), candidatesJson(deposit.match));
        } else {
            json.insert(QStringLiteral("payment_id"), *deposit.existingPayment);
        }
        rowArray.append(json);
    }

    QJsonArray rejected;
    for (const RejectedRow &row : plan.rejected)
        rejected.append(QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("reason"), row.reason}});
    const Record counts{{QStringLiteral("file"), file},
                        {QStringLiteral("written"), written},
                        {QStringLiteral("encoding"), plan.encoding},
                        {QStringLiteral("header_line"), plan.headerLine},
                        {QStringLiteral("matched"), plan.count(DepositAction::Match)},
                        {QStringLiteral("matched_amount"), plan.total(DepositAction::Match).toWon()},
                        {QStringLiteral("review"), plan.count(DepositAction::Review)},
                        {QStringLiteral("review_amount"), plan.total(DepositAction::Review).toWon()},
                        {QStringLiteral("already_imported"), plan.count(DepositAction::AlreadyImported)},
                        {QStringLiteral("withdrawals_skipped"), plan.withdrawalsSkipped}};
    switch (context.output().format()) {
    case OutputFormat::Json: {
        QJsonObject json = toJsonObject(counts);
        json.insert(QStringLiteral("rejected"), rejected);
        json.insert(QStringLiteral("rows"), rowArray);
        json.insert(QStringLiteral("unrecognised_columns"), QJsonArray::fromStringList(plan.unrecognisedColumns));
        context.output().printObject(json, counts, QString());
        return;
    }
    case OutputFormat::Csv:
        context.output().printRecords(keys, rows);
        return;
    case OutputFormat::Table:
        context.output().printObject(
            {}, {},
            QStringLiteral("%1 (%2, header on line %3): %4 matched, %5 to review, %6 already imported, %7 "
                           "withdrawals skipped, %8 rejected%9")
                .arg(QFileInfo(file).fileName(), plan.encoding)
                .arg(plan.headerLine)
                .arg(plan.count(DepositAction::Match))
                .arg(plan.count(DepositAction::Review))
                .arg(plan.count(DepositAction::AlreadyImported))
                .arg(plan.withdrawalsSkipped)
                .arg(plan.rejected.size())
                .arg(written ? QString() : QStringLiteral(" — nothing written")));
        context.output().printRecords({QStringLiteral("line"), QStringLiteral("date"), QStringLiteral("depositor"),
                                       QStringLiteral("amount"), QStringLiteral("action"), QStringLiteral("person"),
                                       QStringLiteral("reason")},
                                      rows, {QStringLiteral("amount")});
        return;
    }
}

void importBank(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    const QString file = context.positional(QStringLiteral("bank statement (CSV, XLSX or XLS)"));
    const auto overrides = ApplicationColumns::parseOverrides(context.optional(QStringLiteral("columns")));
    BankColumns::checkOverrides(overrides);
    const SheetData sheet = SheetReader::readFile(file);

    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(roundRef);
    BankImporter importer(workspace);
    const BankImportPlan plan = importer.plan(round, sheet, overrides);
    // A header with nothing under it is an export of the wrong account or period, not "nothing new".
    if (plan.deposits.empty() && plan.rejected.empty() && plan.withdrawalsSkipped == 0)
        throw InputError(QStringLiteral("%1 has a header (line %2) but no transactions under it")
                             .arg(InputFile::displayName(file))
                             .arg(plan.headerLine));

    finishImport(context, importer, round, plan, [&](bool written) { printPlan(context, plan, file, written); });
}

void listReview(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(roundRef);
    QList<Record> rows;
    QJsonArray json;
    for (const ReviewItem &item : Reconciliation(workspace).pending(round)) {
        const Record record{{QStringLiteral("payment_id"), item.deposit.id},
                            {QStringLiteral("date"), item.deposit.paidOn.toString(u"yyyy-MM-dd")},
                            {QStringLiteral("depositor"), item.deposit.depositorName},
                            {QStringLiteral("amount"), item.deposit.amount.toWon()},
                            {QStringLiteral("suggestion"), proposedPeople(item.match)},
                            {QStringLiteral("reason"), item.match.explanation}};
        rows << record;
        QJsonObject object = toJsonObject(record);
        object.insert(QStringLiteral("match"), toKey(item.match.kind));
        object.insert(QStringLiteral("split"), item.match.split);
        object.insert(QStringLiteral("candidates"), candidatesJson(item.match));
        json.append(object);
    }
    if (context.output().format() == OutputFormat::Json) {
        context.output().printObject({{QStringLiteral("deposits"), json}}, {}, QString());
        return;
    }
    context.output().printRecords({QStringLiteral("payment_id"), QStringLiteral("date"), QStringLiteral("depositor"),
                                   QStringLiteral("amount"), QStringLiteral("suggestion"), QStringLiteral("reason")},
                                  rows, {QStringLiteral("amount")});
}

/** The payment named by --payment and its round. */
std::pair<Payment, Round> paymentAndRound(CommandContext &context)
{
    bool ok = false;
    const QString text = context.required(QStringLiteral("payment"));
    const PaymentId id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw InputError(QStringLiteral("--payment '%1' is not a payment id").arg(text));
    Workspace &workspace = context.workspace();
    const std::optional<Payment> payment = PaymentRepository(workspace).find(id);
    if (!payment)
        throw InputError(QStringLiteral("payment %1 does not exist").arg(id));
    const std::optional<Round> round = RoundRepository(workspace).find(payment->roundId);
    if (!round)
        throw InputError(QStringLiteral("payment %1 has no round").arg(id));
    return {*payment, *round};
}

void assignPayment(CommandContext &context)
{
    const QString personRef = context.required(QStringLiteral("person"));
    const auto [payment, round] = paymentAndRound(context);
    Workspace &workspace = context.workspace();
    std::optional<PersonId> person;
    if (personRef != u"none")
        person = PersonRepository(workspace).resolve(personRef).id;
    Reconciliation(workspace).assign(round, payment.id, person, !context.isSet(QStringLiteral("no-alias")));
    context.output().printCreatedId(payment.id);
}

void splitPayment(CommandContext &context)
{
    const QStringList partTexts = context.parser().values(QStringLiteral("part"));
    if (partTexts.size() < 2)
        throw InputError(QStringLiteral("give at least two --part PERSON=AMOUNT"));
    const auto [payment, round] = paymentAndRound(context);
    Workspace &workspace = context.workspace();
    std::vector<SplitPart> parts;
    for (const QString &text : partTexts) {
        const qsizetype equals = text.lastIndexOf(u'=');
        const std::optional<Money> amount = equals > 0 ? Money::parse(text.mid(equals + 1)) : std::nullopt;
        if (!amount)
            throw InputError(QStringLiteral("--part '%1' is not PERSON=AMOUNT").arg(text));
        parts.push_back({PersonRepository(workspace).resolve(text.left(equals).trimmed()).id, *amount});
    }
    for (const PaymentId id : Reconciliation(workspace).split(round, payment.id, parts))
        context.output().printCreatedId(id);
}

void ignorePayment(CommandContext &context)
{
    const auto [payment, round] = paymentAndRound(context);
    Reconciliation reconciliation(context.workspace());
    if (context.isSet(QStringLiteral("restore")))
        reconciliation.restore(round, payment.id);
    else
        reconciliation.ignore(round, payment.id, context.optional(QStringLiteral("note")));
    context.output().printCreatedId(payment.id);
}

} // namespace

std::vector<CommandSpec> bankCommands()
{
    const auto S = [](const char16_t *text) { return QString::fromUtf16(text); };
    const QCommandLineOption payment = valueOption(S(u"payment"), S(u"ID"), S(u"payment id"));
    return {
        {S(u"import bank"),
         S(u"--round ROUND FILE [--dry-run] [--skip-invalid] [--columns ROLE=HEADER,...]"),
         S(u"Bring deposits in from a bank statement (CSV, XLSX or XLS); exact matches pay, the rest wait for "
           u"review."),
         {valueOption(S(u"round"), S(u"ROUND"), S(u"round id or title")),
          QCommandLineOption(S(u"dry-run"), S(u"show the match table with reasons; write nothing")),
          QCommandLineOption(S(u"skip-invalid"), S(u"import the good lines even when some are rejected")),
          valueOption(S(u"columns"), S(u"MAP"),
                      S(u"role=Header pairs, e.g. depositor=보낸분,deposit=입금액 (roles: ") +
                          BankColumns::roleKeys().join(u", ") + u')')},
         true,
         importBank},
        {S(u"reconcile"),
         S(u"--round ROUND"),
         S(u"List the deposits waiting for review with the buyers suggested for each."),
         {valueOption(S(u"round"), S(u"ROUND"), S(u"round id or title"))},
         true,
         listReview},
        {S(u"payment assign"),
         S(u"--payment ID --person PERSON|none [--no-alias]"),
         S(u"Give a deposit to a buyer (remembering its name for the next statement), or take it back with none."),
         {payment, valueOption(S(u"person"), S(u"PERSON"), S(u"person id, nickname or name; none to unassign")),
          QCommandLineOption(S(u"no-alias"), S(u"do not remember the depositor name as the person's alias"))},
         true,
         assignPayment},
        {S(u"payment split"),
         S(u"--payment ID --part PERSON=AMOUNT --part PERSON=AMOUNT ..."),
         S(u"Split one deposit between buyers; the parts must add up to it."),
         {payment, valueOption(S(u"part"), S(u"PERSON=AMOUNT"), S(u"a buyer and their share (repeat)"))},
         true,
         splitPayment},
        {S(u"payment ignore"),
         S(u"--payment ID [--note TEXT] [--restore]"),
         S(u"Set a deposit aside as not part of the round (kept, so it is never imported again), or restore it."),
         {payment, valueOption(S(u"note"), S(u"TEXT"), S(u"why")),
          QCommandLineOption(S(u"restore"), S(u"bring a set-aside deposit back for review"))},
         true,
         ignorePayment},
    };
}

} // namespace gonggu::cli
