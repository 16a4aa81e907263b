#include "OrdersPageFixture.h"

#include "UnpaidSortBar.h"
#include "services/OrderBook.h"
#include "storage/PersonRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>

namespace gonggu::test {
namespace {

/** The demo's two who owe (seungmin 50,400 and dain 25,200, four days past the 11-06 due date) and one more:
 *  bulk confirmed three copies on 11-09 (75,600, one day late). */
class UnpaidSortTest : public OrdersPageFixture
{
protected:
    void SetUp() override
    {
        OrdersPageFixture::SetUp();
        Person person;
        person.displayName = QStringLiteral("박대량");
        person.nickname = QStringLiteral("bulk");
        const PersonId bulk = PersonRepository(ws()).add(person);
        const FixedClock then(QDateTime(QDate(2026, 11, 9), QTime(3, 0), Qt::UTC));
        OrderBook(ws(), then).setQuantity(m_round, bulk, m_book, 3, {OrderStatus::Confirmed, Delivery::Pickup});
        m_session->ordersChanged(m_round.id, {});
    }

    QComboBox &choice() { return *m_page->unpaidSortBar()->choice(); }
    QStringList shownOverdue()
    {
        QStringList days;
        for (int row = 0; row < view().rowCount(); ++row)
            days << view().index(row, orders().section(Column::DaysOverdue)).data().toString();
        return days;
    }
};

TEST_F(UnpaidSortTest, TheUnpaidViewShowsTheLargestDebtFirstOrTheLongestOverdue)
{
    QAbstractItemModelTester tester(&view(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QHeaderView *header = table().horizontalHeader();
    ASSERT_EQ(header->sortIndicatorSection(), -1) << "buyers in the order they came in";
    EXPECT_FALSE(m_page->unpaidSortBar()->isVisible());

    m_page->unpaidOnlyAction()->trigger();
    EXPECT_TRUE(m_page->unpaidSortBar()->isVisible());
    EXPECT_EQ(choice().currentText(), QStringLiteral("Amount owed, largest first"));
    EXPECT_EQ(shownNicknames(),
              (QStringList{QStringLiteral("bulk"), QStringLiteral("seungmin"), QStringLiteral("dain")}));
    EXPECT_EQ(header->sortIndicatorSection(), orders().section(Column::Balance));
    EXPECT_EQ(header->sortIndicatorOrder(), Qt::DescendingOrder);

    m_page->unpaidSortBar()->setOrder(UnpaidSortBar::Order::DaysOverdue);
    // Equally late, the larger debt comes first.
    EXPECT_EQ(shownNicknames(),
              (QStringList{QStringLiteral("seungmin"), QStringLiteral("dain"), QStringLiteral("bulk")}));
    EXPECT_EQ(shownOverdue(),
              (QStringList{QStringLiteral("4 days"), QStringLiteral("4 days"), QStringLiteral("1 day")}));

    // A header click sorts by anything else; the choice then names none.
    table().sortByColumn(orders().section(Column::Nickname), Qt::AscendingOrder);
    EXPECT_EQ(choice().currentIndex(), -1);
    EXPECT_EQ(shownNicknames().front(), QStringLiteral("bulk"));
    table().sortByColumn(orders().section(Column::DaysOverdue), Qt::DescendingOrder);
    EXPECT_EQ(choice().currentText(), QStringLiteral("Days overdue, longest first"));

    // Leaving the view gives the table back its own order.
    m_page->unpaidOnlyAction()->trigger();
    EXPECT_FALSE(m_page->unpaidSortBar()->isVisible());
    EXPECT_EQ(header->sortIndicatorSection(), -1);
    EXPECT_EQ(shownNicknames().front(), QStringLiteral("tini"));
    EXPECT_EQ(shownNicknames().back(), QStringLiteral("bulk"));
}

TEST_F(UnpaidSortTest, LeavingTheViewRestoresTheSortTheUserHad)
{
    table().sortByColumn(orders().section(Column::Nickname), Qt::DescendingOrder);
    m_page->unpaidOnlyAction()->trigger();
    EXPECT_EQ(table().horizontalHeader()->sortIndicatorSection(), orders().section(Column::Balance));
    m_page->reconfirmListAction()->trigger(); // switches the unpaid view off
    EXPECT_FALSE(m_page->unpaidSortBar()->isVisible());
    EXPECT_EQ(table().horizontalHeader()->sortIndicatorSection(), orders().section(Column::Nickname));
    EXPECT_EQ(table().horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

} // namespace
} // namespace gonggu::test
