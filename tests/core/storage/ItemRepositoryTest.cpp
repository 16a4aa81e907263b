#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** ItemRepository: names unique within a round, prices never negative, items named by id or name. */
class ItemRepositoryTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_round = addRound(workspace(), QStringLiteral("1차 공구")).id;
        m_otherRound = addRound(workspace(), QStringLiteral("2차 공구")).id;
    }
    ItemRepository items() { return ItemRepository(workspace()); }

    RoundId m_round = 0;
    RoundId m_otherRound = 0;
};

TEST_F(ItemRepositoryTest, StoresEveryField)
{
    Item item;
    item.roundId = m_round;
    item.name = QStringLiteral("실전 리팩터링");
    item.isbn = QStringLiteral("979-11-0000-001-2");
    item.listPrice = Money::won(28000);
    item.unitPrice = Money::won(25200);
    item.maxQuantity = 30;
    const ItemId id = items().add(item);

    const std::optional<Item> stored = items().find(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->roundId, m_round);
    EXPECT_EQ(stored->name, item.name);
    EXPECT_EQ(stored->isbn, item.isbn);
    EXPECT_EQ(stored->listPrice, Money::won(28000));
    EXPECT_EQ(stored->unitPrice, Money::won(25200));
    EXPECT_EQ(stored->maxQuantity, 30);
}

TEST_F(ItemRepositoryTest, NameIsUniquePerRound)
{
    addItem(workspace(), m_round, QStringLiteral("실전 리팩터링"), 25200);
    EXPECT_THROW(addItem(workspace(), m_round, QStringLiteral("실전 리팩터링"), 20000), InputError);
    EXPECT_THROW(addItem(workspace(), m_round, QStringLiteral(" 실전 리팩터링 "), 20000), InputError);
    EXPECT_NO_THROW(addItem(workspace(), m_otherRound, QStringLiteral("실전 리팩터링"), 25200));
    EXPECT_EQ(items().forRound(m_round).size(), 1u);
    EXPECT_EQ(items().forRound(m_otherRound).size(), 1u);
}

TEST_F(ItemRepositoryTest, RenamingOntoAnotherItemIsRefused)
{
    addItem(workspace(), m_round, QStringLiteral("실전 리팩터링"), 25200);
    Item second = addItem(workspace(), m_round, QStringLiteral("테스트 주도 개발"), 21600);
    second.name = QStringLiteral("실전 리팩터링");
    EXPECT_THROW(items().update(second), InputError);
    EXPECT_EQ(items().find(second.id)->name, QStringLiteral("테스트 주도 개발"));
}

TEST_F(ItemRepositoryTest, RefusesNegativePricesAndZeroMaximum)
{
    EXPECT_THROW(addItem(workspace(), m_round, QStringLiteral("음수"), -1), InputError);
    EXPECT_THROW(addItem(workspace(), m_round, QStringLiteral("없음"), 1000, 0), InputError);
    EXPECT_THROW(addItem(workspace(), m_round, QStringLiteral(" "), 1000), InputError);
    EXPECT_TRUE(items().forRound(m_round).empty());
}

TEST_F(ItemRepositoryTest, ResolvesWithinItsRoundOnly)
{
    const Item mine = addItem(workspace(), m_round, QStringLiteral("실전 리팩터링"), 25200);
    const Item theirs = addItem(workspace(), m_otherRound, QStringLiteral("함께 읽는 알고리즘"), 30600);
    EXPECT_EQ(items().resolve(m_round, QString::number(mine.id)).id, mine.id);
    EXPECT_EQ(items().resolve(m_round, QStringLiteral("실전 리팩터링")).id, mine.id);
    EXPECT_THROW(items().resolve(m_round, QString::number(theirs.id)), InputError);
    EXPECT_THROW(items().resolve(m_round, QStringLiteral("함께 읽는 알고리즘")), InputError);
    EXPECT_THROW(items().resolve(m_round, QStringLiteral("없는 책")), InputError);
}

TEST_F(ItemRepositoryTest, ForRoundKeepsTheOrderAdded)
{
    addItem(workspace(), m_round, QStringLiteral("하"), 1000);
    addItem(workspace(), m_round, QStringLiteral("가"), 1000);
    const std::vector<Item> all = items().forRound(m_round);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].name, QStringLiteral("하"));
    EXPECT_EQ(all[1].name, QStringLiteral("가"));
}

} // namespace
