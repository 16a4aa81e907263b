#include "models/OrdersTableModel.h"
#include "DemoModelTest.h"

#include "models/OrderEditor.h"
#include "services/OrderBook.h"
#include "services/PaymentBook.h"
#include "storage/ItemRepository.h"
#include "storage/OrderRepository.h"
#include "storage/PersonRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

namespace gonggu::test {
namespace {

using Column = OrdersTableModel::Column;

class OrdersTableModelTest : public DemoModelTest
{
protected:
    /** A cell by column kind, through proxies too: a round's items decide where the kinds sit. */
    static QVariant cell(const QAbstractItemModel &model, int row, Column column, int role = Qt::DisplayRole)
    {
        const QAbstractItemModel *source = &model;
        while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source))
            source = proxy->sourceModel();
        const auto *orders = qobject_cast<const OrdersTableModel *>(source);
        return model.index(row, orders ? orders->section(column) : int(column)).data(role);
    }

    /** A second item in the demo round: a workbook, 5,000 won, at most 3 copies in the round. */
    Item addWorkbook(const Round &round)
    {
        Item workbook;
        workbook.roundId = round.id;
        workbook.name = QStringLiteral("부록 워크북");
        workbook.unitPrice = Money::won(5000);
        workbook.maxQuantity = 3;
        workbook.id = ItemRepository(workspace()).add(workbook);
        return workbook;
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
    EXPECT_EQ(model.columnCount(), 10);
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
    // The copies column of a one-book round is headed by the book's title.
    EXPECT_EQ(headers, (QStringList{QStringLiteral("Nickname"), QStringLiteral("Name"), QStringLiteral("실전 리팩터링"),
                                    QStringLiteral("Amount due"), QStringLiteral("Paid"), QStringLiteral("Balance"),
                                    QStringLiteral("Status"), QStringLiteral("Payment"), QStringLiteral("Delivery"),
                                    QStringLiteral("Overdue")}));
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

TEST_F(OrdersTableModelTest, HasOneCopiesColumnPerItemHeadedByItsName)
{
    const Round round = populateDemo();
    const Item workbook = addWorkbook(round);
    OrdersTableModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.showRound(round);

    ASSERT_EQ(model.columnCount(), 11);
    EXPECT_EQ(model.section(Column::Copies), 2);
    EXPECT_EQ(model.section(Column::AmountDue), 4);
    EXPECT_EQ(model.section(Column::Delivery), 9);
    EXPECT_EQ(model.columnAt(3), Column::Copies);
    EXPECT_EQ(model.columnAt(4), Column::AmountDue);
    ASSERT_NE(model.itemAt(3), nullptr);
    EXPECT_EQ(model.itemAt(3)->id, workbook.id);
    EXPECT_EQ(model.itemAt(4), nullptr);
    EXPECT_EQ(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("실전 리팩터링"));
    EXPECT_EQ(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("부록 워크북"));
    EXPECT_EQ(model.headerData(3, Qt::Horizontal, OrdersTableModel::ItemIdRole).toLongLong(), workbook.id);
    EXPECT_TRUE(model.headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("3")));

    // 정하은 ordered three books and no workbook: the workbook cell is blank, and sorts as 0.
    const int haeun = rowOfNickname(model, QStringLiteral("haeun"));
    EXPECT_EQ(model.index(haeun, 2).data().toInt(), 3);
    EXPECT_FALSE(model.index(haeun, 3).data().isValid());
    EXPECT_EQ(model.index(haeun, 3).data(OrdersTableModel::SortRole).toInt(), 0);
    EXPECT_EQ(model.index(haeun, 3).data(Qt::EditRole).toInt(), 0);
    EXPECT_EQ(model.index(haeun, 4).data(OrdersTableModel::SortRole).toLongLong(), 79'100);

    // Without a round there are no item columns, and Copies has no section.
    model.clear();
    EXPECT_EQ(model.columnCount(), 9);
    EXPECT_EQ(model.section(Column::Copies), -1);
    EXPECT_EQ(model.section(Column::AmountDue), 2);
}

TEST_F(OrdersTableModelTest, RefreshesOneOrderAtATime)
{
    const Round round = populateDemo();
    const Item book = ItemRepository(workspace()).forRound(round.id).front();
    OrdersTableModel model(workspace());
    model.showRound(round);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const OrderId tini = model.balanceAt(0).order.orderId;

    OrderBook orders(workspace(), m_clock);
    orders.setLineQuantity(book, tini, 4);
    model.refreshOrders({tini});
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 0);
    EXPECT_EQ(changed.at(0).at(1).toModelIndex().column(), model.columnCount() - 1);
    EXPECT_EQ(model.index(0, 2).data().toInt(), 4);
    EXPECT_EQ(model.index(0, int(Column::AmountDue)).data(OrdersTableModel::SortRole).toLongLong(), 4 * 25'200);

    Person hana;
    hana.displayName = QStringLiteral("김하나");
    hana.nickname = QStringLiteral("hana");
    const PersonId hanaId = PersonRepository(workspace()).add(hana);
    const OrderId added = orders.setQuantity(round, hanaId, book, 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.refreshOrders({added});
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.rowCount(), 23);
    EXPECT_EQ(model.rowOf(added), 22);
    EXPECT_EQ(model.index(22, int(Column::Name)).data().toString(), QStringLiteral("김하나"));

    OrderRepository(workspace()).remove(added);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.refreshOrders({added});
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(model.rowCount(), 22);
    EXPECT_EQ(model.rowOf(added), -1);
    EXPECT_EQ(reset.count(), 0) << "no full reload for single orders";
}

TEST_F(OrdersTableModelTest, ReloadAnnouncesOnlyTheRowsThatChanged)
{
    const Round round = populateDemo();
    OrdersTableModel model(workspace());
    model.showRound(round);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const int seungmin = rowOfNickname(model, QStringLiteral("seungmin"));

    Payment payment;
    payment.personId = model.balanceAt(seungmin).order.personId;
    payment.amount = Money::won(20'000);
    payment.paidOn = QDate(2026, 11, 9);
    PaymentBook(workspace()).record(round, payment);
    model.reload();

    EXPECT_EQ(reset.count(), 0) << "the same orders keep their rows, and the view its selection";
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), seungmin);
    EXPECT_EQ(changed.at(0).at(1).toModelIndex().row(), seungmin);
    EXPECT_EQ(cell(model, seungmin, Column::PaymentState).toString(), QStringLiteral("Partly paid"));
    EXPECT_EQ(cell(model, seungmin, Column::Balance, OrdersTableModel::SortRole).toLongLong(), 30'400);

    model.refreshOrders({});
    EXPECT_EQ(changed.count(), 1) << "nothing else changed";
}

/** Records what the model asks it to do. */
class RecordingEditor : public OrderEditor
{
public:
    bool setCopies(const BuyerBalance &order, const Item &item, int quantity) override
    {
        calls << QStringLiteral("copies %1 %2 %3").arg(order.order.nickname, item.name).arg(quantity);
        return true;
    }
    bool setStatus(const BuyerBalance &order, OrderStatus status) override
    {
        calls << QStringLiteral("status %1 %2").arg(order.order.nickname, toKey(status));
        return true;
    }
    bool setDelivery(const BuyerBalance &order, Delivery delivery) override
    {
        calls << QStringLiteral("delivery %1 %2").arg(order.order.nickname, toKey(delivery));
        return false; // as when the command was refused
    }
    QStringList calls;
};

TEST_F(OrdersTableModelTest, PassesEditsOfCopiesStatusAndDeliveryToTheEditor)
{
    const Round round = populateDemo();
    OrdersTableModel model(workspace());
    model.showRound(round);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    EXPECT_FALSE(model.flags(model.index(0, 2)).testFlag(Qt::ItemIsEditable)) << "read-only without an editor";
    EXPECT_FALSE(model.setData(model.index(0, 2), 2));

    RecordingEditor editor;
    model.setEditor(&editor);
    for (int section = 0; section < model.columnCount(); ++section) {
        const bool editable = section == 2 || section == int(Column::OrderStatus) || section == int(Column::Delivery);
        EXPECT_EQ(model.flags(model.index(0, section)).testFlag(Qt::ItemIsEditable), editable) << section;
    }
    EXPECT_EQ(model.index(0, int(Column::OrderStatus)).data(Qt::EditRole).toInt(), int(OrderStatus::Confirmed));
    EXPECT_EQ(model.index(0, int(Column::Delivery)).data(Qt::EditRole).toInt(), int(Delivery::Pickup));

    EXPECT_TRUE(model.setData(model.index(0, 2), 2));
    EXPECT_FALSE(model.setData(model.index(0, 2), -1)) << "negative copies never reach core";
    EXPECT_FALSE(model.setData(model.index(0, 2), QStringLiteral("two")));
    EXPECT_TRUE(model.setData(model.index(0, 2), 1)) << "unchanged: nothing to do";
    EXPECT_TRUE(model.setData(model.index(0, int(Column::OrderStatus)), int(OrderStatus::Cancelled)));
    EXPECT_FALSE(model.setData(model.index(0, int(Column::OrderStatus)), 17));
    EXPECT_FALSE(model.setData(model.index(0, int(Column::Delivery)), int(Delivery::Courier)));
    EXPECT_FALSE(model.setData(model.index(0, int(Column::Nickname)), QStringLiteral("x")));
    EXPECT_EQ(editor.calls,
              (QStringList{QStringLiteral("copies tini 실전 리팩터링 2"), QStringLiteral("status tini cancelled"),
                           QStringLiteral("delivery tini courier")}));
    model.setEditor(nullptr);
}

TEST_F(OrdersTableModelTest, SearchKeysHoldNicknameNamesPhoneAndHangulInitials)
{
    const Round round = populateDemo();
    OrdersTableModel model(workspace());
    model.showRound(round);
    const QString key = model.searchKeyAt(0);
    for (const QString &part : {QStringLiteral("tini"), QStringLiteral("김민준"), QStringLiteral("010-2101-0001"),
                                QStringLiteral("01021010001"), QStringLiteral("ㄱㅁㅈ")})
        EXPECT_TRUE(key.contains(part)) << part.toStdString();
    EXPECT_EQ(model.index(0, 0).data(OrdersTableModel::SearchKeyRole).toString(), key);
}

TEST_F(OrdersTableModelTest, DeliveryShowsWhenTheGoodsWentOut)
{
    const Round round = populateDemo();
    OrdersTableModel model(workspace());
    model.showRound(round);
    const int haeun = rowOfNickname(model, QStringLiteral("haeun"));
    const OrderId tini = model.balanceAt(0).order.orderId;
    OrderBook book(workspace(), m_clock);
    book.markShipped({model.balanceAt(haeun).order.orderId});
    book.markHandedOver({tini});
    model.refreshOrders({model.balanceAt(haeun).order.orderId, tini});

    EXPECT_EQ(cell(model, haeun, Column::Delivery).toString(), QStringLiteral("Courier · shipped"));
    EXPECT_EQ(cell(model, 0, Column::Delivery).toString(), QStringLiteral("Pickup · handed over"));
    EXPECT_EQ(cell(model, 1, Column::Delivery).toString(), QStringLiteral("Pickup"));
    EXPECT_TRUE(cell(model, 0, Column::Delivery, Qt::ToolTipRole).toString().startsWith(QStringLiteral("Handed over")));
    EXPECT_GT(cell(model, 0, Column::Delivery, OrdersTableModel::SortRole).toInt(),
              cell(model, 1, Column::Delivery, OrdersTableModel::SortRole).toInt());
}

} // namespace
} // namespace gonggu::test
