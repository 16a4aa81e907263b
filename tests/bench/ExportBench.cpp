// Exporting the publisher's list at 100,000 lines (budgets: CSV ≤ 0.3 s, XLSX ≤ 1.5 s), the scale round's own
// publisher list for comparison, and the floor for XLSX: libxlsxwriter alone writing the same cells.

#include "ScaleFixture.h"
#include "Stopwatch.h"
#include "services/export/RoundExport.h"
#include "storage/RoundRepository.h"
#include "storage/Workspace.h"

#include <QFile>

#include <benchmark/benchmark.h>
#include <xlsxwriter.h>

namespace gonggu::bench {
namespace {

/** The round an export benchmark reads: arg 0 the export round (100,000 confirmed courier orders, a line each
 *  in the publisher's list), 1 the scale round (every confirmed order's copies summed, couriers listed). */
struct ExportCase
{
    std::unique_ptr<Workspace> workspace;
    Round round;

    explicit ExportCase(const benchmark::State &state)
    {
        ScaleFixture &fixture = ScaleFixture::instance();
        RoundId roundId = fixture.scaleRound();
        const QString path = state.range(0) == 0 ? fixture.exportWorkspace(&roundId) : fixture.workspacePath();
        workspace = std::make_unique<Workspace>(path, ScaleFixture::clock());
        round = *RoundRepository(*workspace).find(roundId);
    }
};

qsizetype lineCount(const TableDocument &document)
{
    qsizetype lines = 0;
    for (const DocumentTable &table : document.tables)
        lines += table.rowCount();
    return lines;
}

void exportPublisherList(benchmark::State &state, ExportFormat format, const QString &fileName)
{
    const ExportCase source(state);
    const RoundExport exporter(*source.workspace, ScaleFixture::clock());
    const ExportTemplate choice = exporter.templateFor(source.round, ExportKind::Publisher);
    const QString path = ScaleFixture::instance().outputPath(fileName);
    double reading = 0;
    double writing = 0;
    double cpu = 0;
    qsizetype lines = 0;
    for (auto _ : state) {
        const double cpuBefore = Stopwatch::threadCpuSeconds();
        Stopwatch watch;
        const TableDocument document = exporter.document(source.round, choice, Language::Korean);
        const double read = watch.lap();
        writeDocument(document, format, path);
        const double written = watch.lap();
        cpu += Stopwatch::threadCpuSeconds() - cpuBefore;
        state.SetIterationTime(read + written);
        reading += read;
        writing += written;
        lines = lineCount(document);
    }
    const auto perIteration = benchmark::Counter::kAvgIterations;
    state.counters["document_ms"] = benchmark::Counter(reading * 1000, perIteration);
    state.counters["write_ms"] = benchmark::Counter(writing * 1000, perIteration);
    state.counters["cpu_ms"] = benchmark::Counter(cpu * 1000, perIteration);
    state.counters["lines"] = double(lines);
    state.counters["bytes"] = double(QFile(path).size());
}

void BM_ExportPublisherCsv(benchmark::State &state)
{
    exportPublisherList(state, ExportFormat::Csv,
                        state.range(0) == 0 ? QStringLiteral("publisher.csv") : QStringLiteral("publisher-scale.csv"));
}
BENCHMARK(BM_ExportPublisherCsv)
    ->ArgName("scale_round")
    ->Arg(0)
    ->Arg(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

void BM_ExportPublisherXlsx(benchmark::State &state)
{
    exportPublisherList(state, ExportFormat::Xlsx,
                        state.range(0) == 0 ? QStringLiteral("publisher.xlsx")
                                            : QStringLiteral("publisher-scale.xlsx"));
}
BENCHMARK(BM_ExportPublisherXlsx)
    ->ArgName("scale_round")
    ->Arg(0)
    ->Arg(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

/** The cells of the document written with libxlsxwriter and nothing else: no formats, widths, filters or totals. */
void writeRawXlsx(const TableDocument &document, const QByteArray &path, const QByteArray &tmpdir)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    lxw_workbook *workbook = workbook_new_opt(path.constData(), &options);
    int sheet = 0;
    for (const DocumentTable &table : document.tables) {
        lxw_worksheet *worksheet = workbook_add_worksheet(workbook, QByteArray::number(++sheet).constData());
        for (int column = 0; column < table.columnCount(); ++column)
            worksheet_write_string(worksheet, 0, lxw_col_t(column),
                                   table.columns()[std::size_t(column)].title.toUtf8().constData(), nullptr);
        for (qsizetype row = 0; row < table.rowCount(); ++row) {
            for (int column = 0; column < table.columnCount(); ++column) {
                const TableCell &cell = table.cell(row, column);
                if (cell.hasNumber)
                    worksheet_write_number(worksheet, lxw_row_t(row + 1), lxw_col_t(column), double(cell.number),
                                           nullptr);
                else if (!cell.text.isEmpty())
                    worksheet_write_string(worksheet, lxw_row_t(row + 1), lxw_col_t(column),
                                           cell.text.toUtf8().constData(), nullptr);
            }
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR)
        throw std::runtime_error("libxlsxwriter could not write " + path.toStdString());
}

void BM_RawLibxlsxwriter(benchmark::State &state)
{
    const ExportCase source(state);
    const RoundExport exporter(*source.workspace, ScaleFixture::clock());
    const TableDocument document =
        exporter.document(source.round, exporter.templateFor(source.round, ExportKind::Publisher), Language::Korean);
    const QString path = ScaleFixture::instance().outputPath(QStringLiteral("publisher-raw.xlsx"));
    const QByteArray tmpdir = QFile::encodeName(ScaleFixture::instance().outputPath(QString()));
    for (auto _ : state)
        writeRawXlsx(document, QFile::encodeName(path), tmpdir);
    state.counters["lines"] = double(lineCount(document));
    state.counters["bytes"] = double(QFile(path).size());
}
BENCHMARK(BM_RawLibxlsxwriter)->ArgName("scale_round")->Arg(0)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace gonggu::bench
