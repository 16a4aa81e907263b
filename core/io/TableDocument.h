#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace gonggu {

/** How a column's cells are written: text as it is, whole numbers with digit grouping, won, or a day. */
enum class CellType
{
    Text,
    Integer,
    Money,
    Date
};

/** One column of a table: a key for templates, the title its header shows, and what its cells hold. */
struct TableColumn
{
    QString key;
    QString title;
    CellType type = CellType::Text;
    bool summed = false;  // the totals row adds it up
    int minimumWidth = 0; // in characters (a Hangul syllable counts two): room to write by hand
};

/** One cell: the text of a text column, or the number of the others (whole won, a count, or a day as its
 *  Julian day number); a cell with neither is left blank. */
struct TableCell
{
    QString text;
    qint64 number = 0;
    bool hasNumber = false;

    QDate date() const { return hasNumber ? QDate::fromJulianDay(number) : QDate(); }
};

/** A table of a document: a title, typed columns, the rows, and optionally a totals row under them.
 *  Cells are kept row after row in one array, so a table of 100,000 rows is one allocation, not one per row. */
class DocumentTable
{
public:
    DocumentTable() = default;
    DocumentTable(QString title, std::vector<TableColumn> columns)
        : m_title(std::move(title)), m_columns(std::move(columns))
    {
    }

    const QString &title() const { return m_title; }
    const std::vector<TableColumn> &columns() const { return m_columns; }
    int columnCount() const { return int(m_columns.size()); }
    qsizetype rowCount() const { return m_columns.empty() ? 0 : qsizetype(m_cells.size() / m_columns.size()); }
    bool isEmpty() const { return m_cells.empty(); }
    const TableCell &cell(qsizetype row, int column) const
    {
        return m_cells[std::size_t(row) * m_columns.size() + std::size_t(column)];
    }

    /** Room for this many rows, so that filling the table does not reallocate. */
    void reserveRows(qsizetype rows) { m_cells.reserve(std::size_t(rows) * m_columns.size()); }
    // Cells are appended left to right, row after row; a row is complete after columnCount() cells.
    void appendText(const QString &text) { m_cells.push_back({text, 0, false}); }
    void appendNumber(qint64 number) { m_cells.push_back({QString(), number, true}); }
    void appendDate(const QDate &date)
    {
        m_cells.push_back(date.isValid() ? TableCell{QString(), date.toJulianDay(), true} : TableCell{});
    }
    void appendBlank() { m_cells.emplace_back(); }

    /** Puts a totals row under the rows, with this label in the first column and the sum of each summed one. */
    void setTotalsLabel(const QString &label) { m_totalsLabel = label; }
    bool hasTotals() const { return !m_totalsLabel.isEmpty(); }
    const QString &totalsLabel() const { return m_totalsLabel; }
    /** The sum of a column's numbers. */
    qint64 total(int column) const
    {
        qint64 sum = 0;
        for (std::size_t i = std::size_t(column); i < m_cells.size(); i += m_columns.size())
            sum += m_cells[i].number;
        return sum;
    }

    /** Rows tall enough to sign on paper (a hand-over sheet). */
    void setRoomToSign(bool room) { m_roomToSign = room; }
    bool roomToSign() const { return m_roomToSign; }

private:
    QString m_title;
    std::vector<TableColumn> m_columns;
    std::vector<TableCell> m_cells;
    QString m_totalsLabel;
    bool m_roomToSign = false;
};

/** A document to write as CSV, XLSX or PDF: a title, lines under it (round, supplier, date, contact) and one or
 *  more tables. Every writer shows the same tables; the title and lines head the PDF and describe the XLSX. */
struct TableDocument
{
    QString title;       // what the document is: "출판사 주문서"
    QString subtitle;    // what it is about: the round's title
    QStringList details; // short "label: value" lines under the title
    QString author;      // who made it, for the file's properties
    QDate date;          // when it was made
    std::vector<DocumentTable> tables;

    bool isEmpty() const
    {
        for (const DocumentTable &table : tables) {
            if (!table.isEmpty())
                return false;
        }
        return true;
    }
};

} // namespace gonggu
