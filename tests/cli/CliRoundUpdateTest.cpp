// round update: the milestones after the applications (ordered, delivery, meetup) and any other detail.
#include "CliProcess.h"

#include <QJsonObject>

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

class CliRoundUpdateTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        create({u"round"_s, u"create"_s, u"--title"_s, u"가을 공구"_s, u"--supplier"_s, u"가나다출판사"_s,
                u"--closes"_s, u"2026-12-03"_s});
    }
    QJsonObject shown() const { return cli({u"round"_s, u"show"_s, u"1"_s, u"--format"_s, u"json"_s}).json().object(); }
};

TEST_F(CliRoundUpdateTest, SetsTheMilestonesAndLeavesTheRestAsItWas)
{
    const CliResult result = cli({u"round"_s, u"update"_s, u"1"_s, u"--status"_s, u"ordered"_s, u"--ordered"_s,
                                  u"2026-12-05"_s, u"--delivery"_s, u"2026-12-10"_s, u"--meetup"_s,
                                  u"2026-12-12 19:00"_s, u"--meetup-place"_s, u"강남역 스터디룸"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject round = shown();
    EXPECT_EQ(round[u"status"_s].toString(), u"ordered"_s);
    EXPECT_EQ(round[u"ordered"_s].toString(), u"2026-12-05"_s);
    EXPECT_EQ(round[u"delivery"_s].toString(), u"2026-12-10"_s);
    EXPECT_EQ(round[u"meetup"_s].toString(), u"2026-12-12T19:00:00+09:00"_s); // entered and shown in Korean time
    EXPECT_EQ(round[u"meetup_place"_s].toString(), u"강남역 스터디룸"_s);
    EXPECT_EQ(round[u"closes"_s].toString(), u"2026-12-03"_s);
    EXPECT_EQ(round[u"supplier"_s].toString(), u"가나다출판사"_s);
}

TEST_F(CliRoundUpdateTest, MarkingOrderedWarnsOfOpenQuestionsAndTheMinimumButOrders)
{
    ASSERT_EQ(cli({u"checklist"_s, u"--round"_s, u"1"_s, u"--add"_s, u"세금계산서 발행 가능?"_s}).exitCode, 0);
    ASSERT_EQ(cli({u"round"_s, u"update"_s, u"1"_s, u"--minimum"_s, u"10"_s}).exitCode, 0);

    const CliResult ordered = cli({u"round"_s, u"update"_s, u"1"_s, u"--status"_s, u"ordered"_s});
    ASSERT_EQ(ordered.exitCode, 0) << ordered.err.toStdString();
    EXPECT_EQ(ordered.errLines(),
              (QStringList{u"gonggu-cli: warning: Not settled yet: 세금계산서 발행 가능?"_s,
                           u"gonggu-cli: warning: 0 of the minimum 10 copies requested (10 short)"_s}));
    EXPECT_EQ(shown()[u"status"_s].toString(), u"ordered"_s);

    // Only the step to "ordered" warns: later changes to an ordered round do not repeat it.
    const CliResult again =
        cli({u"round"_s, u"update"_s, u"1"_s, u"--status"_s, u"ordered"_s, u"--delivery"_s, u"2026-12-10"_s});
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.err.isEmpty()) << again.err.toStdString();
}

TEST_F(CliRoundUpdateTest, BadValuesChangeNothing)
{
    const QString before = workspaceDump(workspacePath());
    for (const QStringList &arguments :
         {QStringList{u"round"_s, u"update"_s, u"1"_s, u"--meetup"_s, u"2026-12-12 25:00"_s},
          QStringList{u"round"_s, u"update"_s, u"1"_s, u"--delivery"_s, u"2026-02-30"_s},
          QStringList{u"round"_s, u"update"_s, u"1"_s, u"--opens"_s, u"2026-12-05"_s},
          QStringList{u"round"_s, u"update"_s, u"9"_s, u"--status"_s, u"ordered"_s},
          QStringList{u"round"_s, u"update"_s, u"1"_s, u"--status"_s, u"shipped"_s}}) {
        const CliResult result = cli(arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(u' ').toStdString();
        EXPECT_EQ(result.errLines().size(), 1) << result.err.toStdString();
    }
    EXPECT_EQ(workspaceDump(workspacePath()), before);
}

} // namespace
} // namespace gonggu::test
