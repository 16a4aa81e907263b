#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** RoundRepository: unique titles, every field stored, rounds named by id or title. */
class RoundRepositoryTest : public TempWorkspaceTest
{
protected:
    RoundRepository rounds() { return RoundRepository(workspace()); }
};

TEST_F(RoundRepositoryTest, StoresEveryField)
{
    Round round;
    round.title = QStringLiteral("『실전 리팩터링』 공동구매");
    round.supplier = QStringLiteral("가나다출판사");
    round.supplierContact = QStringLiteral("영업부 02-555-0100");
    round.status = RoundStatus::Ordered;
    round.opensOn = QDate(2026, 11, 1);
    round.closesOn = QDate(2026, 11, 3);
    round.paymentDue = QDate(2026, 11, 6);
    round.bankAccount = QStringLiteral("가나은행 123-456-789012");
    round.shippingFee = Money::won(3500);
    round.minimumQuantity = 20;
    round.notes = QStringLiteral("모임에서 전달");
    const RoundId id = rounds().create(round);

    reopen();
    const std::optional<Round> stored = rounds().find(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->title, round.title);
    EXPECT_EQ(stored->supplier, round.supplier);
    EXPECT_EQ(stored->supplierContact, round.supplierContact);
    EXPECT_EQ(stored->status, RoundStatus::Ordered);
    EXPECT_EQ(stored->opensOn, round.opensOn);
    EXPECT_EQ(stored->closesOn, round.closesOn);
    EXPECT_EQ(stored->paymentDue, round.paymentDue);
    EXPECT_EQ(stored->bankAccount, round.bankAccount);
    EXPECT_EQ(stored->shippingFee, Money::won(3500));
    EXPECT_EQ(stored->minimumQuantity, 20);
    EXPECT_EQ(stored->notes, round.notes);
}

TEST_F(RoundRepositoryTest, UnsetDatesStayNull)
{
    const Round round = addRound(workspace(), QStringLiteral("1차 공구"));
    const std::optional<Round> stored = rounds().find(round.id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_TRUE(stored->closesOn.isNull());
    EXPECT_TRUE(stored->paymentDue.isNull());
    EXPECT_FALSE(stored->minimumQuantity.has_value());
}

TEST_F(RoundRepositoryTest, TitlesAreUnique)
{
    addRound(workspace(), QStringLiteral("1차 공구"));
    EXPECT_THROW(addRound(workspace(), QStringLiteral("1차 공구")), InputError);
    EXPECT_THROW(addRound(workspace(), QStringLiteral("  1차 공구 ")), InputError) << "titles are compared trimmed";
    EXPECT_EQ(rounds().all().size(), 1u);
}

TEST_F(RoundRepositoryTest, RenamingOntoAnotherTitleIsRefused)
{
    addRound(workspace(), QStringLiteral("1차 공구"));
    Round second = addRound(workspace(), QStringLiteral("2차 공구"));
    second.title = QStringLiteral("1차 공구");
    EXPECT_THROW(rounds().update(second), InputError);
    EXPECT_EQ(rounds().find(second.id)->title, QStringLiteral("2차 공구"));

    second.title = QStringLiteral("2차 공구 (마감)");
    rounds().update(second);
    EXPECT_EQ(rounds().find(second.id)->title, QStringLiteral("2차 공구 (마감)"));
}

TEST_F(RoundRepositoryTest, RefusesBlankTitleAndNegativeFee)
{
    Round round;
    round.title = QStringLiteral("   ");
    EXPECT_THROW(rounds().create(round), InputError);
    round.title = QStringLiteral("1차 공구");
    round.shippingFee = Money::won(-1);
    EXPECT_THROW(rounds().create(round), InputError);
    EXPECT_TRUE(rounds().all().empty());
}

TEST_F(RoundRepositoryTest, ResolvesByIdAndByTitle)
{
    const Round first = addRound(workspace(), QStringLiteral("1차 공구"));
    const Round second = addRound(workspace(), QStringLiteral("2차 공구"));
    EXPECT_EQ(rounds().resolve(QString::number(second.id)).title, QStringLiteral("2차 공구"));
    EXPECT_EQ(rounds().resolve(QStringLiteral("1차 공구")).id, first.id);
    EXPECT_EQ(rounds().resolve(QStringLiteral(" 2차 공구 ")).id, second.id);
}

TEST_F(RoundRepositoryTest, UnknownReferenceIsAnInputError)
{
    addRound(workspace(), QStringLiteral("1차 공구"));
    for (const QString &reference :
         {QStringLiteral("3차 공구"), QStringLiteral("99"), QStringLiteral("1차"), QString()}) {
        try {
            rounds().resolve(reference);
            ADD_FAILURE() << "resolved '" << reference.toStdString() << "'";
        } catch (const InputError &error) {
            EXPECT_TRUE(error.message().contains(reference)) << error.what();
        }
    }
}

TEST_F(RoundRepositoryTest, AllIsOldestFirst)
{
    addRound(workspace(), QStringLiteral("나중 공구"));
    addRound(workspace(), QStringLiteral("가장 나중 공구"));
    const std::vector<Round> all = rounds().all();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].title, QStringLiteral("나중 공구"));
    EXPECT_EQ(all[1].title, QStringLiteral("가장 나중 공구"));
}

} // namespace
