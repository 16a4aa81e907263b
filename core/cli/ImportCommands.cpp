#include "CommandContext.h"
#include "CommandSpec.h"
#include "ImportRun.h"
#include "domain/Errors.h"
#include "io/InputFile.h"
#include "io/SheetReader.h"
#include "services/applications/ApplicationImporter.h"
#include "storage/RoundRepository.h"

#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>

namespace gonggu::cli {
namespace {

QString countsLine(const ApplicationImportPlan &plan)
{
    return QStringLiteral("%1 new people, %2 new orders, %3 updated, %4 unchanged, %5 superseded, %6 rejected")
        .arg(plan.newPeople.size())
        .arg(plan.count(ApplicationAction::NewOrder))
        .arg(plan.count(ApplicationAction::UpdateOrder))
        .arg(plan.count(ApplicationAction::Unchanged))
        .arg(plan.count(ApplicationAction::Superseded))
        .arg(plan.rejected.size());
}

void printPlan(CommandContext &context, const ApplicationImportPlan &plan, const QString &file, bool written)
{
    QJsonArray rejected;
    for (const RejectedRow &row : plan.rejected)
        rejected.append(QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("reason"), row.reason}});
    QList<Record> rows;
    QJsonArray rowArray;
    for (const PlannedApplication &planned : plan.rows) {
        const QStringList details =
            planned.changes + planned.conflicts + (planned.note.isEmpty() ? QStringList() : QStringList{planned.note});
        const Record record{
            {QStringLiteral("line"), planned.row.line},
            {QStringLiteral("action"), toKey(planned.action)},
            {QStringLiteral("person"), planned.row.label()},
            {QStringLiteral("person_id"), planned.personId ? QJsonValue(*planned.personId) : QJsonValue()},
            {QStringLiteral("copies"), planned.row.totalCopies()},
            {QStringLiteral("details"), details.join(QStringLiteral("; "))}};
        rows << record;
        QJsonObject json = toJsonObject(record);
        json.insert(QStringLiteral("changes"), QJsonArray::fromStringList(planned.changes));
        json.insert(QStringLiteral("conflicts"), QJsonArray::fromStringList(planned.conflicts));
        json.insert(QStringLiteral("note"), planned.note);
        json.remove(QStringLiteral("details"));
        rowArray.append(json);
    }

    const Record counts{{QStringLiteral("file"), file},
                        {QStringLiteral("written"), written},
                        {QStringLiteral("encoding"), plan.encoding},
                        {QStringLiteral("header_line"), plan.headerLine},
                        {QStringLiteral("new_people"), qint64(plan.newPeople.size())},
                        {QStringLiteral("new_orders"), plan.count(ApplicationAction::NewOrder)},
                        {QStringLiteral("updated_orders"), plan.count(ApplicationAction::UpdateOrder)},
                        {QStringLiteral("unchanged"), plan.count(ApplicationAction::Unchanged)},
                        {QStringLiteral("superseded"), plan.count(ApplicationAction::Superseded)}};
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
        context.output().printRecords({QStringLiteral("line"), QStringLiteral("action"), QStringLiteral("person"),
                                       QStringLiteral("person_id"), QStringLiteral("copies"),
                                       QStringLiteral("details")},
                                      rows);
        return;
    case OutputFormat::Table:
        context.output().printObject(
            {}, {},
            QStringLiteral("%1 (%2, header on line %3): %4%5")
                .arg(QFileInfo(file).fileName(), plan.encoding)
                .arg(plan.headerLine)
                .arg(countsLine(plan), written ? QString() : QStringLiteral(" — nothing written")));
        context.output().printRecords({QStringLiteral("line"), QStringLiteral("action"), QStringLiteral("person"),
                                       QStringLiteral("copies"), QStringLiteral("details")},
                                      rows);
        return;
    }
}

void importApplications(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    const QString file = context.positional(QStringLiteral("applications file (CSV, XLSX or XLS)"));
    const auto overrides = ApplicationColumns::parseOverrides(context.optional(QStringLiteral("columns")));
    const SheetData sheet = SheetReader::readFile(file);

    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(roundRef);
    ApplicationImporter importer(workspace);
    const ApplicationImportPlan plan = importer.plan(round, sheet, overrides);
    // A header with nothing under it is the wrong export or an empty form, not "nothing changed".
    if (plan.rows.empty() && plan.rejected.empty())
        throw InputError(QStringLiteral("%1 has a header (line %2) but no applications under it")
                             .arg(InputFile::displayName(file))
                             .arg(plan.headerLine));

    finishImport(context, importer, round, plan, [&](bool written) { printPlan(context, plan, file, written); });
}

} // namespace

std::vector<CommandSpec> importCommands()
{
    const auto S = [](const char16_t *text) { return QString::fromUtf16(text); };
    return {
        {S(u"import applications"),
         S(u"--round ROUND FILE [--dry-run] [--skip-invalid] [--columns ROLE=HEADER,...]"),
         S(u"Bring applications in from a form or spreadsheet export (CSV, XLSX or XLS) without duplicates."),
         {valueOption(S(u"round"), S(u"ROUND"), S(u"round id or title")),
          QCommandLineOption(S(u"dry-run"), S(u"show what would change; write nothing")),
          QCommandLineOption(S(u"skip-invalid"), S(u"import the good rows even when some are rejected")),
          valueOption(S(u"columns"), S(u"MAP"),
                      S(u"role=Header pairs for columns not recognised, e.g. phone=연락처,copies:ITEM=수량"))},
         true,
         importApplications},
    };
}

} // namespace gonggu::cli
