#include "OrdersPageFixture.h"

#include "storage/PaymentRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

namespace gonggu::test {
namespace {

using OrdersPageTest = OrdersPageFixture;

TEST_F(OrdersPageTest, EditsCopiesInPlaceWithTheSpinBoxAndUndoes)
{
    QAbstractItemModelTester tester(&view(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&orders(), &QAbstractItemModel::modelReset);
    const QModelIndex copies = cellOf(QStringLiteral("tini"), Column::Copies);
    ASSERT_TRUE(copies.flags().testFlag(Qt::ItemIsEditable));

    table().setCurrentIndex(copies);
    table().edit(copies);
    auto *spin = table().findChild<QSpinBox *>(QStringLiteral("copiesEditor"));
    ASSERT_NE(spin, nullptr);
    EXPECT_EQ(spin->value(), 1);
    EXPECT_EQ(spin->minimum(), 0) << "negative copies cannot be typed";
    spin->setValue(2);
    QTest::keyClick(spin, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on Return through a queued call

    EXPECT_EQ(copiesOf(QStringLiteral("tini")), 2);
    EXPECT_EQ(cellOf(QStringLiteral("tini"), Column::Copies).data().toInt(), 2);
    EXPECT_EQ(cellOf(QStringLiteral("tini"), Column::AmountDue).data(OrdersTableModel::SortRole).toLongLong(),
              2 * 25'200);
    ASSERT_EQ(undo().count(), 1);
    EXPECT_EQ(undo().undoText(), QStringLiteral("Set copies of tini to 2"));

    undo().undo();
    EXPECT_EQ(copiesOf(QStringLiteral("tini")), 1);
    EXPECT_EQ(cellOf(QStringLiteral("tini"), Column::Copies).data().toInt(), 1);
    undo().redo();
    EXPECT_EQ(copiesOf(QStringLiteral("tini")), 2);
    EXPECT_EQ(cellOf(QStringLiteral("tini"), Column::Copies).data().toInt(), 2);
    EXPECT_EQ(reset.count(), 0) << "only the edited row is read again";
    EXPECT_TRUE(m_errors.isEmpty()) << m_errors.join(u'\n').toStdString();
}

TEST_F(OrdersPageTest, ZeroCopiesRemovesTheLineAndUndoBringsItBack)
{
    ASSERT_TRUE(view().setData(cellOf(QStringLiteral("doyun"), Column::Copies), 0));
    EXPECT_TRUE(OrderRepository(ws()).lines(orderOf(QStringLiteral("doyun")).id).empty());
    EXPECT_FALSE(cellOf(QStringLiteral("doyun"), Column::Copies).data().isValid()) << "shown blank";
    EXPECT_EQ(cellOf(QStringLiteral("doyun"), Column::AmountDue).data(OrdersTableModel::SortRole).toLongLong(), 0);

    undo().undo();
    EXPECT_EQ(copiesOf(QStringLiteral("doyun")), 1);
}

TEST_F(OrdersPageTest, CopiesBeyondStockAreRefusedAndReportedWithNothingChanged)
{
    // 27 copies are ordered; allow one more.
    Item limited = m_book;
    limited.maxQuantity = 28;
    ItemRepository(ws()).update(limited);
    m_page->showRound(m_round);

    EXPECT_FALSE(view().setData(cellOf(QStringLiteral("tini"), Column::Copies), 3));
    ASSERT_EQ(m_errors.size(), 1);
    EXPECT_TRUE(m_errors.front().contains(QStringLiteral("28"))) << m_errors.front().toStdString();
    EXPECT_EQ(copiesOf(QStringLiteral("tini")), 1);
    EXPECT_EQ(cellOf(QStringLiteral("tini"), Column::Copies).data().toInt(), 1);
    EXPECT_EQ(undo().count(), 0) << "a refused edit leaves nothing to undo";

    EXPECT_TRUE(view().setData(cellOf(QStringLiteral("tini"), Column::Copies), 2)) << "the one left can be had";
    EXPECT_EQ(copiesOf(QStringLiteral("tini")), 2);
}

TEST_F(OrdersPageTest, StatusComboTakesEffectOnPickAndUndoes)
{
    const QModelIndex status = cellOf(QStringLiteral("sua"), Column::OrderStatus);
    table().edit(status);
    auto *combo = table().findChild<QComboBox *>(QStringLiteral("statusEditor"));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentText(), QStringLiteral("Confirmed"));
    EXPECT_EQ(combo->count(), 4);
    combo->setCurrentIndex(combo->findData(int(OrderStatus::Cancelled)));
    emit combo->activated(combo->currentIndex());

    EXPECT_EQ(orderOf(QStringLiteral("sua")).status, OrderStatus::Cancelled);
    EXPECT_EQ(cellOf(QStringLiteral("sua"), Column::OrderStatus).data().toString(), QStringLiteral("Cancelled"));
    EXPECT_EQ(undo().undoText(), QStringLiteral("Cancel the order of sua"));
    undo().undo();
    EXPECT_EQ(orderOf(QStringLiteral("sua")).status, OrderStatus::Confirmed);
}

TEST_F(OrdersPageTest, DeliveryChangeAddsTheShippingFeeAndUndoes)
{
    const QDateTime confirmed = orderOf(QStringLiteral("jia")).confirmedAt;
    ASSERT_TRUE(view().setData(cellOf(QStringLiteral("jia"), Column::Delivery), int(Delivery::Courier)));
    EXPECT_EQ(orderOf(QStringLiteral("jia")).delivery, Delivery::Courier);
    EXPECT_EQ(cellOf(QStringLiteral("jia"), Column::AmountDue).data(OrdersTableModel::SortRole).toLongLong(),
              25'200 + 3'500);
    EXPECT_EQ(undo().undoText(), QStringLiteral("Set delivery of jia to Courier"));

    undo().undo();
    const Order restored = orderOf(QStringLiteral("jia"));
    EXPECT_EQ(restored.delivery, Delivery::Pickup);
    EXPECT_EQ(restored.confirmedAt, confirmed);
}

TEST_F(OrdersPageTest, ConfirmingThreeSelectedOrdersIsOneUndoableStep)
{
    const QStringList three{QStringLiteral("seoyeon"), QStringLiteral("jiho"), QStringLiteral("dain")};
    // The demo confirmed everyone: put three back to "applied" first, as if they had just asked.
    select(three);
    EXPECT_EQ(m_page->selectedOrderIds().size(), 3);
    std::vector<OrderId> ids;
    for (const QString &nickname : three)
        ids.push_back(orderOf(nickname).id);
    for (const OrderId id : ids)
        ASSERT_TRUE(view().setData(view().index(orders().rowOf(id), orders().section(Column::OrderStatus)),
                                   int(OrderStatus::Applied)));
    undo().clear();
    std::vector<Order> before;
    for (const QString &nickname : three)
        before.push_back(orderOf(nickname));

    select(three);
    ASSERT_TRUE(m_page->confirmAction()->isEnabled());
    m_page->confirmAction()->trigger();
    for (const QString &nickname : three) {
        EXPECT_EQ(orderOf(nickname).status, OrderStatus::Confirmed) << nickname.toStdString();
        EXPECT_EQ(cellOf(nickname, Column::OrderStatus).data().toString(), QStringLiteral("Confirmed"));
    }
    ASSERT_EQ(undo().count(), 1);
    EXPECT_EQ(undo().undoText(), QStringLiteral("Confirm 3 orders"));

    undo().undo();
    for (std::size_t i = 0; i < before.size(); ++i) {
        const Order now = orderOf(three[qsizetype(i)]);
        EXPECT_EQ(now.status, OrderStatus::Applied);
        EXPECT_EQ(now.confirmedAt, before[i].confirmedAt);
    }
}

TEST_F(OrdersPageTest, CancellingSkipsOrdersAlreadyCancelled)
{
    select({QStringLiteral("tini"), QStringLiteral("sua")});
    m_page->cancelAction()->trigger();
    EXPECT_EQ(undo().undoText(), QStringLiteral("Cancel 2 orders"));
    select({QStringLiteral("tini"), QStringLiteral("sua"), QStringLiteral("jia")});
    m_page->cancelAction()->trigger();
    EXPECT_EQ(undo().undoText(), QStringLiteral("Cancel the order of jia"));
    EXPECT_EQ(undo().count(), 2);
}

TEST_F(OrdersPageTest, HandingOverStampsTheMeetupOrdersOfTheSelection)
{
    table().selectAll();
    m_page->markHandedOverAction()->trigger();
    // Everyone but 정하은 (haeun), who gets hers by courier, picks up at the meetup.
    EXPECT_EQ(undo().undoText(), QStringLiteral("Mark 21 orders handed over"));
    EXPECT_EQ(orderOf(QStringLiteral("tini")).handedOverAt, m_clock.nowUtc());
    EXPECT_FALSE(orderOf(QStringLiteral("haeun")).handedOverAt.isValid());
    EXPECT_EQ(cellOf(QStringLiteral("tini"), Column::Delivery).data().toString(),
              QStringLiteral("Pickup · handed over"));

    m_page->markShippedAction()->trigger();
    EXPECT_EQ(undo().undoText(), QStringLiteral("Mark the order of haeun shipped"));
    EXPECT_EQ(cellOf(QStringLiteral("haeun"), Column::Delivery).data().toString(), QStringLiteral("Courier · shipped"));

    undo().undo();
    undo().undo();
    EXPECT_FALSE(orderOf(QStringLiteral("tini")).handedOverAt.isValid());
    EXPECT_FALSE(orderOf(QStringLiteral("haeun")).shippedAt.isValid());
    EXPECT_EQ(cellOf(QStringLiteral("tini"), Column::Delivery).data().toString(), QStringLiteral("Pickup"));
}

TEST_F(OrdersPageTest, ShippingMeetupOrdersSaysWhyNothingHappened)
{
    select({QStringLiteral("tini")});
    m_page->markShippedAction()->trigger();
    EXPECT_EQ(m_errors.size(), 1);
    EXPECT_EQ(undo().count(), 0);
}

TEST_F(OrdersPageTest, ActionsHaveDistinctShortcutsAndFollowTheSelection)
{
    QStringList shortcuts;
    for (QAction *action : {m_page->addBuyerAction(), m_page->confirmAction(), m_page->cancelAction(),
                            m_page->markShippedAction(), m_page->markHandedOverAction(), m_page->unpaidOnlyAction()}) {
        ASSERT_NE(action, nullptr);
        EXPECT_TRUE(m_page->actions().contains(action));
        EXPECT_FALSE(action->shortcut().isEmpty()) << action->text().toStdString();
        shortcuts << action->shortcut().toString();
    }
    shortcuts.removeDuplicates();
    EXPECT_EQ(shortcuts.size(), 6);
    EXPECT_EQ(m_page->addBuyerAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
    EXPECT_TRUE(m_page->unpaidOnlyAction()->isCheckable());

    table().clearSelection();
    EXPECT_FALSE(m_page->confirmAction()->isEnabled());
    select({QStringLiteral("tini")});
    EXPECT_TRUE(m_page->confirmAction()->isEnabled());
    m_page->clear();
    EXPECT_FALSE(m_page->addBuyerAction()->isEnabled());
}

TEST_F(OrdersPageTest, APaymentRecordedElsewhereUpdatesTheRowInPlace)
{
    select({QStringLiteral("seungmin")});
    QSignalSpy reset(&orders(), &QAbstractItemModel::modelReset);
    Payment payment;
    payment.roundId = m_round.id;
    payment.personId = orderOf(QStringLiteral("seungmin")).personId;
    payment.amount = Money::won(50'400);
    payment.paidOn = QDate(2026, 11, 9);
    PaymentRepository(ws()).add(payment);
    emit m_session->paymentsChanged(m_round.id);

    EXPECT_EQ(cellOf(QStringLiteral("seungmin"), Column::PaymentState).data().toString(), QStringLiteral("Paid"));
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(m_page->selectedOrderIds().size(), 1) << "the selection survives";
}

TEST_F(OrdersPageTest, AHiddenPageReadsPaymentsWhenItIsShownAgain)
{
    m_page->hide(); // another tab is in front while payments are entered
    Payment payment;
    payment.roundId = m_round.id;
    payment.personId = orderOf(QStringLiteral("dain")).personId;
    payment.amount = Money::won(25'200);
    PaymentRepository(ws()).add(payment);
    emit m_session->paymentsChanged(m_round.id);
    EXPECT_EQ(cellOf(QStringLiteral("dain"), Column::PaymentState).data().toString(), QStringLiteral("Unpaid"));

    m_page->show();
    EXPECT_EQ(cellOf(QStringLiteral("dain"), Column::PaymentState).data().toString(), QStringLiteral("Paid"));
}

} // namespace
} // namespace gonggu::test
