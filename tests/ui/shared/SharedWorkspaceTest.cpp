#include "AppSettings.h"
#include "BackupActions.h"
#include "CoordinatorName.h"
#include "MainWindowFixture.h"
#include "RecentWorkspaces.h"
#include "SettingsDialog.h"
#include "SharedWorkspaceDialog.h"
#include "TestServer.h"
#include "WorkspaceFiles.h"
#include "WorkspaceOpener.h"
#include "WorkspaceSession.h"
#include "WorkspaceWatcher.h"
#include "domain/Errors.h"
#include "storage/PersonRepository.h"
#include "storage/WorkspaceLocation.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>

namespace gonggu::test {
namespace {

class SharedWorkspaceDialogTest : public MainWindowFixture
{
};

TEST_F(SharedWorkspaceDialogTest, AcceptsOnlyAServerUrlAndSaysWhatIsWrong)
{
    SharedWorkspaceDialog dialog;
    auto *field = child<QLineEdit>(dialog, QStringLiteral("sharedUrlField"));
    auto *error = child<QLabel>(dialog, QStringLiteral("sharedUrlError"));
    EXPECT_EQ(field->placeholderText(), QStringLiteral("postgresql://name@server/gonggu?sslmode=require"));
    EXPECT_TRUE(child<QLabel>(dialog, QStringLiteral("passwordNote"))->text().contains(QStringLiteral("PGPASSWORD")));

    dialog.show();
    dialog.setUrl(QStringLiteral("/home/kim/groupbuy.gonggu"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(error->isHidden());

    dialog.setUrl(QStringLiteral("postgresql://kim@db.example.org/"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible()) << "no database named";
    EXPECT_FALSE(error->text().isEmpty());

    dialog.setUrl(QStringLiteral("  postgresql://kim@db.example.org/gonggu?sslmode=require "));
    EXPECT_TRUE(error->isHidden()) << "typing clears the complaint";
    dialog.accept();
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.url(), QStringLiteral("postgresql://kim@db.example.org/gonggu?sslmode=require"));
}

TEST_F(SharedWorkspaceDialogTest, RecentWorkspacesKeepServerUrlsWithoutTheirPassword)
{
    const QString file = makeWorkspace(QStringLiteral("one.gonggu"), false);
    RecentWorkspaces::add(file);
    RecentWorkspaces::add(QStringLiteral("postgresql://kim:secret@db.example.org:6543/gonggu?sslmode=require"));
    const QStringList paths = RecentWorkspaces::paths();
    ASSERT_EQ(paths.size(), 2);
    EXPECT_FALSE(paths.front().contains(QStringLiteral("secret")));
    EXPECT_TRUE(paths.front().startsWith(QStringLiteral("postgresql://kim@db.example.org:6543/gonggu")))
        << paths.front().toStdString();
    EXPECT_EQ(WorkspaceFiles::displayName(paths.front()), QStringLiteral("gonggu — kim@db.example.org"));
    EXPECT_EQ(WorkspaceFiles::folderNear(paths.front()), QDir::homePath());

    QFile settingsFile(AppSettings().fileName());
    ASSERT_TRUE(settingsFile.open(QIODevice::ReadOnly));
    EXPECT_FALSE(settingsFile.readAll().contains("secret"));
}

TEST_F(SharedWorkspaceDialogTest, TheCoordinatorNameOfPreferencesIsGivenToEveryOpenedWorkspace)
{
    const QString path = makeWorkspace(QStringLiteral("one.gonggu"), false);
    const QString byDefault = WorkspaceOpener::open(path, m_clock, nullptr)->coordinator();
    EXPECT_FALSE(byDefault.isEmpty());

    SettingsDialog dialog;
    dialog.setCoordinatorName(QStringLiteral("  김코디 "));
    dialog.accept();
    EXPECT_EQ(CoordinatorName::stored(), QStringLiteral("김코디"));
    EXPECT_EQ(WorkspaceOpener::open(path, m_clock, nullptr)->coordinator(), QStringLiteral("김코디"));

    SettingsDialog cleared;
    EXPECT_EQ(cleared.coordinatorName(), QStringLiteral("김코디"));
    cleared.setCoordinatorName(QString());
    cleared.accept();
    EXPECT_EQ(WorkspaceOpener::open(path, m_clock, nullptr)->coordinator(), byDefault);
}

TEST_F(SharedWorkspaceDialogTest, AMalformedServerUrlIsRefusedWithAReason)
{
    QString refusal;
    EXPECT_EQ(MainWindow::open(QStringLiteral("postgresql://kim@db.example.org/"), m_clock, &refusal), nullptr);
    EXPECT_FALSE(refusal.isEmpty());
}

/** A shared workspace on the PostgreSQL test server (GONGGU_TEST_POSTGRES); skipped without one. */
class ServerWindowTest : public MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        if (!TestServer::inUse())
            GTEST_SKIP() << "needs GONGGU_TEST_POSTGRES";
        m_url = TestServer::newWorkspaceUrl();
        Workspace workspace(m_url, m_clock);
        DemoWorkspace::populate(workspace);
    }

    void TearDown() override
    {
        WorkspaceOpener::setPasswordAsker({});
        if (!m_url.isEmpty())
            TestServer::dropWorkspace(m_url);
        MainWindowFixture::TearDown();
    }

    /** 김코디 adds a person over a connection of their own. */
    void addPersonAsAnotherCoordinator()
    {
        Workspace other(m_url, m_clock);
        other.setCoordinator(QStringLiteral("김코디"));
        Person person;
        person.displayName = QStringLiteral("서버 이웃");
        PersonRepository(other).add(person);
    }

    /** The URL without its password, as the user types it when the password is to be asked for. */
    QString urlWithoutPassword() const { return WorkspaceLocation::parse(m_url).display(); }

    QString m_url;
};

TEST_F(ServerWindowTest, OpensByUrlAskingForThePasswordAndNeverStoresIt)
{
    const WorkspaceLocation server = WorkspaceLocation::parse(m_url);
    const QByteArray savedPassword = qgetenv("PGPASSWORD");
    const QString password = server.password().isEmpty() ? QString::fromLocal8Bit(savedPassword) : server.password();
    qunsetenv("PGPASSWORD");
    const QString home = qEnvironmentVariable("HOME");
    qputenv("PGPASSFILE", "/nonexistent/pgpass"); // whatever the machine's own ~/.pgpass holds

    QStringList prompts;
    WorkspaceOpener::setPasswordAsker([&](QWidget *, const QString &prompt, const QString &) {
        prompts << prompt;
        return std::optional<QString>(password);
    });
    QString refusal;
    MainWindow *window = MainWindow::open(urlWithoutPassword(), m_clock, &refusal);
    ASSERT_NE(window, nullptr) << refusal.toStdString();
    ASSERT_EQ(prompts.size(), 1);
    EXPECT_EQ(prompts.front(),
              QStringLiteral("Password for %1@%2:%3").arg(server.user(), server.host()).arg(server.port()));

    const Workspace &workspace = window->session().workspace();
    EXPECT_TRUE(workspace.isShared());
    EXPECT_TRUE(window->windowTitle().startsWith(server.database() + QStringLiteral(" on ") + server.host()))
        << window->windowTitle().toStdString();
    auto *coordinator = child<QLabel>(*window, QStringLiteral("coordinatorLabel"));
    EXPECT_TRUE(coordinator->isVisible());
    EXPECT_TRUE(coordinator->text().contains(workspace.coordinator()));
    for (QAction *action : {window->backupActions()->backUpNowAction(), window->backupActions()->restoreAction(),
                            window->backupActions()->showFolderAction()}) {
        EXPECT_FALSE(action->isEnabled());
        EXPECT_TRUE(action->toolTip().contains(QStringLiteral("administrator")));
    }
    EXPECT_FALSE(window->backupActions()->isTakingRollingBackup());

    window->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const QStringList recent = RecentWorkspaces::paths();
    ASSERT_FALSE(recent.isEmpty());
    EXPECT_EQ(recent.front(), urlWithoutPassword());
    QFile settingsFile(AppSettings().fileName());
    ASSERT_TRUE(settingsFile.open(QIODevice::ReadOnly));
    EXPECT_FALSE(settingsFile.readAll().contains(password.toUtf8()));

    // Cancelling the prompt refuses the workspace, as a refused file is.
    WorkspaceOpener::setPasswordAsker([](QWidget *, const QString &, const QString &) { return std::nullopt; });
    EXPECT_EQ(MainWindow::open(urlWithoutPassword(), m_clock, &refusal), nullptr);
    EXPECT_FALSE(refusal.isEmpty());

    qputenv("PGPASSWORD", savedPassword);
    qunsetenv("PGPASSFILE");
    Q_UNUSED(home);
}

TEST_F(ServerWindowTest, TwoWindowsOnOneServerWorkspaceAreAllowed)
{
    QString refusal;
    MainWindow *first = MainWindow::open(m_url, m_clock, &refusal);
    ASSERT_NE(first, nullptr) << refusal.toStdString();
    Workspace second(m_url, m_clock); // another coordinator: no lock stands in the way
    EXPECT_TRUE(second.isShared());
    first->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

TEST_F(ServerWindowTest, AnotherCoordinatorsCommitIsAnnouncedAtOnceByTheServer)
{
    WorkspaceSession session(std::make_unique<Workspace>(m_url, m_clock), m_clock);
    session.startWatching(3600 * 1000); // the timer stays out of it: only the notification can tell
    ASSERT_TRUE(session.watcher()->isListening());
    QSignalSpy changed(&session, &WorkspaceSession::changedElsewhere);
    QSignalSpy people(&session, &WorkspaceSession::peopleChanged);

    addPersonAsAnotherCoordinator();
    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.count() > 0; }, 5000));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), QStringLiteral("김코디"));
    EXPECT_GE(people.count(), 1);

    // The window's own commits come back as notifications too, and are ignored.
    Person own;
    own.displayName = QStringLiteral("내 이웃");
    PersonRepository(session.workspace()).add(own);
    QTest::qWait(500);
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(ServerWindowTest, AfterTheServerEndedItsConnectionTheWindowConnectsAgainAndHearsOthersAgain)
{
    WorkspaceSession session(std::make_unique<Workspace>(m_url, m_clock), m_clock);
    session.startWatching(3600 * 1000); // looked at by hand below
    QSignalSpy changed(&session, &WorkspaceSession::changedElsewhere);
    QSignalSpy errors(&session, &WorkspaceSession::errorOccurred);
    {
        QSqlQuery pid(session.workspace().database());
        ASSERT_TRUE(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        Workspace admin(m_url, m_clock); // a server restart, or a laptop that slept, does the same
        QSqlQuery terminate(admin.database());
        ASSERT_TRUE(terminate.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value(0).toInt())));
    }

    session.watcher()->checkNow(); // the next look at the history finds the connection gone and makes it again
    EXPECT_EQ(session.workspace().connectionGeneration(), 1);
    EXPECT_EQ(errors.count(), 0) << "a look in the background bothers nobody";
    addPersonAsAnotherCoordinator();
    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.count() > 0; }, 5000));
    EXPECT_EQ(changed.count(), 1); // announced on the new connection
    EXPECT_EQ(changed.at(0).at(0).toString(), QStringLiteral("김코디"));
}

} // namespace
} // namespace gonggu::test
