#include "services/bank/DepositMatcher.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace gonggu;

namespace {

// A round like the real one: most buyers owe 30,000 for one copy; two are both named 김민준.
MatchableBuyer buyer(OrderId order, const QString &realName, const QString &nickname, qint64 owed,
                     const QString &phone = {}, const QString &depositor = {})
{
    MatchableBuyer b;
    b.orderId = order;
    b.personId = order + 100;
    b.displayName = realName;
    b.realName = realName;
    b.nickname = nickname;
    b.phone = phone;
    b.depositorName = depositor;
    b.owed = Money::won(owed);
    return b;
}

std::vector<MatchableBuyer> roundBuyers()
{
    return {
        buyer(1, QStringLiteral("홍길동"), QStringLiteral("gildong"), 30000, QStringLiteral("010-1111-2222")),
        buyer(2, QStringLiteral("김영희"), QStringLiteral("younghee"), 60000),
        buyer(3, QStringLiteral("박철수"), QStringLiteral("chulsoo"), 30000, QStringLiteral("010-3333-0042")),
        buyer(4, QStringLiteral("김민준"), QStringLiteral("minjun_a"), 30000, QStringLiteral("010-5555-1234")),
        buyer(5, QStringLiteral("김민준"), QStringLiteral("minjun_b"), 30000, QStringLiteral("010-6666-9876")),
        buyer(6, QStringLiteral("성춘향"), QStringLiteral("chunhyang"), 25000),
        buyer(7, QStringLiteral("이서연"), QStringLiteral("tini"), 45000),
        buyer(8, QStringLiteral("최유진"), QStringLiteral("yujin"), 27000, {}, QStringLiteral("최유진엄마")),
        buyer(9, QStringLiteral("정하늘"), QStringLiteral("sky"), 0), // paid already
    };
}

struct MatchCase
{
    const char *label;
    const char16_t *depositor;
    qint64 amount;
    MatchKind kind;
    std::vector<OrderId> candidates; // in rank order (the first ones that matter)
    MatchReason firstReason;         // a reason the best candidate must carry
    bool split = false;
};

class DepositMatcherTruthTable : public ::testing::TestWithParam<MatchCase>
{
};

/** The matching truth table: only an exact name with the exact amount for one buyer is a match; everything
 *  else is a suggestion that says why, or nothing. */
TEST_P(DepositMatcherTruthTable, RanksAndExplains)
{
    const MatchCase &c = GetParam();
    const DepositMatcher matcher(roundBuyers());
    const DepositMatch match = matcher.match(QString::fromUtf16(c.depositor), Money::won(c.amount));
    EXPECT_EQ(match.kind, c.kind) << match.explanation.toStdString();
    ASSERT_GE(match.candidates.size(), c.candidates.size()) << match.explanation.toStdString();
    for (std::size_t i = 0; i < c.candidates.size(); ++i)
        EXPECT_EQ(match.candidates[i].orderId, c.candidates[i]) << "candidate " << i;
    if (!c.candidates.empty()) {
        const std::vector<MatchReason> &reasons = match.candidates.front().reasons;
        EXPECT_NE(std::find(reasons.begin(), reasons.end(), c.firstReason), reasons.end())
            << toKey(c.firstReason).toStdString() << " missing: " << match.candidates.front().explanation.toStdString();
        EXPECT_FALSE(match.candidates.front().explanation.isEmpty());
    }
    EXPECT_EQ(match.split, c.split);
    EXPECT_FALSE(match.explanation.isEmpty());
    if (c.kind == MatchKind::Unmatched) {
        EXPECT_TRUE(match.candidates.empty());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DepositMatcherTruthTable,
    ::testing::Values(
        MatchCase{"exactNameAndAmount", u"홍길동", 30000, MatchKind::Matched, {1}, MatchReason::AmountExact},
        MatchCase{"spacesInName", u"김 영 희", 60000, MatchKind::Matched, {2}, MatchReason::NameExact},
        MatchCase{"phoneSuffixThatIsTheirs", u"박철수0042", 30000, MatchKind::Matched, {3},
                  MatchReason::NameWithAffix},
        MatchCase{"phoneSuffixThatIsNotTheirs", u"박철수9999", 30000, MatchKind::Suggested, {3},
                  MatchReason::NamePartial},
        MatchCase{"nicknameAlone", u"tini", 45000, MatchKind::Matched, {7}, MatchReason::NameExact},
        MatchCase{"nameWithNickname", u"이서연tini", 45000, MatchKind::Matched, {7}, MatchReason::NameWithAffix},
        MatchCase{"depositorNameOnFile", u"최유진엄마", 27000, MatchKind::Matched, {8}, MatchReason::NameExact},
        MatchCase{"sameNameBuyers", u"김민준", 30000, MatchKind::Suggested, {4, 5}, MatchReason::SameName},
        MatchCase{"sameNameToldApartByPhone", u"김민준9876", 30000, MatchKind::Matched, {5},
                  MatchReason::NameWithAffix},
        MatchCase{"wrongAmountPartial", u"홍길동", 20000, MatchKind::Suggested, {1}, MatchReason::AmountDiffers},
        MatchCase{"combinedDeposit", u"홍길동", 60000, MatchKind::Suggested, {1, 3}, MatchReason::CombinedDeposit,
                  true},
        MatchCase{"onBehalf", u"성춘향(향단대납)", 25000, MatchKind::Suggested, {6}, MatchReason::OnBehalf},
        MatchCase{"alreadyPaid", u"정하늘", 27000, MatchKind::Suggested, {9}, MatchReason::AlreadyPaid},
        MatchCase{"nameWithMoreText", u"김영희회사", 60000, MatchKind::Suggested, {2}, MatchReason::NamePartial},
        MatchCase{"nameCutShortByTheBank", u"최유", 27000, MatchKind::Suggested, {8}, MatchReason::NameCutShort},
        MatchCase{"unknownNameUniqueAmount", u"강감찬", 45000, MatchKind::Suggested, {7}, MatchReason::AmountOnly},
        MatchCase{"unknownNameNobodyOwes", u"강감찬", 12345, MatchKind::Unmatched, {}, MatchReason::AmountOnly},
        MatchCase{"fullWidthAndCase", u"ＴＩＮＩ", 45000, MatchKind::Matched, {7}, MatchReason::NameExact}),
    [](const auto &info) { return std::string(info.param.label); });

TEST(DepositMatcher, SameAmountTwiceFromOneBuyerMatchesOnceThenFlagsTheSecond)
{
    DepositMatcher matcher(roundBuyers());
    const DepositMatch first = matcher.match(QStringLiteral("홍길동"), Money::won(30000));
    ASSERT_EQ(first.kind, MatchKind::Matched);
    matcher.recordPayment(first.candidates.front().orderId, Money::won(30000));

    const DepositMatch second = matcher.match(QStringLiteral("홍길동"), Money::won(30000));
    EXPECT_EQ(second.kind, MatchKind::Suggested);
    ASSERT_EQ(second.candidates.size(), 1u);
    const auto &reasons = second.candidates.front().reasons;
    EXPECT_NE(std::find(reasons.begin(), reasons.end(), MatchReason::AlreadyPaid), reasons.end());
}

TEST(DepositMatcher, ARememberedAliasMatchesLikeAName)
{
    std::vector<MatchableBuyer> buyers = roundBuyers();
    buyers[5].aliases << QStringLiteral("성춘향(향단대납)");
    const DepositMatch match = DepositMatcher(buyers).match(QStringLiteral("성춘향(향단대납)"), Money::won(25000));
    EXPECT_EQ(match.kind, MatchKind::Matched);
    ASSERT_EQ(match.candidates.size(), 1u);
    EXPECT_EQ(match.candidates.front().orderId, 6);
    EXPECT_EQ(match.candidates.front().reasons.front(), MatchReason::Alias);
}

TEST(DepositMatcher, ACombinedDepositSplitsIntoTheNamedShareAndTheRest)
{
    const DepositMatch match = DepositMatcher(roundBuyers()).match(QStringLiteral("홍길동"), Money::won(60000));
    ASSERT_TRUE(match.split);
    ASSERT_EQ(match.candidates.size(), 2u);
    EXPECT_EQ(match.candidates[0].amount, Money::won(30000));
    EXPECT_EQ(match.candidates[1].amount, Money::won(30000));
}

TEST(DepositMatcher, TheMemoPicksWhoTheRestOfACombinedDepositIsFor)
{
    const DepositMatch match =
        DepositMatcher(roundBuyers()).match(QStringLiteral("홍길동"), Money::won(60000), QStringLiteral("김민준 몫 포함"));
    ASSERT_EQ(match.candidates.size(), 2u);
    EXPECT_TRUE(match.candidates[1].orderId == 4 || match.candidates[1].orderId == 5);
}

TEST(DepositMatcher, AnAmountManyBuyersOweIsNoSuggestion)
{
    std::vector<MatchableBuyer> buyers;
    for (OrderId order = 1; order <= 12; ++order)
        buyers.push_back(buyer(order, QStringLiteral("구매자%1").arg(order), {}, 30000));
    const DepositMatch match = DepositMatcher(buyers).match(QStringLiteral("모르는사람"), Money::won(30000));
    EXPECT_EQ(match.kind, MatchKind::Unmatched);
    EXPECT_TRUE(match.explanation.contains(QStringLiteral("12"))) << match.explanation.toStdString();
}

TEST(DepositMatcher, ACommonNameInABigRoundShowsTheLikeliestFewAndCountsTheRest)
{
    std::vector<MatchableBuyer> buyers;
    for (OrderId order = 1; order <= 600; ++order)
        buyers.push_back(buyer(order, QStringLiteral("김민준"), QStringLiteral("mj%1").arg(order),
                               order == 450 ? 27000 : (order % 2 ? 0 : 30000)));
    const DepositMatch match = DepositMatcher(buyers).match(QStringLiteral("김민준"), Money::won(27000));
    EXPECT_EQ(match.kind, MatchKind::Suggested);
    ASSERT_EQ(match.candidates.size(), 5u);
    EXPECT_EQ(match.candidates[0].orderId, 450); // owes exactly this
    EXPECT_EQ(match.candidates[1].orderId, 2);   // then those who still owe, in the order they came
    EXPECT_TRUE(match.explanation.contains(QStringLiteral("600"))) << match.explanation.toStdString();
}

TEST(DepositMatcher, AnEmptyNameIsNeverMatched)
{
    const DepositMatch match = DepositMatcher(roundBuyers()).match(QString(), Money::won(60000));
    EXPECT_NE(match.kind, MatchKind::Matched);
}

TEST(DepositMatcher, ExplainsTheAmountGapInWon)
{
    const DepositMatch match = DepositMatcher(roundBuyers()).match(QStringLiteral("홍길동"), Money::won(20000));
    ASSERT_FALSE(match.candidates.empty());
    EXPECT_TRUE(match.candidates.front().explanation.contains(QStringLiteral("20,000")));
    EXPECT_TRUE(match.candidates.front().explanation.contains(QStringLiteral("30,000")));
}

} // namespace
