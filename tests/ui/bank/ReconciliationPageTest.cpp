#include "ReconciliationPage.h"
#include "AssignDepositDialog.h"
#include "BankPageTest.h"
#include "BuyerPicker.h"
#include "DepositDetailsPanel.h"
#include "EmptyTableHint.h"
#include "ImportBankDialog.h"
#include "OrdersPage.h"
#include "SplitDepositDialog.h"
#include "models/OrdersTableModel.h"
#include "storage/PersonAliasRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>

namespace gonggu::test {
namespace {

using Column = DepositsTableModel::Column;
using Filter = DepositsTableModel::Filter;

/** What reconciliation may change, to compare before a decision and after its undo. */
struct LedgerState
{
    struct Row
    {
        PaymentId id;
        std::optional<PersonId> person;
        qint64 amount;
        bool ignored;
        std::optional<PaymentId> splitOf;
        bool operator==(const Row &) const = default;
    };
    std::vector<Row> payments;
    std::vector<QString> aliases;
    qint64 paid = 0;
    qint64 unassigned = 0;
    bool operator==(const LedgerState &) const = default;
};

/** The Reconciliation page over the round after the Shinhan statement came in: 홍길동, 김영희 and 박철수
 *  are matched; 성춘향(향단대납) 25,000 and a second 홍길동 30,000 wait for review. */
class ReconciliationPageTest : public BankPageTest
{
protected:
    void SetUp() override
    {
        BankPageTest::SetUp();
        importDirectly(fixture(QStringLiteral("shinhan-style-utf8bom.csv")));
        m_page = std::make_unique<ReconciliationPage>(session());
        m_page->resize(1200, 700);
        m_page->show();
        m_page->showRound(m_round);
        m_page->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
    }
    void TearDown() override
    {
        m_page.reset();
        BankPageTest::TearDown();
    }

    QTableView &table() { return *m_page->table(); }
    QAbstractItemModel &view() { return *table().model(); }
    QUndoStack &undo() { return *session().undoStack(); }

    QStringList shown(Column column)
    {
        QStringList cells;
        for (int row = 0; row < view().rowCount(); ++row)
            cells << view().index(row, int(column)).data().toString();
        return cells;
    }
    /** Selects the listed deposit with this depositor and amount, and gives the table the focus. */
    void select(const QString &depositor, qint64 amount)
    {
        for (int row = 0; row < view().rowCount(); ++row) {
            const QModelIndex index = view().index(row, 0);
            const Payment &deposit =
                m_page->depositsModel()
                    ->rowAt(m_page->depositsModel()->rowOf(index.data(DepositsTableModel::PaymentIdRole).toLongLong()))
                    .deposit;
            if (deposit.depositorName == depositor && deposit.amount == Money::won(amount)) {
                table().selectRow(row);
                table().setFocus();
                return;
            }
        }
        ADD_FAILURE() << "not listed: " << depositor.toStdString();
    }
    QStringList candidates()
    {
        QStringList labels;
        QTreeWidget *view = m_page->details()->candidatesView();
        for (int i = 0; i < view->topLevelItemCount(); ++i)
            labels << view->topLevelItem(i)->text(0);
        return labels;
    }
    QStringList history()
    {
        QStringList lines;
        QTreeWidget *view = m_page->details()->historyView();
        for (int i = 0; i < view->topLevelItemCount(); ++i)
            lines << view->topLevelItem(i)->text(1);
        return lines;
    }
    LedgerState ledger()
    {
        LedgerState state;
        for (const Payment &payment : payments())
            state.payments.push_back(
                {payment.id, payment.personId, payment.amount.toWon(), payment.ignored, payment.splitOf});
        for (const PersonId person : {m_gildong, m_younghee, m_chulsoo, m_chunhyang, m_mongryong}) {
            for (const PersonAlias &alias : PersonAliasRepository(sessionWorkspace()).forPerson(person))
                state.aliases.push_back(alias.alias);
        }
        state.paid = summary().paid.toWon();
        state.unassigned = summary().unassigned.toWon();
        return state;
    }

    std::unique_ptr<ReconciliationPage> m_page;
};

TEST_F(ReconciliationPageTest, ListsTheDepositsToReviewWithWhoTheyMayBeFromAndWhy)
{
    QAbstractItemModelTester tester(&view(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(shown(Column::Depositor), (QStringList{QStringLiteral("성춘향(향단대납)"), QStringLiteral("홍길동")}));
    EXPECT_EQ(shown(Column::Amount), (QStringList{QStringLiteral("₩25,000"), QStringLiteral("₩30,000")}));
    EXPECT_EQ(shown(Column::Buyer).at(0), QStringLiteral("Suggested: chunhyang (성춘향)"));
    EXPECT_EQ(m_page->findChild<QLabel *>(QStringLiteral("depositTotals"))->text(),
              QStringLiteral("2 deposits · ₩55,000"));

    select(QStringLiteral("성춘향(향단대납)"), 25000);
    ASSERT_FALSE(candidates().isEmpty());
    EXPECT_EQ(candidates().front(), QStringLiteral("chunhyang (성춘향)"));
    EXPECT_FALSE(m_page->details()->candidatesView()->topLevelItem(0)->text(3).isEmpty()) << "each candidate says why";
    EXPECT_EQ(history(), QStringList{QStringLiteral("Imported from a statement")});
    EXPECT_TRUE(m_page->acceptAction()->isEnabled());
    EXPECT_TRUE(m_page->ignoreAction()->isEnabled());
    EXPECT_FALSE(m_page->unassignAction()->isEnabled());
    EXPECT_FALSE(m_page->restoreAction()->isVisible());

    m_page->setFilter(Filter::Matched);
    EXPECT_EQ(view().rowCount(), 3);
    EXPECT_EQ(shown(Column::Buyer).at(0), QStringLiteral("gildong (홍길동)"));
    m_page->setFilter(Filter::All);
    EXPECT_EQ(view().rowCount(), 5);
    m_page->setFilterText(QStringLiteral("향단"));
    EXPECT_EQ(view().rowCount(), 1);
}

TEST_F(ReconciliationPageTest, EnterAcceptsTheSuggestionAndUndoRestoresTheLedgerExactly)
{
    const LedgerState before = ledger();
    select(QStringLiteral("성춘향(향단대납)"), 25000);
    QTest::keyClick(&table(), Qt::Key_Return);

    EXPECT_EQ(paidBy(m_chunhyang), Money::won(25000));
    EXPECT_EQ(undo().undoText(), QStringLiteral("Assign ₩25,000 from 성춘향(향단대납) to chunhyang (성춘향)"));
    EXPECT_EQ(shown(Column::Depositor), QStringList{QStringLiteral("홍길동")});
    // The next deposit is selected at once: Enter after Enter works through the list.
    ASSERT_TRUE(m_page->currentDepositId().has_value());
    EXPECT_EQ(m_page->details()->findChild<QLabel *>(QStringLiteral("depositTitle"))->text(),
              QStringLiteral("₩30,000 from 홍길동"));
    // The name the bank showed is remembered for the next statement.
    const auto aliases = PersonAliasRepository(sessionWorkspace()).forPerson(m_chunhyang);
    ASSERT_EQ(aliases.size(), 1u);
    EXPECT_EQ(aliases.front().alias, QStringLiteral("성춘향(향단대납)"));

    undo().undo();
    EXPECT_EQ(ledger(), before);
    EXPECT_EQ(view().rowCount(), 2);
    undo().redo();
    EXPECT_EQ(paidBy(m_chunhyang), Money::won(25000));
}

TEST_F(ReconciliationPageTest, AssignToGivesTheDepositToAnyBuyerAndUnassignTakesItBack)
{
    const LedgerState before = ledger();
    select(QStringLiteral("홍길동"), 30000);
    const PaymentId deposit = *m_page->currentDepositId();
    whenDialogShows<AssignDepositDialog>([](AssignDepositDialog *dialog) {
        dialog->picker()->setCurrentText(QStringLiteral("mongryong"));
        auto *assign = dialog->findChild<QPushButton *>(QStringLiteral("assignButton"));
        ASSERT_TRUE(assign->isEnabled());
        EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("balanceLabel"))->text(),
                  QStringLiteral("Owes ₩25,000 now; after this deposit: overpaid by ₩5,000"));
        assign->click();
    });
    m_page->assignAction()->trigger();
    EXPECT_EQ(paidBy(m_mongryong), Money::won(30000));
    EXPECT_EQ(undo().undoText(), QStringLiteral("Assign ₩30,000 from 홍길동 to mongryong (이몽룡)"));

    m_page->setFilter(Filter::Matched);
    ASSERT_TRUE(m_page->selectDeposit(deposit));
    EXPECT_TRUE(m_page->unassignAction()->isEnabled());
    EXPECT_FALSE(m_page->ignoreAction()->isEnabled()) << "a buyer's money is unassigned before it is set aside";
    m_page->unassignAction()->trigger();
    EXPECT_EQ(paidBy(m_mongryong), Money());
    EXPECT_EQ(undo().undoText(), QStringLiteral("Unassign ₩30,000 from 홍길동"));

    undo().undo();
    EXPECT_EQ(paidBy(m_mongryong), Money::won(30000));
    undo().undo();
    EXPECT_EQ(ledger(), before);
}

TEST_F(ReconciliationPageTest, SplitSharesOneTransferOnlyOnceThePartsAddUpAndUndoMergesIt)
{
    const LedgerState before = ledger();
    select(QStringLiteral("홍길동"), 30000);
    whenDialogShows<SplitDepositDialog>([this](SplitDepositDialog *dialog) {
        auto *split = dialog->findChild<QPushButton *>(QStringLiteral("splitButton"));
        auto *remainder = dialog->findChild<QLabel *>(QStringLiteral("remainderLabel"));
        ASSERT_EQ(dialog->partCount(), 2);
        EXPECT_TRUE(dialog->buyerAt(0)->choose(m_chunhyang));
        dialog->amountAt(0)->setText(QStringLiteral("25000"));
        EXPECT_TRUE(dialog->buyerAt(1)->choose(m_mongryong));
        dialog->amountAt(1)->setText(QStringLiteral("4000"));
        EXPECT_EQ(remainder->text(), QStringLiteral("Left to place: ₩1,000"));
        EXPECT_FALSE(split->isEnabled());
        dialog->amountAt(1)->setText(QStringLiteral("6,000"));
        EXPECT_EQ(remainder->text(), QStringLiteral("₩1,000 more than the deposit"));
        EXPECT_FALSE(split->isEnabled());
        dialog->amountAt(1)->setText(QStringLiteral("5,000"));
        EXPECT_EQ(remainder->text(), QStringLiteral("The parts add up to the deposit."));
        ASSERT_TRUE(split->isEnabled());
        split->click();
    });
    m_page->splitAction()->trigger();

    EXPECT_EQ(paidBy(m_chunhyang), Money::won(25000));
    EXPECT_EQ(paidBy(m_mongryong), Money::won(5000));
    EXPECT_EQ(payments().size(), before.payments.size() + 1);
    EXPECT_EQ(undo().undoText(),
              QStringLiteral("Split ₩30,000 from 홍길동 between chunhyang (성춘향), mongryong (이몽룡)"));

    undo().undo();
    EXPECT_EQ(ledger(), before);
    undo().redo();
    EXPECT_EQ(paidBy(m_mongryong), Money::won(5000));
    undo().undo();
    EXPECT_EQ(ledger(), before);
}

TEST_F(ReconciliationPageTest, DeleteIgnoresADepositAndRestoreBringsItBack)
{
    const LedgerState before = ledger();
    select(QStringLiteral("홍길동"), 30000);
    const PaymentId deposit = *m_page->currentDepositId();
    QTest::keyClick(&table(), Qt::Key_Delete);
    EXPECT_EQ(undo().undoText(), QStringLiteral("Ignore ₩30,000 from 홍길동"));
    EXPECT_EQ(shown(Column::Depositor), QStringList{QStringLiteral("성춘향(향단대납)")});
    EXPECT_EQ(summary().unassigned, Money::won(25000)) << "an ignored deposit is nobody's money to place";

    m_page->setFilter(Filter::Ignored);
    ASSERT_TRUE(m_page->selectDeposit(deposit));
    EXPECT_EQ(shown(Column::Buyer), QStringList{QStringLiteral("Ignored")});
    EXPECT_TRUE(m_page->restoreAction()->isVisible());
    EXPECT_FALSE(m_page->ignoreAction()->isVisible());
    EXPECT_FALSE(m_page->acceptAction()->isEnabled());
    EXPECT_EQ(history(), (QStringList{QStringLiteral("Imported from a statement"), QStringLiteral("Ignored")}));
    m_page->restoreAction()->trigger();
    EXPECT_EQ(view().rowCount(), 0);
    EXPECT_EQ(ledger().unassigned, before.unassigned);

    undo().undo(); // the restore
    undo().undo(); // the ignore
    EXPECT_EQ(ledger(), before);
}

TEST_F(ReconciliationPageTest, TheOrdersPageFollowsTheDecisions)
{
    OrdersPage orders(session());
    orders.showRound(m_round);
    orders.show();
    const auto paidShown = [&orders](PersonId person) {
        const OrdersTableModel &model = *orders.ordersModel();
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.balanceAt(row).order.personId == person)
                return model.balanceAt(row).money.paid;
        }
        return Money::won(-1);
    };
    EXPECT_EQ(paidShown(m_chunhyang), Money());
    select(QStringLiteral("성춘향(향단대납)"), 25000);
    m_page->acceptAction()->trigger();
    EXPECT_EQ(paidShown(m_chunhyang), Money::won(25000));
    undo().undo();
    EXPECT_EQ(paidShown(m_chunhyang), Money());
}

class EmptyReconciliationPageTest : public BankPageTest
{
};

TEST_F(EmptyReconciliationPageTest, SaysToImportAStatementAndThenShowsWhatToReview)
{
    ReconciliationPage page(session());
    page.resize(1200, 700);
    page.show();
    page.showRound(m_round);
    auto *hint = page.table()->findChild<EmptyTableHint *>();
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Import Bank Statement (Ctrl+Shift+I)")))
        << hint->text().toStdString();

    whenDialogShows<ImportBankDialog>([](ImportBankDialog *dialog) {
        dialog->loadFile(fixture(QStringLiteral("shinhan-style-utf8bom.csv")));
        dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
    });
    page.importBankAction()->trigger();
    EXPECT_EQ(page.table()->model()->rowCount(), 2);
    EXPECT_FALSE(hint->isVisible());
    EXPECT_TRUE(page.currentDepositId().has_value()) << "the first deposit to review is selected";

    // Accepting both leaves nothing to review, and the hint says so.
    page.acceptAction()->trigger();
    page.setFilter(Filter::ToReview);
    ASSERT_EQ(page.table()->model()->rowCount(), 1);
    page.table()->selectRow(0);
    page.ignoreAction()->trigger();
    EXPECT_EQ(page.table()->model()->rowCount(), 0);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().startsWith(QStringLiteral("Nothing to review"))) << hint->text().toStdString();
}

} // namespace
} // namespace gonggu::test
