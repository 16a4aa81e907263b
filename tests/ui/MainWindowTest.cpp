#include "MainWindowFixture.h"
#include "OrdersPage.h"
#include "RoundEditorDialog.h"
#include "RoundSidebar.h"
#include "WorkspaceSession.h"
#include "commands/SetCopiesCommand.h"
#include "models/OrdersTableModel.h"
#include "models/RoundListModel.h"
#include "storage/ItemRepository.h"
#include "storage/OrderRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace gonggu::test {
namespace {

using Column = OrdersTableModel::Column;

class MainWindowTest : public MainWindowFixture
{
protected:
    static QString cell(const QTableView &table, int row, Column column, int role = Qt::DisplayRole)
    {
        return table.model()->index(row, int(column)).data(role).toString();
    }

    static QString currentPageName(const QWidget &window)
    {
        return child<QStackedWidget>(window, QStringLiteral("pages"))->currentWidget()->objectName();
    }

    /** Types Hangul the way an input method delivers it: each syllable composed (preedit), then committed. */
    static void typeHangul(QWidget *widget, const QString &text)
    {
        for (const QChar syllable : text) {
            QInputMethodEvent composing(QString(syllable), {});
            QCoreApplication::sendEvent(widget, &composing);
            QInputMethodEvent commit;
            commit.setCommitString(QString(syllable));
            QCoreApplication::sendEvent(widget, &commit);
        }
    }

    /** Sets tini's copies in the demo round from 1 to 2, as the orders table's editor does. */
    static bool giveTiniTwoCopies(WorkspaceSession &session, OrderId *order = nullptr)
    {
        const Item book = ItemRepository(session.workspace()).forRound(1).front();
        const OrderId tini = OrderRepository(session.workspace()).forRound(1).front().id;
        if (order)
            *order = tini;
        return session.execute(
            std::make_unique<SetCopiesCommand>(session, book, tini, QStringLiteral("tini"), 1, 2, false));
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
    EXPECT_TRUE(table->isVisible());
    EXPECT_EQ(currentPageName(*window), QStringLiteral("roundsPage"));
    EXPECT_EQ(child<QLabel>(*window, QStringLiteral("roundTitle"))->text(),
              QStringLiteral("『실전 리팩터링』 공동구매"));
    auto *tabs = child<QTabWidget>(*window, QStringLiteral("roundTabs"));
    QStringList tabPages;
    for (int tab = 0; tab < tabs->count(); ++tab)
        tabPages << tabs->widget(tab)->objectName();
    // The round's own tabs first, the directory last.
    EXPECT_EQ(tabPages, (QStringList{QStringLiteral("ordersPage"), QStringLiteral("paymentsPage"),
                                     QStringLiteral("reconciliationPage"), QStringLiteral("settlementPage"),
                                     QStringLiteral("messagesPage"), QStringLiteral("todoPage"),
                                     QStringLiteral("dashboardPage"), QStringLiteral("peoplePage")}));

    const QString summary = summaryText(*window);
    EXPECT_TRUE(summary.contains(QStringLiteral("22 buyers"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("27 copies"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("₩75,600 outstanding")))
        << "2 × 25,200 + 25,200 still owed: " << summary.toStdString();
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("demo.gonggu")));
}

TEST_F(MainWindowTest, TheFirstRoundIsShownWithoutClicking)
{
    const auto window = windowOn(makeWorkspace(QStringLiteral("demo.gonggu"), true));
    EXPECT_EQ(child<QTableView>(*window, QStringLiteral("ordersTable"))->model()->rowCount(), 22);
    EXPECT_TRUE(window->windowActions().editRound->isEnabled());
}

TEST_F(MainWindowTest, AnEmptyWorkspaceWelcomesInsteadOfShowingAnEmptyGrid)
{
    const auto window = windowOn(makeWorkspace(QStringLiteral("empty.gonggu"), false));
    EXPECT_EQ(currentPageName(*window), QStringLiteral("welcomePage"));
    EXPECT_TRUE(child<QWidget>(*window, QStringLiteral("newRoundButton"))->isVisible());
    EXPECT_TRUE(child<QWidget>(*window, QStringLiteral("openDemoButton"))->isVisible());
    EXPECT_FALSE(child<QTableView>(*window, QStringLiteral("ordersTable"))->isVisible());
    EXPECT_TRUE(summaryText(*window).isEmpty());
    EXPECT_FALSE(window->windowActions().editRound->isEnabled());
    EXPECT_FALSE(child<QLineEdit>(*window, QStringLiteral("searchField"))->isEnabled());
}

TEST_F(MainWindowTest, NewRoundCreatesTheRoundListsItAndShowsIt)
{
    const auto window = windowOn(makeWorkspace(QStringLiteral("empty.gonggu"), false));
    const QString title = QStringLiteral("『테스트 주도 개발』 공동구매");
    bool filled = false;
    QTimer::singleShot(0, window.get(), [&] {
        auto *dialog = qobject_cast<RoundEditorDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QLineEdit *>(QStringLiteral("roundTitleEdit"))->setText(title);
        filled = true;
        dialog->accept();
        if (dialog->isVisible()) // refused: fail rather than wait for a click that never comes
            dialog->reject();
    });
    window->windowActions().newRound->trigger();
    ASSERT_TRUE(filled);

    auto *rounds = child<QListView>(*window, QStringLiteral("roundList"));
    ASSERT_EQ(rounds->model()->rowCount(), 1);
    EXPECT_EQ(rounds->model()->index(0, 0).data().toString(), title);
    EXPECT_EQ(currentPageName(*window), QStringLiteral("roundsPage"));
    EXPECT_EQ(rounds->currentIndex().row(), 0);
    EXPECT_EQ(child<QLabel>(*window, QStringLiteral("roundTitle"))->text(), title);
    EXPECT_EQ(window->windowActions().undo->text(), QStringLiteral("Undo ") + window->session().undoStack()->text(0));

    // Undoing the creation empties the workspace again: back to the welcome page.
    window->windowActions().undo->trigger();
    EXPECT_EQ(rounds->model()->rowCount(), 0);
    EXPECT_EQ(currentPageName(*window), QStringLiteral("welcomePage"));
}

TEST_F(MainWindowTest, UndoNamesTheLastEditTakesItBackAndTheStatusBarFollows)
{
    const auto window = windowOn(makeWorkspace(QStringLiteral("demo.gonggu"), true));
    QAction *undo = window->windowActions().undo;
    QAction *redo = window->windowActions().redo;
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_TRUE(undo->shortcuts().contains(QKeySequence(QKeySequence::Undo)));
    EXPECT_TRUE(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));

    OrderId tini = 0;
    ASSERT_TRUE(giveTiniTwoCopies(window->session(), &tini));
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_EQ(undo->text(), QStringLiteral("Undo Set copies of tini to 2"));
    EXPECT_TRUE(summaryText(*window).contains(QStringLiteral("28 copies"))) << summaryText(*window).toStdString();
    EXPECT_TRUE(summaryText(*window).contains(QStringLiteral("₩100,800 outstanding")));
    EXPECT_TRUE(child<QListView>(*window, QStringLiteral("roundList"))
                    ->model()
                    ->index(0, 0)
                    .data(RoundListModel::DetailsRole)
                    .toString()
                    .contains(QStringLiteral("28 copies")));

    undo->trigger();
    EXPECT_EQ(OrderRepository(window->session().workspace()).lines(tini).front().quantity, 1);
    EXPECT_TRUE(summaryText(*window).contains(QStringLiteral("27 copies")));
    EXPECT_TRUE(summaryText(*window).contains(QStringLiteral("₩75,600 outstanding")));
    EXPECT_EQ(redo->text(), QStringLiteral("Redo Set copies of tini to 2"));
    EXPECT_EQ(child<QListView>(*window, QStringLiteral("roundList"))->currentIndex().row(), 0)
        << "edits and undo keep the selected round";
}

TEST_F(MainWindowTest, CtrlFFocusesTheSearchAndHangulTypedThroughAnInputMethodFilters)
{
    const auto window = windowOn(makeWorkspace(QStringLiteral("demo.gonggu"), true));
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    auto *search = child<QLineEdit>(*window, QStringLiteral("searchField"));
    auto *table = child<QTableView>(*window, QStringLiteral("ordersTable"));
    ASSERT_TRUE(search && table);
    EXPECT_FALSE(search->hasFocus());

    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(search->hasFocus());
    typeHangul(search, QStringLiteral("김민준")); // two buyers share the name
    EXPECT_EQ(search->text(), QStringLiteral("김민준"));
    EXPECT_EQ(table->model()->rowCount(), 2);
    EXPECT_EQ(child<QLabel>(*window, QStringLiteral("visibleRowsLabel"))->text(),
              QStringLiteral("2 of 22 buyers shown"));

    search->clear(); // what the clear button does
    EXPECT_EQ(table->model()->rowCount(), 22);
    QTest::keyClicks(search, QStringLiteral("tini"));
    EXPECT_EQ(table->model()->rowCount(), 1);
}

TEST_F(MainWindowTest, ARefusedEditIsExplainedWithoutBlocking)
{
    const auto window = windowOn(makeWorkspace(QStringLiteral("demo.gonggu"), true));
    window->session().reportError(QStringLiteral("Copies must be 0 or more."));
    auto *box = child<QMessageBox>(*window, QStringLiteral("errorBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    EXPECT_EQ(box->text(), QStringLiteral("Copies must be 0 or more."));
    box->accept();
}

TEST_F(MainWindowTest, SortingByBalanceShowsWhoOwesFirst)
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
    EXPECT_EQ(window->sidebar()->currentRound(), 2);
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
