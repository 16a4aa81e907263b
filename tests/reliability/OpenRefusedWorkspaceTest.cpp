// The window asked to open a file that is no workspace it can open: it says why, keeps the workspace it has, and
// leaves the file as it was.
#include "ui/MainWindowFixture.h"
#include "ui/ModalAnswers.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

using OpenRefusedWorkspaceTest = MainWindowFixture;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

TEST_F(OpenRefusedWorkspaceTest, ATextFileIsExplainedAndTheOpenWorkspaceStays)
{
    std::unique_ptr<MainWindow> window = windowOn(makeWorkspace(u"mine.gonggu"_s, true));
    const QString before = window->workspacePath();
    const QString summary = summaryText(*window);
    const QString textFile = pathFor(u"신청자.gonggu"_s);
    writeFile(textFile, u"이름,수량\n김하나,1\n"_s.toUtf8());
    const QByteArray digest = fileDigest(textFile);

    ModalAnswers answers({{u"openRefusedBox"_s, u"cancel"_s}});
    EXPECT_EQ(window->openWorkspace(textFile), nullptr);

    EXPECT_EQ(answers.answered(), QStringList{u"openRefusedBox/cancel"_s});
    ASSERT_EQ(answers.texts().size(), 1);
    EXPECT_TRUE(answers.texts().first().contains(u"not an SQLite database"_s)) << answers.texts().first().toStdString();
    EXPECT_EQ(window->workspacePath(), before);
    EXPECT_EQ(summaryText(*window), summary);
    EXPECT_EQ(fileDigest(textFile), digest);
    EXPECT_FALSE(QFileInfo::exists(textFile + u"-wal"_s));
}

TEST_F(OpenRefusedWorkspaceTest, AWorkspaceFromANewerVersionIsRefusedUntouched)
{
    const QString newer = makeWorkspace(u"newer.gonggu"_s, true);
    {
        Workspace workspace(newer, m_clock);
        QSqlQuery query(workspace.database());
        ASSERT_TRUE(query.exec(u"PRAGMA user_version = %1"_s.arg(Workspace::currentSchemaVersion + 1)));
    }
    const QByteArray digest = fileDigest(newer);

    QString refusal;
    EXPECT_EQ(MainWindow::open(newer, m_clock, &refusal), nullptr);
    EXPECT_TRUE(refusal.contains(u"newer Gonggu"_s)) << refusal.toStdString();
    EXPECT_EQ(fileDigest(newer), digest);
}

TEST_F(OpenRefusedWorkspaceTest, TheReasonIsInTheUsersLanguage)
{
    const QString textFile = pathFor(u"메모.gonggu"_s);
    writeFile(textFile, "not a workspace\n");
    ASSERT_TRUE(installTranslations(QLocale(QLocale::Korean, QLocale::SouthKorea)));
    QString refusal;
    const MainWindow *window = MainWindow::open(textFile, m_clock, &refusal);
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));

    EXPECT_EQ(window, nullptr);
    EXPECT_TRUE(refusal.contains(u"SQLite 데이터베이스가 아니라"_s)) << refusal.toStdString();
    EXPECT_TRUE(refusal.contains(textFile)) << refusal.toStdString();
}

} // namespace
} // namespace gonggu::test
