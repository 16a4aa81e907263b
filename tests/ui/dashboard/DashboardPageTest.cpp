#include "DashboardPage.h"
#include "AppLanguage.h"
#include "DashboardCards.h"
#include "DashboardCharts.h"
#include "PageTest.h"
#include "commands/PaymentCommands.h"
#include "domain/Errors.h"
#include "services/PaymentBook.h"
#include "storage/PersonRepository.h"
#include "storage/RoundTaskRepository.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QHorizontalBarSeries>
#include <QImageReader>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>

using namespace gonggu;
using namespace gonggu::test;

namespace {

class DashboardPageTest : public PageTest
{
protected:
    void SetUp() override
    {
        PageTest::SetUp();
        // The cards speak English with its plural forms ("7 days ago"), which come from gonggu_en.qm.
        ASSERT_TRUE(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        m_round = populateDemo();
        m_page = std::make_unique<DashboardPage>(session());
        m_page->resize(1200, 800);
        m_page->showRound(m_round);
        m_page->show();
    }
    void TearDown() override
    {
        m_page.reset();
        installTranslations(QLocale::c()); // untranslated, as the other tests of the process expect
        PageTest::TearDown();
    }

    template <typename T> T *seriesOf(QChartView *view, const QString &objectName = QString()) const
    {
        for (QAbstractSeries *series : view->chart()->series()) {
            auto *typed = qobject_cast<T *>(series);
            if (typed && (objectName.isEmpty() || series->objectName() == objectName))
                return typed;
        }
        return nullptr;
    }
    QString card(const char *name) const
    {
        return m_page->findChild<DashboardCard *>(QString::fromLatin1(name))->value();
    }

    Round m_round;
    std::unique_ptr<DashboardPage> m_page;
};

TEST_F(DashboardPageTest, TheDonutShowsTheDemoRoundsPaymentStates)
{
    ASSERT_TRUE(m_page->dashboard().has_value());
    auto *donut = seriesOf<QPieSeries>(m_page->paymentStatesView());
    ASSERT_NE(donut, nullptr);
    // The demo round: 20 of 22 buyers paid, 2 have not (the 다인맘 deposit still waits for review).
    std::map<QString, int> byState;
    for (QPieSlice *slice : donut->slices())
        byState[slice->property("state").toString()] = int(slice->value());
    EXPECT_EQ(byState, (std::map<QString, int>{{QStringLiteral("paid"), 20}, {QStringLiteral("unpaid"), 2}}));
    EXPECT_GT(donut->holeSize(), 0.0) << "a donut, not a pie";
    for (QPieSlice *slice : donut->slices()) {
        const PaymentState state = paymentStateFromKey(slice->property("state").toString()).value();
        EXPECT_EQ(slice->color(), DashboardCharts::colourOf(state)) << "each state keeps its colour";
    }
}

TEST_F(DashboardPageTest, ApplicationsClimbToTheRoundsBuyersAndCopiesByTheClosingDay)
{
    auto *buyers = seriesOf<QLineSeries>(m_page->applicationsView(), QStringLiteral("buyers"));
    auto *copies = seriesOf<QLineSeries>(m_page->applicationsView(), QStringLiteral("copies"));
    auto *closing = seriesOf<QLineSeries>(m_page->applicationsView(), QStringLiteral("closingDay"));
    ASSERT_TRUE(buyers && copies && closing);
    // Three days of applications after a starting zero: 8, 16 and 22 buyers; 12, 20 and 27 copies.
    QList<int> buyerTotals;
    QList<int> copyTotals;
    for (const QPointF &point : buyers->points())
        buyerTotals << int(point.y());
    for (const QPointF &point : copies->points())
        copyTotals << int(point.y());
    EXPECT_EQ(buyerTotals, (QList<int>{0, 8, 16, 22}));
    EXPECT_EQ(copyTotals, (QList<int>{0, 12, 20, 27}));
    const QDate closingDay = QDateTime::fromMSecsSinceEpoch(qint64(closing->at(0).x())).date();
    EXPECT_EQ(closingDay, QDate(2026, 11, 3));
    const QDate lastApplication = QDateTime::fromMSecsSinceEpoch(qint64(buyers->points().last().x())).date();
    EXPECT_EQ(lastApplication, QDate(2026, 11, 3));
}

TEST_F(DashboardPageTest, ItemBarsAndMoneyLinesCarryTheRoundsFigures)
{
    auto *bars = seriesOf<QHorizontalBarSeries>(m_page->itemsView());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().size(), 1);
    EXPECT_EQ(bars->barSets().front()->at(0), 27.0);

    auto *collected = seriesOf<QLineSeries>(m_page->collectedView(), QStringLiteral("collected"));
    auto *due = seriesOf<QLineSeries>(m_page->collectedView(), QStringLiteral("amountDue"));
    ASSERT_TRUE(collected && due);
    const RoundDashboard &figures = *m_page->dashboard();
    // The axis counts in a unit (만 원, thousand ₩…): the last point and the due line keep the ratio.
    const qreal ratio = collected->points().last().y() / due->at(0).y();
    EXPECT_NEAR(ratio, qreal(figures.cards.collected.toWon()) / qreal(figures.cards.amountDue.toWon()), 1e-9);
    EXPECT_EQ(figures.cards.amountDue - figures.cards.collected, Money::won(75600)) << "3 copies still unpaid";
    EXPECT_NE(seriesOf<QLineSeries>(m_page->collectedView(), QStringLiteral("paymentDue")), nullptr);
}

TEST_F(DashboardPageTest, CardsSumUpTheRound)
{
    EXPECT_EQ(card("buyersCard"), QStringLiteral("22 buyers"));
    EXPECT_EQ(card("outstandingCard"), QStringLiteral("₩75,600"));
    EXPECT_EQ(card("checklistCard"), QStringLiteral("2 open"));
    // The clock says 2026-11-10: applications closed on the 3rd.
    EXPECT_EQ(card("closingCard"), QStringLiteral("7 days ago"));
}

TEST_F(DashboardPageTest, ChartsFollowEditsAndUndo)
{
    const PersonId dain = PersonRepository(sessionWorkspace()).resolve(QStringLiteral("dain")).id;
    Payment payment;
    payment.personId = dain;
    payment.amount = Money::won(25200);
    payment.paidOn = QDate(2026, 11, 9);
    ASSERT_TRUE(
        session().execute(std::make_unique<AddPaymentCommand>(session(), m_round, payment, QStringLiteral("dain"))));

    auto paidSlice = [this] {
        for (QPieSlice *slice : seriesOf<QPieSeries>(m_page->paymentStatesView())->slices()) {
            if (slice->property("state").toString() == QStringLiteral("paid"))
                return int(slice->value());
        }
        return 0;
    };
    EXPECT_EQ(paidSlice(), 21);
    EXPECT_EQ(card("outstandingCard"), QStringLiteral("₩50,400"));

    session().undoStack()->undo();
    EXPECT_EQ(paidSlice(), 20);
    EXPECT_EQ(card("outstandingCard"), QStringLiteral("₩75,600"));

    const std::vector<ChecklistItem> checklist = RoundTaskRepository(sessionWorkspace()).checklist(m_round.id);
    RoundTaskRepository(sessionWorkspace()).setChecklistItemDone(checklist[1].id, true);
    emit session().checklistChanged(m_round.id);
    EXPECT_EQ(card("checklistCard"), QStringLiteral("1 open"));
}

TEST_F(DashboardPageTest, AHiddenPageWorksTheFiguresOutOnlyWhenShown)
{
    m_page->hide();
    RoundTaskRepository(sessionWorkspace()).addChecklistItem({0, m_round.id, QStringLiteral("재고 확인"), false});
    emit session().checklistChanged(m_round.id);
    EXPECT_EQ(card("checklistCard"), QStringLiteral("2 open")) << "not recomputed while hidden";
    m_page->show();
    EXPECT_EQ(card("checklistCard"), QStringLiteral("3 open"));
}

TEST_F(DashboardPageTest, TheDashboardIsSavedAndCopiedAsAPicture)
{
    const QImage image = m_page->dashboardImage();
    EXPECT_GE(image.width(), 1000);
    EXPECT_GE(image.height(), 600);

    const QString path = pathFor(QStringLiteral("현황.png"));
    ASSERT_TRUE(m_page->saveImage(image, path));
    QImageReader reader(path);
    EXPECT_EQ(reader.format(), QByteArray("png"));
    EXPECT_EQ(reader.size(), image.size());

    m_page->copyImageAction()->trigger();
    EXPECT_EQ(QApplication::clipboard()->image().size(), image.size());
}

TEST_F(DashboardPageTest, ChartsTakeADarkPalettesColours)
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    m_page->setPalette(dark);

    for (QChartView *view :
         {m_page->applicationsView(), m_page->collectedView(), m_page->paymentStatesView(), m_page->itemsView()}) {
        EXPECT_EQ(view->chart()->backgroundBrush().color(), dark.color(QPalette::Base))
            << view->objectName().toStdString();
        EXPECT_EQ(view->chart()->titleBrush().color(), dark.color(QPalette::Text));
        for (QAbstractAxis *axis : view->chart()->axes()) {
            EXPECT_EQ(axis->labelsColor(), dark.color(QPalette::Text)) << "axis labels stay legible";
        }
    }
    const QImage chart = m_page->applicationsView()->grab().toImage();
    EXPECT_LT(chart.pixelColor(chart.width() - 3, chart.height() / 2).lightness(), 80) << "a dark chart background";
    EXPECT_EQ(seriesOf<QLineSeries>(m_page->applicationsView(), QStringLiteral("buyers"))->count(), 4)
        << "the redrawn charts keep their data";
}

TEST_F(DashboardPageTest, WithoutARoundThereIsNothingToSave)
{
    m_page->clear();
    EXPECT_FALSE(m_page->dashboard().has_value());
    EXPECT_FALSE(m_page->saveImageAction()->isEnabled());
    EXPECT_FALSE(m_page->copyImageAction()->isEnabled());
}

TEST_F(DashboardPageTest, AnEmptyRoundDrawsWithoutSeriesPoints)
{
    Round empty;
    empty.title = QStringLiteral("빈 공구");
    empty.supplier = QStringLiteral("출판사");
    empty.id = RoundRepository(sessionWorkspace()).create(empty);
    m_page->showRound(empty);
    ASSERT_TRUE(m_page->dashboard().has_value());
    EXPECT_TRUE(seriesOf<QPieSeries>(m_page->paymentStatesView())->slices().isEmpty());
    EXPECT_TRUE(seriesOf<QLineSeries>(m_page->applicationsView(), QStringLiteral("buyers"))->points().isEmpty());
    EXPECT_EQ(card("buyersCard"), QStringLiteral("0 buyers"));
    EXPECT_EQ(card("percentCard"), QStringLiteral("0%"));
}

} // namespace
