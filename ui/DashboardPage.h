#pragma once

#include "domain/Round.h"
#include "services/dashboard/RoundDashboard.h"

#include <QImage>
#include <QWidget>

#include <optional>

class QAction;
class QChartView;
class QLabel;

namespace gonggu {

class DashboardCardRow;
class DeferredReload;
class WorkspaceSession;

/** The round at a glance: headline cards over four charts (payment state, applications over time, copies per
 *  item, money collected against the amount due). It follows every change to the round — edits, imports,
 *  undo — but works the figures out only while it is showing, since a round may have 100,000 buyers.
 *  The whole dashboard, or one chart, can be saved as a PNG or copied, to post the progress to the community. */
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(WorkspaceSession &session, QWidget *parent = nullptr);

    /** Shows the round; throws gonggu::Error when the workspace cannot be read. */
    void showRound(const Round &round);
    void clear();

    /** The figures on screen (none without a round, or before the page was first shown). */
    const std::optional<RoundDashboard> &dashboard() const { return m_dashboard; }
    QChartView *paymentStatesView() const { return m_paymentStates; }
    QChartView *applicationsView() const { return m_applications; }
    QChartView *itemsView() const { return m_items; }
    QChartView *collectedView() const { return m_collected; }
    QAction *saveImageAction() const { return m_saveImage; }
    QAction *copyImageAction() const { return m_copyImage; }

    /** The cards and charts as one picture, as they are laid out on screen. */
    QImage dashboardImage() const;
    /** Writes `image` as PNG to `path` (replaced only when complete); shows why on failure and returns false. */
    bool saveImage(const QImage &image, const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    QChartView *newChartView(const QString &objectName);
    void refreshLater(RoundId round);
    void reload();
    void redrawCharts();
    void chooseImageFile(const QImage &image, const QString &suggestedName);
    void showChartMenu(QChartView *view, const QPoint &position);

    WorkspaceSession &m_session;
    std::optional<Round> m_round;
    std::optional<RoundDashboard> m_dashboard;
    DeferredReload *m_reload;

    QWidget *m_content;
    QLabel *m_title;
    DashboardCardRow *m_cards;
    QChartView *m_paymentStates;
    QChartView *m_applications;
    QChartView *m_items;
    QChartView *m_collected;
    QAction *m_saveImage;
    QAction *m_copyImage;
};

} // namespace gonggu
