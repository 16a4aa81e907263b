#include "storage/OrderRepository.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** OrderRepository: one order per person and round, lines upserted with positive quantities. */
class OrderRepositoryTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_round = addRound(workspace(), QStringLiteral("1차 공구")).id;
        m_book = addItem(workspace(), m_round, QStringLiteral("실전 리팩터링"), 25200).id;
        m_otherBook = addItem(workspace(), m_round, QStringLiteral("테스트 주도 개발"), 21600).id;
        m_person = addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("tini"));
        Order order;
        order.roundId = m_round;
        order.personId = m_person;
        m_order = orders().create(order);
    }
    OrderRepository orders() { return OrderRepository(workspace()); }

    RoundId m_round = 0;
    ItemId m_book = 0;
    ItemId m_otherBook = 0;
    PersonId m_person = 0;
    OrderId m_order = 0;
};

TEST_F(OrderRepositoryTest, NewOrderIsStampedByTheWorkspaceClock)
{
    const std::optional<Order> order = orders().find(m_order);
    ASSERT_TRUE(order.has_value());
    EXPECT_EQ(order->status, OrderStatus::Applied);
    EXPECT_EQ(order->delivery, Delivery::Pickup);
    EXPECT_EQ(order->createdAt, m_clock.nowUtc());
    EXPECT_FALSE(order->confirmedAt.isValid());
}

TEST_F(OrderRepositoryTest, SecondOrderOfTheSamePersonInARoundIsRefused)
{
    Order again;
    again.roundId = m_round;
    again.personId = m_person;
    EXPECT_THROW(orders().create(again), InputError);
    EXPECT_EQ(orders().forRound(m_round).size(), 1u);
}

TEST_F(OrderRepositoryTest, UpdateStoresEveryField)
{
    Order order = *orders().find(m_order);
    order.status = OrderStatus::Confirmed;
    order.delivery = Delivery::Courier;
    order.shippingAddress = QStringLiteral("경기도 성남시 분당구 판교로 1, 2층");
    order.trackingNumber = QStringLiteral("6123-4567-8901");
    order.wantsTaxInvoice = true;
    order.wantsCashReceipt = true;
    order.confirmedAt = QDateTime(QDate(2026, 11, 3), QTime(9, 30), Qt::UTC);
    order.notes = QStringLiteral("문 앞에 놓아 주세요");
    orders().update(order);

    reopen();
    const std::optional<Order> stored = orders().findFor(m_round, m_person);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->id, m_order);
    EXPECT_EQ(stored->status, OrderStatus::Confirmed);
    EXPECT_EQ(stored->delivery, Delivery::Courier);
    EXPECT_EQ(stored->shippingAddress, order.shippingAddress);
    EXPECT_EQ(stored->trackingNumber, order.trackingNumber);
    EXPECT_TRUE(stored->wantsTaxInvoice);
    EXPECT_TRUE(stored->wantsCashReceipt);
    EXPECT_EQ(stored->confirmedAt, order.confirmedAt);
    EXPECT_EQ(stored->notes, order.notes);
}

TEST_F(OrderRepositoryTest, UpdatingAMissingOrderIsAnInputError)
{
    Order ghost = *orders().find(m_order);
    ghost.id = m_order + 100;
    EXPECT_THROW(orders().update(ghost), InputError);
}

TEST_F(OrderRepositoryTest, SetQuantityAddsThenReplacesTheLine)
{
    orders().setQuantity(m_order, m_book, 2);
    orders().setQuantity(m_order, m_book, 5);
    orders().setQuantity(m_order, m_otherBook, 1);
    const std::vector<OrderLine> lines = orders().lines(m_order);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].itemId, m_book);
    EXPECT_EQ(lines[0].quantity, 5);
    EXPECT_EQ(lines[1].itemId, m_otherBook);
    EXPECT_EQ(lines[1].quantity, 1);
    EXPECT_EQ(orders().linesForRound(m_round).size(), 2u);
}

TEST_F(OrderRepositoryTest, SetQuantityRefusesZeroAndNegative)
{
    orders().setQuantity(m_order, m_book, 2);
    EXPECT_THROW(orders().setQuantity(m_order, m_book, 0), InputError);
    EXPECT_THROW(orders().setQuantity(m_order, m_book, -3), InputError);
    EXPECT_THROW(orders().setQuantity(m_order, m_otherBook, 0), InputError);
    const std::vector<OrderLine> lines = orders().lines(m_order);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].quantity, 2);
}

TEST_F(OrderRepositoryTest, RemoveLineDropsOnlyThatItem)
{
    orders().setQuantity(m_order, m_book, 2);
    orders().setQuantity(m_order, m_otherBook, 1);
    orders().removeLine(m_order, m_book);
    const std::vector<OrderLine> lines = orders().lines(m_order);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].itemId, m_otherBook);
}

TEST_F(OrderRepositoryTest, LinesOfOtherRoundsAreNotMixedIn)
{
    const RoundId other = addRound(workspace(), QStringLiteral("2차 공구")).id;
    const ItemId otherItem = addItem(workspace(), other, QStringLiteral("함께 읽는 알고리즘"), 30600).id;
    Order order;
    order.roundId = other;
    order.personId = m_person;
    const OrderId otherOrder = orders().create(order);
    orders().setQuantity(otherOrder, otherItem, 3);
    orders().setQuantity(m_order, m_book, 1);
    EXPECT_EQ(orders().linesForRound(m_round).size(), 1u);
    EXPECT_EQ(orders().linesForRound(other).size(), 1u);
    EXPECT_EQ(orders().forRound(other).size(), 1u);
}

} // namespace
