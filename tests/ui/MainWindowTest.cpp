#include "MainWindow.h"
#include "TempWorkspace.h"
#include "models/OrdersTableModel.h"
#include "services/DemoWorkspace.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

namespace gonggu::test {
namespace {

using Column = OrdersTableModel::Column;

class MainWindowTest : public TempWorkspaceTest
{
protected:
    /** A workspace file in the test's folder, with the demo (and `scaleBuyers` in round 2) when asked. */
    QString makeWorkspace(const QString &fileName, bool demo, int scaleBuyers = 0)
    {
        const QString path = pathFor(fileName);
        Workspace workspace(path, m_clock);
        if (demo)
            DemoWorkspace::populate(workspace, scaleBuyers);
        return path;
    }

    static std::unique_ptr<MainWindow> windowOn(const QString &path)
    {
        auto window = std::make_unique<MainWindow>(std::make_unique<Workspace>(path));
        window->show();
        return window;
    }

    template <typename Widget> static Widget *child(const QWidget &window, const QString &name)
    {
        auto *widget = window.findChild<Widget *>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }

    static QString summaryText(const QWidget &window)
    {
        return child<QLabel>(window, QStringLiteral("roundSummaryLabel"))->text();
    }

    static QString cell(const QTableView &table, int row, Column column, int role = Qt::DisplayRole)
    {
        return table.model()->index(row, int(column)).data(role).toString();
    }
};

TEST_F(MainWindowTest, ShowsTheDemoRoundsOrdersAndSummary)
{
    const auto window = windowOn(makeWorkspace(QStringLiteral("demo.gonggu"), true));
    auto *rounds = child<QListView>(*window, QStringLiteral("roundList"));
    auto *table = child<QTableView>(*window, QStringLiteral("ordersTable"));
    ASSERT_TRUE(rounds && table);

    rounds->setCurrentIndex(rounds->model()->index(0, 0));
    EXPECT_EQ(table->model()->rowCount(), 22);
    EXPECT_EQ(table->model()->columnCount(), 9);
    EXPECT_TRUE(table->isVisible());
    EXPECT_EQ(child<QStackedWidget>(*window, QStringLiteral("pages"))->currentWidget()->objectName(),
              QStringLiteral("roundsPage"));
    EXPECT_EQ(child<QLabel>(*window, QStringLiteral("roundTitle"))->text(),
              QStringLiteral("『실전 리팩터링』 공동구매"));

    const QString summary = summaryText(*window);
    EXPECT_TRUE(summary.contains(QStringLiteral("22"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("27"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("75,600")))
        << "2 × 25,200 + 25,200 still owed: " << summary.toStdString();
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("demo.gonggu")));
}

TEST_F(MainWindowTest, TheFirstRoundIsShownWithoutClicking)
{
    const auto window = windowOn(makeWorkspace(QStringLiteral("demo.gonggu"), true));
    EXPECT_EQ(child<QTableView>(*window, QStringLiteral("ordersTable"))->model()->rowCount(), 22);
}

TEST_F(MainWindowTest, AnEmptyWorkspaceSaysHowToStartInsteadOfAnEmptyGrid)
{
    const auto window = windowOn(makeWorkspace(QStringLiteral("empty.gonggu"), false));
    auto *pages = child<QStackedWidget>(*window, QStringLiteral("pages"));
    ASSERT_NE(pages, nullptr);
    EXPECT_EQ(pages->currentWidget()->objectName(), QStringLiteral("emptyWorkspacePage"));
    EXPECT_FALSE(child<QTableView>(*window, QStringLiteral("ordersTable"))->isVisible());
    EXPECT_TRUE(
        child<QLabel>(*window, QStringLiteral("emptyWorkspaceHint"))->text().contains(QStringLiteral("gonggu-cli")));
    EXPECT_TRUE(summaryText(*window).isEmpty());
}

TEST_F(MainWindowTest, SortingByBalanceShowsWhoOwesFirstInRed)
{
    const auto window = windowOn(makeWorkspace(QStringLiteral("demo.gonggu"), true));
    auto *table = child<QTableView>(*window, QStringLiteral("ordersTable"));
    ASSERT_NE(table, nullptr);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(cell(*table, 0, Column::Nickname), QStringLiteral("tini")) << "unsorted: the order buyers applied in";

    table->sortByColumn(int(Column::Balance), Qt::DescendingOrder);
    EXPECT_EQ(cell(*table, 0, Column::Nickname), QStringLiteral("seungmin"));
    EXPECT_EQ(cell(*table, 1, Column::Nickname), QStringLiteral("dain"));
    EXPECT_EQ(cell(*table, 0, Column::PaymentState), QStringLiteral("Unpaid"));
    const QModelIndex owed = table->model()->index(0, int(Column::Balance));
    EXPECT_TRUE(owed.data(Qt::ForegroundRole).value<QColor>().isValid());
    EXPECT_FALSE(table->model()->index(2, int(Column::Balance)).data(Qt::ForegroundRole).isValid());

    // Payment states sort in their lifecycle order (unpaid, partial, paid…), not alphabetically.
    table->sortByColumn(int(Column::PaymentState), Qt::AscendingOrder);
    EXPECT_EQ(cell(*table, 0, Column::PaymentState), QStringLiteral("Unpaid"));
    EXPECT_EQ(cell(*table, 21, Column::PaymentState), QStringLiteral("Paid"));
}

TEST_F(MainWindowTest, SelectingAnotherRoundShowsItsOrders)
{
    const auto window = windowOn(makeWorkspace(QStringLiteral("demo.gonggu"), true, 30));
    auto *rounds = child<QListView>(*window, QStringLiteral("roundList"));
    auto *table = child<QTableView>(*window, QStringLiteral("ordersTable"));
    ASSERT_TRUE(rounds && table);
    ASSERT_EQ(rounds->model()->rowCount(), 2);

    rounds->setCurrentIndex(rounds->model()->index(1, 0));
    EXPECT_EQ(table->model()->rowCount(), 30);
    EXPECT_EQ(child<QLabel>(*window, QStringLiteral("roundTitle"))->text(), QStringLiteral("대규모 공동구매 (30명)"));
    EXPECT_FALSE(summaryText(*window).contains(QStringLiteral("27 copies")));

    // The scale demo cancels buyer000002; a cancelled order is greyed out across the row.
    EXPECT_EQ(cell(*table, 1, Column::OrderStatus), QStringLiteral("Cancelled"));
    EXPECT_TRUE(table->model()->index(1, int(Column::Nickname)).data(Qt::ForegroundRole).value<QColor>().isValid());
    EXPECT_FALSE(table->model()->index(0, int(Column::Nickname)).data(Qt::ForegroundRole).isValid());
}

TEST_F(MainWindowTest, OpeningAnotherWorkspaceGivesItItsOwnWindowOnce)
{
    const auto window = windowOn(makeWorkspace(QStringLiteral("empty.gonggu"), false));
    const QString demoPath = makeWorkspace(QStringLiteral("demo.gonggu"), true);

    std::unique_ptr<MainWindow> demo(window->openWorkspace(demoPath));
    ASSERT_NE(demo, nullptr);
    EXPECT_NE(demo.get(), window.get());
    EXPECT_TRUE(demo->isVisible());
    EXPECT_TRUE(demo->testAttribute(Qt::WA_DeleteOnClose));
    EXPECT_EQ(child<QTableView>(*demo, QStringLiteral("ordersTable"))->model()->rowCount(), 22);
    // The same file again raises the window already showing it.
    EXPECT_EQ(window->openWorkspace(demoPath), demo.get());
    EXPECT_EQ(window->openWorkspace(window->workspacePath()), window.get());
}

} // namespace
} // namespace gonggu::test
