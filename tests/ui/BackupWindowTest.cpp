// The window's side of backups: the lock and the backup taken on opening, the File menu's commands, and a restore
// that closes the window and opens the workspace again as the backup holds it.
#include "BackupActions.h"
#include "MainWindowFixture.h"
#include "ModalAnswers.h"
#include "RoundSidebar.h"
#include "WorkspaceSession.h"
#include "models/RoundListModel.h"
#include "storage/BackupRotation.h"
#include "storage/RoundRepository.h"
#include "storage/WorkspaceLock.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStatusBar>
#include <QTest>

#include <algorithm>

namespace gonggu::test {
namespace {

class BackupWindowTest : public MainWindowFixture
{
protected:
    void TearDown() override
    {
        // Windows opened through MainWindow::open() delete themselves; make sure they are gone with the test.
        QList<QPointer<MainWindow>> windows;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<MainWindow *>(widget))
                windows << window;
        }
        for (const QPointer<MainWindow> &window : windows)
            delete window.data();
        MainWindowFixture::TearDown();
    }

    /** Lets the windows finish what they do after opening (the backup, on a thread of its own) or closing. */
    static void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QCoreApplication::processEvents();
        }
        for (int waited = 0; waited < 10000 && anyWindowBackingUp(); waited += 10)
            QTest::qWait(10);
    }

    static bool anyWindowBackingUp()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *window = qobject_cast<MainWindow *>(widget);
            if (window && window->backupActions()->isTakingRollingBackup())
                return true;
        }
        return false;
    }

    static MainWindow *shownWindowOn(const QString &path)
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *window = qobject_cast<MainWindow *>(widget);
            if (window && window->isVisible() && window->workspacePath() == path)
                return window;
        }
        return nullptr;
    }

    static void addRound(Workspace &workspace, const QString &title)
    {
        Round round;
        round.title = title;
        round.supplier = QStringLiteral("가나다출판사");
        RoundRepository(workspace).create(round);
    }

    std::vector<BackupFile> backupsOf(const QString &path) const { return BackupRotation(path, m_clock).list(); }
};

TEST_F(BackupWindowTest, OpeningHoldsTheLockAndBacksUpOnceTheWindowIsUp)
{
    const QString path = makeWorkspace(QStringLiteral("demo.gonggu"), true);
    QString refusal;
    MainWindow *window = MainWindow::open(path, m_clock, &refusal);
    ASSERT_NE(window, nullptr) << refusal.toStdString();
    EXPECT_TRUE(window->isVisible());
    EXPECT_TRUE(backupsOf(path).empty()) << "not before the first paint";
    EXPECT_EQ(posixMode(path + QStringLiteral(".lock")), 0600);

    settle();
    ASSERT_EQ(backupsOf(path).size(), 1u);
    EXPECT_EQ(posixMode(backupsOf(path).front().path), 0600);

    delete window;
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".lock"))) << "the lock goes with the window";
}

TEST_F(BackupWindowTest, OpeningAgainUnchangedTakesNoSecondBackupButAChangeDoes)
{
    const QString path = makeWorkspace(QStringLiteral("demo.gonggu"), true);
    QString refusal;
    delete MainWindow::open(path, m_clock, &refusal);
    MainWindow *first = MainWindow::open(path, m_clock, &refusal);
    ASSERT_NE(first, nullptr) << refusal.toStdString();
    settle();
    ASSERT_EQ(backupsOf(path).size(), 1u);
    delete first;

    MainWindow *unchanged = MainWindow::open(path, m_clock, &refusal);
    settle();
    EXPECT_EQ(backupsOf(path).size(), 1u) << "opening alone is no reason to push an older backup out";
    addRound(unchanged->session().workspace(), QStringLiteral("새 공구"));
    delete unchanged;

    m_clock.set(m_clock.nowUtc().addSecs(3600));
    ASSERT_NE(MainWindow::open(path, m_clock, &refusal), nullptr);
    settle();
    EXPECT_EQ(backupsOf(path).size(), 2u);
}

TEST_F(BackupWindowTest, ASecondWindowOnAFileAnotherGongguHasOpenIsRefused)
{
    const QString path = makeWorkspace(QStringLiteral("demo.gonggu"), true);
    WorkspaceLock otherInstance(path);
    ASSERT_TRUE(otherInstance.tryLock());
    const QByteArray digest = fileDigest(path);

    QString refusal;
    EXPECT_EQ(MainWindow::open(path, m_clock, &refusal), nullptr);
    EXPECT_TRUE(refusal.contains(QStringLiteral("open in another Gonggu window"))) << refusal.toStdString();
    EXPECT_TRUE(refusal.contains(QString::number(QCoreApplication::applicationPid()))) << refusal.toStdString();
    EXPECT_EQ(shownWindowOn(path), nullptr);
    EXPECT_EQ(fileDigest(path), digest);
    EXPECT_TRUE(backupsOf(path).empty());

    // At start-up the refusal offers another workspace, or quitting.
    bool offersAnother = false;
    QTimer::singleShot(0, [&] {
        if (QWidget *box = QApplication::activeModalWidget())
            offersAnother = box->findChild<QAbstractButton *>(QStringLiteral("openAnotherButton")) != nullptr;
    });
    ModalAnswers answers({{QStringLiteral("openRefusedBox"), QStringLiteral("quitButton")}});
    EXPECT_TRUE(MainWindow::offerAnotherWorkspace(nullptr, path, refusal, true).isEmpty());
    EXPECT_TRUE(offersAnother);
    ASSERT_EQ(answers.texts().size(), 1);
    EXPECT_TRUE(answers.texts().front().contains(refusal));
}

TEST_F(BackupWindowTest, TheFileMenuOffersBackUpRestoreAndTheFolder)
{
    const auto window = windowOn(makeWorkspace(QStringLiteral("demo.gonggu"), true));
    auto *file = window->menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    ASSERT_TRUE(file);
    QStringList names;
    for (const QAction *action : file->actions())
        names << (action->isSeparator() ? QStringLiteral("-") : action->objectName());
    const qsizetype backUp = names.indexOf(QStringLiteral("backUpNowAction"));
    ASSERT_GE(backUp, 0) << names.join(u' ').toStdString();
    EXPECT_EQ(
        names.mid(backUp, 5),
        (QStringList{QStringLiteral("backUpNowAction"), QStringLiteral("restoreBackupAction"),
                     QStringLiteral("showBackupsFolderAction"), QStringLiteral("-"), QStringLiteral("closeAction")}));
    EXPECT_EQ(names.at(backUp - 1), QStringLiteral("-"));
}

TEST_F(BackupWindowTest, BackUpNowWritesAPrivateCopyWhereTheUserSays)
{
    const auto window = windowOn(makeWorkspace(QStringLiteral("demo.gonggu"), true));
    QString suggested;
    const QString chosen = pathFor(QStringLiteral("11월 백업"));
    window->backupActions()->setSavePathChooser([&](const QString &path) {
        suggested = path;
        return chosen;
    });
    window->backupActions()->backUpNowAction()->trigger();

    EXPECT_TRUE(suggested.endsWith(
        QStringLiteral("/demo-%1.gonggu").arg(m_clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd")))))
        << suggested.toStdString();
    const QString written = chosen + QStringLiteral(".gonggu");
    ASSERT_TRUE(QFileInfo::exists(written));
    EXPECT_EQ(posixMode(written), 0600);
    EXPECT_EQ(RoundRepository(Workspace(written, m_clock)).all().size(),
              RoundRepository(window->session().workspace()).all().size());
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("Backed up to")));
}

TEST_F(BackupWindowTest, ShowBackupsFolderMakesItPrivateAndOpensIt)
{
    const QString path = makeWorkspace(QStringLiteral("demo.gonggu"), true);
    const auto window = windowOn(path);
    QString opened;
    window->backupActions()->setFolderOpener([&](const QString &folder) {
        opened = folder;
        return true;
    });
    window->backupActions()->showFolderAction()->trigger();
    EXPECT_EQ(opened, BackupRotation(path, m_clock).folder());
    EXPECT_EQ(posixMode(opened), 0700);
}

TEST_F(BackupWindowTest, RestoringFromTheMenuReopensTheWorkspaceAsTheBackupHoldsIt)
{
    const QString path = makeWorkspace(QStringLiteral("demo.gonggu"), true);
    QString refusal;
    MainWindow *window = MainWindow::open(path, m_clock, &refusal);
    ASSERT_NE(window, nullptr) << refusal.toStdString();
    settle();
    const int demoRounds = window->sidebar()->model()->rowCount();
    addRound(window->session().workspace(), QStringLiteral("백업 뒤에 만든 공구"));
    ASSERT_EQ(RoundRepository(window->session().workspace()).all().size(), size_t(demoRounds) + 1);
    const bool quitOnLastWindowClosed = QGuiApplication::quitOnLastWindowClosed();

    ModalAnswers answers({{QStringLiteral("backupsDialog"), QStringLiteral("restoreButton")},
                          {QStringLiteral("confirmRestoreBox"), QStringLiteral("confirmRestoreButton")}});
    window->backupActions()->restoreAction()->trigger();
    EXPECT_TRUE(answers.done()) << answers.answered().join(u' ').toStdString();
    settle();

    MainWindow *reopened = shownWindowOn(path);
    ASSERT_NE(reopened, nullptr);
    EXPECT_EQ(reopened->sidebar()->model()->rowCount(), demoRounds);
    EXPECT_TRUE(reopened->statusBar()->currentMessage().contains(QStringLiteral("Restored from")))
        << reopened->statusBar()->currentMessage().toStdString();
    const std::vector<BackupFile> backups = backupsOf(path);
    ASSERT_EQ(backups.size(), 2u) << "the rolling backup and the copy kept before the restore";
    const auto kept = std::find_if(backups.begin(), backups.end(),
                                   [](const BackupFile &b) { return b.kind == BackupKind::BeforeRestore; });
    ASSERT_NE(kept, backups.end());
    EXPECT_EQ(RoundRepository(Workspace(kept->path, m_clock)).all().size(), size_t(demoRounds) + 1);

    WorkspaceLock another(path);
    EXPECT_FALSE(another.tryLock()) << "the new window holds the lock";
    EXPECT_EQ(QGuiApplication::quitOnLastWindowClosed(), quitOnLastWindowClosed);
}

TEST_F(BackupWindowTest, ARestoreRefusedOnTheWayReopensTheWorkspaceUnchanged)
{
    const QString path = makeWorkspace(QStringLiteral("demo.gonggu"), true);
    QString refusal;
    MainWindow *window = MainWindow::open(path, m_clock, &refusal);
    ASSERT_NE(window, nullptr) << refusal.toStdString();
    const int rounds = window->sidebar()->model()->rowCount();
    const QString notABackup = pathFor(QStringLiteral("명단.csv"));
    {
        QFile file(notABackup);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("이름,수량\n");
    }

    ModalAnswers answers({{QString(), QStringLiteral("ok")}});
    window->restoreFrom(notABackup);
    for (int i = 0; i < 20 && !answers.done(); ++i)
        settle();
    settle();
    ASSERT_EQ(answers.texts().size(), 1);
    EXPECT_TRUE(answers.texts().front().contains(QStringLiteral("not restored")))
        << answers.texts().front().toStdString();
    MainWindow *reopened = shownWindowOn(path);
    ASSERT_NE(reopened, nullptr);
    EXPECT_EQ(reopened->sidebar()->model()->rowCount(), rounds);
}

} // namespace
} // namespace gonggu::test
