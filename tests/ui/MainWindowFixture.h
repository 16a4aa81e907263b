#pragma once

#include "AppLanguage.h"
#include "MainWindow.h"
#include "TempWorkspace.h"
#include "services/DemoWorkspace.h"

#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace gonggu::test {

/** A window test: workspaces in a temporary folder, a settings file of the test's own (so that no test
 *  reads or writes the user's settings or sees another test's) and the English the app speaks by default. */
class MainWindowFixture : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        ASSERT_TRUE(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        // As the app starts for an English-speaking user: English plural forms come from gonggu_en.qm.
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void TearDown() override
    {
        installTranslations(QLocale::c()); // untranslated, as the other tests of the process expect
        TempWorkspaceTest::TearDown();
    }

    /** A workspace file in the test's folder, with the demo (and `scaleBuyers` in round 2) when asked. */
    QString makeWorkspace(const QString &fileName, bool demo, int scaleBuyers = 0)
    {
        const QString path = pathFor(fileName);
        Workspace workspace(path, m_clock);
        if (demo)
            DemoWorkspace::populate(workspace, scaleBuyers);
        return path;
    }

    std::unique_ptr<MainWindow> windowOn(const QString &path)
    {
        auto window = std::make_unique<MainWindow>(std::make_unique<Workspace>(path, m_clock), m_clock);
        window->show();
        return window;
    }

    template <typename Widget> static Widget *child(const QObject &parent, const QString &name)
    {
        auto *widget = parent.findChild<Widget *>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }

    static QString summaryText(const QWidget &window)
    {
        return child<QLabel>(window, QStringLiteral("roundSummaryLabel"))->text();
    }

    QTemporaryDir m_settingsDir;
};

} // namespace gonggu::test
