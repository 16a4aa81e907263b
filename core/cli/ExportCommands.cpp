// The round's documents out: the publisher's order list, the courier shipping list and the hand-over sheet.
#include "CommandContext.h"
#include "CommandSpec.h"
#include "domain/Errors.h"
#include "services/export/ExportColumns.h"
#include "services/export/RoundExport.h"
#include "storage/RoundRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <algorithm>

namespace gonggu::cli {
namespace {

Language language(const CommandContext &context)
{
    const QString text = context.optional(QStringLiteral("language"));
    if (text.isEmpty())
        return Language::Korean;
    if (const std::optional<Language> chosen = languageFromKey(text))
        return *chosen;
    throw InputError(QStringLiteral("--language '%1' is not one of ko, en").arg(text));
}

ExportFormat format(const CommandContext &context, const QString &output)
{
    if (context.isSet(QStringLiteral("format"))) {
        const QString text = context.optional(QStringLiteral("format")).toLower();
        if (const std::optional<ExportFormat> chosen = exportFormatFromKey(text))
            return *chosen;
        throw InputError(
            QStringLiteral("--format '%1' is not one of %2").arg(text, exportFormatKeys().join(QStringLiteral(", "))));
    }
    if (const std::optional<ExportFormat> named = exportFormatFromPath(output))
        return *named;
    throw InputError(QStringLiteral("--format is required (csv, xlsx or pdf) unless the output file ends in one"));
}

CsvFormat csvFormat(const CommandContext &context, ExportFormat chosen)
{
    const QString encoding = context.optional(QStringLiteral("encoding")).toLower();
    if (!encoding.isEmpty() && chosen != ExportFormat::Csv)
        throw InputError(QStringLiteral("--encoding goes with --format csv"));
    if (encoding.isEmpty() || encoding == u"utf-8")
        return {CsvEncoding::Utf8WithBom, true};
    if (encoding == u"cp949")
        return {CsvEncoding::Cp949, true};
    throw InputError(QStringLiteral("--encoding '%1' is not known (one of: utf-8, cp949)").arg(encoding));
}

ExportKind kindArgument(const CommandContext &context)
{
    const QString text = context.positional(QStringLiteral("kind of list (%1)").arg(exportKindKeys().join(u'|')));
    if (const std::optional<ExportKind> kind = exportKindFromKey(text))
        return *kind;
    throw InputError(QStringLiteral("'%1' is not a kind of list (one of: %2)")
                         .arg(text, exportKindKeys().join(QStringLiteral(", "))));
}

void exportDocument(CommandContext &context, ExportKind kind)
{
    // Everything the options say is checked before the workspace is opened.
    const QString roundRef = context.required(QStringLiteral("round"));
    const QString output = context.required(QStringLiteral("output"));
    const ExportFormat chosenFormat = format(context, output);
    const CsvFormat csv = csvFormat(context, chosenFormat);
    const Language chosenLanguage = language(context);
    if (context.isSet(QStringLiteral("paid-only")) && context.isSet(QStringLiteral("all-confirmed")))
        throw InputError(QStringLiteral("--paid-only and --all-confirmed contradict each other"));
    std::optional<std::vector<ExportColumnChoice>> columns;
    if (context.isSet(QStringLiteral("columns"))) {
        columns = ExportColumns::parse(context.optional(QStringLiteral("columns")));
        if (columns->empty())
            throw InputError(
                QStringLiteral("--columns names no column (see gonggu-cli export columns %1)").arg(toKey(kind)));
        ExportColumns::check(kind, *columns);
    }

    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(roundRef);
    RoundExport exporter(workspace, context.clock());
    // The supplier's saved template, with what this command line says on top.
    ExportTemplate choice = exporter.templateFor(round, kind);
    if (context.isSet(QStringLiteral("paid-only")))
        choice.paidOnly = true;
    if (context.isSet(QStringLiteral("all-confirmed")))
        choice.paidOnly = false;
    if (columns)
        choice.columns = *columns;
    if (context.isSet(QStringLiteral("contact")))
        choice.contact = context.optional(QStringLiteral("contact"));

    if (!context.isSet(QStringLiteral("save-template"))) {
        exporter.write(round, choice, chosenLanguage, chosenFormat, output, csv);
        return;
    }
    // The template is kept only if the file was written.
    Transaction transaction(workspace);
    exporter.saveTemplate(round, choice);
    exporter.write(round, choice, chosenLanguage, chosenFormat, output, csv);
    transaction.commit();
}

QString typeKey(CellType type)
{
    switch (type) {
    case CellType::Text:
        return QStringLiteral("text");
    case CellType::Integer:
        return QStringLiteral("integer");
    case CellType::Money:
        return QStringLiteral("money");
    case CellType::Date:
        return QStringLiteral("date");
    }
    return {};
}

QString partKey(ExportPart part)
{
    switch (part) {
    case ExportPart::Items:
        return QStringLiteral("items");
    case ExportPart::Recipients:
        return QStringLiteral("recipients");
    case ExportPart::Invoices:
        return QStringLiteral("invoices");
    case ExportPart::Handover:
        return QStringLiteral("handover");
    }
    return {};
}

void listColumns(CommandContext &context)
{
    const ExportKind kind = kindArgument(context);
    const Language chosenLanguage = language(context);
    // With a round, the columns its supplier's template chooses, numbered in their order, with their titles.
    std::vector<ExportColumnChoice> chosen = ExportColumns::defaults(kind);
    if (context.isSet(QStringLiteral("round"))) {
        Workspace &workspace = context.workspace();
        const Round round = RoundRepository(workspace).resolve(context.required(QStringLiteral("round")));
        const ExportTemplate saved = RoundExport(workspace, context.clock()).templateFor(round, kind);
        if (!saved.columns.empty())
            chosen = saved.columns;
    }
    QList<Record> records;
    for (const ExportColumnSpec &spec : ExportColumns::catalogue(kind)) {
        const auto position = std::find_if(chosen.begin(), chosen.end(), [&](const ExportColumnChoice &choice) {
            return choice.key == spec.keyText();
        });
        const bool isChosen = position != chosen.end();
        records << Record{
            {QStringLiteral("key"), spec.keyText()},
            {QStringLiteral("part"), partKey(spec.part)},
            {QStringLiteral("type"), typeKey(spec.type)},
            {QStringLiteral("chosen"), isChosen ? QJsonValue(int(position - chosen.begin()) + 1) : QJsonValue()},
            {QStringLiteral("title"),
             isChosen && !position->title.isEmpty() ? position->title : spec.title(chosenLanguage)}};
    }
    context.output().printRecords({QStringLiteral("key"), QStringLiteral("part"), QStringLiteral("type"),
                                   QStringLiteral("chosen"), QStringLiteral("title")},
                                  records);
}

void forgetTemplate(CommandContext &context)
{
    const ExportKind kind = kindArgument(context);
    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(context.required(QStringLiteral("round")));
    if (!RoundExport(workspace, context.clock()).forgetTemplate(round, kind))
        throw InputError(
            QStringLiteral("round '%1' has no saved %2 template for its supplier%3")
                .arg(round.title, toKey(kind),
                     round.supplier.trimmed().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(round.supplier)));
}

} // namespace

std::vector<CommandSpec> exportCommands()
{
    const auto S = [](const char16_t *text) { return QString::fromUtf16(text); };
    const QList<QCommandLineOption> options{
        valueOption(S(u"round"), S(u"ROUND"), S(u"round id or title")),
        valueOption(S(u"format"), S(u"FORMAT"), S(u"csv, xlsx or pdf; taken from the output file's name if left out")),
        valueOption(S(u"output"), S(u"FILE"), S(u"the file to write (replaced only when complete; private to you)")),
        QCommandLineOption(S(u"paid-only"), S(u"only confirmed orders paid in full")),
        QCommandLineOption(S(u"all-confirmed"), S(u"every confirmed order, paid or not, whatever the template says")),
        valueOption(S(u"columns"), S(u"LIST"),
                    S(u"key[=Title],… in the order wanted (see: gonggu-cli export columns KIND)")),
        valueOption(S(u"contact"), S(u"TEXT"), S(u"your name and phone or email, for the header")),
        QCommandLineOption(S(u"save-template"),
                           S(u"keep the orders, columns and contact chosen as the supplier's template")),
        valueOption(S(u"language"), S(u"ko|en"), S(u"titles in Korean (default) or English")),
        valueOption(S(u"encoding"), S(u"ENC"), S(u"CSV in utf-8 (with BOM, the default) or cp949")),
    };
    const QString synopsis = S(u"--round ROUND --format csv|xlsx|pdf --output FILE [--paid-only] [--columns "
                               u"key[=Title],...] [--contact TEXT] [--save-template] [--language ko|en] "
                               u"[--encoding utf-8|cp949]");
    return {
        {S(u"export publisher"), synopsis,
         S(u"The order list for the publisher: copies and money per item with the total, the recipients of courier "
           u"deliveries and tax invoice requests. Counts confirmed orders; the supplier's saved template applies."),
         options, false, [](CommandContext &context) { exportDocument(context, ExportKind::Publisher); }},
        {S(u"export recipients"), synopsis,
         S(u"The shipping list for booking the courier: one row per courier delivery, with the order number that "
           u"brings the tracking numbers back (import tracking)."),
         options, false, [](CommandContext &context) { exportDocument(context, ExportKind::Recipients); }},
        {S(u"export handover"), synopsis,
         S(u"The meetup's hand-over sheet: each buyer who picks up, copies, what is still to collect and a "
           u"column to sign, sorted by name."),
         options, false, [](CommandContext &context) { exportDocument(context, ExportKind::Handover); }},
        {S(u"export columns"),
         S(u"publisher|recipients|handover [--round ROUND] [--language ko|en]"),
         S(u"The columns a list can carry, for --columns; with --round, the ones the supplier's template chooses."),
         {valueOption(S(u"round"), S(u"ROUND"), S(u"round id or title")),
          valueOption(S(u"language"), S(u"ko|en"), S(u"titles in Korean (default) or English"))},
         true,
         listColumns},
        {S(u"export forget-template"),
         S(u"publisher|recipients|handover --round ROUND"),
         S(u"Forgets the columns, orders and contact saved as the supplier's template: the defaults apply again."),
         {valueOption(S(u"round"), S(u"ROUND"), S(u"round id or title"))},
         false,
         forgetTemplate},
    };
}

} // namespace gonggu::cli
