#include "models/RoundListModel.h"
#include "DemoModelTest.h"
#include "services/OrderBook.h"
#include "storage/ItemRepository.h"
#include "storage/PersonRepository.h"

#include <QAbstractItemModelTester>

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

} // namespace
} // namespace gonggu::test
