#include "DashboardCharts.h"

#include "models/DisplayText.h"
#include "services/dashboard/RoundDashboard.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace gonggu {
namespace {

constexpr PaymentState shownStates[] = {PaymentState::Unpaid, PaymentState::Partial, PaymentState::Paid,
                                        PaymentState::Overpaid, PaymentState::Refunded};

qreal msecsOf(const QDate &day)
{
    return qreal(day.startOfDay().toMSecsSinceEpoch());
}

/** How the money axis counts: whole won would print ten-digit labels at 100,000 buyers. */
struct MoneyScale
{
    qreal divisor = 1;
    QString unit;
};

MoneyScale moneyScaleFor(qint64 largest)
{
    if (QLocale().language() == QLocale::Korean) {
        if (largest >= 100'000'000)
            return {100'000'000, QStringLiteral("억 원")};
        if (largest >= 10'000)
            return {10'000, QStringLiteral("만 원")};
        return {1, QStringLiteral("원")};
    }
    if (largest >= 1'000'000'000)
        return {1'000'000'000, QStringLiteral("billion ₩")};
    if (largest >= 1'000'000)
        return {1'000'000, QStringLiteral("million ₩")};
    if (largest >= 1'000)
        return {1'000, QStringLiteral("thousand ₩")};
    return {1, QStringLiteral("₩")};
}

/** A dashed vertical line at `day`, from 0 to `top`: the closing day or the payment date. */
QLineSeries *dayMarker(const QString &name, const QDate &day, qreal top, const QColor &colour)
{
    auto *marker = new QLineSeries;
    marker->setName(name);
    marker->append(msecsOf(day), 0);
    marker->append(msecsOf(day), top);
    QPen pen(colour, 1.5, Qt::DashLine);
    marker->setPen(pen);
    return marker;
}

void showTooltip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text);
}

QDateTimeAxis *dayAxis(QDate first, QDate last)
{
    auto *axis = new QDateTimeAxis;
    // Keep at least a week in view so that one day of data still reads as a timeline.
    if (first.daysTo(last) < 6)
        last = first.addDays(6);
    axis->setRange(first.startOfDay(), last.startOfDay());
    axis->setFormat(DashboardCharts::tr("MMM d"));
    axis->setTickCount(std::clamp(int(first.daysTo(last)) + 1, 2, 8));
    return axis;
}

} // namespace

QColor DashboardCharts::colourOf(PaymentState state)
{
    switch (state) {
    case PaymentState::Unpaid:
        return QColor(0xd9, 0x48, 0x41); // red: chase these
    case PaymentState::Partial:
        return QColor(0xf0, 0x9a, 0x2a); // orange
    case PaymentState::Paid:
        return QColor(0x3a, 0xa6, 0x5b); // green
    case PaymentState::Overpaid:
        return QColor(0x3b, 0x7d, 0xd8); // blue: a refund is due
    case PaymentState::Refunded:
        return QColor(0x8c, 0x8c, 0x8c); // grey
    }
    return Qt::gray;
}

bool DashboardCharts::isDark() const
{
    return m_palette.color(QPalette::Base).lightness() < 128;
}

QChart *DashboardCharts::newChart(const QString &title) const
{
    auto *chart = new QChart;
    chart->setTheme(isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation); // a grab right after a change shows the final state
    chart->setBackgroundBrush(m_palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitle(title);
    chart->setTitleBrush(m_palette.color(QPalette::Text));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(std::max(titleFont.pointSizeF(), 10.0));
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(m_palette.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void DashboardCharts::styleAxes(QChart &chart) const
{
    const QColor text = m_palette.color(QPalette::Text);
    QColor grid = m_palette.color(QPalette::Mid);
    grid.setAlpha(90);
    for (QAbstractAxis *axis : chart.axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

QChart *DashboardCharts::paymentStates(const RoundDashboard &dashboard) const
{
    QChart *chart = newChart(tr("Payment state"));
    auto *series = new QPieSeries;
    series->setName(QStringLiteral("paymentStates"));
    series->setHoleSize(0.5);
    for (PaymentState state : shownStates) {
        const auto found = dashboard.paymentStates.find(state);
        const int count = found == dashboard.paymentStates.end() ? 0 : found->second;
        if (count == 0)
            continue;
        auto *slice =
            series->append(QStringLiteral("%1 %2").arg(DisplayText::of(state), QString::number(count)), count);
        slice->setColor(colourOf(state));
        slice->setBorderColor(m_palette.color(QPalette::Base));
        slice->setLabelColor(m_palette.color(QPalette::Text));
        slice->setProperty("state", toKey(state));
        QObject::connect(slice, &QPieSlice::hovered, slice, [slice, state, count](bool entered) {
            slice->setExploded(entered);
            if (entered)
                showTooltip(tr("%1: %n buyer(s) (%2%)", nullptr, count)
                                .arg(DisplayText::of(state))
                                .arg(qRound(slice->percentage() * 100)));
        });
    }
    chart->addSeries(series);
    if (series->count() == 0)
        chart->setTitle(tr("Payment state — no buyers yet"));
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *DashboardCharts::applications(const RoundDashboard &dashboard) const
{
    QChart *chart = newChart(tr("Applications so far"));
    auto *buyers = new QLineSeries;
    buyers->setName(tr("Buyers"));
    buyers->setObjectName(QStringLiteral("buyers"));
    auto *copies = new QLineSeries;
    copies->setName(tr("Copies"));
    copies->setObjectName(QStringLiteral("copies"));
    QDate first = dashboard.applications.empty() ? dashboard.closesOn : dashboard.applications.front().day;
    QDate last = dashboard.applications.empty() ? dashboard.closesOn : dashboard.applications.back().day;
    if (!first.isValid())
        first = last = QDate::currentDate();
    if (!dashboard.applications.empty()) {
        // Start from nothing the day before the first application, so that the first day shows as a rise.
        buyers->append(msecsOf(first.addDays(-1)), 0);
        copies->append(msecsOf(first.addDays(-1)), 0);
    }
    for (const ApplicationsOnDay &day : dashboard.applications) {
        buyers->append(msecsOf(day.day), day.totalOrders);
        copies->append(msecsOf(day.day), day.totalCopies);
    }
    for (QLineSeries *series : {buyers, copies}) {
        series->setPointsVisible(true);
        const bool isCopies = series == copies;
        series->setPen(QPen(isCopies ? QColor(0x8a, 0xc0, 0x4a) : QColor(0x20, 0x8f, 0xd0), 2.5));
        QObject::connect(series, &QLineSeries::hovered, series, [isCopies](const QPointF &point, bool entered) {
            if (!entered)
                return;
            const QString day = DisplayText::date(QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date());
            const int value = qRound(point.y());
            showTooltip(day + QStringLiteral(": ") +
                        (isCopies ? DisplayText::copies(value) : DisplayText::buyers(value)));
        });
    }
    chart->addSeries(buyers);
    chart->addSeries(copies);

    const int top = dashboard.applications.empty() ? 1 : dashboard.applications.back().totalCopies;
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, std::max(top, 1) * 1.1);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->applyNiceNumbers();
    QLineSeries *marker = nullptr;
    if (dashboard.closesOn.isValid()) {
        marker = dayMarker(tr("Closing day"), dashboard.closesOn, yAxis->max(), m_palette.color(QPalette::Text));
        marker->setObjectName(QStringLiteral("closingDay"));
        chart->addSeries(marker);
        first = std::min(first, dashboard.closesOn);
        last = std::max(last, dashboard.closesOn);
    }
    QDateTimeAxis *xAxis = dayAxis(first.addDays(-1), last.addDays(1));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    styleAxes(*chart);
    return chart;
}

QChart *DashboardCharts::copiesPerItem(const RoundDashboard &dashboard) const
{
    QChart *chart = newChart(tr("Copies per item"));
    auto *set = new QBarSet(tr("Copies"));
    set->setColor(QColor(0x3b, 0x7d, 0xd8));
    set->setLabelColor(m_palette.color(QPalette::Text));
    QStringList names;
    int top = 1;
    // Horizontal bars read top to bottom, the categories axis bottom to top: add the items in reverse.
    for (auto item = dashboard.items.rbegin(); item != dashboard.items.rend(); ++item) {
        *set << item->copies;
        names << (item->name.size() > 24 ? item->name.left(23) + QChar(0x2026) : item->name);
        top = std::max(top, item->copies);
    }
    QObject::connect(set, &QBarSet::hovered, set, [names, set](bool entered, int index) {
        if (entered)
            showTooltip(names.value(index) + QStringLiteral(": ") + DisplayText::copies(int(set->at(index))));
    });
    auto *series = new QHorizontalBarSeries;
    series->setName(QStringLiteral("copiesPerItem"));
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);

    auto *itemAxis = new QBarCategoryAxis;
    itemAxis->append(names);
    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, top * 1.1);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->applyNiceNumbers();
    chart->addAxis(itemAxis, Qt::AlignLeft);
    chart->addAxis(countAxis, Qt::AlignBottom);
    series->attachAxis(itemAxis);
    series->attachAxis(countAxis);
    chart->legend()->hide();
    styleAxes(*chart);
    return chart;
}

QChart *DashboardCharts::collected(const RoundDashboard &dashboard) const
{
    QChart *chart = newChart(tr("Money collected"));
    const qint64 due = dashboard.cards.amountDue.toWon();
    qint64 largest = due;
    for (const CollectedOnDay &day : dashboard.collected)
        largest = std::max(largest, day.total.toWon());
    const MoneyScale scale = moneyScaleFor(largest);

    auto *collected = new QLineSeries;
    collected->setName(tr("Collected"));
    collected->setObjectName(QStringLiteral("collected"));
    collected->setPen(QPen(colourOf(PaymentState::Paid), 2.5));
    collected->setPointsVisible(true);
    QDate first = dashboard.collected.empty() ? dashboard.paymentDue : dashboard.collected.front().day;
    QDate last = dashboard.collected.empty() ? dashboard.paymentDue : dashboard.collected.back().day;
    if (!first.isValid())
        first = last = QDate::currentDate();
    if (!dashboard.collected.empty())
        collected->append(msecsOf(first.addDays(-1)), 0);
    for (const CollectedOnDay &day : dashboard.collected)
        collected->append(msecsOf(day.day), qreal(day.total.toWon()) / scale.divisor);
    QObject::connect(collected, &QLineSeries::hovered, collected, [scale](const QPointF &point, bool entered) {
        if (entered)
            showTooltip(DisplayText::date(QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date()) +
                        QStringLiteral(": ") + DisplayText::money(Money::won(qRound64(point.y() * scale.divisor))));
    });
    chart->addSeries(collected);

    if (dashboard.paymentDue.isValid()) {
        first = std::min(first, dashboard.paymentDue);
        last = std::max(last, dashboard.paymentDue);
    }
    first = first.addDays(-1);
    last = last.addDays(1);
    auto *dueLine = new QLineSeries;
    dueLine->setName(tr("Amount due %1").arg(DisplayText::money(dashboard.cards.amountDue)));
    dueLine->setObjectName(QStringLiteral("amountDue"));
    dueLine->append(msecsOf(first), qreal(due) / scale.divisor);
    dueLine->append(msecsOf(std::max(last, first.addDays(6))), qreal(due) / scale.divisor);
    dueLine->setPen(QPen(colourOf(PaymentState::Unpaid), 1.5, Qt::DashLine));
    chart->addSeries(dueLine);

    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, std::max<qreal>(qreal(largest) / scale.divisor, 1) * 1.1);
    yAxis->applyNiceNumbers();
    // Decimals only when the axis spans a few units (1.5억 원); "60.0 만 원" reads as clutter.
    yAxis->setLabelFormat(yAxis->max() < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    yAxis->setTitleText(scale.unit);
    if (dashboard.paymentDue.isValid()) {
        QLineSeries *marker =
            dayMarker(tr("Payment due"), dashboard.paymentDue, yAxis->max(), m_palette.color(QPalette::Text));
        marker->setObjectName(QStringLiteral("paymentDue"));
        chart->addSeries(marker);
    }
    QDateTimeAxis *xAxis = dayAxis(first, last);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    styleAxes(*chart);
    return chart;
}

} // namespace gonggu
