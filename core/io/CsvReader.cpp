#include "CsvReader.h"

#include "InputFile.h"
#include "TextDecoding.h"
#include "domain/Errors.h"

#include <array>
#include <map>

namespace gonggu {

namespace {

// Enough to see past a bank's preamble to a few records of the table itself.
constexpr qsizetype detectionChars = 64 * 1024;
constexpr int detectionRecords = 50;
constexpr std::array<char16_t, 3> delimiters = {u',', u'\t', u';'};

QString nameOrDefault(const QString &sourceName)
{
    return sourceName.isEmpty() ? QStringLiteral("the file") : sourceName;
}

bool isBlank(QStringView cell)
{
    for (const QChar c : cell) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

} // namespace

QChar CsvReader::detectDelimiter(QStringView text)
{
    const QStringView head = text.left(detectionChars);
    // For each candidate: how many records contain it how many times (outside quotes).
    std::array<std::map<int, int>, delimiters.size()> recordsWithCount;
    std::array<int, delimiters.size()> counts{};
    int records = 0;
    const auto endRecord = [&] {
        for (size_t k = 0; k < delimiters.size(); ++k) {
            if (counts[k] > 0)
                ++recordsWithCount[k][counts[k]];
        }
        counts.fill(0);
        ++records;
    };
    bool inQuotes = false;
    for (qsizetype i = 0; i < head.size() && records < detectionRecords; ++i) {
        const char16_t c = head[i].unicode();
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (inQuotes) {
            continue;
        } else if (c == u'\n' || (c == u'\r' && (i + 1 == head.size() || head[i + 1] != u'\n'))) {
            endRecord();
        } else {
            for (size_t k = 0; k < delimiters.size(); ++k) {
                if (c == delimiters[k])
                    ++counts[k];
            }
        }
    }
    endRecord();

    // The delimiter is the one that occurs the same number of times in the most records: a tab-separated
    // export has more commas than tabs when its amounts read "1,030,000", but not the same count per row.
    QChar best = u',';
    std::pair<int, int> bestScore{0, 0}; // (records agreeing, occurrences per record)
    for (size_t k = 0; k < delimiters.size(); ++k) {
        for (const auto &[count, agreeing] : recordsWithCount[k]) {
            const std::pair<int, int> score{agreeing, count};
            if (score > bestScore) {
                bestScore = score;
                best = QChar(delimiters[k]);
            }
        }
    }
    return best;
}

std::vector<SheetRow> CsvReader::parse(QStringView text, const QString &sourceName)
{
    const char16_t delimiter = detectDelimiter(text).unicode();
    const char16_t *const chars = text.utf16();
    const qsizetype size = text.size();
    std::vector<SheetRow> rows;
    QStringList cells;
    qint64 cellCount = 0;
    int line = 1;
    qsizetype i = 0;

    const auto isLineBreak = [&](qsizetype at) { return chars[at] == u'\r' || chars[at] == u'\n'; };
    const auto skipLineBreak = [&] {
        if (chars[i] == u'\r' && i + 1 < size && chars[i + 1] == u'\n')
            ++i; // CRLF is one line break
        ++i;
        ++line;
    };
    const auto fail = [&](int atLine, const QString &what) {
        throw InputError(QStringLiteral("%1, line %2: %3").arg(nameOrDefault(sourceName)).arg(atLine).arg(what));
    };
    const auto addCell = [&](QString &&cell, int recordLine) {
        if (cells.size() >= maxColumns)
            fail(recordLine, QStringLiteral("more than %1 columns").arg(maxColumns));
        cells.append(std::move(cell));
    };

    // Fields are appended as slices of the text rather than character by character: a 100,000-row
    // statement must parse in a fraction of the import's one-second budget.
    qsizetype lastWidth = 0;
    while (i < size) {
        const int recordLine = line;
        cells.reserve(lastWidth);
        bool hasText = false;
        for (;;) {
            QString field;
            if (i < size && chars[i] == u'"') {
                const int quoteLine = line;
                qsizetype from = ++i;
                for (;;) {
                    if (i >= size)
                        fail(quoteLine, QStringLiteral("a quoted field starts here but its closing quote is missing"));
                    if (chars[i] == u'"') {
                        field.append(QStringView(chars + from, i - from));
                        if (i + 1 < size && chars[i + 1] == u'"') {
                            field += u'"';
                            from = i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (isLineBreak(i)) {
                        // A line break inside a field (an address) reads "\n" whatever the file's convention.
                        field.append(QStringView(chars + from, i - from));
                        field += u'\n';
                        skipLineBreak();
                        from = i;
                        continue;
                    }
                    ++i;
                }
            }
            // Unquoted text up to the delimiter, and as in Excel also any text after a closing quote; a quote
            // that does not open a field is just a character.
            const qsizetype from = i;
            while (i < size && chars[i] != delimiter && !isLineBreak(i))
                ++i;
            const QStringView rest(chars + from, i - from);
            if (field.isNull())
                field = rest.toString(); // the usual unquoted field: one allocation of the exact size
            else
                field.append(rest);
            if (field.size() > maxCellChars)
                fail(recordLine, QStringLiteral("a cell is %1 characters long, more than a spreadsheet cell can hold "
                                                "(%2); is this the right file?")
                                     .arg(field.size())
                                     .arg(maxCellChars));
            hasText = hasText || !isBlank(field);
            addCell(std::move(field), recordLine);
            if (i < size && chars[i] == delimiter) {
                ++i;
                if (i < size)
                    continue;
                addCell(QString(), recordLine); // a delimiter at the very end still ends a field
            }
            break;
        }
        if (i < size)
            skipLineBreak();
        if (hasText) {
            cellCount += cells.size();
            if (cellCount > maxCells)
                throw InputError(QStringLiteral("%1 has more than %2 cells; that is not a sheet Gonggu can import")
                                     .arg(nameOrDefault(sourceName))
                                     .arg(maxCells));
            lastWidth = cells.size();
            rows.push_back(SheetRow{recordLine, std::move(cells)});
            cells = QStringList();
        } else {
            cells.clear(); // keeps its capacity: blank lines cost no allocation
        }
    }
    return rows;
}

SheetData CsvReader::readBytes(const QByteArray &bytes, const QString &sourceName, const QString &encoding)
{
    const QString name = nameOrDefault(sourceName);
    if (bytes.isEmpty())
        throw InputError(QStringLiteral("%1 is empty").arg(name));
    DecodedText decoded = TextDecoding::decode(bytes, name, encoding);
    // Decoders drop a leading BOM, but an override such as CP949 would keep a stray one as text.
    if (decoded.text.startsWith(QChar(0xFEFF)))
        decoded.text.remove(0, 1);
    if (decoded.text.isEmpty())
        throw InputError(QStringLiteral("%1 is empty").arg(name));
    SheetData sheet{parse(decoded.text, name), decoded.encoding};
    if (sheet.rows.empty())
        throw InputError(QStringLiteral("%1 has no rows with data").arg(name));
    return sheet;
}

SheetData CsvReader::readFile(const QString &path, const QString &encoding)
{
    return readBytes(InputFile::readAll(path), InputFile::displayName(path), encoding);
}

} // namespace gonggu
