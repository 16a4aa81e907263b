// Restore from Backup: the list of backups, the preference of how many to keep, and the confirmation and check
// that come before a restore.
#include "BackupsDialog.h"
#include "AppSettings.h"
#include "BackupActions.h"
#include "MainWindowFixture.h"
#include "ModalAnswers.h"
#include "storage/BackupRestore.h"
#include "storage/BackupRotation.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>

namespace gonggu::test {
namespace {

class BackupsDialogTest : public MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        m_path = makeWorkspace(QStringLiteral("demo.gonggu"), true);
    }

    BackupFile backUpAt(int minute)
    {
        m_clock.set(QDateTime(QDate(2026, 11, 10), QTime(12, minute), Qt::UTC));
        const Workspace workspace(m_path, m_clock);
        return BackupRotation(m_path, m_clock).takeRollingBackup(workspace, BackupRotation::defaultKeep);
    }

    /** A file in the backups folder named like a backup, but not one. */
    QString damagedBackup()
    {
        const BackupRotation rotation(m_path, m_clock);
        rotation.ensureFolder();
        // An hour after the newest real one, so that it is listed first.
        const QString stamp = m_clock.nowUtc().addSecs(3600).toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString path = rotation.folder() + QStringLiteral("/demo-%1.gonggu").arg(stamp);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("not a workspace at all");
        return path;
    }

    static QString text(const QTreeWidget *list, int row, BackupsDialog::Column column)
    {
        return list->topLevelItem(row)->text(column);
    }

    QString m_path;
};

TEST_F(BackupsDialogTest, ListsTheBackupsNewestFirstWithWhatTheyHold)
{
    const BackupFile older = backUpAt(0);
    const BackupFile newer = backUpAt(30);
    const BackupContents contents = BackupRestore::peek(newer.path);
    ASSERT_GT(contents.buyers, 0);

    BackupsDialog dialog(m_path, m_clock);
    const QTreeWidget *list = dialog.backupList();
    ASSERT_EQ(list->topLevelItemCount(), 2);
    // The date in the locale's short form, the time to the second ("11/10/26 12:30:00 PM").
    const QString newerDate = QLocale().toString(newer.taken.date(), QLocale::ShortFormat);
    EXPECT_TRUE(text(list, 0, BackupsDialog::Taken).startsWith(newerDate))
        << text(list, 0, BackupsDialog::Taken).toStdString();
    EXPECT_TRUE(text(list, 0, BackupsDialog::Taken).contains(newer.taken.toString(QStringLiteral("mm:ss"))));
    EXPECT_TRUE(text(list, 1, BackupsDialog::Taken).contains(older.taken.toString(QStringLiteral("mm:ss"))));
    EXPECT_EQ(text(list, 0, BackupsDialog::Kind), QStringLiteral("Automatic"));
    EXPECT_EQ(text(list, 0, BackupsDialog::Size),
              QLocale().formattedDataSize(newer.bytes, 1, QLocale::DataSizeTraditionalFormat));
    EXPECT_EQ(text(list, 0, BackupsDialog::Rounds), QString::number(contents.rounds));
    EXPECT_EQ(text(list, 0, BackupsDialog::Buyers), QString::number(contents.buyers));
    EXPECT_EQ(list->currentItem(), list->topLevelItem(0)) << "the newest is chosen to start with";
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"))->isEnabled());
    EXPECT_FALSE(dialog.findChild<QLabel *>(QStringLiteral("noBackupsNote"))->isVisibleTo(&dialog));
}

TEST_F(BackupsDialogTest, AnUnreadableFileIsListedWithoutCounts)
{
    backUpAt(0);
    damagedBackup();
    BackupsDialog dialog(m_path, m_clock);
    const QTreeWidget *list = dialog.backupList();
    ASSERT_EQ(list->topLevelItemCount(), 2);
    EXPECT_EQ(text(list, 0, BackupsDialog::Rounds), QStringLiteral("—"));
    EXPECT_FALSE(list->topLevelItem(0)->toolTip(BackupsDialog::Rounds).isEmpty()) << "the reason is a hover away";
}

TEST_F(BackupsDialogTest, WithoutBackupsItSaysWhenTheFirstComes)
{
    BackupsDialog dialog(m_path, m_clock);
    EXPECT_EQ(dialog.backupList()->topLevelItemCount(), 0);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("noBackupsNote"))->isVisibleTo(&dialog));
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"))->isEnabled());
}

TEST_F(BackupsDialogTest, HowManyToKeepIsAPreference)
{
    EXPECT_EQ(BackupActions::keepCount(), BackupRotation::defaultKeep);
    BackupsDialog dialog(m_path, m_clock);
    auto *keep = dialog.findChild<QSpinBox *>(QStringLiteral("keepBackups"));
    ASSERT_TRUE(keep);
    EXPECT_EQ(keep->value(), BackupRotation::defaultKeep);
    keep->setValue(4);
    EXPECT_EQ(BackupActions::keepCount(), 4);
    EXPECT_EQ(AppSettings().value(BackupActions::keepKey).toInt(), 4);
    keep->setValue(0);
    EXPECT_EQ(keep->value(), 1) << "at least one";

    AppSettings().setValue(BackupActions::keepKey, 5000);
    EXPECT_EQ(BackupActions::keepCount(), BackupRotation::maximumKeep) << "a hand-edited setting is kept in range";
}

TEST_F(BackupsDialogTest, RestoreAsksFirstAndCancellingChoosesNothing)
{
    backUpAt(0);
    BackupsDialog dialog(m_path, m_clock);
    dialog.show();
    ModalAnswers answers({{QStringLiteral("confirmRestoreBox"), QStringLiteral("cancel")}});
    dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
    EXPECT_EQ(answers.answered(), QStringList{QStringLiteral("confirmRestoreBox/cancel")});
    ASSERT_EQ(answers.texts().size(), 1);
    EXPECT_TRUE(answers.texts().front().contains(QStringLiteral("kept as a backup first")))
        << answers.texts().front().toStdString();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.chosenBackup().isEmpty());
}

TEST_F(BackupsDialogTest, ConfirmingChoosesTheSelectedBackup)
{
    const BackupFile older = backUpAt(0);
    backUpAt(30);
    BackupsDialog dialog(m_path, m_clock);
    dialog.show();
    dialog.backupList()->setCurrentItem(dialog.backupList()->topLevelItem(1));
    ModalAnswers answers({{QStringLiteral("confirmRestoreBox"), QStringLiteral("confirmRestoreButton")}});
    dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.chosenBackup(), older.path);
}

TEST_F(BackupsDialogTest, ABackupThatFailsItsCheckIsRefusedBeforeAnythingCloses)
{
    backUpAt(0);
    damagedBackup();
    BackupsDialog dialog(m_path, m_clock);
    dialog.show();
    ModalAnswers answers({{QStringLiteral("confirmRestoreBox"), QStringLiteral("confirmRestoreButton")},
                          {QStringLiteral("restoreRefusedBox"), QStringLiteral("ok")}});
    dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"))->click(); // the damaged one is the newest
    EXPECT_TRUE(answers.done()) << answers.answered().join(u' ').toStdString();
    ASSERT_EQ(answers.texts().size(), 2);
    EXPECT_TRUE(answers.texts().at(1).contains(QStringLiteral("not a Gonggu workspace")))
        << answers.texts().at(1).toStdString();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.chosenBackup().isEmpty());
}

} // namespace
} // namespace gonggu::test
