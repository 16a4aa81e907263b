#include "DocumentPainter.h"

#include "PrintedTable.h"
#include "domain/Errors.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextOption>

#include <algorithm>
#include <numeric>

namespace gonggu {
namespace {

constexpr double signingRowMm = 9;             // room for a signature
constexpr double comfortableTextColumnMm = 48; // narrower than this, a portrait page wraps too much
constexpr double tableGapMm = 7;

const QColor ink(0x1A, 0x1A, 0x1A);
const QColor muted(0x55, 0x55, 0x55);
const QColor rule(0xB4, 0xB4, 0xB4);
const QColor headerFill(0xE8, 0xE8, 0xE8);
const QColor stripeFill(0xF6, 0xF6, 0xF6);

bool isNumeric(CellType type)
{
    return type == CellType::Integer || type == CellType::Money;
}

/** Lengths on the device: millimetres to its pixels. */
class Scale
{
public:
    explicit Scale(const QPaintDevice &device) : m_pixelsPerMm(PrintedTable::pixelsPerMm(device)) {}
    double mm(double millimetres) const { return millimetres * m_pixelsPerMm; }
    double toMm(double pixels) const { return pixels / m_pixelsPerMm; }

private:
    double m_pixelsPerMm;
};

/** Where each piece of a table goes: a page, and a height on it. */
struct Piece
{
    enum Kind
    {
        Title,
        Header,
        Row,
        Totals
    };
    Kind kind;
    std::size_t table;
    qsizetype row;
    double top;
    double height;
};

struct Page
{
    std::vector<Piece> pieces;
};

class Layout
{
public:
    Layout(const TableDocument &document, QPagedPaintDevice &device, QPainter &painter)
        : m_document(document), m_painter(painter), m_scale(device), m_width(device.width()), m_height(device.height()),
          m_body(PrintedTable::font(PrintedTable::bodyPoints)),
          m_bold(PrintedTable::font(PrintedTable::bodyPoints, true)), m_bodyMetrics(m_body, &device),
          m_boldMetrics(m_bold, &device)
    {
        const QFontMetricsF footer(PrintedTable::font(7.5), &device);
        m_footerHeight = footer.height() + m_scale.mm(3);
        for (const DocumentTable &table : document.tables) {
            m_widths.push_back(PrintedTable::fit(table, PrintedTable::measure(table, device), m_width));
        }
    }

    double firstHeaderHeight() const
    {
        return textHeight(m_document.title, PrintedTable::font(14, true), m_width) +
               textHeight(m_document.subtitle, PrintedTable::font(10.5), m_width) +
               textHeight(m_document.details.join(QStringLiteral("   ·   ")), PrintedTable::font(8), m_width) +
               m_scale.mm(5);
    }
    double laterHeaderHeight() const
    {
        return textHeight(shortHeader(), PrintedTable::font(8), m_width) + m_scale.mm(4);
    }
    QString shortHeader() const
    {
        return m_document.subtitle.isEmpty() ? m_document.title
                                             : m_document.title + QStringLiteral(" — ") + m_document.subtitle;
    }

    std::vector<Page> paginate() const
    {
        std::vector<Page> pages(1);
        double y = firstHeaderHeight();
        const double bottom = m_height - m_footerHeight;
        const auto newPage = [&] {
            pages.emplace_back();
            y = laterHeaderHeight();
        };
        const bool titled = m_document.tables.size() > 1;
        for (std::size_t t = 0; t < m_document.tables.size(); ++t) {
            const DocumentTable &table = m_document.tables[t];
            if (t > 0)
                y += m_scale.mm(tableGapMm);
            const double titleHeight =
                titled ? textHeight(table.title(), PrintedTable::font(10.5, true), m_width) + m_scale.mm(2) : 0;
            const double header = headerHeight(t);
            const double firstRow = table.rowCount() > 0 ? rowHeight(t, 0) : 0;
            // A title and header never end a page on their own: they move on with the first row.
            if (y + titleHeight + header + firstRow > bottom && !pages.back().pieces.empty())
                newPage();
            if (titled) {
                pages.back().pieces.push_back({Piece::Title, t, -1, y, titleHeight});
                y += titleHeight;
            }
            pages.back().pieces.push_back({Piece::Header, t, -1, y, header});
            y += header;
            for (qsizetype row = 0; row < table.rowCount(); ++row) {
                const double height = std::min(rowHeight(t, row), bottom - laterHeaderHeight() - header);
                if (y + height > bottom) {
                    newPage();
                    pages.back().pieces.push_back({Piece::Header, t, -1, y, header});
                    y += header;
                }
                pages.back().pieces.push_back({Piece::Row, t, row, y, height});
                y += height;
            }
            if (table.hasTotals() && table.rowCount() > 0) {
                const double height = totalsHeight();
                if (y + height > bottom) {
                    newPage();
                    pages.back().pieces.push_back({Piece::Header, t, -1, y, header});
                    y += header;
                }
                pages.back().pieces.push_back({Piece::Totals, t, -1, y, height});
                y += height;
            }
        }
        return pages;
    }

    void paintPage(const Page &page, int number, int count) const
    {
        if (number == 1)
            paintFirstHeader();
        else
            paintLaterHeader();
        for (const Piece &piece : page.pieces)
            paintPiece(piece);
        m_painter.setFont(PrintedTable::font(7.5));
        m_painter.setPen(muted);
        m_painter.drawText(QRectF(0, m_height - m_footerHeight + m_scale.mm(1), m_width, m_footerHeight),
                           Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("%1 / %2").arg(number).arg(count));
    }

private:
    double padding() const { return m_scale.mm(PrintedTable::cellPaddingMm); }

    /** Height of \a text wrapped to \a width, as the painter will draw it. */
    double textHeight(const QString &text, const QFont &textFont, double width) const
    {
        if (text.isEmpty())
            return 0;
        m_painter.setFont(textFont);
        return m_painter.boundingRect(QRectF(0, 0, width, 1e9), text, wrapping(Qt::AlignLeft)).height();
    }

    static QTextOption wrapping(Qt::Alignment alignment)
    {
        QTextOption option(alignment | Qt::AlignVCenter);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        return option;
    }

    double cellHeight(const QString &text, bool bold, double columnWidth) const
    {
        const double inner = columnWidth - 2 * padding();
        const QFontMetricsF &metrics = bold ? m_boldMetrics : m_bodyMetrics;
        // Most cells fit on one line: measured by their advance, without laying the text out.
        if (text.isEmpty() || (!text.contains(u'\n') && metrics.horizontalAdvance(text) <= inner))
            return metrics.height();
        return textHeight(text, bold ? m_bold : m_body, inner);
    }

    double headerHeight(std::size_t t) const
    {
        const DocumentTable &table = m_document.tables[t];
        double tallest = 0;
        for (int column = 0; column < table.columnCount(); ++column)
            tallest = std::max(tallest, cellHeight(table.columns()[std::size_t(column)].title, true,
                                                   m_widths[t][std::size_t(column)]));
        return tallest + 2 * padding();
    }

    double rowHeight(std::size_t t, qsizetype row) const
    {
        const DocumentTable &table = m_document.tables[t];
        double tallest = 0;
        for (int column = 0; column < table.columnCount(); ++column) {
            const TableColumn &spec = table.columns()[std::size_t(column)];
            if (spec.type == CellType::Text)
                tallest = std::max(tallest,
                                   cellHeight(table.cell(row, column).text, false, m_widths[t][std::size_t(column)]));
        }
        if (tallest == 0)
            tallest = m_bodyMetrics.height();
        const double height = tallest + 2 * padding();
        return table.roomToSign() ? std::max(height, m_scale.mm(signingRowMm)) : height;
    }

    double totalsHeight() const { return m_boldMetrics.height() + 2 * padding(); }

    void paintFirstHeader() const
    {
        double y = 0;
        const auto line = [&](const QString &text, const QFont &textFont, const QColor &color) {
            if (text.isEmpty())
                return;
            const double height = textHeight(text, textFont, m_width);
            m_painter.setFont(textFont);
            m_painter.setPen(color);
            m_painter.drawText(QRectF(0, y, m_width, height), text, wrapping(Qt::AlignLeft));
            y += height;
        };
        line(m_document.title, PrintedTable::font(14, true), ink);
        line(m_document.subtitle, PrintedTable::font(10.5), ink);
        line(m_document.details.join(QStringLiteral("   ·   ")), PrintedTable::font(8), muted);
        y += m_scale.mm(2);
        m_painter.setPen(QPen(ink, m_scale.mm(0.35)));
        m_painter.drawLine(QPointF(0, y), QPointF(m_width, y));
    }

    void paintLaterHeader() const
    {
        const double height = textHeight(shortHeader(), PrintedTable::font(8), m_width);
        m_painter.setFont(PrintedTable::font(8));
        m_painter.setPen(muted);
        m_painter.drawText(QRectF(0, 0, m_width, height), shortHeader(), wrapping(Qt::AlignLeft));
        const double y = height + m_scale.mm(1.5);
        m_painter.setPen(QPen(rule, m_scale.mm(0.2)));
        m_painter.drawLine(QPointF(0, y), QPointF(m_width, y));
    }

    void paintPiece(const Piece &piece) const
    {
        const DocumentTable &table = m_document.tables[piece.table];
        const std::vector<double> &widths = m_widths[piece.table];
        switch (piece.kind) {
        case Piece::Title:
            m_painter.setFont(PrintedTable::font(10.5, true));
            m_painter.setPen(ink);
            m_painter.drawText(QRectF(0, piece.top, m_width, piece.height - m_scale.mm(2)), table.title(),
                               wrapping(Qt::AlignLeft));
            return;
        case Piece::Header:
            paintRow(piece, widths, headerFill, m_bold, [&](int column) {
                const TableColumn &spec = table.columns()[std::size_t(column)];
                return std::pair{spec.title, isNumeric(spec.type) ? Qt::AlignRight : Qt::AlignLeft};
            });
            return;
        case Piece::Row:
            paintRow(piece, widths, piece.row % 2 == 1 ? stripeFill : QColor(Qt::white), m_body, [&](int column) {
                const TableColumn &spec = table.columns()[std::size_t(column)];
                return std::pair{PrintedTable::cellText(table.cell(piece.row, column), spec.type),
                                 isNumeric(spec.type) ? Qt::AlignRight : Qt::AlignLeft};
            });
            return;
        case Piece::Totals: {
            const int labelColumn = PrintedTable::totalsLabelColumn(table);
            paintRow(piece, widths, headerFill, m_bold, [&](int column) {
                const TableColumn &spec = table.columns()[std::size_t(column)];
                if (column == labelColumn)
                    return std::pair{table.totalsLabel(), Qt::AlignLeft};
                return std::pair{PrintedTable::totalText(table, column),
                                 isNumeric(spec.type) ? Qt::AlignRight : Qt::AlignLeft};
            });
            m_painter.setPen(QPen(ink, m_scale.mm(0.3)));
            m_painter.drawLine(QPointF(0, piece.top),
                               QPointF(std::accumulate(widths.begin(), widths.end(), 0.0), piece.top));
            return;
        }
        }
    }

    template <typename CellOf>
    void paintRow(const Piece &piece, const std::vector<double> &widths, const QColor &fill, const QFont &cellFont,
                  CellOf cellOf) const
    {
        const double rowWidth = std::accumulate(widths.begin(), widths.end(), 0.0);
        m_painter.fillRect(QRectF(0, piece.top, rowWidth, piece.height), fill);
        m_painter.setFont(cellFont);
        m_painter.setPen(ink);
        double x = 0;
        for (std::size_t column = 0; column < widths.size(); ++column) {
            const auto [text, alignment] = cellOf(int(column));
            if (!text.isEmpty())
                m_painter.drawText(QRectF(x + padding(), piece.top + padding(), widths[column] - 2 * padding(),
                                          piece.height - 2 * padding()),
                                   text, wrapping(alignment));
            x += widths[column];
        }
        // Thin rules around the row and between the columns, drawn over its fill (the next row's fill would hide
        // a rule drawn only under this one).
        m_painter.setPen(QPen(rule, m_scale.mm(0.15)));
        m_painter.drawLine(QPointF(0, piece.top), QPointF(rowWidth, piece.top));
        m_painter.drawLine(QPointF(0, piece.top + piece.height), QPointF(rowWidth, piece.top + piece.height));
        x = 0;
        for (std::size_t column = 0; column <= widths.size(); ++column) {
            m_painter.drawLine(QPointF(x, piece.top), QPointF(x, piece.top + piece.height));
            if (column < widths.size())
                x += widths[column];
        }
    }

    const TableDocument &m_document;
    QPainter &m_painter;
    Scale m_scale;
    double m_width;
    double m_height;
    QFont m_body;
    QFont m_bold;
    QFontMetricsF m_bodyMetrics;
    QFontMetricsF m_boldMetrics;
    double m_footerHeight = 0;
    std::vector<std::vector<double>> m_widths;
};

void requireGuiApplication()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw StorageError(QStringLiteral("printing needs Qt's GUI font machinery (a QGuiApplication), and this "
                                          "program did not start it"));
}

} // namespace

QString DocumentPainter::fontFamily()
{
    return PrintedTable::fontFamily();
}

QPageLayout::Orientation DocumentPainter::preferredOrientation(const QPagedPaintDevice &device) const
{
    requireGuiApplication();
    QPageLayout portrait = device.pageLayout();
    portrait.setOrientation(QPageLayout::Portrait);
    const double availableMm = portrait.paintRect(QPageLayout::Millimeter).width();
    const Scale scale(device);
    for (const DocumentTable &table : m_document.tables) {
        const PrintedTable::Widths widths = PrintedTable::measure(table, device);
        double comfortable = 0;
        for (std::size_t i = 0; i < widths.natural.size(); ++i) {
            comfortable +=
                table.columns()[i].type == CellType::Text
                    ? std::min(widths.natural[i], std::max(widths.least[i], scale.mm(comfortableTextColumnMm)))
                    : widths.natural[i];
        }
        if (scale.toMm(comfortable) > availableMm)
            return QPageLayout::Landscape;
    }
    return QPageLayout::Portrait;
}

int DocumentPainter::paint(QPagedPaintDevice &device) const
{
    requireGuiApplication();
    QPainter painter;
    if (!painter.begin(&device))
        throw StorageError(QStringLiteral("cannot start drawing the pages"));
    const Layout layout(m_document, device, painter);
    const std::vector<Page> pages = layout.paginate();
    for (std::size_t page = 0; page < pages.size(); ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            throw StorageError(QStringLiteral("cannot start page %1").arg(page + 1));
        }
        layout.paintPage(pages[page], int(page) + 1, int(pages.size()));
    }
    if (!painter.end())
        throw StorageError(QStringLiteral("cannot finish the pages"));
    return int(pages.size());
}

} // namespace gonggu
