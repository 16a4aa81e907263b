#include "domain/PaymentRules.h"

#include <gtest/gtest.h>

using namespace gonggu;

namespace {

struct StateCase
{
    const char *name;
    qint64 due;
    qint64 paid;
    bool hadRefund;
    PaymentState state;
    qint64 owed;
    qint64 refundDue;
};

void PrintTo(const StateCase &c, std::ostream *out)
{
    *out << c.name;
}

/** BuyerMoney: the payment state, what is still owed and what must go back, from due and paid. */
class BuyerMoneyTest : public ::testing::TestWithParam<StateCase>
{
};

TEST_P(BuyerMoneyTest, StateOwedAndRefund)
{
    const StateCase &c = GetParam();
    const BuyerMoney money{Money::won(c.due), Money::won(c.paid), c.hadRefund};
    EXPECT_EQ(toKey(money.state()), toKey(c.state));
    EXPECT_EQ(money.owed().toWon(), c.owed);
    EXPECT_EQ(money.refundDue().toWon(), c.refundDue);
    EXPECT_EQ(money.balance().toWon(), c.due - c.paid);
}

INSTANTIATE_TEST_SUITE_P(
    States, BuyerMoneyTest,
    ::testing::Values(StateCase{"unpaid", 25200, 0, false, PaymentState::Unpaid, 25200, 0},
                      StateCase{"partial", 25200, 10000, false, PaymentState::Partial, 15200, 0},
                      StateCase{"paid", 25200, 25200, false, PaymentState::Paid, 0, 0},
                      StateCase{"overpaid", 25200, 30000, false, PaymentState::Overpaid, 0, 4800},
                      // a cancelled order owes nothing; once its money went back it is "refunded"
                      StateCase{"refunded", 0, 0, true, PaymentState::Refunded, 0, 0},
                      // cancelled but the money has not gone back yet: the coordinator owes it
                      StateCase{"cancelled_not_yet_refunded", 0, 25200, false, PaymentState::Overpaid, 0, 25200},
                      // a refund of an overpayment leaves a live order simply paid
                      StateCase{"paid_after_partial_refund", 25200, 25200, true, PaymentState::Paid, 0, 0},
                      // refunded more than was paid in: nothing counts as paid
                      StateCase{"refunded_below_zero", 25200, -5000, true, PaymentState::Unpaid, 30200, 0}),
    [](const auto &info) { return std::string(info.param.name); });

struct DueCase
{
    const char *name;
    OrderStatus status;
    Delivery delivery;
    qint64 goods;
    qint64 fee;
    qint64 expected;
};

void PrintTo(const DueCase &c, std::ostream *out)
{
    *out << c.name;
}

/** amountDue: goods plus the shipping fee for courier delivery only; nothing for a cancelled order. */
class AmountDueTest : public ::testing::TestWithParam<DueCase>
{
};

TEST_P(AmountDueTest, AddsShippingForCourierOnly)
{
    const DueCase &c = GetParam();
    EXPECT_EQ(amountDue(c.status, c.delivery, Money::won(c.goods), Money::won(c.fee)).toWon(), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, AmountDueTest,
    ::testing::Values(DueCase{"confirmed_courier", OrderStatus::Confirmed, Delivery::Courier, 75600, 3500, 79100},
                      DueCase{"confirmed_pickup", OrderStatus::Confirmed, Delivery::Pickup, 75600, 3500, 75600},
                      DueCase{"applied_courier", OrderStatus::Applied, Delivery::Courier, 25200, 3500, 28700},
                      DueCase{"interested_pickup", OrderStatus::Interested, Delivery::Pickup, 25200, 3500, 25200},
                      DueCase{"cancelled_courier", OrderStatus::Cancelled, Delivery::Courier, 75600, 3500, 0},
                      DueCase{"cancelled_pickup", OrderStatus::Cancelled, Delivery::Pickup, 75600, 3500, 0},
                      DueCase{"free_shipping", OrderStatus::Confirmed, Delivery::Courier, 25200, 0, 25200}),
    [](const auto &info) { return std::string(info.param.name); });

} // namespace
