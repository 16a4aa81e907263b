#include "DemoModelTest.h"
#include "models/OrdersTableModel.h"

#include "services/OrderBook.h"
#include "storage/ItemRepository.h"
#include "storage/PersonRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

namespace gonggu::test {
namespace {

using Column = OrdersTableModel::Column;

/** The demo round (payment due 2026-11-06, today 2026-11-10): seungmin owes 50,400 and dain 25,200, both
 *  confirmed on 11-03; everyone else has paid. */
class OrdersOverdueTest : public DemoModelTest
{
protected:
    static QModelIndex overdue(const OrdersTableModel &model, const QString &nickname)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.balanceAt(row).order.nickname == nickname)
                return model.index(row, model.section(Column::DaysOverdue));
        }
        return {};
    }

    /** A buyer who confirmed `copies` copies of the demo book on `confirmedOn` and has paid nothing. */
    void addLateBuyer(const Round &round, const QString &nickname, int copies, QDate confirmedOn)
    {
        Person person;
        person.displayName = nickname;
        person.nickname = nickname;
        const PersonId id = PersonRepository(workspace()).add(person);
        const FixedClock then(QDateTime(confirmedOn, QTime(3, 0), Qt::UTC));
        OrderBook(workspace(), then)
            .setQuantity(round, id, ItemRepository(workspace()).forRound(round.id).front(), copies,
                         {OrderStatus::Confirmed, Delivery::Pickup});
    }
};

TEST_F(OrdersOverdueTest, CountsTheDaysSinceThePaymentWasDueForThoseWhoOwe)
{
    const Round round = populateDemo();
    OrdersTableModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.showRound(round);

    EXPECT_EQ(model.headerData(model.section(Column::DaysOverdue), Qt::Horizontal).toString(),
              QStringLiteral("Overdue"));
    for (const QString &nickname : {QStringLiteral("seungmin"), QStringLiteral("dain")}) {
        const QModelIndex cell = overdue(model, nickname);
        EXPECT_EQ(cell.data().toString(), QStringLiteral("4 days")) << nickname.toStdString();
        EXPECT_EQ(cell.data(OrdersTableModel::SortRole).toInt(), 4);
        EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("due"))) << nickname.toStdString();
        EXPECT_EQ(cell.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    }
    // Paid up: nothing is late, and they sort after everyone who is.
    const QModelIndex paid = overdue(model, QStringLiteral("tini"));
    EXPECT_FALSE(paid.data().isValid());
    EXPECT_EQ(paid.data(OrdersTableModel::SortRole).toInt(), -1);
    EXPECT_EQ(paid.data(OrdersTableModel::OrderIdRole).toLongLong(), model.balanceAt(paid.row()).order.orderId);

    // The next morning the model is read again with nothing else changed: the late are a day later.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_clock.set(m_clock.nowUtc().addDays(1));
    model.reload();
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().column(), model.section(Column::DaysOverdue));
    EXPECT_EQ(overdue(model, QStringLiteral("dain")).data().toString(), QStringLiteral("5 days"));
}

TEST_F(OrdersOverdueTest, ABuyerWhoConfirmedAfterTheDueDateIsLateFromTheirConfirmation)
{
    Round round = populateDemo();
    addLateBuyer(round, QStringLiteral("late"), 1, QDate(2026, 11, 9));
    addLateBuyer(round, QStringLiteral("today"), 1, QDate(2026, 11, 10));
    OrdersTableModel model(workspace());
    model.showRound(round);
    EXPECT_EQ(overdue(model, QStringLiteral("late")).data().toString(), QStringLiteral("1 day"));
    EXPECT_FALSE(overdue(model, QStringLiteral("today")).data().isValid()) << "confirmed today: not late yet";

    // A due date still ahead: nobody is late.
    round.paymentDue = QDate(2026, 11, 20);
    RoundRepository(workspace()).update(round);
    model.showRound(round);
    EXPECT_FALSE(overdue(model, QStringLiteral("seungmin")).data().isValid());
    EXPECT_FALSE(overdue(model, QStringLiteral("late")).data().isValid());
}

TEST_F(OrdersOverdueTest, WithoutADueDateTheDaysCountFromConfirmationAndSortWithTheLargerDebtFirst)
{
    Round round = populateDemo();
    round.paymentDue = QDate();
    RoundRepository(workspace()).update(round);
    addLateBuyer(round, QStringLiteral("bulk"), 3, QDate(2026, 11, 8));
    OrdersTableModel model(workspace());
    model.showRound(round);
    EXPECT_EQ(overdue(model, QStringLiteral("seungmin")).data().toString(), QStringLiteral("7 days"));
    EXPECT_EQ(overdue(model, QStringLiteral("bulk")).data().toString(), QStringLiteral("2 days"));
    EXPECT_TRUE(
        overdue(model, QStringLiteral("bulk")).data(Qt::ToolTipRole).toString().contains(QStringLiteral("confirmed")));

    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(OrdersTableModel::SortRole);
    sorted.sort(model.section(Column::DaysOverdue), Qt::DescendingOrder);
    QStringList order;
    for (int row = 0; row < 3; ++row)
        order << sorted.index(row, model.section(Column::Nickname)).data().toString();
    // seungmin and dain confirmed on the same day; the sort role alone keeps them in the order they came in.
    EXPECT_EQ(order, (QStringList{QStringLiteral("seungmin"), QStringLiteral("dain"), QStringLiteral("bulk")}));
}

} // namespace
} // namespace gonggu::test
