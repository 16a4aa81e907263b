// Which milestones a round has, their order, days and titles.
#include "services/RoundMilestones.h"

#include <gtest/gtest.h>

using namespace gonggu;
using namespace Qt::StringLiterals;

namespace {

TEST(RoundMilestonesTest, OnlyTheDatesThatAreSetInLifeOrder)
{
    Round round;
    round.id = 7;
    round.title = u"『실전 리팩터링』 공동구매"_s;
    round.deliveryOn = QDate(2026, 11, 13);
    round.closesOn = QDate(2026, 11, 3);
    const std::vector<Milestone> milestones = RoundMilestones::of(round, Language::Korean);
    ASSERT_EQ(milestones.size(), 2u);
    EXPECT_EQ(milestones[0].kind, MilestoneKind::Closes);
    EXPECT_EQ(milestones[0].date, QDate(2026, 11, 3));
    EXPECT_FALSE(milestones[0].isTimed());
    EXPECT_EQ(milestones[0].title, u"『실전 리팩터링』 공구 신청 마감"_s);
    EXPECT_EQ(milestones[1].kind, MilestoneKind::Delivery);
}

TEST(RoundMilestonesTest, NoDatesNoMilestones)
{
    Round round;
    round.title = u"날짜 없는 공구"_s;
    EXPECT_TRUE(RoundMilestones::of(round, Language::Korean).empty());
    EXPECT_TRUE(RoundMilestones::calendarEvents(round, Language::Korean).empty());
}

TEST(RoundMilestonesTest, MeetupDayIsTheDayInSeoul)
{
    Round round;
    round.title = u"밤 모임"_s;
    round.meetupAt = QDateTime(QDate(2026, 11, 14), QTime(16, 0), Qt::UTC); // 01:00 on the 15th in Seoul
    round.meetupPlace = u"합정역"_s;
    const std::vector<Milestone> milestones = RoundMilestones::of(round, Language::English);
    ASSERT_EQ(milestones.size(), 1u);
    EXPECT_TRUE(milestones[0].isTimed());
    EXPECT_EQ(milestones[0].date, QDate(2026, 11, 15));
    EXPECT_EQ(milestones[0].place, u"합정역"_s);
    EXPECT_EQ(milestones[0].title, u"밤 모임: hand-over meetup"_s);
}

TEST(RoundMilestonesTest, ShortTitleDropsTheWordForGroupBuy)
{
    Round round;
    round.title = u"『객체지향의 사실과 오해』 공구"_s;
    EXPECT_EQ(RoundMilestones::shortTitle(round), u"『객체지향의 사실과 오해』"_s);
    round.title = u"공동구매"_s; // nothing would be left
    EXPECT_EQ(RoundMilestones::shortTitle(round), u"공동구매"_s);
    round.title = u"11월 책 모음"_s;
    EXPECT_EQ(RoundMilestones::shortTitle(round), u"11월 책 모음"_s);
}

} // namespace
