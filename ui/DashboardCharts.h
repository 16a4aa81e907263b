#pragma once

#include "domain/Statuses.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>

class QChart;

namespace gonggu {

struct RoundDashboard;

/** Makes the dashboard's charts from its figures, in the colours of the window's palette (light or dark).
 *  Each chart is new and belongs to the caller (a QChartView takes it); its series are named, so that a
 *  test or a tooltip can find them. The charts only draw: every number comes from DashboardFigures. */
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    explicit DashboardCharts(const QPalette &palette) : m_palette(palette) {}

    /** Buyers by payment state, as a donut; states nobody is in are left out. */
    QChart *paymentStates(const RoundDashboard &dashboard) const;
    /** Buyers and copies applied for so far, by day, with the closing day marked. */
    QChart *applications(const RoundDashboard &dashboard) const;
    /** Copies per item, as horizontal bars. */
    QChart *copiesPerItem(const RoundDashboard &dashboard) const;
    /** Money collected so far, by day, against the amount due, with the payment date marked. */
    QChart *collected(const RoundDashboard &dashboard) const;

    /** One colour per payment state, the same in every chart and palette. */
    static QColor colourOf(PaymentState state);

private:
    QChart *newChart(const QString &title) const;
    void styleAxes(QChart &chart) const;
    bool isDark() const;

    QPalette m_palette;
};

} // namespace gonggu
