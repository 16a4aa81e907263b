#include "MessageLinks.h"
#include "MessagePreview.h"
#include "MessageText.h"
#include "MessagesPageTest.h"
#include "services/OrderBook.h"
#include "storage/ItemRepository.h"

#include <QCheckBox>
#include <QLabel>
#include <QUndoStack>
#include <QUrlQuery>

namespace gonggu::test {
namespace {

/** The value of one field of a mailto:/sms: link, decoded. */
QString field(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

class MessagesSendingTest : public MessagesPageTest
{
protected:
    void SetUp() override
    {
        MessagesPageTest::SetUp();
        page().setKind(ContactKind::UnpaidReminder);
        m_seungmin = orderOf(QStringLiteral("seungmin"));
        m_dain = orderOf(QStringLiteral("dain"));
    }
    OrderId m_seungmin = 0;
    OrderId m_dain = 0;
};

TEST_F(MessagesSendingTest, CopyPutsTheCurrentBuyersMessageOnTheClipboard)
{
    page().copyAction()->trigger();
    EXPECT_EQ(clipboardText(), composed(ContactKind::UnpaidReminder, {m_seungmin})[0].text);
    EXPECT_TRUE(clipboardText().startsWith(QStringLiteral("seungmin님, [『실전 리팩터링』 공동구매] 입금이 아직")));
    EXPECT_EQ(page().notice(), QStringLiteral("Copied the message to seungmin (홍승민)."));
}

TEST_F(MessagesSendingTest, CopyCheckedPutsEachMessageUnderItsBuyerWithADivider)
{
    page().copyCheckedAction()->trigger();
    const std::vector<ComposedMessage> messages = composed(ContactKind::UnpaidReminder, {m_seungmin, m_dain});
    EXPECT_EQ(clipboardText(), QStringLiteral("[seungmin (홍승민)]\n") + messages[0].text +
                                   QStringLiteral("\n\n----------\n[dain (전다인)]\n") + messages[1].text);
    EXPECT_TRUE(clipboardText().contains(QStringLiteral("남은 금액: 50,400원")));
    EXPECT_TRUE(clipboardText().contains(QStringLiteral("남은 금액: 25,200원")));
    EXPECT_EQ(page().notice(), QStringLiteral("Copied 2 messages."));

    // One checked buyer: the message alone, ready to paste into their chat.
    recipients().setChecked(0, false);
    EXPECT_EQ(page().copyCheckedAction()->text(), QStringLiteral("Cop&y Checked (1)"));
    page().copyCheckedAction()->trigger();
    EXPECT_EQ(clipboardText(), messages[1].text);
}

TEST_F(MessagesSendingTest, CopyUsesTheWordingBeingEdited)
{
    retypeBody(QStringLiteral("{nickname}님 {amount} 부탁드려요"));
    page().copyCheckedAction()->trigger();
    EXPECT_EQ(clipboardText(), QStringLiteral("[seungmin (홍승민)]\nseungmin님 50,400원 부탁드려요\n\n----------\n"
                                              "[dain (전다인)]\ndain님 25,200원 부탁드려요"));
}

TEST_F(MessagesSendingTest, EmailOpensAMailtoLinkWithSubjectAndBody)
{
    page().emailAction()->trigger();
    ASSERT_EQ(m_opened.size(), 1);
    const QUrl url = m_opened[0];
    const ComposedMessage expected = composed(ContactKind::UnpaidReminder, {m_seungmin})[0];
    EXPECT_EQ(url.scheme(), QStringLiteral("mailto"));
    EXPECT_EQ(url.path(), QStringLiteral("seungmin@example.com"));
    EXPECT_EQ(field(url, QStringLiteral("subject")), expected.subject);
    EXPECT_EQ(field(url, QStringLiteral("body")), QString(expected.text).replace(u'\n', QStringLiteral("\r\n")));
    const QByteArray encoded = url.toEncoded();
    EXPECT_FALSE(encoded.contains(' ')) << encoded.constData();
    EXPECT_TRUE(encoded.contains("%EC%9E%85%EA%B8%88")) << "입금, as UTF-8: " << encoded.constData();
    EXPECT_EQ(page().channel(), ContactChannel::Email) << "Mark Sent records the email next";
    EXPECT_TRUE(page().notice().startsWith(QStringLiteral("Opened an email to seungmin (홍승민).")));
}

TEST_F(MessagesSendingTest, SmsOpensAnSmsLinkToThePhoneNumber)
{
    page().recipients()->selectOrder(m_dain);
    page().smsAction()->trigger();
    ASSERT_EQ(m_opened.size(), 1);
    const QUrl url = m_opened[0];
    EXPECT_EQ(url.scheme(), QStringLiteral("sms"));
    EXPECT_EQ(url.path(), QStringLiteral("01021010022"));
    EXPECT_EQ(field(url, QStringLiteral("body")),
              composed(ContactKind::UnpaidReminder, {m_dain})[0].text.replace(u'\n', QStringLiteral("\r\n")));
    EXPECT_EQ(page().channel(), ContactChannel::Sms);
}

TEST_F(MessagesSendingTest, ALinkNothingCouldOpenIsReported)
{
    page().setUrlOpener([](const QUrl &) { return false; });
    page().smsAction()->trigger();
    EXPECT_EQ(page().notice(), QStringLiteral("No messaging app opened. Copy the message and paste it instead."));
}

TEST_F(MessagesSendingTest, NoEmailAddressNoEmailButton)
{
    Person person = PersonRepository(sessionWorkspace()).resolve(QStringLiteral("seungmin"));
    person.email.clear();
    PersonRepository(sessionWorkspace()).update(person);
    emit session().peopleChanged();
    EXPECT_FALSE(page().emailAction()->isEnabled());
    EXPECT_EQ(page().emailAction()->toolTip(),
              QStringLiteral("seungmin (홍승민) has no email address in the directory"));
    EXPECT_TRUE(page().smsAction()->isEnabled());
}

TEST_F(MessagesSendingTest, MarkCheckedSentLogsOneEntryPerBuyerAndUndoTakesThemOut)
{
    page().setChannel(ContactChannel::Sms);
    page().markCheckedSentAction()->trigger();
    EXPECT_EQ(logged(QStringLiteral("seungmin"), ContactKind::UnpaidReminder), 1u);
    EXPECT_EQ(logged(QStringLiteral("dain"), ContactKind::UnpaidReminder), 1u);
    const ContactLogEntry entry = ContactHistory(sessionWorkspace()).history(m_dain).back();
    EXPECT_EQ(entry.channel, ContactChannel::Sms);
    EXPECT_EQ(entry.sentAt, m_clock.nowUtc());
    EXPECT_EQ(entry.message, composed(ContactKind::UnpaidReminder, {m_dain})[0].text);
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Mark 2 messages as sent (Text message)"));
    EXPECT_EQ(page().notice(), QStringLiteral("Marked 2 messages as sent."));

    // Both are flagged now, and a second bulk send would leave them out.
    EXPECT_TRUE(recipients().recipientAt(0).alreadySent());
    EXPECT_TRUE(recipients().checkedOrders().empty());
    EXPECT_FALSE(page().markCheckedSentAction()->isEnabled());

    session().undoStack()->undo();
    EXPECT_EQ(logged(QStringLiteral("seungmin"), ContactKind::UnpaidReminder), 0u);
    EXPECT_EQ(logged(QStringLiteral("dain"), ContactKind::UnpaidReminder), 0u);
    EXPECT_EQ(ContactHistory(sessionWorkspace()).history(m_dain).size(), 1u) << "the confirmation stays";
    EXPECT_EQ(recipients().checkedOrders(), (std::vector<OrderId>{m_seungmin, m_dain})) << "checked again";

    session().undoStack()->redo();
    const ContactLogEntry again = ContactHistory(sessionWorkspace()).history(m_dain).back();
    EXPECT_EQ(again.id, entry.id);
    EXPECT_EQ(again.sentAt, entry.sentAt);
}

TEST_F(MessagesSendingTest, MarkSentRecordsTheCurrentBuyerAndMovesToTheNext)
{
    page().markSentAction()->trigger(); // chat, the default
    EXPECT_EQ(logged(QStringLiteral("seungmin"), ContactKind::UnpaidReminder), 1u);
    EXPECT_EQ(logged(QStringLiteral("dain"), ContactKind::UnpaidReminder), 0u);
    EXPECT_EQ(ContactHistory(sessionWorkspace()).history(m_seungmin).back().channel, ContactChannel::Chat);
    EXPECT_EQ(session().undoStack()->undoText(),
              QStringLiteral("Mark the message to seungmin (홍승민) as sent (Chat)"));
    EXPECT_EQ(page().recipients()->currentOrder(), m_dain);
    EXPECT_EQ(recipients().checkedOrders(), std::vector<OrderId>{m_dain});
}

TEST_F(MessagesSendingTest, AnEmailIsLoggedWithItsSubject)
{
    page().emailAction()->trigger();
    page().markSentAction()->trigger();
    const ComposedMessage expected = composed(ContactKind::UnpaidReminder, {m_seungmin})[0];
    EXPECT_EQ(ContactHistory(sessionWorkspace()).history(m_seungmin).back().message,
              expected.subject + u'\n' + expected.text);
}

TEST_F(MessagesSendingTest, BuyersAlreadySentAreFlaggedAndLeftOutUnlessIncluded)
{
    // Every demo buyer got a confirmation by chat when they applied.
    page().setKind(ContactKind::Confirmation);
    ASSERT_EQ(recipients().rowCount(), 22);
    EXPECT_EQ(recipients().alreadySentCount(), 22);
    EXPECT_TRUE(recipients().checkedOrders().empty());
    EXPECT_FALSE(page().copyCheckedAction()->isEnabled());
    const QModelIndex flag = recipients().index(0, int(RecipientsModel::Column::LastSent));
    EXPECT_EQ(flag.data().toString(), MessageText::sentTime(recipients().recipientAt(0).lastSentAt));
    EXPECT_EQ(recipients().recipientAt(0).lastSentAt,
              ContactHistory(sessionWorkspace()).history(recipients().recipientAt(0).orderId).back().sentAt);
    EXPECT_EQ(page().recipients()->findChild<QLabel *>(QStringLiteral("recipientsSummary"))->text(),
              QStringLiteral("0 of 22 checked · 22 already sent, left out"));

    page().recipients()->includeAlreadySentBox()->setChecked(true);
    EXPECT_EQ(recipients().checkedOrders().size(), 22u);
    page().markCheckedSentAction()->trigger();
    EXPECT_EQ(logged(QStringLiteral("tini"), ContactKind::Confirmation), 2u);
    EXPECT_EQ(logged(QStringLiteral("dain"), ContactKind::Confirmation), 2u);
}

TEST_F(MessagesSendingTest, ABulkSendAfterOneSentSkipsThatBuyer)
{
    page().markSentAction()->trigger(); // seungmin
    EXPECT_EQ(recipients().rowCount(), 2) << "still listed, flagged";
    page().copyCheckedAction()->trigger();
    EXPECT_EQ(clipboardText(), composed(ContactKind::UnpaidReminder, {m_dain})[0].text);

    page().recipients()->includeAlreadySentBox()->setChecked(true);
    page().copyCheckedAction()->trigger();
    EXPECT_TRUE(clipboardText().startsWith(QStringLiteral("[seungmin (홍승민)]\n")));
    EXPECT_TRUE(clipboardText().contains(QStringLiteral("[dain (전다인)]\n")));

    // Checked by hand, a buyer already sent goes out too, and unchecking is kept across reloads.
    page().recipients()->includeAlreadySentBox()->setChecked(false);
    recipients().setChecked(0, true);
    recipients().setChecked(1, false);
    emit session().paymentsChanged(m_round.id);
    EXPECT_EQ(recipients().checkedOrders(), std::vector<OrderId>{m_seungmin});
}

TEST_F(MessagesSendingTest, SpaceTogglesTheCurrentBuyersBox)
{
    QTableView *table = page().recipients()->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Space);
    EXPECT_EQ(recipients().checkedOrders(), std::vector<OrderId>{m_dain});
    QTest::keyClick(table, Qt::Key_Down);
    EXPECT_EQ(page().recipients()->currentOrder(), m_dain);
    QTest::keyClick(table, Qt::Key_Space);
    EXPECT_TRUE(recipients().checkedOrders().empty());
}

TEST_F(MessagesSendingTest, CheckNoneAndCheckAll)
{
    recipients().checkNone();
    EXPECT_TRUE(recipients().checkedOrders().empty());
    EXPECT_FALSE(page().copyCheckedAction()->isEnabled());
    recipients().checkAll();
    EXPECT_EQ(recipients().checkedOrders().size(), 2u);
}

TEST_F(MessagesSendingTest, TheProgressPostCarriesTheCounts)
{
    page().copyProgressPostAction()->trigger();
    EXPECT_TRUE(clipboardText().contains(QStringLiteral("현재 22명 27권 신청"))) << clipboardText().toStdString();
    EXPECT_EQ(clipboardText(), MessageComposer(sessionWorkspace(), m_clock)
                                   .composeCommunityPost(m_round, ContactKind::Progress, Language::Korean)
                                   .text);
    EXPECT_TRUE(page().notice().startsWith(QStringLiteral("Copied the progress post: ")))
        << page().notice().toStdString();

    page().setLanguage(Language::English);
    page().copyProgressPostAction()->trigger();
    EXPECT_TRUE(clipboardText().contains(QStringLiteral("22 people have ordered 27 copies")));
}

TEST_F(MessagesSendingTest, TheProgressPostCountsEachItemWhenThereAreSeveral)
{
    Item second;
    second.roundId = m_round.id;
    second.name = QStringLiteral("클린 코드");
    second.unitPrice = Money::won(29700);
    second.id = ItemRepository(sessionWorkspace()).add(second);
    OrderBook(sessionWorkspace(), m_clock)
        .setQuantity(m_round, PersonRepository(sessionWorkspace()).resolve(QStringLiteral("tini")).id, second, 3);
    page().copyProgressPostAction()->trigger();
    EXPECT_TRUE(clipboardText().contains(QStringLiteral("현재 22명 30권 신청"))) << clipboardText().toStdString();
    EXPECT_TRUE(clipboardText().contains(QStringLiteral("· 실전 리팩터링 27권")));
    EXPECT_TRUE(clipboardText().contains(QStringLiteral("· 클린 코드 3권")));
}

TEST_F(MessagesSendingTest, TheProgressKindShowsThePostAndIsNeverLogged)
{
    page().setKind(ContactKind::Progress);
    EXPECT_EQ(recipients().rowCount(), 0);
    EXPECT_EQ(page().preview()->heading(), QStringLiteral("Post to the community"));
    EXPECT_TRUE(page().preview()->text().contains(QStringLiteral("현재 22명 27권 신청")));
    EXPECT_TRUE(page().copyAction()->isEnabled());
    EXPECT_FALSE(page().markSentAction()->isEnabled());
    EXPECT_FALSE(page().markCheckedSentAction()->isEnabled());
    EXPECT_FALSE(page().emailAction()->isEnabled());

    retypeBody(QStringLiteral("{round}: {buyers}명 {total_copies}권!"));
    page().copyAction()->trigger();
    EXPECT_EQ(clipboardText(), QStringLiteral("『실전 리팩터링』 공동구매: 22명 27권!"));
    // The menu's progress post is the round's saved wording, whatever is being edited.
    page().copyProgressPostAction()->trigger();
    EXPECT_TRUE(clipboardText().contains(QStringLiteral("신청 현황 안내드립니다")));
}

} // namespace
} // namespace gonggu::test
