#pragma once

#include "MessagesPage.h"
#include "PageTest.h"
#include "RecipientsModel.h"
#include "RecipientsPanel.h"
#include "TemplateEditor.h"
#include "services/messages/ContactHistory.h"
#include "services/messages/MessageComposer.h"
#include "services/messages/RoundTemplates.h"
#include "storage/OrderRepository.h"
#include "storage/PersonRepository.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>

#include <memory>

namespace gonggu::test {

/** The Messages tab over the demo round (22 buyers, 27 copies; 홍승민 "seungmin" owes 50,400 for two copies and
 *  전다인 "dain" 25,200; every buyer was sent a confirmation by chat), shown, in Korean, with the links it
 *  opens recorded instead of opened. */
class MessagesPageTest : public PageTest
{
protected:
    void SetUp() override
    {
        PageTest::SetUp();
        m_round = populateDemo();
        m_page = std::make_unique<MessagesPage>(session());
        m_page->setUrlOpener([this](const QUrl &url) {
            m_opened << url;
            return true;
        });
        m_page->setLanguage(Language::Korean);
        m_page->resize(1100, 700);
        m_page->show();
        // Active, as the user's window is: focus (where Insert Placeholder types) follows clicks and Tab.
        m_page->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
        m_page->showRound(m_round);
        QGuiApplication::clipboard()->clear();
    }
    void TearDown() override
    {
        m_page.reset();
        PageTest::TearDown();
    }

    MessagesPage &page() { return *m_page; }
    TemplateEditor &editor() { return *m_page->editor(); }
    RecipientsModel &recipients() { return *m_page->recipients()->model(); }

    /** Replaces the body as a user would: select all, then type. */
    void retypeBody(const QString &text)
    {
        QPlainTextEdit *body = editor().bodyEdit();
        body->setFocus();
        body->selectAll();
        typeText(body, text);
    }
    /** The row of the buyer with this nickname in the recipients list, or -1. */
    int rowOf(const QString &nickname)
    {
        for (int row = 0; row < recipients().rowCount(); ++row) {
            if (recipients().recipientAt(row).nickname == nickname)
                return row;
        }
        return -1;
    }
    OrderId orderOf(const QString &nickname)
    {
        const Person person = PersonRepository(sessionWorkspace()).resolve(nickname);
        return OrderRepository(sessionWorkspace()).findFor(m_round.id, person.id)->id;
    }
    /** What core writes for these buyers in the round's saved wording. */
    std::vector<ComposedMessage> composed(ContactKind kind, const std::vector<OrderId> &orders,
                                          Language language = Language::Korean)
    {
        return MessageComposer(sessionWorkspace(), m_clock).composeFor(m_round, orders, kind, language);
    }
    MessageTemplate effective(ContactKind kind, Language language = Language::Korean)
    {
        return RoundTemplates(sessionWorkspace()).effective(m_round, kind, language);
    }
    std::size_t logged(const QString &nickname, ContactKind kind)
    {
        std::size_t count = 0;
        for (const ContactLogEntry &entry : ContactHistory(sessionWorkspace()).history(orderOf(nickname)))
            count += entry.kind == kind ? 1 : 0;
        return count;
    }
    static QString clipboardText() { return QGuiApplication::clipboard()->text(); }

    Round m_round;
    std::unique_ptr<MessagesPage> m_page;
    QList<QUrl> m_opened;
};

} // namespace gonggu::test
