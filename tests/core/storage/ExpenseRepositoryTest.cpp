#include "storage/ExpenseRepository.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** ExpenseRepository: a round's supplier, shipping and other costs, positive whole won only. */
class ExpenseRepositoryTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_round = addRound(workspace(), QStringLiteral("1차 공구")).id;
    }
    Expense expenseOf(ExpenseKind kind, qint64 won, QDate spentOn = QDate(2026, 11, 6),
                      const QString &note = QString()) const
    {
        Expense expense;
        expense.roundId = m_round;
        expense.kind = kind;
        expense.amount = Money::won(won);
        expense.spentOn = spentOn;
        expense.note = note;
        return expense;
    }
    ExpenseId add(ExpenseKind kind, qint64 won, QDate spentOn = QDate(2026, 11, 6))
    {
        return ExpenseRepository(workspace()).add(expenseOf(kind, won, spentOn));
    }
    std::vector<qint64> amountsInRound()
    {
        std::vector<qint64> amounts;
        for (const Expense &expense : ExpenseRepository(workspace()).forRound(m_round))
            amounts.push_back(expense.amount.toWon());
        return amounts;
    }

    RoundId m_round = 0;
};

TEST_F(ExpenseRepositoryTest, StoresAnExpenseAsGivenWithItsCreationTime)
{
    const ExpenseId id = ExpenseRepository(workspace())
                             .add(expenseOf(ExpenseKind::Supplier, 480'000, QDate(2026, 11, 6),
                                            QStringLiteral("  가나다출판사 1차 입금  ")));
    reopen();
    const std::optional<Expense> stored = ExpenseRepository(workspace()).find(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->id, id);
    EXPECT_EQ(stored->roundId, m_round);
    EXPECT_EQ(stored->kind, ExpenseKind::Supplier);
    EXPECT_EQ(stored->amount, Money::won(480'000));
    EXPECT_EQ(stored->spentOn, QDate(2026, 11, 6));
    EXPECT_EQ(stored->note, QStringLiteral("가나다출판사 1차 입금"));
    EXPECT_EQ(stored->createdAt, m_clock.nowUtc());
}

TEST_F(ExpenseRepositoryTest, ZeroNegativeAndHugeAmountsAreRefusedAndNothingIsStored)
{
    for (const qint64 won : {qint64(0), qint64(-5000), Money::maxAbsoluteWon + 1}) {
        try {
            add(ExpenseKind::Shipping, won);
            ADD_FAILURE() << "accepted " << won;
        } catch (const InputError &error) {
            EXPECT_FALSE(error.message().isEmpty());
        }
    }
    EXPECT_TRUE(amountsInRound().empty());
}

TEST_F(ExpenseRepositoryTest, AnUnknownRoundIsRefused)
{
    Expense expense = expenseOf(ExpenseKind::Other, 1000);
    expense.roundId = 999;
    EXPECT_THROW(ExpenseRepository(workspace()).add(expense), InputError);
}

TEST_F(ExpenseRepositoryTest, ListsTheRoundsExpensesByDateUndatedLastThenInTheOrderRecorded)
{
    add(ExpenseKind::Supplier, 3, QDate(2026, 11, 9));
    add(ExpenseKind::Shipping, 2, QDate(2026, 11, 2));
    add(ExpenseKind::Other, 5, QDate());
    add(ExpenseKind::Other, 4, QDate(2026, 11, 9));
    add(ExpenseKind::Supplier, 1, QDate(2026, 11, 1));
    const RoundId other = addRound(workspace(), QStringLiteral("2차 공구")).id;
    Expense elsewhere = expenseOf(ExpenseKind::Supplier, 99);
    elsewhere.roundId = other;
    ExpenseRepository(workspace()).add(elsewhere);

    EXPECT_EQ(amountsInRound(), (std::vector<qint64>{1, 2, 3, 4, 5}));
}

TEST_F(ExpenseRepositoryTest, UpdateChangesKindAmountDateAndNote)
{
    const ExpenseId id = add(ExpenseKind::Other, 1200);
    Expense changed = expenseOf(ExpenseKind::Shipping, 4500, QDate(2026, 11, 8), QStringLiteral("택배 3상자"));
    changed.id = id;
    ExpenseRepository(workspace()).update(changed);
    const std::optional<Expense> stored = ExpenseRepository(workspace()).find(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->kind, ExpenseKind::Shipping);
    EXPECT_EQ(stored->amount, Money::won(4500));
    EXPECT_EQ(stored->spentOn, QDate(2026, 11, 8));
    EXPECT_EQ(stored->note, QStringLiteral("택배 3상자"));
}

TEST_F(ExpenseRepositoryTest, UpdateRefusesAnUnknownIdAndABadAmountLeavingTheExpenseAsItWas)
{
    const ExpenseId id = add(ExpenseKind::Other, 1200);
    Expense unknown = expenseOf(ExpenseKind::Other, 1000);
    unknown.id = id + 100;
    EXPECT_THROW(ExpenseRepository(workspace()).update(unknown), InputError);
    Expense negative = expenseOf(ExpenseKind::Other, -1);
    negative.id = id;
    EXPECT_THROW(ExpenseRepository(workspace()).update(negative), InputError);
    EXPECT_EQ(amountsInRound(), (std::vector<qint64>{1200}));
}

TEST_F(ExpenseRepositoryTest, RemoveDeletesAndRefusesAnUnknownId)
{
    const ExpenseId id = add(ExpenseKind::Other, 1200);
    ExpenseRepository(workspace()).remove(id);
    EXPECT_FALSE(ExpenseRepository(workspace()).find(id));
    EXPECT_THROW(ExpenseRepository(workspace()).remove(id), InputError);
}

TEST_F(ExpenseRepositoryTest, RestorePutsARemovedExpenseBackUnderItsOwnId)
{
    const ExpenseId first = add(ExpenseKind::Supplier, 100'000);
    add(ExpenseKind::Shipping, 4500);
    const Expense removed = *ExpenseRepository(workspace()).find(first);
    ExpenseRepository(workspace()).remove(first);

    m_clock.set(m_clock.nowUtc().addSecs(3600)); // a restore must keep the original creation time, not stamp a new one
    ExpenseRepository(workspace()).restore(removed);
    const std::optional<Expense> back = ExpenseRepository(workspace()).find(first);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->amount, Money::won(100'000));
    EXPECT_EQ(back->kind, ExpenseKind::Supplier);
    EXPECT_EQ(back->createdAt, removed.createdAt);
    EXPECT_THROW(ExpenseRepository(workspace()).restore(removed), InputError) << "the id is taken again";
}

} // namespace
