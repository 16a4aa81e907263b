#include "services/OrderBook.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"
#include "storage/OrderRepository.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** OrderBook: takes quantities within the round's limits and stamps the first confirmation. */
class OrderBookTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_round = addRound(workspace(), QStringLiteral("1차 공구"), 3500);
        m_book = addItem(workspace(), m_round.id, QStringLiteral("실전 리팩터링"), 25200);
        m_limited = addItem(workspace(), m_round.id, QStringLiteral("한정판 굿즈"), 9000, 5);
        m_minjun = addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("tini"));
        m_seoyeon = addPerson(workspace(), QStringLiteral("이서연"), QStringLiteral("seoyeon"));
    }
    OrderBook book() { return OrderBook(workspace(), m_clock); }
    std::vector<Order> orders() { return OrderRepository(workspace()).forRound(m_round.id); }
    int quantityOf(OrderId order, ItemId item)
    {
        for (const OrderLine &line : OrderRepository(workspace()).lines(order))
            if (line.itemId == item)
                return line.quantity;
        return 0;
    }

    Round m_round;
    Item m_book;
    Item m_limited;
    PersonId m_minjun = 0;
    PersonId m_seoyeon = 0;
};

TEST_F(OrderBookTest, FirstQuantityCreatesAnAppliedOrder)
{
    const OrderId id = book().setQuantity(m_round, m_minjun, m_book, 2);
    const std::vector<Order> all = orders();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].id, id);
    EXPECT_EQ(all[0].personId, m_minjun);
    EXPECT_EQ(all[0].status, OrderStatus::Applied);
    EXPECT_EQ(quantityOf(id, m_book.id), 2);
}

TEST_F(OrderBookTest, LaterQuantitiesGoToTheSameOrder)
{
    const OrderId first = book().setQuantity(m_round, m_minjun, m_book, 2);
    const OrderId second = book().setQuantity(m_round, m_minjun, m_book, 1);
    const OrderId third = book().setQuantity(m_round, m_minjun, m_limited, 1);
    EXPECT_EQ(first, second);
    EXPECT_EQ(first, third);
    EXPECT_EQ(orders().size(), 1u);
    EXPECT_EQ(quantityOf(first, m_book.id), 1);
    EXPECT_EQ(quantityOf(first, m_limited.id), 1);
}

TEST_F(OrderBookTest, StatusAndDeliveryTravelWithTheQuantity)
{
    const OrderId id = book().setQuantity(m_round, m_minjun, m_book, 1, {OrderStatus::Confirmed, Delivery::Courier});
    const Order order = *OrderRepository(workspace()).find(id);
    EXPECT_EQ(order.status, OrderStatus::Confirmed);
    EXPECT_EQ(order.delivery, Delivery::Courier);
}

/** Quantities OrderBook refuses: nothing is written, not even the order. */
class OrderBookBadQuantityTest : public OrderBookTest, public ::testing::WithParamInterface<int>
{
};

TEST_P(OrderBookBadQuantityTest, IsRefusedAndWritesNothing)
{
    EXPECT_THROW(book().setQuantity(m_round, m_minjun, m_book, GetParam()), InputError);
    EXPECT_TRUE(orders().empty());
}

INSTANTIATE_TEST_SUITE_P(Quantities, OrderBookBadQuantityTest,
                         ::testing::Values(0, -1, -25, OrderBook::maxQuantityPerLine + 1, 2'000'000'000));

TEST_F(OrderBookTest, LargestQuantityIsAccepted)
{
    const OrderId id = book().setQuantity(m_round, m_minjun, m_book, OrderBook::maxQuantityPerLine);
    EXPECT_EQ(quantityOf(id, m_book.id), OrderBook::maxQuantityPerLine);
}

TEST_F(OrderBookTest, ItemOfAnotherRoundIsRefused)
{
    const Round other = addRound(workspace(), QStringLiteral("2차 공구"));
    const Item foreign = addItem(workspace(), other.id, QStringLiteral("함께 읽는 알고리즘"), 30600);
    EXPECT_THROW(book().setQuantity(m_round, m_minjun, foreign, 1), InputError);
    EXPECT_TRUE(orders().empty());
    EXPECT_TRUE(OrderRepository(workspace()).forRound(other.id).empty());
}

TEST_F(OrderBookTest, StockLimitCountsEveryoneElsesCopies)
{
    book().setQuantity(m_round, m_minjun, m_limited, 3);
    EXPECT_THROW(book().setQuantity(m_round, m_seoyeon, m_limited, 3), InputError);
    EXPECT_EQ(orders().size(), 1u) << "the refused order must not be left behind";
    EXPECT_NO_THROW(book().setQuantity(m_round, m_seoyeon, m_limited, 2));
}

TEST_F(OrderBookTest, ChangingOnesOwnLineDoesNotCountItTwice)
{
    const OrderId id = book().setQuantity(m_round, m_minjun, m_limited, 3);
    EXPECT_NO_THROW(book().setQuantity(m_round, m_minjun, m_limited, 5));
    EXPECT_EQ(quantityOf(id, m_limited.id), 5);
    EXPECT_THROW(book().setQuantity(m_round, m_minjun, m_limited, 6), InputError);
    EXPECT_EQ(quantityOf(id, m_limited.id), 5);
}

TEST_F(OrderBookTest, CancelledOrdersFreeTheirStock)
{
    const OrderId id = book().setQuantity(m_round, m_minjun, m_limited, 5);
    book().setStatus(id, OrderStatus::Cancelled);
    EXPECT_NO_THROW(book().setQuantity(m_round, m_seoyeon, m_limited, 5));
}

TEST_F(OrderBookTest, ConfirmingStampsTheClockTime)
{
    const OrderId id = book().setQuantity(m_round, m_minjun, m_book, 1);
    EXPECT_FALSE(OrderRepository(workspace()).find(id)->confirmedAt.isValid());
    const QDateTime confirmedAt(QDate(2026, 11, 3), QTime(9, 15, 30), Qt::UTC);
    m_clock.set(confirmedAt);
    book().setStatus(id, OrderStatus::Confirmed);
    const Order order = *OrderRepository(workspace()).find(id);
    EXPECT_EQ(order.status, OrderStatus::Confirmed);
    EXPECT_EQ(order.confirmedAt, confirmedAt);
}

TEST_F(OrderBookTest, ReconfirmingKeepsTheFirstTime)
{
    const QDateTime first(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC);
    m_clock.set(first);
    const OrderId id = book().setQuantity(m_round, m_minjun, m_book, 1, {OrderStatus::Confirmed, std::nullopt});

    m_clock.set(first.addDays(2));
    book().setStatus(id, OrderStatus::Applied);
    m_clock.set(first.addDays(4));
    book().setStatus(id, OrderStatus::Confirmed);
    book().setQuantity(m_round, m_minjun, m_book, 2, {OrderStatus::Confirmed, std::nullopt});

    const Order order = *OrderRepository(workspace()).find(id);
    EXPECT_EQ(order.status, OrderStatus::Confirmed);
    EXPECT_EQ(order.confirmedAt, first);
}

TEST_F(OrderBookTest, DeliveryCanChangeAlone)
{
    const OrderId id = book().setQuantity(m_round, m_minjun, m_book, 1);
    book().setDelivery(id, Delivery::Courier);
    EXPECT_EQ(OrderRepository(workspace()).find(id)->delivery, Delivery::Courier);
    EXPECT_EQ(OrderRepository(workspace()).find(id)->status, OrderStatus::Applied);
}

TEST_F(OrderBookTest, UnknownOrderIsAnInputError)
{
    EXPECT_THROW(book().setStatus(4242, OrderStatus::Confirmed), InputError);
    EXPECT_THROW(book().setDelivery(4242, Delivery::Courier), InputError);
}

} // namespace
