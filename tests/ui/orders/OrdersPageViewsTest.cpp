#include "OrdersPageFixture.h"

#include "EmptyTableHint.h"
#include "services/OrderBook.h"
#include "storage/PersonRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCollator>
#include <QHeaderView>
#include <QSignalSpy>

namespace gonggu::test {
namespace {

using OrdersPageViewsTest = OrdersPageFixture;

TEST_F(OrdersPageViewsTest, UnpaidOnlyShowsTheTwoWhoOwe)
{
    QAbstractItemModelTester tester(&view(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counts(m_page.get(), &OrdersPage::visibleRowsChanged);
    m_page->unpaidOnlyAction()->trigger();
    EXPECT_TRUE(m_page->unpaidOnlyAction()->isChecked());
    EXPECT_EQ(shownNicknames(), (QStringList{QStringLiteral("seungmin"), QStringLiteral("dain")}));
    ASSERT_FALSE(counts.isEmpty());
    EXPECT_EQ(counts.last().at(0).toInt(), 2);
    EXPECT_EQ(counts.last().at(1).toInt(), 22);

    // Paying up takes a buyer out of the view at once.
    view().setData(cellOf(QStringLiteral("dain"), Column::OrderStatus), int(OrderStatus::Cancelled));
    EXPECT_EQ(shownNicknames(), QStringList{QStringLiteral("seungmin")});

    m_page->unpaidOnlyAction()->trigger();
    EXPECT_EQ(view().rowCount(), 22);
}

TEST_F(OrdersPageViewsTest, ReconfirmationListShowsTheInterestedAndSettlesThemWithOneUndo)
{
    // Two buyers had only said they were interested.
    OrderBook(ws(), m_clock)
        .setStatuses({orderOf(QStringLiteral("sua")).id, orderOf(QStringLiteral("jia")).id}, OrderStatus::Interested);
    m_session->ordersChanged(m_round.id, {});
    QAbstractItemModelTester tester(&view(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    m_page->unpaidOnlyAction()->trigger();
    m_page->reconfirmListAction()->trigger();
    EXPECT_FALSE(m_page->unpaidOnlyAction()->isChecked()); // one view at a time
    EXPECT_EQ(shownNicknames(), (QStringList{QStringLiteral("sua"), QStringLiteral("jia")}));

    // sua confirms, jia declines: each settled with the page's own actions.
    table().selectionModel()->select(cellOf(QStringLiteral("sua"), Column::Nickname),
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_page->confirmAction()->trigger();
    EXPECT_EQ(shownNicknames(), QStringList{QStringLiteral("jia")});
    table().selectionModel()->select(cellOf(QStringLiteral("jia"), Column::Nickname),
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_page->cancelAction()->trigger();
    EXPECT_EQ(view().rowCount(), 0);

    m_page->reconfirmListAction()->trigger();
    EXPECT_EQ(orderOf(QStringLiteral("sua")).status, OrderStatus::Confirmed);
    EXPECT_TRUE(orderOf(QStringLiteral("sua")).confirmedAt.isValid());
    EXPECT_EQ(orderOf(QStringLiteral("jia")).status, OrderStatus::Cancelled);
    undo().undo();
    EXPECT_EQ(orderOf(QStringLiteral("jia")).status, OrderStatus::Interested);
}

TEST_F(OrdersPageViewsTest, FilterFindsHangulLatinAndPhoneFragments)
{
    m_page->setFilterText(QStringLiteral("김민"));
    EXPECT_EQ(shownNicknames(), (QStringList{QStringLiteral("tini"), QStringLiteral("mj_kim")}));
    for (int row = 0; row < view().rowCount(); ++row)
        EXPECT_EQ(view().index(row, orders().section(Column::Name)).data().toString(), QStringLiteral("김민준"));

    m_page->setFilterText(QStringLiteral("tini"));
    EXPECT_EQ(shownNicknames(), QStringList{QStringLiteral("tini")});
    m_page->setFilterText(QStringLiteral("TiNi"));
    EXPECT_EQ(shownNicknames(), QStringList{QStringLiteral("tini")});
    m_page->setFilterText(QStringLiteral("2101-0019"));
    EXPECT_EQ(shownNicknames(), QStringList{QStringLiteral("mj_kim")});
    m_page->setFilterText(QStringLiteral("01021010022"));
    EXPECT_EQ(shownNicknames(), QStringList{QStringLiteral("dain")});
    m_page->setFilterText(QStringLiteral("ㅈㄷㅇ"));
    EXPECT_EQ(shownNicknames(), QStringList{QStringLiteral("dain")}) << "전다인 by its initial consonants";

    // With the unpaid view on, both narrow the table.
    m_page->setFilterText(QStringLiteral("seung"));
    m_page->unpaidOnlyAction()->setChecked(true);
    EXPECT_EQ(shownNicknames(), QStringList{QStringLiteral("seungmin")});
    m_page->setFilterText(QString());
    EXPECT_EQ(view().rowCount(), 2);
}

TEST_F(OrdersPageViewsTest, AnEmptyRoundSaysHowToAddTheFirstBuyer)
{
    auto *hint = table().findChild<EmptyTableHint *>();
    ASSERT_NE(hint, nullptr);
    EXPECT_FALSE(hint->isVisible());

    Round empty;
    empty.title = QStringLiteral("빈 공구");
    empty.supplier = QStringLiteral("출판사");
    empty.id = RoundRepository(ws()).create(empty);
    m_page->showRound(empty);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Add Buyer"))) << hint->text().toStdString();
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Ctrl+B"))) << hint->text().toStdString();

    m_page->showRound(m_round);
    EXPECT_FALSE(hint->isVisible());
    m_page->setFilterText(QStringLiteral("nobody-here"));
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().contains(QStringLiteral("nobody-here"))) << hint->text().toStdString();
}

TEST_F(OrdersPageViewsTest, EveryColumnSortsByItsRawValue)
{
    QAbstractItemModelTester tester(&view(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int section = 0; section < view().columnCount(); ++section) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            table().sortByColumn(section, order);
            for (int row = 1; row < view().rowCount(); ++row) {
                const QVariant a = view().index(row - 1, section).data(OrdersTableModel::SortRole);
                const QVariant b = view().index(row, section).data(OrdersTableModel::SortRole);
                if (a.typeId() == QMetaType::QString)
                    continue; // names sort by the user's collation; checked below
                const int compared = QVariant::compare(a, b) == QPartialOrdering::Less      ? -1
                                     : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                                            : 0;
                EXPECT_LE(order == Qt::AscendingOrder ? compared : -compared, 0) << section << " row " << row;
            }
        }
    }
    table().sortByColumn(orders().section(Column::Nickname), Qt::AscendingOrder);
    EXPECT_EQ(view().index(0, 0).data().toString(), QStringLiteral("chaewon"));
}

TEST_F(OrdersPageViewsTest, SortedByNameARenamedBuyerMovesAndSearchKeepsTheOrder)
{
    const int name = orders().section(Column::Name);
    table().sortByColumn(name, Qt::AscendingOrder);
    const QString first = view().index(0, name).data().toString();
    ASSERT_NE(first, QStringLiteral("가가가"));

    // A new name sorts afresh: the rows' collation keys follow the change.
    Person dain = PersonRepository(ws()).resolve(QStringLiteral("dain"));
    dain.displayName = QStringLiteral("가가가");
    PersonRepository(ws()).update(dain);
    orders().reload();
    EXPECT_EQ(view().index(0, name).data().toString(), QStringLiteral("가가가"));
    EXPECT_EQ(view().index(1, name).data().toString(), first);

    // Filtering keeps the rows in name order.
    m_page->setFilterText(QStringLiteral("ㅈ"));
    ASSERT_GT(view().rowCount(), 1);
    QCollator collator{QLocale(QLocale::Korean, QLocale::SouthKorea)};
    collator.setNumericMode(true);
    for (int row = 1; row < view().rowCount(); ++row) {
        EXPECT_LE(
            collator.compare(view().index(row - 1, name).data().toString(), view().index(row, name).data().toString()),
            0)
            << row;
    }
}

TEST_F(OrdersPageViewsTest, ColumnWidthsAndSortSurviveSwitchingRounds)
{
    QHeaderView *header = table().horizontalHeader();
    const int balance = orders().section(Column::Balance);
    header->resizeSection(balance, 211);
    table().sortByColumn(balance, Qt::DescendingOrder);

    // A round of three items: Balance moves two sections to the right.
    RoundRepository rounds(ws());
    Round other;
    other.title = QStringLiteral("세 권 공구");
    other.supplier = QStringLiteral("출판사");
    other.id = rounds.create(other);
    for (const QString &name : {QStringLiteral("가"), QStringLiteral("나"), QStringLiteral("다")}) {
        Item item;
        item.roundId = other.id;
        item.name = name;
        item.unitPrice = Money::won(1000);
        ItemRepository(ws()).add(item);
    }
    m_page->showRound(other);
    ASSERT_EQ(orders().section(Column::Balance), balance + 2);
    EXPECT_EQ(header->sectionSize(balance + 2), 211);
    EXPECT_EQ(header->sortIndicatorSection(), balance + 2);
    EXPECT_GT(header->sectionSize(orders().section(Column::Copies)), 20);

    m_page->showRound(m_round);
    EXPECT_EQ(header->sectionSize(balance), 211);
    EXPECT_EQ(header->sortIndicatorSection(), balance);
}

} // namespace
} // namespace gonggu::test
