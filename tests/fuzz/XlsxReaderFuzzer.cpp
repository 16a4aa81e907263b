// XlsxReader over any bytes (seeded with real workbooks): rows or an InputError, within the limits it is given.
#include "FuzzCheck.h"
#include "FuzzTarget.h"
#include "domain/Errors.h"
#include "io/XlsxReader.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Low limits keep each run short; a zip bomb must be refused by them, not by running out of memory.
    gonggu::XlsxLimits limits;
    limits.maxPartBytes = 4 * 1024 * 1024;
    limits.maxCells = 200'000;
    try {
        const gonggu::SheetData sheet = gonggu::XlsxReader::readBytes(bytes, QStringLiteral("fuzz.xlsx"), limits);
        qint64 cells = 0;
        for (const gonggu::SheetRow &row : sheet.rows)
            cells += row.cells.size();
        GONGGU_FUZZ_CHECK(cells <= limits.maxCells);
    } catch (const gonggu::InputError &error) {
        GONGGU_FUZZ_CHECK(!QString::fromUtf8(error.what()).isEmpty());
    }
    return 0;
}
