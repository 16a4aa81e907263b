#include "CliProcess.h"
#include "TestPaths.h"
#include "TestServer.h"
#include "storage/ChangeLog.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceCensus.h"
#include "storage/WorkspaceLocation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

namespace gonggu::test {
namespace {

/** gonggu-cli on a shared workspace: a fresh schema of the PostgreSQL test server per test (skipped without one). */
class ServerCliTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        if (!TestServer::inUse())
            GTEST_SKIP() << "set GONGGU_TEST_POSTGRES to run the shared-workspace tests";
        m_url = TestServer::newWorkspaceUrl();
    }
    void TearDown() override
    {
        if (!m_url.isEmpty())
            TestServer::dropWorkspace(m_url);
    }

    CliResult onServer(const QStringList &arguments) const
    {
        return cliRaw(QStringList{QStringLiteral("--workspace"), m_url} + arguments);
    }
    CliResult migrate(const QStringList &extra = {}) const
    {
        return cli(QStringList{QStringLiteral("migrate-to"), m_url} + extra);
    }
    /** The server's rows and totals, read in this process. */
    WorkspaceCensus serverCensus() const { return WorkspaceCensus::of(Workspace(m_url)); }
    /** No password from anywhere: PGPASSWORD unset and no password file. */
    QProcessEnvironment withoutPassword() const
    {
        QProcessEnvironment environment = this->environment();
        environment.remove(QStringLiteral("PGPASSWORD"));
        environment.insert(QStringLiteral("PGPASSFILE"), pathFor(QStringLiteral("no-pgpass")));
        return environment;
    }

    QString m_url;
};

/** What a run on a terminal showed, and how it ended. */
struct TerminalRun
{
    int exitCode = -1;
    QByteArray screen;
};

/** Runs gonggu-cli on a pseudo-terminal of its own and types `typed` when it asks for a password. */
TerminalRun runOnTerminal(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &typed)
{
    // Everything the child needs is made before fork: after it, only exec.
    QList<QByteArray> argumentBytes{cliPath().toLocal8Bit()};
    for (const QString &argument : arguments)
        argumentBytes << argument.toLocal8Bit();
    QList<QByteArray> environmentBytes;
    for (const QString &entry : environment.toStringList())
        environmentBytes << entry.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &bytes : argumentBytes)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (QByteArray &bytes : environmentBytes)
        envp.push_back(bytes.data());
    envp.push_back(nullptr);

    TerminalRun run;
    int terminal = -1;
    const pid_t child = forkpty(&terminal, nullptr, nullptr, nullptr);
    if (child < 0)
        return run;
    if (child == 0) {
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    bool typedIt = false;
    for (;;) {
        pollfd ready{terminal, POLLIN, 0};
        if (poll(&ready, 1, 60000) <= 0)
            break;
        char buffer[512];
        const ssize_t got = read(terminal, buffer, sizeof buffer);
        if (got <= 0)
            break; // the child closed its terminal
        run.screen.append(buffer, got);
        if (!typedIt && run.screen.contains("Password for ")) {
            typedIt = true;
            [[maybe_unused]] const ssize_t written = write(terminal, typed.constData(), size_t(typed.size()));
        }
    }
    int status = 0;
    waitpid(child, &status, 0);
    close(terminal);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

TEST_F(ServerCliTest, MigratedDemoReadsTheSameOnTheServer)
{
    useDemoWorkspace();
    const CliResult migrated = migrate({QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(migrated.exitCode, 0) << migrated.err.toStdString();
    const QJsonObject report = migrated.json().object();
    EXPECT_EQ(report.value(QStringLiteral("verified")), QJsonValue(true));
    EXPECT_EQ(report.value(QStringLiteral("target")).toString(), WorkspaceLocation::parse(m_url).display());
    bool sawChangeLog = false;
    for (const QJsonValue &table : report.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject row = table.toObject();
        EXPECT_EQ(row.value(QStringLiteral("source")), row.value(QStringLiteral("target")));
        sawChangeLog = sawChangeLog || row.value(QStringLiteral("table")).toString() == u"change_log";
    }
    EXPECT_TRUE(sawChangeLog);
    const QJsonObject payments =
        report.value(QStringLiteral("totals")).toObject().value(QStringLiteral("payment_amount")).toObject();
    EXPECT_GT(payments.value(QStringLiteral("source")).toInteger(), 0);
    EXPECT_EQ(payments.value(QStringLiteral("source")), payments.value(QStringLiteral("target")));

    for (const QStringList &command :
         {QStringList{QStringLiteral("summary"), QStringLiteral("--round"), QStringLiteral("1")},
          QStringList{QStringLiteral("unpaid"), QStringLiteral("--round"), QStringLiteral("1")},
          QStringList{QStringLiteral("person"), QStringLiteral("list")}}) {
        const QStringList json = command + QStringList{QStringLiteral("--format"), QStringLiteral("json")};
        const CliResult file = cli(json);
        const CliResult server = onServer(json);
        ASSERT_EQ(file.exitCode, 0) << file.err.toStdString();
        ASSERT_EQ(server.exitCode, 0) << server.err.toStdString();
        EXPECT_FALSE(file.json().isNull()) << command.join(u' ').toStdString();
        EXPECT_EQ(compact(file.json()), compact(server.json())) << command.join(u' ').toStdString();
    }
}

TEST_F(ServerCliTest, TheTableReportShowsTheServerWithoutItsPassword)
{
    useDemoWorkspace();
    const CliResult migrated = cli({QStringLiteral("migrate-to"), m_url});
    ASSERT_EQ(migrated.exitCode, 0) << migrated.err.toStdString();
    EXPECT_TRUE(migrated.out.contains(WorkspaceLocation::parse(m_url).display()));
    EXPECT_TRUE(migrated.out.contains(QStringLiteral("Verified")));
    EXPECT_FALSE(migrated.out.contains(qEnvironmentVariable("PGPASSWORD")));
    EXPECT_TRUE(migrated.out.contains(QStringLiteral("payment_amount")));
}

TEST_F(ServerCliTest, TheNextRoundOnTheServerGetsAFreshId)
{
    useDemoWorkspace();
    ASSERT_EQ(migrate().exitCode, 0);
    const CliResult rounds =
        cli({QStringLiteral("round"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    qint64 largest = 0;
    for (const QJsonValue &round : rounds.json().array())
        largest = std::max(largest, round.toObject().value(QStringLiteral("id")).toInteger());
    ASSERT_GT(largest, 0);

    const CliResult created =
        onServer({QStringLiteral("round"), QStringLiteral("create"), QStringLiteral("--title"),
                  QStringLiteral("서버에서 만든 공구"), QStringLiteral("--supplier"), QStringLiteral("나무출판"),
                  QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_EQ(created.json().object().value(QStringLiteral("id")).toInteger(), largest + 1);
}

TEST_F(ServerCliTest, ASecondMigrationIntoTheFilledServerIsRefusedAndChangesNothing)
{
    useDemoWorkspace();
    ASSERT_EQ(migrate().exitCode, 0);
    const WorkspaceCensus before = serverCensus();

    const CliResult again = migrate();
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_EQ(again.errLines().size(), 1) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds a Gonggu workspace"))) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(WorkspaceLocation::parse(m_url).display())) << again.err.toStdString();
    const WorkspaceCensus after = serverCensus();
    EXPECT_TRUE(before.differencesFrom(after).isEmpty()) << before.differencesFrom(after).join(u'\n').toStdString();
    EXPECT_EQ(after.rows(QStringLiteral("round")), before.rows(QStringLiteral("round")));
}

TEST_F(ServerCliTest, WithoutAPasswordAndNoTerminalItSaysWhereThePasswordGoes)
{
    useDemoWorkspace();
    const CliResult list = cliRaw(
        {QStringLiteral("--workspace"), m_url, QStringLiteral("round"), QStringLiteral("list")}, withoutPassword());
    EXPECT_EQ(list.exitCode, 2);
    EXPECT_EQ(list.errLines().size(), 1) << list.err.toStdString();
    EXPECT_TRUE(list.err.contains(QStringLiteral("set PGPASSWORD or add the server to ~/.pgpass")))
        << list.err.toStdString();
    EXPECT_FALSE(list.err.contains(QStringLiteral("Password for")));

    const CliResult migrated = cliRaw(
        {QStringLiteral("--workspace"), workspacePath(), QStringLiteral("migrate-to"), m_url}, withoutPassword());
    EXPECT_EQ(migrated.exitCode, 2);
    EXPECT_TRUE(migrated.err.contains(QStringLiteral("~/.pgpass"))) << migrated.err.toStdString();
    EXPECT_EQ(serverCensus().totalRows(), 0);
}

TEST_F(ServerCliTest, AWrongPasswordIsRefusedAndNeverShown)
{
    const QString wrong = QStringLiteral("not-the-password-7731");
    QString url = m_url;
    url.insert(url.indexOf(u'@'), u':' + wrong);
    const CliResult list = cliRaw({QStringLiteral("--workspace"), url, QStringLiteral("round"), QStringLiteral("list")},
                                  withoutPassword());
    EXPECT_EQ(list.exitCode, 2);
    EXPECT_EQ(list.errLines().size(), 1) << list.err.toStdString();
    EXPECT_TRUE(list.err.contains(QStringLiteral("password"))) << list.err.toStdString();
    EXPECT_FALSE(list.err.contains(wrong)) << list.err.toStdString();
    EXPECT_FALSE(list.out.contains(wrong));
}

TEST_F(ServerCliTest, OnATerminalThePasswordIsAskedForWithoutEcho)
{
    const QString password = qEnvironmentVariable("PGPASSWORD");
    ASSERT_FALSE(password.isEmpty()) << "the test server's password comes in PGPASSWORD";
    const TerminalRun run = runOnTerminal(
        {QStringLiteral("--workspace"), m_url, QStringLiteral("round"), QStringLiteral("create"),
         QStringLiteral("--title"), QStringLiteral("터미널"), QStringLiteral("--supplier"), QStringLiteral("나무출판")},
        withoutPassword(), password.toLocal8Bit() + '\n');
    EXPECT_EQ(run.exitCode, 0) << run.screen.toStdString();
    const WorkspaceLocation server = WorkspaceLocation::parse(m_url);
    EXPECT_TRUE(
        run.screen.contains(QStringLiteral("Password for %1@%2: ").arg(server.user(), server.host()).toLocal8Bit()))
        << run.screen.toStdString();
    EXPECT_FALSE(run.screen.contains(password.toLocal8Bit())) << "the typed password was echoed";
    EXPECT_EQ(serverCensus().rows(QStringLiteral("round")), 1);
}

TEST_F(ServerCliTest, OnATerminalAWrongPasswordIsTriedOnceThenRefused)
{
    const TerminalRun run =
        runOnTerminal({QStringLiteral("--workspace"), m_url, QStringLiteral("round"), QStringLiteral("list")},
                      withoutPassword(), QByteArrayLiteral("not-the-password-7731\n"));
    EXPECT_EQ(run.exitCode, 2) << run.screen.toStdString();
    EXPECT_EQ(run.screen.count("Password for "), 1) << run.screen.toStdString();
    EXPECT_TRUE(run.screen.contains("~/.pgpass")) << run.screen.toStdString();
    EXPECT_FALSE(run.screen.contains("not-the-password-7731")) << run.screen.toStdString();
}

TEST_F(ServerCliTest, TwoProcessesAddingPaymentsAtOnceLoseNone)
{
    useDemoWorkspace();
    ASSERT_EQ(migrate().exitCode, 0);
    const CliResult buyers = onServer({QStringLiteral("unpaid"), QStringLiteral("--round"), QStringLiteral("1"),
                                       QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray unpaid = buyers.json().array();
    ASSERT_GE(unpaid.size(), 2) << buyers.out.toStdString();
    const WorkspaceCensus before = serverCensus();

    // Each writer is a shell loop of 20 separate gonggu-cli runs, as a script a coordinator schedules would be.
    QList<QProcess *> writers;
    for (const QJsonValue &buyer : {unpaid.at(0), unpaid.at(1)}) {
        const QString person = QString::number(buyer.toObject().value(QStringLiteral("person_id")).toInteger());
        auto *writer = new QProcess;
        writer->setProcessEnvironment(environment());
        writer->start(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"),
                       QStringLiteral("for i in $(seq 1 20); do \"$0\" --workspace \"$1\" payment add --round 1 "
                                      "--person \"$2\" --amount $((1000 * i)) >/dev/null || exit 1; done"),
                       cliPath(), m_url, person});
        writers << writer;
    }
    for (QProcess *writer : writers) {
        EXPECT_TRUE(writer->waitForFinished(240000));
        EXPECT_EQ(writer->exitCode(), 0) << writer->readAllStandardError().toStdString();
        delete writer;
    }
    const WorkspaceCensus census = serverCensus();
    EXPECT_EQ(census.rows(QStringLiteral("payment")), before.rows(QStringLiteral("payment")) + 40);
    EXPECT_EQ(census.paymentTotal, before.paymentTotal + 2 * 1000 * (20 * 21 / 2));
}

TEST_F(ServerCliTest, ChangesOnTheServerAreRecordedAsTheCoordinator)
{
    ASSERT_EQ(onServer({QStringLiteral("--coordinator"), QStringLiteral("박지은"), QStringLiteral("round"),
                        QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("1차 공구"),
                        QStringLiteral("--supplier"), QStringLiteral("나무출판")})
                  .exitCode,
              0);
    const Workspace server(m_url);
    const std::vector<ChangeRecord> changes = ChangeLog(server).recent();
    ASSERT_FALSE(changes.empty());
    EXPECT_EQ(changes.front().coordinator, QStringLiteral("박지은"));
    EXPECT_EQ(changes.front().summary, QStringLiteral("round create --title '1차 공구' --supplier 나무출판"));
    EXPECT_FALSE(changes.front().summary.contains(QStringLiteral("postgresql")));
}

} // namespace
} // namespace gonggu::test
