#include "models/OrdersTableModel.h"
#include "DemoModelTest.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

namespace gonggu::test {
namespace {

using Column = OrdersTableModel::Column;

class OrdersTableModelTest : public DemoModelTest
{
protected:
    static QVariant cell(const QAbstractItemModel &model, int row, Column column, int role = Qt::DisplayRole)
    {
        return model.index(row, int(column)).data(role);
    }

    static int rowOfNickname(const QAbstractItemModel &model, const QString &nickname)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (cell(model, row, Column::Nickname).toString() == nickname)
                return row;
        }
        return -1;
    }
};

TEST_F(OrdersTableModelTest, ShowsOneRowPerDemoBuyerWithTheirCopies)
{
    const Round round = populateDemo();
    OrdersTableModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);

    model.showRound(round);
    ASSERT_EQ(model.rowCount(), 22);
    EXPECT_EQ(model.columnCount(), 9);
    EXPECT_EQ(model.roundId(), round.id);
    int copies = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        copies += cell(model, row, Column::Copies, OrdersTableModel::SortRole).toInt();
    EXPECT_EQ(copies, 27);
    // Rows come in the order buyers applied; the first is 김민준 (tini).
    EXPECT_EQ(cell(model, 0, Column::Nickname).toString(), QStringLiteral("tini"));
    EXPECT_EQ(cell(model, 0, Column::Name).toString(), QStringLiteral("김민준"));
    EXPECT_EQ(cell(model, 0, Column::OrderStatus).toString(), QStringLiteral("Confirmed"));
    EXPECT_EQ(cell(model, 0, Column::Delivery).toString(), QStringLiteral("Pickup"));
}

TEST_F(OrdersTableModelTest, TheTwoUnpaidBuyersOweTheirWholeAmount)
{
    const Round round = populateDemo();
    OrdersTableModel model(workspace());
    model.showRound(round);

    QStringList unpaid;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (cell(model, row, Column::PaymentState, OrdersTableModel::SortRole).toInt() == int(PaymentState::Unpaid)) {
            unpaid << cell(model, row, Column::Nickname).toString();
            EXPECT_EQ(cell(model, row, Column::PaymentState).toString(), QStringLiteral("Unpaid"));
            EXPECT_EQ(cell(model, row, Column::Paid, OrdersTableModel::SortRole).toLongLong(), 0);
        }
    }
    EXPECT_EQ(unpaid, (QStringList{QStringLiteral("seungmin"), QStringLiteral("dain")}));
}

TEST_F(OrdersTableModelTest, SortingByBalanceDescendingPutsTheUnpaidFirst)
{
    const Round round = populateDemo();
    OrdersTableModel model(workspace());
    model.showRound(round);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(OrdersTableModel::SortRole);
    QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::Fatal);

    sorted.sort(int(Column::Balance), Qt::DescendingOrder);
    // By raw won, not by the shown text, in which "₩9,000" would come after "₩50,400".
    EXPECT_EQ(cell(sorted, 0, Column::Nickname).toString(), QStringLiteral("seungmin"));
    EXPECT_EQ(cell(sorted, 0, Column::Balance, OrdersTableModel::SortRole).toLongLong(), 50'400);
    EXPECT_EQ(cell(sorted, 1, Column::Nickname).toString(), QStringLiteral("dain"));
    EXPECT_EQ(cell(sorted, 1, Column::Balance, OrdersTableModel::SortRole).toLongLong(), 25'200);
    for (int row = 0; row < 2; ++row)
        EXPECT_EQ(cell(sorted, row, Column::PaymentState).toString(), QStringLiteral("Unpaid"));
    for (int row = 2; row < sorted.rowCount(); ++row)
        EXPECT_EQ(cell(sorted, row, Column::PaymentState).toString(), QStringLiteral("Paid")) << row;
}

TEST_F(OrdersTableModelTest, MoneyIsShownInTheUsersLocaleAndSortedRaw)
{
    const Round round = populateDemo();
    OrdersTableModel model(workspace());
    model.showRound(round);
    // 정하은 (haeun): three copies by courier, 3 × 25,200 + 3,500 shipping.
    const int haeun = rowOfNickname(model, QStringLiteral("haeun"));
    ASSERT_GE(haeun, 0);
    EXPECT_EQ(cell(model, haeun, Column::AmountDue, OrdersTableModel::SortRole), QVariant(qint64(79'100)));
    EXPECT_EQ(cell(model, haeun, Column::Delivery).toString(), QStringLiteral("Courier"));

    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    EXPECT_EQ(cell(model, haeun, Column::AmountDue).toString(), QStringLiteral("79,100원"));
    EXPECT_EQ(cell(model, haeun, Column::Balance).toString(), QStringLiteral("0원"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(cell(model, haeun, Column::AmountDue).toString(), QStringLiteral("₩79,100"));
    EXPECT_EQ(cell(model, haeun, Column::Paid).toString(), QStringLiteral("₩79,100"));
}

TEST_F(OrdersTableModelTest, NumbersAreRightAlignedAndHeadersNamed)
{
    const Round round = populateDemo();
    OrdersTableModel model(workspace());
    model.showRound(round);
    const QVariant right(int(Qt::AlignRight | Qt::AlignVCenter));
    for (Column column : {Column::Copies, Column::AmountDue, Column::Paid, Column::Balance})
        EXPECT_EQ(cell(model, 0, column, Qt::TextAlignmentRole), right) << int(column);
    EXPECT_FALSE(cell(model, 0, Column::Nickname, Qt::TextAlignmentRole).isValid());

    QStringList headers;
    for (int section = 0; section < model.columnCount(); ++section)
        headers << model.headerData(section, Qt::Horizontal).toString();
    EXPECT_EQ(headers, (QStringList{QStringLiteral("Nickname"), QStringLiteral("Name"), QStringLiteral("Copies"),
                                    QStringLiteral("Amount due"), QStringLiteral("Paid"), QStringLiteral("Balance"),
                                    QStringLiteral("Status"), QStringLiteral("Payment"), QStringLiteral("Delivery")}));
}

TEST_F(OrdersTableModelTest, SwitchesRoundsAndClears)
{
    const Round demo = populateDemo(60);
    const Round scale = *RoundRepository(workspace()).find(2);
    OrdersTableModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.showRound(demo);
    EXPECT_EQ(model.rowCount(), 22);
    model.showRound(scale);
    ASSERT_EQ(model.rowCount(), 60);
    EXPECT_EQ(cell(model, 0, Column::Nickname).toString(), QStringLiteral("buyer000001"));
    // Cancelled orders stay in the table (the coordinator may owe a refund) but owe nothing, and with no
    // money moved there is no payment state to speak of.
    int cancelled = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.balanceAt(row).order.status == OrderStatus::Cancelled) {
            ++cancelled;
            EXPECT_EQ(cell(model, row, Column::OrderStatus).toString(), QStringLiteral("Cancelled"));
            EXPECT_EQ(cell(model, row, Column::AmountDue, OrdersTableModel::SortRole).toLongLong(), 0);
            if (model.balanceAt(row).money.paid.isZero()) {
                EXPECT_EQ(cell(model, row, Column::PaymentState).toString(), QStringLiteral("—"));
            }
        }
    }
    EXPECT_GT(cancelled, 0) << "the scale demo cancels about 3% of its orders";

    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.roundId().has_value());
}

} // namespace
} // namespace gonggu::test
