#include "storage/LedgerQueries.h"
#include "TempWorkspace.h"
#include "services/DemoWorkspace.h"
#include "services/RoundLedger.h"
#include "storage/ItemRepository.h"
#include "storage/OrderRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/RoundRepository.h"

#include <QHash>

#include <algorithm>

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** LedgerQueries over the demo's scale round (cancellations, several items, split and missing payments): its
 *  rows agree with the repositories they sum up, and the lighter reads leave out only what they say. */
class LedgerQueriesTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        DemoWorkspace::populate(workspace(), 300);
        m_round = *RoundRepository(workspace()).find(2);
    }

    Round m_round;
};

TEST_F(LedgerQueriesTest, RowsSumTheOrdersLinesAndPayments)
{
    QHash<ItemId, Money> priceOf;
    for (const Item &item : ItemRepository(workspace()).forRound(m_round.id))
        priceOf.insert(item.id, item.unitPrice);
    QHash<PersonId, Money> paidBy;
    QHash<PersonId, bool> refunded;
    for (const Payment &payment : PaymentRepository(workspace()).forRound(m_round.id)) {
        if (payment.personId) {
            paidBy[*payment.personId] += payment.amount;
            refunded[*payment.personId] = refunded.value(*payment.personId) || payment.amount.isNegative();
        }
    }

    std::vector<OrderLine> lines;
    const std::vector<BuyerLedgerRow> rows = LedgerQueries(workspace()).buyerRows(m_round.id, &lines);
    ASSERT_EQ(rows.size(), 300u);
    EXPECT_TRUE(std::is_sorted(rows.begin(), rows.end(),
                               [](const BuyerLedgerRow &a, const BuyerLedgerRow &b) { return a.orderId < b.orderId; }));
    std::vector<OrderLine> expectedLines;
    for (const BuyerLedgerRow &row : rows) {
        const std::vector<OrderLine> ofOrder = OrderRepository(workspace()).lines(row.orderId);
        int copies = 0;
        Money goods;
        for (const OrderLine &line : ofOrder) {
            copies += line.quantity;
            goods += priceOf.value(line.itemId) * line.quantity;
        }
        expectedLines.insert(expectedLines.end(), ofOrder.begin(), ofOrder.end());
        EXPECT_EQ(row.copies, copies) << row.orderId;
        EXPECT_EQ(row.goods, goods) << row.orderId;
        EXPECT_EQ(row.paid, paidBy.value(row.personId)) << row.orderId;
        EXPECT_EQ(row.hadRefund, refunded.value(row.personId)) << row.orderId;
        EXPECT_FALSE(row.displayName.isEmpty());
    }
    ASSERT_EQ(lines.size(), expectedLines.size()) << "every line, by order and then item";
    for (std::size_t i = 0; i < lines.size(); ++i) {
        EXPECT_EQ(lines[i].orderId, expectedLines[i].orderId);
        EXPECT_EQ(lines[i].itemId, expectedLines[i].itemId);
        EXPECT_EQ(lines[i].quantity, expectedLines[i].quantity);
    }
}

TEST_F(LedgerQueriesTest, MoneyRowsAreTheRowsWithoutWhoTheBuyersAre)
{
    const LedgerQueries queries(workspace());
    const std::vector<BuyerLedgerRow> full = queries.buyerRows(m_round.id);
    const std::vector<BuyerLedgerRow> money = queries.moneyRows(m_round.id);
    ASSERT_EQ(money.size(), full.size());
    for (std::size_t i = 0; i < full.size(); ++i) {
        EXPECT_EQ(money[i].orderId, full[i].orderId);
        EXPECT_EQ(money[i].personId, full[i].personId);
        EXPECT_EQ(money[i].status, full[i].status);
        EXPECT_EQ(money[i].delivery, full[i].delivery);
        EXPECT_EQ(money[i].copies, full[i].copies);
        EXPECT_EQ(money[i].goods, full[i].goods);
        EXPECT_EQ(money[i].paid, full[i].paid);
        EXPECT_EQ(money[i].hadRefund, full[i].hadRefund);
        EXPECT_TRUE(money[i].displayName.isEmpty());
        EXPECT_TRUE(money[i].phone.isEmpty());
        EXPECT_FALSE(money[i].confirmedAt.isValid());
    }
}

TEST_F(LedgerQueriesTest, PeopleRowsAreTheRowsWithoutTheMoney)
{
    const LedgerQueries queries(workspace());
    const std::vector<BuyerLedgerRow> full = queries.buyerRows(m_round.id);
    const std::vector<BuyerLedgerRow> people = queries.peopleRows(m_round.id);
    ASSERT_EQ(people.size(), full.size());
    int confirmed = 0;
    for (std::size_t i = 0; i < full.size(); ++i) {
        EXPECT_EQ(people[i].orderId, full[i].orderId);
        EXPECT_EQ(people[i].displayName, full[i].displayName);
        EXPECT_EQ(people[i].nickname, full[i].nickname);
        EXPECT_EQ(people[i].phone, full[i].phone);
        EXPECT_EQ(people[i].confirmedAt, full[i].confirmedAt);
        EXPECT_EQ(people[i].status, full[i].status);
        EXPECT_EQ(people[i].copies, 0);
        EXPECT_EQ(people[i].goods, Money());
        EXPECT_EQ(people[i].paid, Money());
        confirmed += full[i].confirmedAt.isValid() ? 1 : 0;
    }
    EXPECT_GT(confirmed, 0) << "confirmation times are read back";
}

TEST_F(LedgerQueriesTest, SummaryCountsItemCopiesAsTheQueryDoes)
{
    const RoundSummary summary = RoundLedger(workspace()).summary(m_round);
    const std::vector<ItemCopies> counted = LedgerQueries(workspace()).itemCopies(m_round.id);
    ASSERT_EQ(summary.items.size(), counted.size());
    for (std::size_t i = 0; i < counted.size(); ++i) {
        EXPECT_EQ(summary.items[i].itemId, counted[i].itemId);
        EXPECT_EQ(summary.items[i].name, counted[i].name);
        EXPECT_EQ(summary.items[i].unitPrice, counted[i].unitPrice);
        EXPECT_EQ(summary.items[i].copies, counted[i].copies) << counted[i].name.toStdString();
    }
}

TEST_F(LedgerQueriesTest, AnUnknownRoundHasNoRows)
{
    EXPECT_TRUE(LedgerQueries(workspace()).buyerRows(999).empty());
    EXPECT_TRUE(LedgerQueries(workspace()).moneyRows(999).empty());
    EXPECT_TRUE(LedgerQueries(workspace()).peopleRows(999).empty());
}

} // namespace
