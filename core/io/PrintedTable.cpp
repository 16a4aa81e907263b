#include "PrintedTable.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>

#include <algorithm>
#include <numeric>

namespace gonggu {
namespace {

constexpr double minimumTextColumnMm = 14;

} // namespace

QString PrintedTable::fontFamily()
{
    return QStringLiteral("Noto Sans CJK KR");
}

QFont PrintedTable::font(double points, bool bold)
{
    QFont result(fontFamily());
    result.setPointSizeF(points);
    result.setBold(bold);
    result.setHintingPreference(QFont::PreferNoHinting); // the same widths on paper as measured
    // Shaped, a run like "buyer001" takes digit glyphs that the PDF's text layer cannot map back to characters:
    // they print, but a search or copy finds only "buyer". Hangul syllables need no shaping.
    result.setStyleStrategy(QFont::PreferNoShaping);
    return result;
}

QString PrintedTable::cellText(const TableCell &cell, CellType type)
{
    if (type == CellType::Text)
        return cell.text;
    if (!cell.hasNumber)
        return {};
    switch (type) {
    case CellType::Money: {
        static const QLocale grouped = [] {
            QLocale locale = QLocale::c(); // the C locale leaves digit groups out unless told
            locale.setNumberOptions(QLocale::DefaultNumberOptions);
            return locale;
        }();
        return grouped.toString(cell.number); // 1,234,500
    }
    case CellType::Date:
        return cell.date().toString(Qt::ISODate);
    default:
        return QString::number(cell.number);
    }
}

QString PrintedTable::totalText(const DocumentTable &table, int column)
{
    const TableColumn &spec = table.columns()[std::size_t(column)];
    if (!spec.summed)
        return {};
    TableCell total;
    total.number = table.total(column);
    total.hasNumber = true;
    return cellText(total, spec.type);
}

int PrintedTable::totalsLabelColumn(const DocumentTable &table)
{
    for (int column = 0; column < table.columnCount(); ++column) {
        if (!table.columns()[std::size_t(column)].summed)
            return column;
    }
    return -1;
}

PrintedTable::Widths PrintedTable::measure(const DocumentTable &table, const QPaintDevice &device)
{
    const double mm = pixelsPerMm(device);
    const QFontMetricsF body(font(bodyPoints), &device);
    const QFontMetricsF bold(font(bodyPoints, true), &device);
    // A hair more than the text needs, so that rounding never wraps a cell measured to fit on one line.
    const double padding = (2 * cellPaddingMm + 0.3) * mm;
    const double characterWidth = body.horizontalAdvance(QStringLiteral("가")) / 2;
    Widths widths;
    const int labelColumn = table.hasTotals() ? totalsLabelColumn(table) : -1;
    for (int column = 0; column < table.columnCount(); ++column) {
        const TableColumn &spec = table.columns()[std::size_t(column)];
        double widest = std::max(bold.horizontalAdvance(spec.title), spec.minimumWidth * characterWidth);
        for (qsizetype row = 0; row < table.rowCount(); ++row) {
            const QString text = cellText(table.cell(row, column), spec.type);
            if (!text.isEmpty())
                widest = std::max(widest, body.horizontalAdvance(text));
        }
        if (table.hasTotals() && column == labelColumn)
            widest = std::max(widest, bold.horizontalAdvance(table.totalsLabel()));
        if (table.hasTotals() && spec.summed)
            widest = std::max(widest, bold.horizontalAdvance(totalText(table, column)));
        widths.natural.push_back(widest + padding);
        // Numbers and days never wrap; text may wrap down to a readable width (or its header's longest word).
        double least = widest + padding;
        if (spec.type == CellType::Text) {
            double longestWord = 0;
            for (const QString &word : spec.title.split(u' ', Qt::SkipEmptyParts))
                longestWord = std::max(longestWord, bold.horizontalAdvance(word));
            least = std::min(least, std::max(minimumTextColumnMm * mm, longestWord + padding));
            least = std::max(least, spec.minimumWidth * characterWidth + padding);
        }
        widths.least.push_back(least);
    }
    return widths;
}

std::vector<double> PrintedTable::fit(const DocumentTable &table, const Widths &natural, double available)
{
    const std::size_t count = natural.natural.size();
    std::vector<double> widths = natural.natural;
    std::vector<std::size_t> text;
    double fixed = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (table.columns()[i].type == CellType::Text)
            text.push_back(i);
        else
            fixed += widths[i];
    }
    double total = std::accumulate(widths.begin(), widths.end(), 0.0);
    if (total > available && !text.empty()) {
        std::sort(text.begin(), text.end(),
                  [&](std::size_t a, std::size_t b) { return natural.natural[a] < natural.natural[b]; });
        double remaining = available - fixed;
        for (std::size_t n = 0; n < text.size(); ++n) {
            const std::size_t i = text[n];
            const double share = remaining / double(text.size() - n);
            widths[i] = std::max(std::min(natural.natural[i], share), natural.least[i]);
            remaining -= widths[i];
        }
        total = std::accumulate(widths.begin(), widths.end(), 0.0);
    }
    if (total < available) {
        // Room to spare: every column breathes a little first (up to a quarter more), then the rest goes on.
        const double breathing = std::min(available - total, total / 4);
        for (double &width : widths)
            width += breathing * width / total;
        total += breathing;
        std::vector<std::size_t> growing;
        for (std::size_t i = 0; i < count; ++i) {
            if (table.columns()[i].minimumWidth > 0)
                growing.push_back(i);
        }
        if (growing.empty())
            growing = text;
        if (growing.empty()) { // numbers only: they all grow
            for (std::size_t i = 0; i < count; ++i)
                growing.push_back(i);
        }
        double weight = 0;
        for (const std::size_t i : growing)
            weight += widths[i];
        for (const std::size_t i : growing)
            widths[i] += (available - total) * widths[i] / weight;
    }
    return widths;
}

double PrintedTable::pixelsPerMm(const QPaintDevice &device)
{
    return device.logicalDpiX() / 25.4;
}

} // namespace gonggu
