#include "PaymentsPage.h"
#include "PageTest.h"
#include "PaymentDialog.h"
#include "services/RoundLedger.h"
#include "services/UnpaidList.h"
#include "storage/PaymentRepository.h"
#include "storage/PersonRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace gonggu::test {
namespace {

class PaymentsPageTest : public PageTest
{
protected:
    static QPushButton *okButton(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    template <typename T = QLabel> static T *child(QDialog *dialog, const char *name)
    {
        return dialog->findChild<T *>(QString::fromLatin1(name));
    }
    static void typeAmount(QDialog *dialog, const QString &text)
    {
        auto *amount = child<QLineEdit>(dialog, "amountEdit");
        amount->clear();
        typeText(amount, text);
    }
    std::size_t unpaidCount(const Round &round)
    {
        return UnpaidList(sessionWorkspace(), m_clock).unpaidBuyers(round).size();
    }
    PersonId personId(const QString &nickname) { return PersonRepository(sessionWorkspace()).resolve(nickname).id; }
};

TEST_F(PaymentsPageTest, TheBalanceFollowsTheAmountAsItIsTypedAndOkRecordsThePayment)
{
    const Round round = populateDemo();
    ASSERT_EQ(unpaidCount(round), 2u);
    QSignalSpy paymentsChanged(&session(), &WorkspaceSession::paymentsChanged);
    QSignalSpy ordersChanged(&session(), &WorkspaceSession::ordersChanged);

    PaymentDialog dialog(session(), round);
    EXPECT_FALSE(okButton(&dialog)->isEnabled()) << "no buyer chosen yet";
    // Typing a nickname picks the buyer, as choosing from the completer would.
    typeText(child<QComboBox>(&dialog, "buyerCombo")->lineEdit(), QStringLiteral("seungmin"));
    EXPECT_EQ(child(&dialog, "balanceLabel")->text(),
              QStringLiteral("홍승민 (seungmin) — due ₩50,400, paid ₩0: owes ₩50,400"));
    EXPECT_EQ(child<QLineEdit>(&dialog, "depositorEdit")->text(), QStringLiteral("홍승민"));

    typeAmount(&dialog, QStringLiteral("20,000"));
    EXPECT_EQ(child(&dialog, "balanceAfterLabel")->text(),
              QStringLiteral("After this payment: owes ₩30,400 (Partly paid)"));
    EXPECT_TRUE(okButton(&dialog)->isEnabled());
    typeAmount(&dialog, QStringLiteral("50400"));
    EXPECT_EQ(child(&dialog, "balanceAfterLabel")->text(), QStringLiteral("After this payment: owes nothing (Paid)"));

    okButton(&dialog)->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.savedPayment());
    const std::optional<Payment> payment = PaymentRepository(sessionWorkspace()).find(*dialog.savedPayment());
    ASSERT_TRUE(payment);
    EXPECT_EQ(payment->amount, Money::won(50'400));
    EXPECT_EQ(payment->personId, personId(QStringLiteral("seungmin")));
    EXPECT_EQ(payment->paidOn, m_clock.today());
    EXPECT_EQ(unpaidCount(round), 1u);
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Add payment of ₩50,400 from seungmin"));
    EXPECT_EQ(paymentsChanged.count(), 1);
    ASSERT_EQ(ordersChanged.count(), 1);
    EXPECT_EQ(ordersChanged.first().at(1).value<QList<OrderId>>().size(), 1) << "only that buyer's row";

    session().undoStack()->undo();
    EXPECT_FALSE(PaymentRepository(sessionWorkspace()).find(*dialog.savedPayment()));
    EXPECT_EQ(unpaidCount(round), 2u);
}

TEST_F(PaymentsPageTest, ABadAmountOrAnUnknownBuyerKeepsOkDisabled)
{
    const Round round = populateDemo();
    PaymentDialog dialog(session(), round, personId(QStringLiteral("dain")));
    typeAmount(&dialog, QStringLiteral("25,200"));
    EXPECT_TRUE(okButton(&dialog)->isEnabled());

    typeAmount(&dialog, QStringLiteral("이만오천"));
    EXPECT_FALSE(okButton(&dialog)->isEnabled());
    EXPECT_FALSE(child(&dialog, "amountError")->isHidden());
    EXPECT_TRUE(child(&dialog, "balanceAfterLabel")->text().isEmpty());
    typeAmount(&dialog, QStringLiteral("25.5"));
    EXPECT_FALSE(okButton(&dialog)->isEnabled());
    typeAmount(&dialog, QStringLiteral("0"));
    EXPECT_FALSE(okButton(&dialog)->isEnabled());

    typeAmount(&dialog, QStringLiteral("25,200"));
    child<QComboBox>(&dialog, "buyerCombo")->setEditText(QStringLiteral("아무개"));
    EXPECT_FALSE(okButton(&dialog)->isEnabled());
    dialog.accept();
    EXPECT_EQ(PaymentRepository(sessionWorkspace()).forRound(round.id).size(), 21u); // 20 paid + 1 to review
}

TEST_F(PaymentsPageTest, ARefundIsRecordedAsANegativeAmount)
{
    const Round round = populateDemo();
    PaymentDialog dialog(session(), round, personId(QStringLiteral("tini")));
    EXPECT_TRUE(child(&dialog, "balanceLabel")->text().endsWith(QStringLiteral("owes nothing")));
    typeAmount(&dialog, QStringLiteral("5,000"));
    child<QCheckBox>(&dialog, "refundCheck")->setChecked(true);
    EXPECT_EQ(child(&dialog, "balanceAfterLabel")->text(),
              QStringLiteral("After this refund: owes ₩5,000 (Partly paid)"));
    okButton(&dialog)->click();
    ASSERT_TRUE(dialog.savedPayment());
    EXPECT_EQ(PaymentRepository(sessionWorkspace()).find(*dialog.savedPayment())->amount, Money::won(-5'000));
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Add refund of ₩5,000 to tini"));
}

TEST_F(PaymentsPageTest, ThePageListsTheRoundsPaymentsAndFollowsNewOnes)
{
    const Round round = populateDemo();
    PaymentsPage page(session(), nullptr);
    page.show(); // a hidden page reads its round only when shown
    EXPECT_FALSE(page.addPaymentAction()->isEnabled()) << "no round shown";
    EXPECT_EQ(page.addPaymentAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));

    page.showRound(round);
    EXPECT_TRUE(page.addPaymentAction()->isEnabled());
    EXPECT_EQ(page.table()->model()->rowCount(), 21); // 20 buyers' payments and the deposit waiting for review
    auto *totals = page.findChild<QLabel *>(QStringLiteral("paymentTotals"));
    EXPECT_EQ(totals->text(), QStringLiteral("21 payments · ₩633,500 received, net of refunds · ₩25,200 not matched "
                                             "to a buyer yet (Reconciliation tab)"));

    whenDialogShows<PaymentDialog>([](PaymentDialog *dialog) {
        typeText(child<QComboBox>(dialog, "buyerCombo")->lineEdit(), QStringLiteral("dain"));
        typeAmount(dialog, QStringLiteral("25200"));
        okButton(dialog)->click();
    });
    page.addPaymentAction()->trigger();
    EXPECT_EQ(page.table()->model()->rowCount(), 22);
    EXPECT_TRUE(page.table()->currentIndex().isValid()) << "the new payment is selected";

    page.setFilterText(QStringLiteral("전다인"));
    EXPECT_EQ(page.table()->model()->rowCount(), 1);
    page.setFilterText({});
    session().undoStack()->undo();
    EXPECT_EQ(page.table()->model()->rowCount(), 21);

    page.clear();
    EXPECT_EQ(page.table()->model()->rowCount(), 0);
    EXPECT_FALSE(page.addPaymentAction()->isEnabled());
}

TEST_F(PaymentsPageTest, ARoundWithoutPaymentsSaysHowToRecordOne)
{
    Round round;
    round.title = QStringLiteral("새 공구");
    round.id = RoundRepository(sessionWorkspace()).create(round);
    PaymentsPage page(session(), nullptr);
    page.show();
    page.showRound(round);
    auto *hint = page.table()->viewport()->findChild<QLabel *>(QStringLiteral("emptyTableHint"));
    ASSERT_TRUE(hint);
    EXPECT_EQ(hint->text(), QStringLiteral("No payments yet — record one with Add Payment (Ctrl+P)."));
    EXPECT_FALSE(hint->isHidden());
}

} // namespace
} // namespace gonggu::test
