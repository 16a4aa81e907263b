#include "MainWindowFixture.h"
#include "MessagesPage.h"
#include "OrdersPage.h"
#include "RecipientsModel.h"
#include "RecipientsPanel.h"
#include "RoundPane.h"
#include "RoundSidebar.h"
#include "SettlementPage.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

namespace gonggu::test {
namespace {

using MessagesWindowTest = MainWindowFixture;

TEST_F(MessagesWindowTest, TheMessagesTabComesAfterSettlement)
{
    const auto window = windowOn(makeWorkspace(QStringLiteral("demo.gonggu"), true));
    QTabWidget *tabs = window->roundPane()->tabs();
    const int settlement = tabs->indexOf(window->roundPane()->settlementPage());
    const int messages = tabs->indexOf(window->roundPane()->pages().messages);
    EXPECT_EQ(messages, settlement + 1);
    EXPECT_EQ(tabs->tabText(messages), QStringLiteral("Messages"));
    tabs->setCurrentIndex(messages);
    auto *page = window->roundPane()->pages().messages;
    page->setKind(ContactKind::UnpaidReminder);
    EXPECT_EQ(page->recipients()->model()->rowCount(), 2);
}

TEST_F(MessagesWindowTest, TheRoundMenuCopiesTheProgressPostWithCtrlShiftP)
{
    const auto window = windowOn(makeWorkspace(QStringLiteral("demo.gonggu"), true));
    QMenu *round = window->menuBar()->findChild<QMenu *>(QStringLiteral("roundMenu"));
    ASSERT_NE(round, nullptr);
    QAction *copy = nullptr;
    for (QAction *action : round->actions()) {
        if (action->objectName() == u"copyProgressPostAction")
            copy = action;
    }
    ASSERT_NE(copy, nullptr);
    const QKeySequence ctrlShiftP(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    EXPECT_EQ(copy->shortcut(), ctrlShiftP);
    // No other command of the window answers to the same keys.
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action != copy) {
            EXPECT_FALSE(action->shortcuts().contains(ctrlShiftP)) << action->objectName().toStdString();
        }
    }

    QGuiApplication::clipboard()->clear();
    QTabWidget *tabs = window->roundPane()->tabs();
    tabs->setCurrentWidget(window->roundPane()->pages().orders);
    copy->trigger();
    EXPECT_TRUE(QGuiApplication::clipboard()->text().contains(QStringLiteral("22 people have ordered 27 copies")))
        << QGuiApplication::clipboard()->text().toStdString();
    EXPECT_EQ(tabs->currentWidget(), window->roundPane()->pages().orders) << "one click, no detour";
}

TEST_F(MessagesWindowTest, WithoutARoundTheProgressPostIsOff)
{
    const auto window = windowOn(makeWorkspace(QStringLiteral("empty.gonggu"), false));
    EXPECT_FALSE(window->roundPane()->pages().messages->copyProgressPostAction()->isEnabled());
}

} // namespace
} // namespace gonggu::test
