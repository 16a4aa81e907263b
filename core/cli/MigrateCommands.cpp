#include "CommandContext.h"
#include "CommandSpec.h"
#include "domain/Errors.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceCopy.h"
#include "storage/WorkspaceLocation.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>

namespace gonggu::cli {
namespace {

/** One figure of the report: a table's rows or a total, on both sides. */
struct Figure
{
    QString name;
    qint64 source = 0;
    qint64 target = 0;
};

QList<Figure> tableFigures(const WorkspaceCopy::Result &result)
{
    QList<Figure> figures;
    for (const auto &[table, rows] : result.source.rowCounts)
        figures.append({table, rows, result.copy.rows(table)});
    return figures;
}

QList<Figure> totalFigures(const WorkspaceCopy::Result &result)
{
    const WorkspaceCensus &source = result.source;
    const WorkspaceCensus &copy = result.copy;
    return {{QStringLiteral("payment_amount"), source.paymentTotal, copy.paymentTotal},
            {QStringLiteral("ordered_quantity"), source.orderedQuantity, copy.orderedQuantity},
            {QStringLiteral("order_value"), source.orderValue, copy.orderValue},
            {QStringLiteral("expense_amount"), source.expenseTotal, copy.expenseTotal}};
}

QString refusedTarget(const QString &text)
{
    return QStringLiteral("'%1' is not a server address: migrate-to copies the workspace into "
                          "postgresql://user@host/database")
        .arg(text);
}

/** The workspace file to copy, checked before it is opened (opening a missing file would make a new one). */
QString sourceFile(const CommandContext &context)
{
    const QString path = context.workspacePath();
    if (WorkspaceLocation::looksLikeServerUrl(path))
        throw InputError(QStringLiteral("migrate-to copies a workspace file: give it with --workspace FILE, not a "
                                        "server address"));
    const QFileInfo info(path);
    if (!info.exists())
        throw InputError(QStringLiteral("'%1' does not exist: give the workspace file to copy with --workspace FILE")
                             .arg(info.absoluteFilePath()));
    if (!info.isFile() || info.size() == 0)
        throw InputError(
            QStringLiteral("'%1' is not a Gonggu workspace; it was left untouched").arg(info.absoluteFilePath()));
    return info.absoluteFilePath();
}

void printReport(CommandContext &context, const QString &source, const QString &target,
                 const WorkspaceCopy::Result &result)
{
    const QList<Figure> tables = tableFigures(result);
    const QList<Figure> totals = totalFigures(result);
    const auto record = [](const QString &key, const Figure &figure) {
        return Record{{key, figure.name},
                      {QStringLiteral("source"), figure.source},
                      {QStringLiteral("target"), figure.target},
                      {QStringLiteral("agrees"), figure.source == figure.target}};
    };

    if (context.output().format() == OutputFormat::Json) {
        QJsonArray tableArray;
        for (const Figure &figure : tables)
            tableArray.append(toJsonObject(record(QStringLiteral("table"), figure)));
        QJsonObject totalObject;
        for (const Figure &figure : totals)
            totalObject.insert(figure.name, QJsonObject{{QStringLiteral("source"), figure.source},
                                                        {QStringLiteral("target"), figure.target}});
        context.output().printObject(QJsonObject{{QStringLiteral("source"), source},
                                                 {QStringLiteral("target"), target},
                                                 {QStringLiteral("verified"), true},
                                                 {QStringLiteral("tables"), tableArray},
                                                 {QStringLiteral("totals"), totalObject}},
                                     {}, {});
        return;
    }

    QList<Record> records;
    for (const Figure &figure : tables + totals)
        records << record(QStringLiteral("figure"), figure);
    const QStringList keys{QStringLiteral("figure"), QStringLiteral("source"), QStringLiteral("target"),
                           QStringLiteral("agrees")};
    if (context.output().format() == OutputFormat::Csv) {
        context.output().printRecords(keys, records);
        return;
    }
    QBuffer table;
    table.open(QIODevice::WriteOnly);
    CliOutput(table, OutputFormat::Table).printRecords(keys, records);
    const QString text = QStringLiteral("Copied %1\n    to %2\n\n%3\nVerified: every table and total agrees; the copy "
                                        "is committed. Open it with --workspace %2\n")
                             .arg(source, target, QString::fromUtf8(table.data()));
    context.output().printObject({}, {}, text);
}

void migrateTo(CommandContext &context)
{
    const QStringList arguments = context.parser().positionalArguments();
    if (arguments.isEmpty() || arguments.first().trimmed().isEmpty())
        throw InputError(QStringLiteral("give the server to copy the workspace to: gonggu-cli --workspace FILE "
                                        "migrate-to postgresql://user@host/database"));
    if (arguments.size() > 1)
        throw InputError(QStringLiteral("unexpected argument '%1'").arg(arguments.at(1)));
    const QString url = arguments.first().trimmed();
    if (!WorkspaceLocation::looksLikeServerUrl(url))
        throw InputError(refusedTarget(url));
    const QString target = WorkspaceLocation::parse(url).display(); // a malformed address is refused here

    const QString source = sourceFile(context);
    const Workspace &file = context.workspace();
    const std::unique_ptr<Workspace> server = context.openWorkspace(url);
    const WorkspaceCopy::Result result = WorkspaceCopy::copy(file, *server);
    printReport(context, source, target, result);
}

} // namespace

std::vector<CommandSpec> migrateCommands()
{
    const auto S = [](const char16_t *text) { return QString::fromUtf16(text); };
    return {
        {S(u"migrate-to"),
         S(u"postgresql://USER@HOST[:PORT]/DATABASE"),
         S(u"Copy the workspace file (--workspace FILE) into an empty PostgreSQL database or schema for a team of "
           u"coordinators, ids kept; it is committed only when every table and total counts the same on both "
           u"sides."),
         {},
         true,
         migrateTo},
    };
}

} // namespace gonggu::cli
