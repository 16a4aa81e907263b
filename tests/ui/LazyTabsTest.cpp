#include "DashboardPage.h"
#include "DeferredReload.h"
#include "MainWindowFixture.h"
#include "OrdersPage.h"
#include "PaymentsPage.h"
#include "PeoplePage.h"
#include "ReconciliationPage.h"
#include "RoundPane.h"
#include "RoundSidebar.h"
#include "RoundSummaries.h"
#include "SettlementPage.h"
#include "TodoPage.h"
#include "WorkspaceSession.h"
#include "commands/ChecklistCommands.h"
#include "commands/PaymentCommands.h"
#include "domain/Errors.h"
#include "models/DepositsTableModel.h"
#include "models/OrdersTableModel.h"
#include "models/PaymentsTableModel.h"
#include "models/PeopleTableModel.h"
#include "models/RoundListModel.h"
#include "services/SupplierChecklist.h"
#include "storage/PaymentRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoundRepository.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

namespace gonggu::test {
namespace {

/** The window's tabs over the demo round (22 buyers, 21 payments, two buyers owing ₩75,600): only the tab in
 *  front reads the round, the others when chosen, and every reader of the round's summary shares one. */
class LazyTabsTest : public MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        m_window = windowOn(makeWorkspace(QStringLiteral("demo.gonggu"), true));
        QApplication::processEvents(); // the reminders' first look, posted for after the first paint
    }
    void TearDown() override
    {
        m_window.reset();
        MainWindowFixture::TearDown();
    }

    RoundPane &pane() { return *m_window->roundPane(); }
    WorkspaceSession &session() { return m_window->session(); }
    Round demoRound() { return *RoundRepository(session().workspace()).find(1); }
    void choose(QWidget *page) { pane().tabs()->setCurrentWidget(page); }
    QString todoTabText() { return pane().tabs()->tabText(pane().tabs()->indexOf(pane().todoPage())); }

    /** Records a payment of dain's (who owes ₩25,200) through the session, as the payment dialog does. */
    PaymentId payForDain()
    {
        Payment payment;
        payment.roundId = 1;
        payment.personId = PersonRepository(session().workspace()).resolve(QStringLiteral("dain")).id;
        payment.amount = Money::won(25'200);
        payment.paidOn = QDate(2026, 11, 10);
        auto command = std::make_unique<AddPaymentCommand>(session(), demoRound(), payment, QStringLiteral("dain"));
        const AddPaymentCommand *added = command.get(); // the undo stack owns it once pushed
        EXPECT_TRUE(session().execute(std::move(command)));
        return added->paymentId();
    }

    std::unique_ptr<MainWindow> m_window;
};

TEST_F(LazyTabsTest, OnlyTheTabInFrontReadsTheRoundTheOthersWhenChosen)
{
    ASSERT_EQ(pane().tabs()->currentWidget(), pane().pages().orders);
    EXPECT_EQ(pane().pages().orders->table()->model()->rowCount(), 22);
    EXPECT_EQ(pane().pages().payments->paymentsModel()->rowCount(), 0) << "read only when its tab is chosen";
    EXPECT_EQ(pane().pages().reconciliation->depositsModel()->rowCount(), 0);
    EXPECT_EQ(pane().pages().people->peopleModel()->rowCount(), 0);
    EXPECT_FALSE(pane().settlementPage()->settlement().has_value());
    EXPECT_FALSE(pane().dashboardPage()->dashboard().has_value());
    // Their commands stay usable from the menus meanwhile.
    EXPECT_TRUE(pane().pages().payments->addPaymentAction()->isEnabled());
    EXPECT_TRUE(pane().pages().reconciliation->importBankAction()->isEnabled());
    EXPECT_TRUE(pane().settlementPage()->addExpenseAction()->isEnabled());

    choose(pane().pages().payments);
    EXPECT_EQ(pane().pages().payments->table()->model()->rowCount(), 21);
    choose(pane().settlementPage());
    ASSERT_TRUE(pane().settlementPage()->settlement().has_value());
    EXPECT_EQ(pane().settlementPage()->settlement()->buyers, 22);
    choose(pane().dashboardPage());
    EXPECT_TRUE(pane().dashboardPage()->dashboard().has_value());
    choose(pane().pages().people);
    EXPECT_EQ(pane().pages().people->peopleModel()->rowCount(),
              int(PersonRepository(session().workspace()).all().size()));
}

TEST_F(LazyTabsTest, ATabShowsAnEditMadeWhileItWasHiddenAndItsUndo)
{
    choose(pane().pages().payments);
    PaymentsTableModel &payments = *pane().pages().payments->paymentsModel();
    ASSERT_EQ(payments.rowCount(), 21);
    choose(pane().pages().orders);

    const PaymentId paid = payForDain();
    EXPECT_EQ(payments.rowCount(), 21) << "hidden: not read again after every payment";
    EXPECT_TRUE(m_window->findChild<QLabel *>(QStringLiteral("roundSummaryLabel"))
                    ->text()
                    .contains(QStringLiteral("₩50,400 outstanding")))
        << "the status bar follows at once";
    choose(pane().pages().payments);
    EXPECT_EQ(payments.rowCount(), 22);
    EXPECT_GE(payments.rowOf(paid), 0) << "the payment made from the Orders tab is listed";

    choose(pane().pages().orders);
    session().undoStack()->undo();
    EXPECT_EQ(payments.rowCount(), 22) << "the undo waits for the tab too";
    choose(pane().pages().payments);
    EXPECT_EQ(payments.rowCount(), 21);
    EXPECT_LT(payments.rowOf(paid), 0);

    // Redo from another tab, then the settlement, never shown before, shows what was paid.
    choose(pane().pages().orders);
    session().undoStack()->redo();
    choose(pane().settlementPage());
    ASSERT_TRUE(pane().settlementPage()->settlement().has_value());
    EXPECT_EQ(pane().settlementPage()->settlement()->outstanding, Money::won(50'400));
}

TEST_F(LazyTabsTest, AHiddenTabGetsTheRoundChosenMeanwhile)
{
    m_window.reset();
    m_window = windowOn(makeWorkspace(QStringLiteral("two rounds.gonggu"), true, 30)); // round 2: 30 buyers
    choose(pane().pages().payments);
    ASSERT_EQ(pane().pages().payments->paymentsModel()->roundId().value_or(0), RoundId(1));
    choose(pane().pages().orders);

    ASSERT_TRUE(m_window->sidebar()->selectRound(2));
    EXPECT_EQ(pane().pages().orders->table()->model()->rowCount(), 30);
    EXPECT_FALSE(pane().pages().payments->paymentsModel()->roundId().has_value())
        << "the other round's payments are let go at once, and this one's not read yet";
    choose(pane().pages().payments);
    EXPECT_EQ(pane().pages().payments->paymentsModel()->roundId().value_or(0), RoundId(2));
    EXPECT_FALSE(pane().pages().orders->isReadPending()) << "it was in front: read when chosen";

    // The other way round: orders hidden while another round is chosen, read when the tab comes back.
    ASSERT_TRUE(m_window->sidebar()->selectRound(1));
    EXPECT_TRUE(pane().pages().orders->isReadPending());
    EXPECT_EQ(pane().pages().orders->table()->model()->rowCount(), 0);
    choose(pane().pages().orders);
    EXPECT_FALSE(pane().pages().orders->isReadPending());
    EXPECT_EQ(pane().pages().orders->table()->model()->rowCount(), 22);
}

TEST_F(LazyTabsTest, TheToDoTabsCountFollowsEditsMadeOnOtherTabs)
{
    const int before = pane().todoPage()->attentionCount();
    ASSERT_GT(before, 0);
    EXPECT_EQ(todoTabText(), QStringLiteral("To Do (%1)").arg(before));

    ASSERT_TRUE(
        session().execute(std::make_unique<AddChecklistItemCommand>(session(), 1, QStringLiteral("세금계산서 확인"))));
    EXPECT_EQ(todoTabText(), QStringLiteral("To Do (%1)").arg(before + 1)) << "on the Orders tab, counted at once";
    session().undoStack()->undo();
    EXPECT_EQ(todoTabText(), QStringLiteral("To Do (%1)").arg(before));
}

TEST_F(LazyTabsTest, EveryReaderOfTheRoundSummaryGetsTheOneWorkedOutOncePerChange)
{
    RoundSummaries &summaries = session().summaries();
    // Opening the window summed up each round once: the sidebar's, the status bar's, To Do's and the reminders'
    // notices all came from it.
    EXPECT_EQ(summaries.computedCount(), m_window->sidebar()->model()->rowCount());

    choose(pane().settlementPage());
    QApplication::processEvents();
    const int before = summaries.computedCount();
    EXPECT_EQ(before, m_window->sidebar()->model()->rowCount()) << "the settlement took the kept one";
    const std::shared_ptr<const RoundSummary> kept = summaries.of(demoRound());
    EXPECT_EQ(summaries.of(demoRound()).get(), kept.get()) << "two readers, one object";

    // A deposit for dain comes in, as a bank import announces it.
    Payment payment;
    payment.roundId = 1;
    payment.personId = PersonRepository(session().workspace()).resolve(QStringLiteral("dain")).id;
    payment.amount = Money::won(25'200);
    payment.paidOn = QDate(2026, 11, 10);
    PaymentRepository(session().workspace()).add(payment);
    emit session().paymentsChanged(1);
    QApplication::processEvents(); // To Do reads its reminders once all of an edit's signals are out

    EXPECT_EQ(summaries.computedCount(), before + 1) << "sidebar, status bar, Settlement and To Do share it";
    EXPECT_NE(summaries.of(demoRound()).get(), kept.get());
    EXPECT_EQ(m_window->sidebar()->currentSummary()->outstanding, Money::won(50'400));
    ASSERT_TRUE(pane().settlementPage()->settlement().has_value());
    EXPECT_EQ(pane().settlementPage()->settlement()->outstanding, Money::won(50'400));
    EXPECT_EQ(summaries.computedCount(), before + 1);
}

TEST_F(LazyTabsTest, TheSummaryIsKeptUntilItsRoundsDataChanges)
{
    RoundSummaries &summaries = session().summaries();
    const Round round = demoRound();
    const std::shared_ptr<const RoundSummary> kept = summaries.of(round);
    const int computed = summaries.computedCount();

    // What a summary does not count, and other rounds, leave it be.
    emit session().paymentsChanged(round.id + 1);
    emit session().ordersChanged(round.id + 1, {});
    emit session().expensesChanged(round.id);
    emit session().checklistChanged(round.id);
    emit session().remindersChanged(round.id);
    emit session().peopleChanged();
    EXPECT_EQ(summaries.of(round).get(), kept.get());
    // A service given the lookup takes the kept one too.
    EXPECT_EQ(SupplierChecklist(session().workspace(), session().clock())
                  .checkBeforeOrdering(round, Language::Korean, summaries.lookup())
                  .copies,
              kept->copies);
    EXPECT_EQ(summaries.computedCount(), computed);

    for (const auto &change : std::vector<std::function<void()>>{
             [&] { emit session().ordersChanged(round.id, {}); }, [&] { emit session().paymentsChanged(round.id); },
             [&] { emit session().roundChanged(round.id); }, [&] { emit session().roundsChanged(); }}) {
        const std::shared_ptr<const RoundSummary> before = summaries.of(round);
        change();
        EXPECT_NE(summaries.of(round).get(), before.get());
    }

    // Asked with other details (the shipping fee decides what couriers owe), it is worked out for those.
    Round cheaperShipping = round;
    cheaperShipping.shippingFee = Money::won(0);
    ASSERT_FALSE(cheaperShipping == round);
    EXPECT_EQ(summaries.of(cheaperShipping)->round, cheaperShipping);
    EXPECT_LT(summaries.of(cheaperShipping)->amountDue, kept->amountDue);
}

TEST_F(LazyTabsTest, AShowingPageReadsOnceWhenEverythingIsReloaded)
{
    // A page listens to several kinds of change; a change made elsewhere sends every kind for every round.
    QWidget page;
    int runs = 0;
    auto *reload = new DeferredReload(page, session(), [&runs] { ++runs; });
    QObject::connect(&session(), &WorkspaceSession::ordersChanged, reload, [reload] { reload->request(); });
    QObject::connect(&session(), &WorkspaceSession::paymentsChanged, reload, [reload] { reload->request(); });
    QObject::connect(&session(), &WorkspaceSession::peopleChanged, reload, [reload] { reload->request(); });
    page.show();
    const int rounds = int(RoundRepository(session().workspace()).all().size());
    ASSERT_GE(rounds, 1);

    session().reloadEverything();
    EXPECT_EQ(runs, 1) << "read once, after the last signal, not " << 1 + 2 * rounds << " times";
    EXPECT_FALSE(reload->isPending());
    EXPECT_FALSE(session().isReloadingEverything());

    page.hide();
    session().reloadEverything();
    EXPECT_EQ(runs, 1) << "hidden: still waits to be shown";
    page.show();
    EXPECT_EQ(runs, 2);
    emit session().paymentsChanged(1);
    EXPECT_EQ(runs, 3) << "an edit of the window's own is read at once";
}

TEST_F(LazyTabsTest, ReloadingEverythingWorksOutEachRoundsSummaryOnce)
{
    const int rounds = int(RoundRepository(session().workspace()).all().size());
    const int before = session().summaries().computedCount();
    session().reloadEverything();
    EXPECT_EQ(session().summaries().computedCount() - before, rounds)
        << "the round list reads every summary afresh, and the per-round signals that follow keep it";
    ASSERT_NE(m_window->sidebar()->currentSummary(), nullptr);
    EXPECT_EQ(m_window->sidebar()->currentSummary()->buyers, 22);

    emit session().paymentsChanged(1); // after the reload, an edit still makes its round's summary again
    EXPECT_EQ(session().summaries().computedCount() - before, rounds + 1);
}

TEST_F(LazyTabsTest, ADeferredReloadRunsOnceWhenShownAndReportsErrorsInsteadOfThrowing)
{
    QWidget page;
    int runs = 0;
    auto *reload = new DeferredReload(page, session(), [&runs] { ++runs; });
    reload->request();
    reload->request();
    EXPECT_EQ(runs, 0) << "hidden";
    EXPECT_TRUE(reload->isPending());
    page.show();
    EXPECT_EQ(runs, 1) << "two requests, one reading when shown";
    EXPECT_FALSE(reload->isPending());
    reload->request();
    EXPECT_EQ(runs, 2) << "showing: at once";

    page.hide();
    reload->request();
    reload->cancel();
    page.show();
    EXPECT_EQ(runs, 2) << "cancelled";
    page.hide();
    reload->request();
    reload->flush();
    EXPECT_EQ(runs, 3);
    reload->flush();
    EXPECT_EQ(runs, 3) << "nothing pending";

    QSignalSpy errors(&session(), &WorkspaceSession::errorOccurred);
    auto *failing = new DeferredReload(page, session(), [] { throw StorageError(QStringLiteral("disk gone")); });
    failing->request();
    EXPECT_EQ(errors.count(), 0);
    page.show(); // an exception must not escape into Qt's event handling
    ASSERT_EQ(errors.count(), 1);
    EXPECT_EQ(errors.front().front().toString(), QStringLiteral("disk gone"));
    EXPECT_FALSE(failing->isPending());
}

} // namespace
} // namespace gonggu::test
