// Tracking numbers (송장번호) back from the courier booking.
#include "CommandContext.h"
#include "CommandSpec.h"
#include "ImportRun.h"
#include "io/SheetReader.h"
#include "services/tracking/TrackingImport.h"
#include "storage/RoundRepository.h"

#include <QFileInfo>
#include <QJsonArray>

namespace gonggu::cli {
namespace {

void printPlan(CommandContext &context, const TrackingImportPlan &plan, const QString &file, bool written)
{
    const QStringList keys{QStringLiteral("line"),      QStringLiteral("action"),   QStringLiteral("person"),
                           QStringLiteral("order_id"),  QStringLiteral("tracking"), QStringLiteral("previous"),
                           QStringLiteral("matched_by")};
    QList<Record> rows;
    QJsonArray rowArray;
    for (const PlannedTracking &row : plan.rows) {
        const Record record{{QStringLiteral("line"), row.line},
                            {QStringLiteral("action"), toKey(row.action)},
                            {QStringLiteral("person"), row.buyer},
                            {QStringLiteral("order_id"), row.orderId},
                            {QStringLiteral("tracking"), row.trackingNumber},
                            {QStringLiteral("previous"), row.previous},
                            {QStringLiteral("matched_by"), row.matchedBy}};
        rows << record;
        rowArray.append(toJsonObject(record));
    }
    QJsonArray rejected;
    for (const RejectedRow &row : plan.rejected)
        rejected.append(QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("reason"), row.reason}});
    const Record counts{{QStringLiteral("file"), file},
                        {QStringLiteral("written"), written},
                        {QStringLiteral("encoding"), plan.encoding},
                        {QStringLiteral("header_line"), plan.headerLine},
                        {QStringLiteral("set"), plan.count(TrackingAction::Set)},
                        {QStringLiteral("replaced"), plan.count(TrackingAction::Replace)},
                        {QStringLiteral("unchanged"), plan.count(TrackingAction::Unchanged)}};
    switch (context.output().format()) {
    case OutputFormat::Json: {
        QJsonObject json = toJsonObject(counts);
        json.insert(QStringLiteral("rejected"), rejected);
        json.insert(QStringLiteral("rows"), rowArray);
        context.output().printObject(json, counts, QString());
        return;
    }
    case OutputFormat::Csv:
        context.output().printRecords(keys, rows);
        return;
    case OutputFormat::Table:
        context.output().printObject({}, {},
                                     QStringLiteral("%1 (%2%3): %4 set, %5 replaced, %6 unchanged, %7 rejected%8")
                                         .arg(QFileInfo(file).fileName(), plan.encoding,
                                              plan.headerLine > 0
                                                  ? QStringLiteral(", header on line %1").arg(plan.headerLine)
                                                  : QStringLiteral(", no header"))
                                         .arg(plan.count(TrackingAction::Set))
                                         .arg(plan.count(TrackingAction::Replace))
                                         .arg(plan.count(TrackingAction::Unchanged))
                                         .arg(plan.rejected.size())
                                         .arg(written ? QString() : QStringLiteral(" — nothing written")));
        context.output().printRecords(keys, rows);
        return;
    }
}

void importTracking(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    const QString file = context.positional(QStringLiteral("file of tracking numbers (CSV, XLSX, XLS or text)"));
    const SheetData sheet = SheetReader::readFile(file);

    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(roundRef);
    TrackingImport importer(workspace);
    const TrackingImportPlan plan = importer.plan(round, sheet);
    finishImport(context, importer, round, plan, [&](bool written) { printPlan(context, plan, file, written); });
}

} // namespace

std::vector<CommandSpec> trackingCommands()
{
    const auto S = [](const char16_t *text) { return QString::fromUtf16(text); };
    return {
        {S(u"import tracking"),
         S(u"--round ROUND FILE [--dry-run] [--skip-invalid]"),
         S(u"Bring tracking numbers (송장번호) back to the round's courier orders from the courier's spreadsheet, the "
           u"shipping list filled in, or 'name<TAB>number' / 'phone<TAB>number' lines."),
         {valueOption(S(u"round"), S(u"ROUND"), S(u"round id or title")),
          QCommandLineOption(S(u"dry-run"), S(u"show what would change; write nothing")),
          QCommandLineOption(S(u"skip-invalid"), S(u"import the good rows even when some are rejected"))},
         true,
         importTracking},
    };
}

} // namespace gonggu::cli
