#include "SampleRows.h"
#include "TempWorkspace.h"
#include "TestServer.h"
#include "domain/Errors.h"
#include "storage/ChangeAnnouncements.h"
#include "storage/ChangeLog.h"
#include "storage/PersonRepository.h"
#include "storage/RoundRepository.h"
#include "storage/Transaction.h"
#include "storage/WorkspaceLocation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlQuery>

using namespace gonggu;
using namespace gonggu::test;

namespace {

TEST(WorkspaceLocationTest, AFilePathIsAFile)
{
    const WorkspaceLocation location = WorkspaceLocation::parse(QStringLiteral("/tmp/공구.gonggu"));
    EXPECT_FALSE(location.isServer());
    EXPECT_EQ(location.display(), QStringLiteral("/tmp/공구.gonggu"));
}

TEST(WorkspaceLocationTest, AServerUrlGivesItsPartsAndShowsNoPassword)
{
    const WorkspaceLocation location = WorkspaceLocation::parse(
        QStringLiteral("postgresql://kim%40club:s3cr%C3%A9t@db.example.org:6543/gonggu?sslmode=verify-full&"
                       "sslrootcert=/etc/ssl/club.pem"));
    ASSERT_TRUE(location.isServer());
    EXPECT_EQ(location.user(), QStringLiteral("kim@club"));
    EXPECT_EQ(location.password(), QStringLiteral("s3crét"));
    EXPECT_EQ(location.host(), QStringLiteral("db.example.org"));
    EXPECT_EQ(location.port(), 6543);
    EXPECT_EQ(location.database(), QStringLiteral("gonggu"));
    EXPECT_EQ(location.connectOptions(), QStringLiteral("sslmode='verify-full';sslrootcert='/etc/ssl/club.pem'"));
    EXPECT_FALSE(location.display().contains(QStringLiteral("s3cr"))) << location.display().toStdString();
    EXPECT_TRUE(location.display().startsWith(QStringLiteral("postgresql://kim%40club@db.example.org:6543/gonggu")))
        << location.display().toStdString();
}

TEST(WorkspaceLocationTest, APasswordGivenAsAnOptionIsNotPassedOnAsOneNorShown)
{
    const WorkspaceLocation location =
        WorkspaceLocation::parse(QStringLiteral("postgres://kim@db/gonggu?password=hunter2&sslmode=require"));
    EXPECT_EQ(location.password(), QStringLiteral("hunter2"));
    EXPECT_EQ(location.connectOptions(), QStringLiteral("sslmode='require'"));
    EXPECT_FALSE(location.display().contains(QStringLiteral("hunter2")));
    EXPECT_EQ(location.withPassword(QStringLiteral("x")).password(), QStringLiteral("x"));
}

TEST(WorkspaceLocationTest, AUrlWithoutADatabaseOrWithAStrayOptionIsRefused)
{
    EXPECT_THROW(WorkspaceLocation::parse(QStringLiteral("postgresql://kim@db.example.org")), InputError);
    EXPECT_THROW(WorkspaceLocation::parse(QStringLiteral("postgresql://kim@db/gonggu?ssl mode=x")), InputError);
}

TEST(WorkspaceLocationTest, AQuoteInAnOptionCannotEndItEarly)
{
    const WorkspaceLocation location =
        WorkspaceLocation::parse(QStringLiteral("postgresql://db/g?application_name=it%27s%20a%5Ctest"));
    EXPECT_EQ(location.connectOptions(), QStringLiteral("application_name='it\\'s a\\\\test'"));
}

/** What every workspace records about its changes, on a file and on the server alike. */
class ChangeHistoryTest : public TempWorkspaceTest
{
};

TEST_F(ChangeHistoryTest, EveryCommittedChangeIsRecordedWithItsCoordinator)
{
    workspace().setCoordinator(QStringLiteral("김코디"));
    const Round round = addRound(workspace(), QStringLiteral("1차 공구"));
    workspace().describeNextChanges(round.id, QStringLiteral("payment add --round 1 --person 민수"));
    addPerson(workspace(), QStringLiteral("김민수"), QStringLiteral("minsu"));

    const std::vector<ChangeRecord> changes = ChangeLog(workspace()).recent();
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].coordinator, QStringLiteral("김코디"));
    EXPECT_EQ(changes[0].roundId, round.id);
    EXPECT_EQ(changes[0].roundTitle, QStringLiteral("1차 공구"));
    EXPECT_EQ(changes[0].summary, QStringLiteral("payment add --round 1 --person 민수"));
    EXPECT_EQ(changes[0].at, m_clock.nowUtc());
    EXPECT_EQ(changes[1].summary, QStringLiteral("round added × 1")) << "undescribed: the tables it wrote";
    EXPECT_FALSE(changes[1].roundId.has_value());
    EXPECT_EQ(ChangeLog(workspace()).latestId(), changes[0].id);
}

TEST_F(ChangeHistoryTest, AReadOrAnEmptyChangeRecordsNothingAndARolledBackOneNeither)
{
    addRound(workspace(), QStringLiteral("1차 공구"));
    const qint64 before = ChangeLog(workspace()).latestId();
    RoundRepository(workspace()).all();
    EXPECT_THROW(PersonRepository(workspace()).remove(4242), InputError); // deletes no row
    {
        Transaction transaction(workspace());
        addPerson(workspace(), QStringLiteral("김민수"), QStringLiteral("minsu"));
    } // rolled back
    EXPECT_EQ(ChangeLog(workspace()).latestId(), before);
    EXPECT_TRUE(PersonRepository(workspace()).all().empty());
}

TEST_F(ChangeHistoryTest, AConnectionKnowsTheRecordsOfTheChangesItCommittedAndOnlyThose)
{
    workspace().takeCommittedChangeIds(); // the workspace's own set-up
    addRound(workspace(), QStringLiteral("1차 공구"));
    {
        Transaction transaction(workspace()); // rolled back: no record
        addPerson(workspace(), QStringLiteral("김민수"), QStringLiteral("minsu"));
    }
    Workspace other(workspaceLocation(), m_clock); // another coordinator's connection
    addPerson(other, QStringLiteral("이지은"), QStringLiteral("jieun"));
    addPerson(workspace(), QStringLiteral("박서준"), QStringLiteral("seojun"));

    const std::vector<ChangeRecord> changes = ChangeLog(workspace()).recent();
    ASSERT_EQ(changes.size(), 3u);
    EXPECT_EQ(workspace().takeCommittedChangeIds(), (std::vector<qint64>{changes[2].id, changes[0].id}));
    EXPECT_TRUE(workspace().takeCommittedChangeIds().empty()) << "each is given once";
    EXPECT_EQ(other.takeCommittedChangeIds(), std::vector<qint64>{changes[1].id});
    EXPECT_EQ(ChangeLog(workspace()).recent(500, changes[2].id).size(), 2u) << "the records after the first";
}

TEST_F(ChangeHistoryTest, TheRecordOfAChangeThatRemovedItsRoundKeepsNoRound)
{
    const Round round = addRound(workspace(), QStringLiteral("1차 공구"));
    workspace().describeNextChanges(round.id, QStringLiteral("Remove round 1차 공구"));
    RoundRepository(workspace()).remove(round.id);
    const std::vector<ChangeRecord> changes = ChangeLog(workspace()).recent();
    ASSERT_FALSE(changes.empty());
    EXPECT_EQ(changes[0].summary, QStringLiteral("Remove round 1차 공구"));
    EXPECT_FALSE(changes[0].roundId.has_value());
}

/** Two coordinators: saving over the other's newer change is refused, theirs stays. */
TEST_F(ChangeHistoryTest, SavingAFormOverAnotherCoordinatorsNewerChangeIsRefused)
{
    const PersonId id = addPerson(workspace(), QStringLiteral("김민수"), QStringLiteral("minsu"));
    Person mine = *PersonRepository(workspace()).find(id); // the form opens here

    Workspace other(workspaceLocation(), m_clock);
    Person theirs = *PersonRepository(other).find(id);
    theirs.phone = QStringLiteral("010-1111-2222");
    PersonRepository(other).update(theirs);

    mine.email = QStringLiteral("minsu@example.org");
    EXPECT_THROW(PersonRepository(workspace()).update(mine), ConflictError);
    const Person stored = *PersonRepository(workspace()).find(id);
    EXPECT_EQ(stored.phone, QStringLiteral("010-1111-2222"));
    EXPECT_EQ(stored.email, QString());

    Person again = stored; // read anew, the same edit goes through
    again.email = QStringLiteral("minsu@example.org");
    EXPECT_EQ(PersonRepository(workspace()).update(again), stored.rowVersion + 1);
    EXPECT_EQ(PersonRepository(workspace()).find(id)->email, QStringLiteral("minsu@example.org"));
}

TEST_F(ChangeHistoryTest, ARoundEditedMeanwhileIsNotOverwrittenEither)
{
    Round mine = addRound(workspace(), QStringLiteral("1차 공구"));
    mine = *RoundRepository(workspace()).find(mine.id);
    Workspace other(workspaceLocation(), m_clock);
    Round theirs = *RoundRepository(other).find(mine.id);
    theirs.shippingFee = Money::won(4000);
    RoundRepository(other).update(theirs);
    mine.notes = QStringLiteral("세금계산서 문의");
    EXPECT_THROW(RoundRepository(workspace()).update(mine), ConflictError);
    EXPECT_EQ(RoundRepository(workspace()).find(mine.id)->shippingFee, Money::won(4000));
}

/** What only a server workspace does. */
class ServerWorkspaceTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        if (!onServer())
            GTEST_SKIP() << "needs the PostgreSQL test server (GONGGU_TEST_POSTGRES)";
    }

    void runSql(const QString &sql)
    {
        QSqlQuery query(workspace().database());
        ASSERT_TRUE(query.exec(sql)) << sql.toStdString();
    }

    /** Ends the workspace's connection from the server's side, as a server restart or a long sleep does. */
    void cutConnection()
    {
        QSqlQuery pid(workspace().database());
        ASSERT_TRUE(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        Workspace admin(workspaceLocation(), m_clock);
        QSqlQuery terminate(admin.database());
        ASSERT_TRUE(terminate.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value(0).toInt())));
    }
    size_t people() { return PersonRepository(workspace()).all().size(); }

    /** 박코디 adds a round over a connection of their own. */
    void addRoundAsAnotherCoordinator()
    {
        Workspace other(workspaceLocation(), m_clock);
        other.setCoordinator(QStringLiteral("박코디"));
        addRound(other, QStringLiteral("2차 공구"));
    }
    /** Lets notifications come in until one did, or five seconds passed. */
    static void waitToHear(const QStringList &heard)
    {
        QElapsedTimer waited;
        waited.start();
        while (heard.isEmpty() && waited.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
};

TEST_F(ServerWorkspaceTest, IsSharedAndRecordsItsLoginAsTheCoordinator)
{
    EXPECT_TRUE(workspace().isShared());
    EXPECT_EQ(workspace().coordinator(), WorkspaceLocation::parse(TestServer::url()).user());
    EXPECT_FALSE(workspace().path().contains(qEnvironmentVariable("PGPASSWORD")));
    EXPECT_EQ(workspace().schemaVersion(), Workspace::currentSchemaVersion);
    EXPECT_TRUE(workspace().integrityProblems().isEmpty());
}

TEST_F(ServerWorkspaceTest, AnotherProgramsTablesAreRefusedUntouched)
{
    const QString url = TestServer::newWorkspaceUrl();
    {
        Workspace scratch(url, m_clock); // makes the schema a workspace; then it becomes someone else's
        QSqlQuery query(scratch.database());
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE gonggu_workspace SET application = 'OTHR'")));
    }
    EXPECT_THROW(Workspace(url, m_clock), InputError);
    TestServer::dropWorkspace(url);
}

TEST_F(ServerWorkspaceTest, ANewerVersionIsRefusedUntouched)
{
    runSql(QStringLiteral("UPDATE gonggu_workspace SET schema_version = %1").arg(Workspace::currentSchemaVersion + 1));
    try {
        Workspace newer(workspaceLocation(), m_clock);
        FAIL() << "a newer workspace was opened";
    } catch (const InputError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("newer Gonggu"))) << error.message().toStdString();
    }
    runSql(QStringLiteral("UPDATE gonggu_workspace SET schema_version = %1").arg(Workspace::currentSchemaVersion));
}

TEST_F(ServerWorkspaceTest, AMissingPasswordIsAskedForAndAWrongOneRefused)
{
    const QByteArray password = qgetenv("PGPASSWORD");
    const QByteArray passFile = qgetenv("PGPASSFILE");
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    EXPECT_THROW(Workspace(workspaceLocation(), m_clock), PasswordRequired);
    const WorkspaceLocation wrong =
        WorkspaceLocation::parse(workspaceLocation()).withPassword(QStringLiteral("not-the-password"));
    EXPECT_THROW(Workspace(wrong, m_clock), PasswordRequired);
    const WorkspaceLocation right =
        WorkspaceLocation::parse(workspaceLocation()).withPassword(QString::fromUtf8(password));
    EXPECT_NO_THROW(Workspace(right, m_clock));
    qputenv("PGPASSWORD", password);
    if (passFile.isEmpty())
        qunsetenv("PGPASSFILE");
    else
        qputenv("PGPASSFILE", passFile);
}

TEST_F(ServerWorkspaceTest, TlsOptionsReachTheServerConnection)
{
    // The test server speaks no TLS: a URL that demands it is refused for that reason, which shows the option
    // went through to the connection.
    const QString url = workspaceLocation() + QStringLiteral("&sslmode=require");
    try {
        Workspace tls(url, m_clock);
        FAIL() << "sslmode=require was ignored";
    } catch (const InputError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("SSL"))) << error.message().toStdString();
    }
}

TEST_F(ServerWorkspaceTest, AChangeThatWaitsTooLongForAnotherIsRefusedAsBusyAndWritesNothing)
{
    Workspace other(workspaceLocation(), m_clock);
    QSqlQuery impatient(other.database());
    ASSERT_TRUE(impatient.exec(QStringLiteral("SET lock_timeout TO '100ms'")));
    Transaction holding(workspace()); // another coordinator's change, still going on
    addRound(workspace(), QStringLiteral("1차 공구"));
    try {
        addRound(other, QStringLiteral("2차 공구"));
        FAIL() << "the second change did not wait for the first";
    } catch (const ConflictError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("busy"))) << error.message().toStdString();
    }
    holding.commit();
    EXPECT_EQ(RoundRepository(other).all().size(), 1u);
    EXPECT_FALSE(other.inTransaction());
}

TEST_F(ServerWorkspaceTest, ALostConnectionIsMadeAgainAndTheWriteItCutOffIsRefusedUnmade)
{
    const PersonId minsu = addPerson(workspace(), QStringLiteral("김민수"), QStringLiteral("minsu"));
    ASSERT_EQ(people(), 1u); // its statement is kept prepared, on this connection
    cutConnection();

    try {
        Transaction transaction(workspace()); // a change begins so, and this one finds the connection gone
        PersonRepository(workspace()).remove(minsu);
        transaction.commit();
        FAIL() << "a change over a lost connection was not refused";
    } catch (const ConflictError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("was lost and is made again: nothing was changed")))
            << error.message().toStdString();
    }
    EXPECT_EQ(workspace().connectionGeneration(), 1);
    EXPECT_EQ(people(), 1u) << "the kept statement is prepared again on the new connection";
    PersonRepository(workspace()).remove(minsu);
    EXPECT_EQ(people(), 0u);
    EXPECT_EQ(ChangeLog(workspace()).recent().size(), 2u) << "the person added and removed, nothing of the refusal";
}

TEST_F(ServerWorkspaceTest, AReadOutsideAChangeIsAskedAgainOnTheConnectionMadeAnew)
{
    addPerson(workspace(), QStringLiteral("이지은"), QStringLiteral("jieun"));
    ASSERT_EQ(people(), 1u);
    cutConnection();
    EXPECT_EQ(people(), 1u) << "a kept statement, asked again";
    EXPECT_EQ(workspace().connectionGeneration(), 1);
    cutConnection();
    EXPECT_EQ(PersonRepository(workspace()).resolve(QStringLiteral("jieun")).displayName, QStringLiteral("이지은"))
        << "with the values bound to it";
    EXPECT_EQ(workspace().connectionGeneration(), 2);
    cutConnection();
    addPerson(workspace(), QStringLiteral("박서준"), QStringLiteral("seojun")); // its reads first, then the write
    EXPECT_EQ(people(), 2u);
    EXPECT_EQ(workspace().connectionGeneration(), 3);
}

TEST_F(ServerWorkspaceTest, AChangeWhoseConnectionIsLostHalfWayLeavesNothingBehind)
{
    {
        Transaction transaction(workspace());
        addPerson(workspace(), QStringLiteral("김민수"), QStringLiteral("minsu"));
        cutConnection();
        EXPECT_THROW(addPerson(workspace(), QStringLiteral("이지은"), QStringLiteral("jieun")), ConflictError);
    } // the server rolled back the first half with the connection
    EXPECT_FALSE(workspace().inTransaction());
    EXPECT_EQ(people(), 0u);
    addPerson(workspace(), QStringLiteral("박서준"), QStringLiteral("seojun"));
    EXPECT_EQ(people(), 1u);
}

TEST_F(ServerWorkspaceTest, AnnouncementsAreHeardAgainAfterTheConnectionWasMadeAgain)
{
    ChangeAnnouncements announcements(workspace());
    ASSERT_TRUE(announcements.isListening());
    QStringList heard;
    QObject::connect(&announcements, &ChangeAnnouncements::announced,
                     [&](const QString &coordinator) { heard << coordinator; });
    cutConnection();
    ChangeLog(workspace()).latestId(); // finds the connection lost, makes it again and reads there
    ASSERT_EQ(workspace().connectionGeneration(), 1);
    announcements.renewAfterReconnect();

    addRoundAsAnotherCoordinator();
    waitToHear(heard);
    EXPECT_EQ(heard, QStringList{QStringLiteral("박코디")});
}

TEST_F(ServerWorkspaceTest, EveryChangeIsAnnouncedToTheOtherConnectionsWithItsCoordinator)
{
    QSqlDriver *driver = workspace().database().driver();
    ASSERT_TRUE(driver->subscribeToNotification(workspace().changeChannel()));
    // Another workspace in the same database (a schema of its own) is not heard.
    const QString elsewhere = TestServer::newWorkspaceUrl();
    {
        Workspace neighbour(elsewhere, m_clock);
        neighbour.setCoordinator(QStringLiteral("이웃"));
        addRound(neighbour, QStringLiteral("옆 공구"));
    }
    TestServer::dropWorkspace(elsewhere);
    QStringList heard;
    QObject::connect(driver, &QSqlDriver::notification,
                     [&](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                         if (source == QSqlDriver::OtherSource)
                             heard << payload.toString();
                     });
    addRoundAsAnotherCoordinator();
    waitToHear(heard);
    EXPECT_EQ(heard, QStringList{QStringLiteral("박코디")});
}

} // namespace
