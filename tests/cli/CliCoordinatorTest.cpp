#include "CliProcess.h"
#include "storage/ChangeLog.h"
#include "storage/Workspace.h"

namespace gonggu::test {
namespace {

// Who made a change: --coordinator, else GONGGU_COORDINATOR, else the login; with the command as typed.
class CliCoordinatorTest : public CliTest
{
protected:
    ChangeRecord latestChange() const
    {
        const Workspace workspace(workspacePath());
        const std::vector<ChangeRecord> changes = ChangeLog(workspace).recent(1);
        return changes.empty() ? ChangeRecord{} : changes.front();
    }
    CliResult addPerson(const QStringList &before, const QString &name, const QProcessEnvironment &environment) const
    {
        return cliRaw(before + QStringList{QStringLiteral("--workspace"), workspacePath(), QStringLiteral("person"),
                                           QStringLiteral("add"), QStringLiteral("--name"), name},
                      environment);
    }
};

TEST_F(CliCoordinatorTest, TheOptionNamesWhoMadeTheChange)
{
    const CliResult added =
        addPerson({QStringLiteral("--coordinator"), QStringLiteral("박지은")}, QStringLiteral("김민수"), environment());
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_EQ(latestChange().coordinator, QStringLiteral("박지은"));
    EXPECT_EQ(latestChange().summary, QStringLiteral("person add --name 김민수"));
}

TEST_F(CliCoordinatorTest, TheOptionAlsoComesAfterTheCommandWords)
{
    ASSERT_EQ(cli({QStringLiteral("round"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("1차"),
                   QStringLiteral("--supplier"), QStringLiteral("나무"), QStringLiteral("--coordinator=이수진")})
                  .exitCode,
              0);
    EXPECT_EQ(latestChange().coordinator, QStringLiteral("이수진"));
    EXPECT_EQ(latestChange().summary, QStringLiteral("round create --title 1차 --supplier 나무"));
}

TEST_F(CliCoordinatorTest, TheEnvironmentNamesThemWhenTheOptionDoesNot)
{
    QProcessEnvironment environment = this->environment();
    environment.insert(QStringLiteral("GONGGU_COORDINATOR"), QStringLiteral("최하나"));
    ASSERT_EQ(addPerson({}, QStringLiteral("김민수"), environment).exitCode, 0);
    EXPECT_EQ(latestChange().coordinator, QStringLiteral("최하나"));

    ASSERT_EQ(
        addPerson({QStringLiteral("--coordinator"), QStringLiteral("박지은")}, QStringLiteral("이수진"), environment)
            .exitCode,
        0);
    EXPECT_EQ(latestChange().coordinator, QStringLiteral("박지은")) << "the option wins over the environment";
}

TEST_F(CliCoordinatorTest, WithoutEitherTheLoginIsRecorded)
{
    QProcessEnvironment environment = this->environment();
    environment.remove(QStringLiteral("GONGGU_COORDINATOR"));
    environment.insert(QStringLiteral("USER"), QStringLiteral("gonggu-login"));
    ASSERT_EQ(addPerson({}, QStringLiteral("김민수"), environment).exitCode, 0);
    EXPECT_EQ(latestChange().coordinator, QStringLiteral("gonggu-login"));
}

TEST_F(CliCoordinatorTest, AnEmptyNameIsRefusedAndNothingIsWritten)
{
    ASSERT_EQ(addPerson({}, QStringLiteral("김민수"), environment()).exitCode, 0);
    const QString before = workspaceDump(workspacePath());
    const CliResult refused =
        addPerson({QStringLiteral("--coordinator"), QStringLiteral("  ")}, QStringLiteral("이수진"), environment());
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--coordinator needs a name"))) << refused.err.toStdString();
    EXPECT_EQ(workspaceDump(workspacePath()), before);
}

TEST_F(CliCoordinatorTest, TheHistoryNamesTheRoundOfACommand)
{
    ASSERT_EQ(cli({QStringLiteral("round"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("1차"),
                   QStringLiteral("--supplier"), QStringLiteral("나무")})
                  .exitCode,
              0);
    const CliResult added = cli({QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("--round"),
                                 QStringLiteral("1차"), QStringLiteral("--name"), QStringLiteral("실전 리팩터링"),
                                 QStringLiteral("--unit-price"), QStringLiteral("25200")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const ChangeRecord change = latestChange();
    EXPECT_EQ(change.roundId, std::optional<RoundId>(1));
    EXPECT_EQ(change.summary, QStringLiteral("item add --round 1차 --name '실전 리팩터링' --unit-price 25200"));
}

} // namespace
} // namespace gonggu::test
