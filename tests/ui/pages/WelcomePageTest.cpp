#include "WelcomePage.h"
#include "TempWorkspace.h"
#include "services/DemoWorkspace.h"
#include "storage/PersonRepository.h"
#include "storage/RoundRepository.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace gonggu::test {
namespace {

/** Points the application data folder into a temporary one (QStandardPaths reads XDG_DATA_HOME on each call). */
class WelcomePageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dataHome.isValid());
        m_savedDataHome = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));
    }
    void TearDown() override
    {
        if (m_savedDataHome.isNull())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", m_savedDataHome);
    }

    QTemporaryDir m_dataHome;

private:
    QByteArray m_savedDataHome;
};

TEST_F(WelcomePageTest, TheDemoIsWrittenOnceIntoTheAppDataFolderAndThenOpened)
{
    WelcomePage page;
    QSignalSpy openDemo(&page, &WelcomePage::openDemoRequested);
    const QString expected =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.gonggu");
    ASSERT_TRUE(expected.startsWith(m_dataHome.path()));
    EXPECT_EQ(page.demoPath(), expected);

    page.findChild<QPushButton *>(QStringLiteral("openDemoButton"))->click();
    ASSERT_EQ(openDemo.count(), 1);
    EXPECT_EQ(openDemo.first().at(0).toString(), expected);
    ASSERT_TRUE(QFileInfo::exists(expected));
    EXPECT_FALSE(QFileInfo::exists(expected + QStringLiteral(".part")));
    EXPECT_EQ(posixMode(expected), 0600) << "personal data, even when made up";
    {
        const Workspace demo(expected);
        EXPECT_EQ(PersonRepository(demo).all().size(), std::size_t(DemoWorkspace::realRoundBuyers));
        EXPECT_EQ(RoundRepository(demo).all().size(), 1u);
    }

    // A second click opens the same file without writing it again (the user may have changed it).
    const QByteArray before = fileDigest(expected);
    page.findChild<QPushButton *>(QStringLiteral("openDemoButton"))->click();
    ASSERT_EQ(openDemo.count(), 2);
    EXPECT_EQ(fileDigest(expected), before);
}

TEST_F(WelcomePageTest, TheButtonsAskTheWindowForANewRoundOrAnotherWorkspace)
{
    WelcomePage page;
    QSignalSpy newRound(&page, &WelcomePage::newRoundRequested);
    QSignalSpy openWorkspace(&page, &WelcomePage::openWorkspaceRequested);
    page.findChild<QPushButton *>(QStringLiteral("newRoundButton"))->click();
    page.findChild<QPushButton *>(QStringLiteral("openWorkspaceButton"))->click();
    EXPECT_EQ(newRound.count(), 1);
    EXPECT_EQ(openWorkspace.count(), 1);
}

TEST_F(WelcomePageTest, ADemoThatCannotBeWrittenIsExplainedOnThePage)
{
    WelcomePage page;
    QSignalSpy openDemo(&page, &WelcomePage::openDemoRequested);
    page.setDemoPath(QStringLiteral("/proc/no-such-folder/demo.gonggu"));
    page.openDemo();
    EXPECT_EQ(openDemo.count(), 0);
    auto *error = page.findChild<QLabel *>(QStringLiteral("welcomeError"));
    ASSERT_TRUE(error);
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("The demo workspace could not be written")));
}

} // namespace
} // namespace gonggu::test
