#include "XlsxWriter.h"

#include "domain/Errors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <unistd.h>
#include <utility>
#include <vector>

namespace gonggu {
namespace {

constexpr int sheetNameLimit = 31; // Excel's
constexpr qsizetype cellTextLimit = 32767;
constexpr qsizetype sheetRowLimit = 1048576;
constexpr double minimumColumnWidth = 6;
constexpr double maximumColumnWidth = 60;
constexpr int headerPadding = 3; // the filter button sits on the right of each header cell
constexpr uint8_t a4Paper = 9;
constexpr uint8_t groupedWholeNumber = 3; // Excel's built-in "#,##0"
constexpr lxw_color_t headerGrey = 0xF2F2F2;

int numberWidth(qint64 number, bool grouped)
{
    int digits = 1;
    for (qint64 n = number < 0 ? -(number / 10) : number / 10; n > 0; n /= 10)
        ++digits;
    return digits + (grouped ? (digits - 1) / 3 : 0) + (number < 0 ? 1 : 0);
}

int cellWidth(const TableCell &cell, CellType type)
{
    switch (type) {
    case CellType::Text:
        return XlsxWriter::displayWidth(cell.text);
    case CellType::Integer:
        return cell.hasNumber ? numberWidth(cell.number, false) : 0;
    case CellType::Money:
        return cell.hasNumber ? numberWidth(cell.number, true) : 0;
    case CellType::Date:
        return cell.hasNumber ? 10 : 0;
    }
    return 0;
}

int totalsLabelColumn(const DocumentTable &table)
{
    for (int column = 0; column < table.columnCount(); ++column) {
        if (!table.columns()[std::size_t(column)].summed)
            return column;
    }
    return -1;
}

std::vector<double> columnWidths(const DocumentTable &table)
{
    std::vector<double> widths;
    const int labelColumn = table.hasTotals() ? totalsLabelColumn(table) : -1;
    for (int column = 0; column < table.columnCount(); ++column) {
        const TableColumn &spec = table.columns()[std::size_t(column)];
        int widest = std::max(XlsxWriter::displayWidth(spec.title) + headerPadding, spec.minimumWidth);
        for (qsizetype row = 0; row < table.rowCount(); ++row)
            widest = std::max(widest, cellWidth(table.cell(row, column), spec.type));
        if (column == labelColumn)
            widest = std::max(widest, XlsxWriter::displayWidth(table.totalsLabel()));
        if (table.hasTotals() && spec.summed)
            widest = std::max(widest, numberWidth(table.total(column), spec.type == CellType::Money));
        widths.push_back(std::clamp(double(widest) + 1.5, minimumColumnWidth, maximumColumnWidth));
    }
    return widths;
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F') || (c >= u'a' && c <= u'f');
}

/** Whether \a text starts with what Excel would read as an escape: _xHHHH_. */
bool startsEscape(QStringView text)
{
    if (text.size() < 7 || text[1] != u'x' || text[6] != u'_')
        return false;
    return std::all_of(text.begin() + 2, text.begin() + 6, isHexDigit);
}

/** Text as libxlsxwriter takes it: NUL-terminated UTF-8, converted into one buffer reused cell after cell.
 *  libxlsxwriter writes control characters as OOXML's _xHHHH_ itself; what it lets through that Excel would misread
 *  or XML cannot carry is escaped here the same way: an underscore that starts what reads as an escape, NUL (which
 *  would end the C string), lone surrogates, U+FFFE and U+FFFF. */
class CellText
{
public:
    const char *operator()(QStringView text)
    {
        QString escaped;
        qsizetype copied = 0; // text before this index is in escaped already
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
                ++i;
                continue;
            }
            const bool escape = (c == u'_' && startsEscape(text.sliced(i))) || c == 0 || QChar::isSurrogate(c) ||
                                c == 0xFFFE || c == 0xFFFF;
            if (!escape)
                continue;
            escaped += text.sliced(copied, i - copied);
            escaped += QStringLiteral("_x%1_").arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
            copied = i + 1;
        }
        if (copied > 0) {
            escaped += text.sliced(copied);
            return utf8(escaped);
        }
        return utf8(text);
    }

private:
    const char *utf8(QStringView text)
    {
        m_bytes.resize(m_encoder.requiredSpace(text.size()) + 1);
        *m_encoder.appendToBuffer(m_bytes.data(), text) = '\0';
        return m_bytes.constData();
    }

    QStringEncoder m_encoder{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
    QByteArray m_bytes;
};

void check(lxw_error error)
{
    if (error != LXW_NO_ERROR)
        throw StorageError(
            QStringLiteral("writing the workbook failed: %1").arg(QString::fromUtf8(lxw_strerror(error))));
}

/** The cell formats of one workbook; the workbook owns them. */
struct CellFormats
{
    explicit CellFormats(lxw_workbook *workbook)
    {
        const auto add = [workbook] {
            lxw_format *format = workbook_add_format(workbook);
            if (!format)
                check(LXW_ERROR_MEMORY_MALLOC_FAILED);
            return format;
        };
        header = add(); // bold on grey, a rule below
        format_set_bold(header);
        format_set_pattern(header, LXW_PATTERN_SOLID);
        format_set_bg_color(header, headerGrey);
        format_set_bottom(header, LXW_BORDER_THIN);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        money = add();
        format_set_num_format_index(money, groupedWholeNumber);
        day = add();
        format_set_num_format(day, "yyyy-mm-dd");
        totalLabel = add(); // bold, a rule above; also the totals row's blank cells, so the rule runs across
        format_set_bold(totalLabel);
        format_set_top(totalLabel, LXW_BORDER_THIN);
        totalMoney = add();
        format_set_bold(totalMoney);
        format_set_top(totalMoney, LXW_BORDER_THIN);
        format_set_num_format_index(totalMoney, groupedWholeNumber);
    }

    lxw_format *header = nullptr;
    lxw_format *money = nullptr;
    lxw_format *day = nullptr;
    lxw_format *totalLabel = nullptr;
    lxw_format *totalMoney = nullptr;
};

/** One worksheet, written row after row as libxlsxwriter's constant-memory mode requires. */
class SheetWriter
{
public:
    SheetWriter(lxw_worksheet *sheet, const DocumentTable &table, const CellFormats &formats)
        : m_sheet(sheet), m_table(table), m_formats(formats)
    {
    }

    void write()
    {
        if (m_table.rowCount() + 2 > sheetRowLimit)
            throw InputError(
                QStringLiteral("sheet '%1' has more rows than Excel holds (1,048,576)").arg(m_table.title()));
        worksheet_set_paper(m_sheet, a4Paper);
        worksheet_freeze_panes(m_sheet, 1, 0);
        check(worksheet_repeat_rows(m_sheet, 0, 0)); // the header on every printed page
        // In constant-memory mode a range must be set before the rows it covers are written.
        if (m_table.rowCount() > 0)
            check(worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_table.rowCount()),
                                       lxw_col_t(m_table.columnCount() - 1)));
        const std::vector<double> widths = columnWidths(m_table);
        for (std::size_t column = 0; column < widths.size(); ++column)
            check(worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), widths[column], nullptr));

        for (int column = 0; column < m_table.columnCount(); ++column)
            writeText(0, column, m_table.columns()[std::size_t(column)].title, m_formats.header);
        for (qsizetype row = 0; row < m_table.rowCount(); ++row)
            writeRow(row);
        if (m_table.hasTotals() && m_table.rowCount() > 0)
            writeTotals();
    }

private:
    void writeRow(qsizetype row)
    {
        const auto sheetRow = lxw_row_t(row + 1);
        for (int column = 0; column < m_table.columnCount(); ++column) {
            const TableCell &cell = m_table.cell(row, column);
            const CellType type = m_table.columns()[std::size_t(column)].type;
            if (type == CellType::Text) {
                if (!cell.text.isEmpty())
                    writeText(sheetRow, column, cell.text, nullptr);
            } else if (cell.hasNumber) {
                // Excel keeps numbers as doubles; whole won below 2^53 stays exact. A day is Excel's day number.
                const double value =
                    type == CellType::Date ? double(cell.number - m_excelDayZero) : double(cell.number);
                lxw_format *format = type == CellType::Money  ? m_formats.money
                                     : type == CellType::Date ? m_formats.day
                                                              : nullptr;
                check(worksheet_write_number(m_sheet, sheetRow, lxw_col_t(column), value, format));
            }
        }
    }

    void writeTotals()
    {
        const auto totalsRow = lxw_row_t(m_table.rowCount() + 1);
        const int labelColumn = totalsLabelColumn(m_table);
        for (int column = 0; column < m_table.columnCount(); ++column) {
            const TableColumn &spec = m_table.columns()[std::size_t(column)];
            if (column == labelColumn) {
                writeText(totalsRow, column, m_table.totalsLabel(), m_formats.totalLabel);
            } else if (spec.summed) {
                // The formula keeps the total right when the publisher edits a row; the stored value is for
                // viewers that do not calculate.
                char range[LXW_MAX_CELL_RANGE_LENGTH];
                lxw_rowcol_to_range(range, 1, lxw_col_t(column), totalsRow - 1, lxw_col_t(column));
                const QByteArray formula = QByteArrayLiteral("=SUM(") + range + ')';
                lxw_format *format = spec.type == CellType::Money ? m_formats.totalMoney : m_formats.totalLabel;
                check(worksheet_write_formula_num(m_sheet, totalsRow, lxw_col_t(column), formula.constData(), format,
                                                  double(m_table.total(column))));
            } else {
                check(worksheet_write_blank(m_sheet, totalsRow, lxw_col_t(column), m_formats.totalLabel));
            }
        }
    }

    // Always a string cell, never a formula, whatever the text starts with.
    void writeText(lxw_row_t row, int column, const QString &text, lxw_format *format)
    {
        const lxw_error error = text.size() > cellTextLimit
                                    ? LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED
                                    : worksheet_write_string(m_sheet, row, lxw_col_t(column), m_cellText(text), format);
        if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
            throw InputError(QStringLiteral("sheet '%1', row %2: a cell is longer than Excel allows "
                                            "(32,767 characters)")
                                 .arg(m_table.title())
                                 .arg(row + 1));
        check(error);
    }

    lxw_worksheet *m_sheet;
    const DocumentTable &m_table;
    const CellFormats &m_formats;
    CellText m_cellText;
    const qint64 m_excelDayZero = QDate(1899, 12, 30).toJulianDay(); // Excel's 1900 leap-year bug included
};

/** A libxlsxwriter workbook that writes \a file when closed, and is closed (its memory freed) exactly once. */
class Workbook
{
public:
    Workbook(const QString &file, const QString &scratchFolder) : m_scratchFolder(QFile::encodeName(scratchFolder))
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE; // each row goes to disk as the next begins: 100,000 rows, little memory
        options.tmpdir = m_scratchFolder.data();
        m_workbook = workbook_new_opt(QFile::encodeName(file).constData(), &options);
        if (!m_workbook)
            check(LXW_ERROR_MEMORY_MALLOC_FAILED);
    }
    ~Workbook()
    {
        if (m_workbook)
            workbook_close(m_workbook); // after a failure: the file it writes is thrown away
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    lxw_workbook *get() const { return m_workbook; }

    /** Writes the file; StorageError naming \a what if that fails. */
    void close(const QString &what)
    {
        errno = 0;
        const lxw_error error = workbook_close(std::exchange(m_workbook, nullptr));
        const int cause = errno;
        if (error == LXW_NO_ERROR)
            return;
        QString reason = QString::fromUtf8(lxw_strerror(error));
        if (cause != 0)
            reason += QStringLiteral(" (%1)").arg(qt_error_string(cause));
        throw StorageError(QStringLiteral("writing %1 failed: %2").arg(what, reason));
    }

private:
    QByteArray m_scratchFolder;
    lxw_workbook *m_workbook = nullptr;
};

/** Writes \a document as a workbook to \a file, with libxlsxwriter's scratch files in \a scratchFolder. */
void writeWorkbook(const TableDocument &document, const QString &file, const QString &scratchFolder,
                   const QString &what)
{
    if (document.tables.empty())
        throw InputError(QStringLiteral("a workbook needs at least one table"));
    Workbook workbook(file, scratchFolder);

    const QString title =
        document.subtitle.isEmpty() ? document.title : document.title + QStringLiteral(" — ") + document.subtitle;
    QByteArray titleText = title.toUtf8();
    QByteArray authorText = document.author.toUtf8();
    lxw_doc_properties properties{};
    properties.title = titleText.isEmpty() ? nullptr : titleText.data();
    properties.author = authorText.isEmpty() ? nullptr : authorText.data();
    if (document.date.isValid())
        properties.created = time_t(document.date.startOfDay(Qt::UTC).toSecsSinceEpoch());
    check(workbook_set_properties(workbook.get(), &properties));

    const CellFormats formats(workbook.get());
    QStringList names;
    for (const DocumentTable &table : document.tables) {
        names << XlsxWriter::sheetName(table.title(), names);
        lxw_worksheet *sheet = workbook_add_worksheet(workbook.get(), names.back().toUtf8().constData());
        if (!sheet)
            throw StorageError(
                QStringLiteral("writing the workbook failed: cannot add the sheet '%1'").arg(names.back()));
        SheetWriter(sheet, table, formats).write();
    }
    workbook.close(what);
}

} // namespace

int XlsxWriter::displayWidth(QStringView text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (QChar::isHighSurrogate(unit)) {
            ++i;        // the pair is one character,
            width += 2; // most of them wide (CJK extensions, emoji)
        } else {
            // Hangul Jamo and everything from the CJK radicals on (Hangul syllables, Han, full-width forms).
            width += (unit >= 0x1100 && unit <= 0x115F) || (unit >= 0x2E80 && unit <= 0xD7A3) ||
                             (unit >= 0xF900 && unit <= 0xFAFF) || (unit >= 0xFF00 && unit <= 0xFF60)
                         ? 2
                         : 1;
        }
    }
    return width;
}

QString XlsxWriter::sheetName(const QString &title, const QStringList &taken)
{
    QString base;
    for (const QChar c : title) {
        if (QStringView(u"[]:*?/\\").contains(c))
            base += u' ';
        else if (c.category() != QChar::Other_Control)
            base += c;
    }
    base = base.simplified();
    while (base.startsWith(u'\''))
        base.remove(0, 1);
    while (base.endsWith(u'\''))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");

    const auto fit = [](QString name, qsizetype limit) {
        if (name.size() > limit) {
            name.truncate(limit);
            if (name.back().isHighSurrogate())
                name.chop(1);
        }
        return name.trimmed();
    };
    const auto isTaken = [&](const QString &name) {
        return taken.contains(name, Qt::CaseInsensitive) || name.compare(u"History", Qt::CaseInsensitive) == 0;
    };
    QString name = fit(base, sheetNameLimit);
    for (int n = 2; isTaken(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = fit(base, sheetNameLimit - suffix.size()) + suffix;
    }
    return name;
}

QByteArray XlsxWriter::toBytes(const TableDocument &document)
{
    // libxlsxwriter writes files only: the workbook goes through one that is removed again.
    QTemporaryFile temporary(QDir::tempPath() + QStringLiteral("/gonggu-XXXXXX.xlsx"));
    if (!temporary.open())
        throw StorageError(QStringLiteral("cannot make a temporary file: %1").arg(temporary.errorString()));
    temporary.close();
    writeWorkbook(document, temporary.fileName(), QDir::tempPath(), QStringLiteral("the workbook"));
    QFile written(temporary.fileName());
    if (!written.open(QIODevice::ReadOnly))
        throw StorageError(QStringLiteral("cannot read the workbook back: %1").arg(written.errorString()));
    return written.readAll();
}

void XlsxWriter::writeFile(const TableDocument &document, const QString &path)
{
    QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(target).isSymLink()) // replaced where it points, as QSaveFile does
        target = QFileInfo(target).symLinkTarget();
    if (QFileInfo(target).isDir())
        throw InputError(QStringLiteral("cannot write '%1': it is a folder").arg(target));
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir(folder).exists())
        throw InputError(QStringLiteral("cannot write '%1': the folder does not exist").arg(target));

    // Next to the target, so that the rename below replaces it in one step; owner-only before any byte goes in.
    // Removed again unless the rename happens.
    QTemporaryFile temporary(target + QStringLiteral(".XXXXXX"));
    if (!temporary.open())
        throw InputError(QStringLiteral("cannot write '%1': %2").arg(target, temporary.errorString()));
    if (!temporary.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        throw StorageError(QStringLiteral("cannot make '%1' private: %2").arg(target, temporary.errorString()));
    temporary.close();

    // libxlsxwriter's scratch files (unlinked as soon as they are made) stay on the same disk as the export, not
    // in a shared /tmp that may live in memory.
    writeWorkbook(document, temporary.fileName(), folder, u'\'' + target + u'\'');

    QFile written(temporary.fileName());
    if (written.open(QIODevice::ReadOnly))
        ::fsync(written.handle()); // as QSaveFile does: errors ignored (a file system may not support it)
    written.close();
    // POSIX rename replaces the old file atomically; Qt's renames refuse to replace one.
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(), QFile::encodeName(target).constData()) != 0)
        throw StorageError(QStringLiteral("writing '%1' failed: %2").arg(target, qt_error_string(errno)));
    temporary.setAutoRemove(false);
}

} // namespace gonggu
