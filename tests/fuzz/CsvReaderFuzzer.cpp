// CsvReader over any bytes: rows or an InputError, never a crash, and rows that keep its limits and line order.
#include "FuzzCheck.h"
#include "FuzzTarget.h"
#include "domain/Errors.h"
#include "io/CsvReader.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const gonggu::SheetData sheet = gonggu::CsvReader::readBytes(bytes, QStringLiteral("fuzz.csv"));
        qint64 cells = 0;
        int previousLine = 0;
        for (const gonggu::SheetRow &row : sheet.rows) {
            GONGGU_FUZZ_CHECK(row.cells.size() <= gonggu::CsvReader::maxColumns);
            GONGGU_FUZZ_CHECK(row.line > previousLine); // each record starts on a later line than the last
            previousLine = row.line;
            cells += row.cells.size();
        }
        GONGGU_FUZZ_CHECK(cells <= gonggu::CsvReader::maxCells);
        GONGGU_FUZZ_CHECK(!sheet.encoding.isEmpty());
    } catch (const gonggu::InputError &error) {
        GONGGU_FUZZ_CHECK(!QString::fromUtf8(error.what()).isEmpty()); // refusals say why
    }
    return 0;
}
