#include "models/RoundListModel.h"
#include "DemoModelTest.h"
#include "services/OrderBook.h"
#include "storage/ItemRepository.h"
#include "storage/OrderRepository.h"
#include "storage/PersonRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

namespace gonggu::test {
namespace {

using RoundListModelTest = DemoModelTest;

const QString demoTitle = QStringLiteral("『실전 리팩터링』 공동구매");

TEST_F(RoundListModelTest, ListsTheDemoRoundWithStatusAndHeadCounts)
{
    populateDemo();
    RoundListModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex demo = model.index(0);
    EXPECT_EQ(demo.data().toString(), demoTitle);
    EXPECT_EQ(demo.data(RoundListModel::RoundIdRole).toLongLong(), 1);
    EXPECT_EQ(demo.data(RoundListModel::StatusKeyRole).toString(), QStringLiteral("ordered"));
    EXPECT_EQ(demo.data(RoundListModel::StatusNameRole).toString(), QStringLiteral("Ordered"));
    EXPECT_EQ(demo.data(RoundListModel::BuyersRole).toInt(), 22);
    EXPECT_EQ(demo.data(RoundListModel::CopiesRole).toInt(), 27);
    EXPECT_EQ(demo.data(RoundListModel::DetailsRole).toString(), QStringLiteral("Ordered · 22 buyers · 27 copies"));
    EXPECT_TRUE(demo.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("가나다출판사\n")));
    EXPECT_EQ(model.summaryAt(0).round.title, demoTitle);
}

TEST_F(RoundListModelTest, AnEmptyWorkspaceHasNoRows)
{
    RoundListModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.rowOf(1), -1);
}

TEST_F(RoundListModelTest, ReloadShowsARoundAddedSinceOldestFirst)
{
    populateDemo();
    RoundListModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    Round next;
    next.title = QStringLiteral("『테스트 주도 개발』 공동구매");
    next.supplier = QStringLiteral("라마바출판사");
    next.id = RoundRepository(workspace()).create(next);
    EXPECT_EQ(model.rowCount(), 1) << "the model reads the workspace only when asked";

    Item book;
    book.roundId = next.id;
    book.name = QStringLiteral("테스트 주도 개발");
    book.unitPrice = Money::won(21600);
    book.id = ItemRepository(workspace()).add(book);
    Person buyer;
    buyer.displayName = QStringLiteral("문가영");
    buyer.id = PersonRepository(workspace()).add(buyer);
    OrderBook(workspace(), m_clock).setQuantity(next, buyer.id, book, 1);

    model.reload();
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0).data().toString(), demoTitle);
    EXPECT_EQ(model.rowOf(next.id), 1);
    // One buyer and one copy read in the singular.
    EXPECT_EQ(model.index(1).data(RoundListModel::DetailsRole).toString(), QStringLiteral("Open · 1 buyer · 1 copy"));
}

TEST_F(RoundListModelTest, CountsFollowTheUsersLocale)
{
    populateDemo(1'200);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    RoundListModel model(workspace());
    ASSERT_EQ(model.rowCount(), 2);
    // A few of the 1,200 scale orders are cancelled and do not count as buyers.
    const int buyers = model.index(1).data(RoundListModel::BuyersRole).toInt();
    ASSERT_GT(buyers, 1'000);
    ASSERT_LT(buyers, 1'200);
    const QString grouped = QStringLiteral("1,%1 buyers").arg(buyers - 1'000, 3, 10, QLatin1Char('0'));
    EXPECT_TRUE(model.index(1).data(RoundListModel::DetailsRole).toString().contains(grouped));
}

TEST_F(RoundListModelTest, RefreshingOneRoundUpdatesItsRowInPlace)
{
    populateDemo(30);
    RoundListModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    const Item book = ItemRepository(workspace()).forRound(1).front();
    const OrderId tini = OrderRepository(workspace()).forRound(1).front().id;
    OrderBook(workspace(), m_clock).setLineQuantity(book, tini, 2);
    model.refreshRound(1);

    EXPECT_EQ(resets.size(), 0) << "a reset would drop the view's selection";
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.front().at(0).toModelIndex(), model.index(0));
    EXPECT_EQ(model.index(0).data(RoundListModel::CopiesRole).toInt(), 28);
    EXPECT_EQ(model.summaryAt(0).copies, 28);

    // A round the model has not seen yet makes it read everything again.
    Round next;
    next.title = QStringLiteral("『테스트 주도 개발』 공동구매");
    next.id = RoundRepository(workspace()).create(next);
    model.refreshRound(next.id);
    EXPECT_EQ(resets.size(), 1);
    EXPECT_EQ(model.rowOf(next.id), 2);
}

} // namespace
} // namespace gonggu::test
