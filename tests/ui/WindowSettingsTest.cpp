#include "AppLanguage.h"
#include "AppSettings.h"
#include "MainWindowFixture.h"
#include "RecentWorkspaces.h"
#include "RoundSidebar.h"
#include "SettingsDialog.h"
#include "models/OrdersTableModel.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace gonggu::test {
namespace {

using WindowSettingsTest = MainWindowFixture;

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

TEST_F(WindowSettingsTest, TheWindowComesBackAsItWasLeft)
{
    const QString path = makeWorkspace(QStringLiteral("demo.gonggu"), true, 30);
    const int balance = int(OrdersTableModel::Column::Balance);
    {
        const auto window = windowOn(path);
        window->resize(940, 610);
        child<QSplitter>(*window, QStringLiteral("roundsPage"))->setSizes({333, 600});
        window->sidebar()->selectRound(2);
        auto *orders = child<QTableView>(*window, QStringLiteral("ordersTable"));
        orders->horizontalHeader()->resizeSection(0, 222);
        orders->sortByColumn(balance, Qt::DescendingOrder);
        child<QTabWidget>(*window, QStringLiteral("roundTabs"))->setCurrentIndex(1);
        window->close();
    }
    const AppSettings settings;
    EXPECT_FALSE(settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    EXPECT_FALSE(settings.value(QStringLiteral("orders/header")).toByteArray().isEmpty());

    const auto window = windowOn(path);
    EXPECT_EQ(window->size(), QSize(940, 610));
    EXPECT_EQ(child<QSplitter>(*window, QStringLiteral("roundsPage"))->sizes().constFirst(), 333);
    EXPECT_EQ(window->sidebar()->currentRound(), 2);
    EXPECT_EQ(child<QTabWidget>(*window, QStringLiteral("roundTabs"))->currentIndex(), 1);
    // Behind the Payments tab the orders are read, and their table's state put back, when their tab is chosen.
    child<QTabWidget>(*window, QStringLiteral("roundTabs"))->setCurrentIndex(0);
    auto *orders = child<QTableView>(*window, QStringLiteral("ordersTable"));
    EXPECT_EQ(orders->horizontalHeader()->sectionSize(0), 222);
    EXPECT_EQ(orders->horizontalHeader()->sortIndicatorSection(), balance);
    EXPECT_EQ(orders->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    // The restored sorting is applied, not only drawn: the largest balance comes first.
    const QModelIndex first = orders->model()->index(0, balance);
    const QModelIndex second = orders->model()->index(1, balance);
    EXPECT_GE(first.data(OrdersTableModel::SortRole).toLongLong(),
              second.data(OrdersTableModel::SortRole).toLongLong());
}

TEST_F(WindowSettingsTest, AWorkspaceWithoutRoundsKeepsTheTablesColumnsAsTheyWere)
{
    const QString demo = makeWorkspace(QStringLiteral("demo.gonggu"), true);
    {
        const auto window = windowOn(demo);
        child<QTableView>(*window, QStringLiteral("ordersTable"))->horizontalHeader()->resizeSection(1, 177);
        window->close();
    }
    windowOn(makeWorkspace(QStringLiteral("empty.gonggu"), false))->close(); // no round, no columns to save
    const auto window = windowOn(demo);
    EXPECT_EQ(child<QTableView>(*window, QStringLiteral("ordersTable"))->horizontalHeader()->sectionSize(1), 177);
}

TEST_F(WindowSettingsTest, TheSelectedRoundIsRememberedPerWorkspace)
{
    const QString demo = makeWorkspace(QStringLiteral("demo.gonggu"), true, 30);
    const QString other = makeWorkspace(QStringLiteral("other.gonggu"), true, 30);
    {
        const auto window = windowOn(demo);
        window->sidebar()->selectRound(2);
        window->close();
    }
    EXPECT_EQ(windowOn(other)->sidebar()->currentRound(), 1) << "round 2 of another workspace means nothing here";
    EXPECT_EQ(windowOn(demo)->sidebar()->currentRound(), 2);
}

TEST_F(WindowSettingsTest, OpenedWorkspacesAreRememberedNewestFirstAndMissingOnesForgotten)
{
    const QString first = makeWorkspace(QStringLiteral("first.gonggu"), false);
    const QString second = makeWorkspace(QStringLiteral("second.gonggu"), false);
    const auto window = windowOn(first);
    window->openWorkspace(second)->close();
    ASSERT_EQ(RecentWorkspaces::paths(), (QStringList{second, first}));

    QMenu *menu = window->windowActions().openRecent;
    emit menu->aboutToShow();
    QStringList listed;
    for (const QAction *action : menu->actions()) {
        if (!action->data().toString().isEmpty())
            listed << action->data().toString();
    }
    EXPECT_EQ(listed, (QStringList{second, first}));
    EXPECT_TRUE(menu->actions().constFirst()->text().startsWith(QStringLiteral("&1 second.gonggu")));

    QFile::remove(second);
    EXPECT_EQ(RecentWorkspaces::paths(), QStringList{first});
    for (int i = 0; i < 12; ++i)
        RecentWorkspaces::add(makeWorkspace(QStringLiteral("w%1.gonggu").arg(i), false));
    EXPECT_EQ(RecentWorkspaces::paths().size(), RecentWorkspaces::maximum);
    EXPECT_TRUE(RecentWorkspaces::paths().constFirst().endsWith(QStringLiteral("w11.gonggu")));
}

TEST_F(WindowSettingsTest, MenusSpeakKoreanOrEnglishAsChosen)
{
    const QString path = makeWorkspace(QStringLiteral("demo.gonggu"), true);

    ASSERT_TRUE(installTranslations(QLocale(QLocale::Korean, QLocale::SouthKorea)));
    {
        const auto window = windowOn(path);
        const QStringList titles = menuTitles(*window);
        ASSERT_FALSE(titles.isEmpty());
        EXPECT_TRUE(titles.constFirst().startsWith(QStringLiteral("파일"))) << titles.join(u' ').toStdString();
        EXPECT_TRUE(titles.contains(QStringLiteral("편집(&E)"))) << titles.join(u' ').toStdString();
        // Money and counts follow the language too.
        EXPECT_TRUE(summaryText(*window).contains(QStringLiteral("75,600원"))) << summaryText(*window).toStdString();
        EXPECT_TRUE(summaryText(*window).contains(QStringLiteral("22명"))) << summaryText(*window).toStdString();
        // Qt's own texts come in the same language (qtbase_ko from qt6-translations-l10n).
        EXPECT_EQ(window->windowActions().undo->text(), QStringLiteral("실행 취소"));
        window->close();
    }

    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto window = windowOn(path);
    EXPECT_EQ(menuTitles(*window).constFirst(), QStringLiteral("&File"));
    EXPECT_TRUE(summaryText(*window).contains(QStringLiteral("₩75,600")));
}

TEST_F(WindowSettingsTest, PreferencesStoreTheLanguageForTheNextStart)
{
    EXPECT_EQ(AppLanguage::storedChoice(), AppLanguage::automatic);
    SettingsDialog dialog;
    dialog.setLanguageChoice(AppLanguage::korean);
    dialog.accept();
    EXPECT_EQ(AppLanguage::storedChoice(), AppLanguage::korean);
    EXPECT_EQ(AppSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ko"));
    EXPECT_EQ(AppLanguage::localeFor(AppLanguage::korean).language(), QLocale::Korean);
    EXPECT_EQ(AppLanguage::localeFor(AppLanguage::english).language(), QLocale::English);
    EXPECT_EQ(SettingsDialog().languageChoice(), AppLanguage::korean);
}

TEST_F(WindowSettingsTest, AboutShowsTheVersion)
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    const auto window = windowOn(makeWorkspace(QStringLiteral("empty.gonggu"), false));
    QString text;
    QTimer::singleShot(0, window.get(), [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->accept();
        }
    });
    window->windowActions().about->trigger();
    EXPECT_TRUE(text.contains(QStringLiteral("9.8.7"))) << text.toStdString();
}

} // namespace
} // namespace gonggu::test
