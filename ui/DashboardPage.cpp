#include "DashboardPage.h"

#include "DashboardCards.h"
#include "DashboardCharts.h"
#include "DeferredReload.h"
#include "RoundSummaries.h"
#include "WorkspaceSession.h"
#include "domain/Clock.h"
#include "models/DisplayText.h"
#include "storage/RoundRepository.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace gonggu {
namespace {

/** Shows `chart` in the view. The view gives up the chart it showed before without deleting it (and every
 *  view starts with one of its own), so that one is deleted here. */
void replaceChart(QChartView *view, QChart *chart)
{
    QChart *previous = view->chart();
    view->setChart(chart);
    delete previous;
}

} // namespace

DashboardPage::DashboardPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_reload(new DeferredReload(*this, session, [this] { reload(); })),
      m_content(new QWidget(this)), m_title(new QLabel(m_content)), m_cards(new DashboardCardRow(m_content)),
      m_paymentStates(newChartView(QStringLiteral("paymentStatesChart"))),
      m_applications(newChartView(QStringLiteral("applicationsChart"))),
      m_items(newChartView(QStringLiteral("itemsChart"))), m_collected(newChartView(QStringLiteral("collectedChart"))),
      m_saveImage(new QAction(tr("Save as Image…"), this)), m_copyImage(new QAction(tr("Copy Image"), this))
{
    m_saveImage->setObjectName(QStringLiteral("saveDashboardImage"));
    m_saveImage->setToolTip(tr("Save the dashboard as a PNG picture, e.g. to post the progress"));
    m_copyImage->setObjectName(QStringLiteral("copyDashboardImage"));
    m_copyImage->setToolTip(tr("Copy the dashboard as a picture, to paste into a chat or a post"));
    connect(m_saveImage, &QAction::triggered, this,
            [this] { chooseImageFile(dashboardImage(), m_round ? m_round->title : tr("Dashboard")); });
    connect(m_copyImage, &QAction::triggered, this, [this] { QApplication::clipboard()->setImage(dashboardImage()); });

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("dashboardTitle"));

    auto *charts = new QGridLayout;
    charts->addWidget(m_applications, 0, 0);
    charts->addWidget(m_collected, 0, 1);
    charts->addWidget(m_paymentStates, 1, 0);
    charts->addWidget(m_items, 1, 1);
    charts->setRowStretch(0, 3);
    charts->setRowStretch(1, 2);

    // The picture the actions save is this part: the round's title, the cards and the charts.
    m_content->setBackgroundRole(QPalette::Window);
    m_content->setAutoFillBackground(true);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_title);
    content->addWidget(m_cards);
    content->addLayout(charts, 1);

    const auto toolButton = [this](QAction *action) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    auto *bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(toolButton(m_copyImage));
    bar->addWidget(toolButton(m_saveImage));

    // In a small window the dashboard scrolls rather than making the whole window larger.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    const auto refreshRound = [this](RoundId round) { refreshLater(round); };
    connect(&m_session, &WorkspaceSession::ordersChanged, this, refreshRound);
    connect(&m_session, &WorkspaceSession::paymentsChanged, this, refreshRound);
    connect(&m_session, &WorkspaceSession::checklistChanged, this, refreshRound);
    connect(&m_session, &WorkspaceSession::roundChanged, this, [this](RoundId round) {
        if (!m_round || m_round->id != round)
            return;
        if (const std::optional<Round> edited = RoundRepository(m_session.workspace()).find(round))
            m_round = *edited; // its dates mark the charts
        refreshLater(round);
    });
    connect(&m_session, &WorkspaceSession::peopleChanged, this, [this] {
        if (m_round)
            refreshLater(m_round->id);
    });
    clear();
}

QChartView *DashboardPage::newChartView(const QString &objectName)
{
    auto *view = new QChartView(m_content);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 200);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view](const QPoint &position) { showChartMenu(view, position); });
    return view;
}

void DashboardPage::showRound(const Round &round)
{
    m_round = round;
    m_title->setText(round.title);
    m_reload->request();
}

void DashboardPage::clear()
{
    m_round.reset();
    m_dashboard.reset();
    m_reload->cancel();
    m_title->setText(tr("Choose a round to see its dashboard."));
    m_cards->clear();
    for (QChartView *view : {m_paymentStates, m_applications, m_items, m_collected})
        replaceChart(view, new QChart);
    m_saveImage->setEnabled(false);
    m_copyImage->setEnabled(false);
}

void DashboardPage::refreshLater(RoundId round)
{
    if (m_round && m_round->id == round)
        m_reload->request();
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A switch between light and dark follows the desktop's palette: the charts take its colours.
    if (event->type() == QEvent::PaletteChange && m_dashboard)
        redrawCharts();
}

void DashboardPage::reload()
{
    if (!m_round)
        return;
    m_dashboard =
        DashboardFigures(m_session.workspace(), m_session.clock()).of(*m_round, m_session.summaries().lookup());
    // The saved picture says which round and when, for whoever sees it posted.
    m_title->setText(tr("%1 — as of %2").arg(m_round->title, DisplayText::date(m_session.clock().today())));
    m_cards->showCards(m_dashboard->cards);
    redrawCharts();
    m_saveImage->setEnabled(true);
    m_copyImage->setEnabled(true);
}

void DashboardPage::redrawCharts()
{
    const DashboardCharts charts(palette());
    replaceChart(m_paymentStates, charts.paymentStates(*m_dashboard));
    replaceChart(m_applications, charts.applications(*m_dashboard));
    replaceChart(m_items, charts.copiesPerItem(*m_dashboard));
    replaceChart(m_collected, charts.collected(*m_dashboard));
}

QImage DashboardPage::dashboardImage() const
{
    return m_content->grab().toImage();
}

void DashboardPage::showChartMenu(QChartView *view, const QPoint &position)
{
    if (!m_dashboard)
        return;
    QMenu menu(this);
    const QString title = view->chart()->title();
    menu.addAction(tr("Copy Chart"), this, [view] { QApplication::clipboard()->setImage(view->grab().toImage()); });
    menu.addAction(tr("Save Chart as Image…"), this, [this, view, title] {
        chooseImageFile(view->grab().toImage(), m_round->title + QLatin1Char(' ') + title);
    });
    menu.exec(view->mapToGlobal(position));
}

void DashboardPage::chooseImageFile(const QImage &image, const QString &suggestedName)
{
    QString name = suggestedName;
    name.replace(QRegularExpression(QStringLiteral(R"([/\\:*?"<>|])")), QStringLiteral(" "));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as Image"),
                                                      QDir(folder).filePath(name.simplified() + QStringLiteral(".png")),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty())
        saveImage(image, path);
}

bool DashboardPage::saveImage(const QImage &image, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        QMessageBox::warning(
            this, tr("Save as Image"),
            tr("Could not save the picture to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

} // namespace gonggu
