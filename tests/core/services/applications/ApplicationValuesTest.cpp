#include "services/applications/ApplicationValues.h"

#include <gtest/gtest.h>

namespace gonggu {
namespace {
using namespace Qt::StringLiterals;

struct CopiesCase
{
    QString text;
    std::optional<int> expected;
};

/** What people type into a "how many copies" field. */
class CopiesTest : public ::testing::TestWithParam<CopiesCase>
{
};

TEST_P(CopiesTest, ReadsNumbersWithUnitsAndRefusesWords)
{
    EXPECT_EQ(ApplicationValues::copies(GetParam().text), GetParam().expected) << GetParam().text.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Forms, CopiesTest,
                         ::testing::Values(CopiesCase{u"1"_s, 1}, CopiesCase{u"2권"_s, 2}, CopiesCase{u" 3 부 "_s, 3},
                                           CopiesCase{u"２"_s, 2}, CopiesCase{u"1개"_s, 1}, CopiesCase{u"2 copies"_s, 2},
                                           CopiesCase{u""_s, 0}, CopiesCase{u"두 권"_s, std::nullopt},
                                           CopiesCase{u"1.5"_s, std::nullopt}, CopiesCase{u"-1"_s, std::nullopt},
                                           CopiesCase{u"1e3"_s, std::nullopt}, CopiesCase{u"many"_s, std::nullopt}));

TEST(DeliveryTest, KoreanAndEnglishWordsForBothWays)
{
    EXPECT_EQ(ApplicationValues::delivery(u"택배"_s), Delivery::Courier);
    EXPECT_EQ(ApplicationValues::delivery(u"택배 수령"_s), Delivery::Courier); // courier wins over "수령"
    EXPECT_EQ(ApplicationValues::delivery(u"Courier"_s), Delivery::Courier);
    EXPECT_EQ(ApplicationValues::delivery(u"현장 수령"_s), Delivery::Pickup);
    EXPECT_EQ(ApplicationValues::delivery(u"모임에서 받기"_s), Delivery::Pickup);
    EXPECT_EQ(ApplicationValues::delivery(u"meetup"_s), Delivery::Pickup);
    EXPECT_EQ(ApplicationValues::delivery(u""_s), std::nullopt);
    EXPECT_EQ(ApplicationValues::delivery(u"드론"_s), std::nullopt);
}

TEST(AsksForTest, RequestsAndRefusals)
{
    for (const QString &yes : {u"예"_s, u"필요"_s, u"O"_s, u"yes"_s, u"세금계산서 필요"_s, u"Nokia Korea"_s})
        EXPECT_TRUE(ApplicationValues::asksFor(yes)) << yes.toStdString();
    for (const QString &no : {u""_s, u"아니오"_s, u"불필요"_s, u"필요 없어요"_s, u"X"_s, u"no"_s, u"-"_s})
        EXPECT_FALSE(ApplicationValues::asksFor(no)) << no.toStdString();
}

TEST(StatusTest, ReadsTheLifecycleWords)
{
    EXPECT_EQ(ApplicationValues::status(u"관심 있음"_s), OrderStatus::Interested);
    EXPECT_EQ(ApplicationValues::status(u"신청"_s), OrderStatus::Applied);
    EXPECT_EQ(ApplicationValues::status(u"확정"_s), OrderStatus::Confirmed);
    EXPECT_EQ(ApplicationValues::status(u"Cancelled"_s), OrderStatus::Cancelled);
    EXPECT_EQ(ApplicationValues::status(u"???"_s), std::nullopt);
}

TEST(TimestampTest, GoogleFormsKoreanAndEnglishAndIso)
{
    EXPECT_EQ(ApplicationValues::timestamp(u"2026. 11. 1 오전 10:01:02"_s),
              QDateTime(QDate(2026, 11, 1), QTime(10, 1, 2)));
    EXPECT_EQ(ApplicationValues::timestamp(u"2026. 11. 2 오후 2:30:00"_s), QDateTime(QDate(2026, 11, 2), QTime(14, 30)));
    EXPECT_EQ(ApplicationValues::timestamp(u"2026. 11. 2 오전 12:05:00"_s), QDateTime(QDate(2026, 11, 2), QTime(0, 5)));
    EXPECT_EQ(ApplicationValues::timestamp(u"2026-11-03 09:00:00"_s), QDateTime(QDate(2026, 11, 3), QTime(9, 0)));
    EXPECT_EQ(ApplicationValues::timestamp(u"2026-11-03T09:00"_s), QDateTime(QDate(2026, 11, 3), QTime(9, 0)));
    EXPECT_EQ(ApplicationValues::timestamp(u"11/4/2026 1:00:00 PM"_s), QDateTime(QDate(2026, 11, 4), QTime(13, 0)));
    EXPECT_FALSE(ApplicationValues::timestamp(u"어제 저녁"_s).isValid());
    EXPECT_FALSE(ApplicationValues::timestamp(u"2026-02-30 10:00"_s).isValid());
}

} // namespace
} // namespace gonggu
