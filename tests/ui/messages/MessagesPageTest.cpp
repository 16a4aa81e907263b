#include "MessagesPageTest.h"
#include "ContactHistoryList.h"
#include "MessagePreview.h"
#include "commands/MessageCommands.h"
#include "services/PaymentBook.h"
#include "services/messages/DefaultTemplates.h"
#include "storage/MessageTemplateRepository.h"

#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>

namespace gonggu::test {
namespace {

TEST_F(MessagesPageTest, StartsWithTheFirstBuyerOfTheKindInThePreview)
{
    page().setKind(ContactKind::UnpaidReminder);
    ASSERT_EQ(recipients().rowCount(), 2);
    EXPECT_EQ(recipients().recipientAt(0).label(), QStringLiteral("seungmin (홍승민)"));
    EXPECT_EQ(recipients().recipientAt(1).label(), QStringLiteral("dain (전다인)"));
    EXPECT_EQ(page().recipients()->currentOrder(), orderOf(QStringLiteral("seungmin")));

    const ComposedMessage expected = composed(ContactKind::UnpaidReminder, {orderOf(QStringLiteral("seungmin"))})[0];
    EXPECT_EQ(page().preview()->text(), expected.text);
    EXPECT_TRUE(page().preview()->text().contains(QStringLiteral("남은 금액: 50,400원")));
    EXPECT_TRUE(page().preview()->heading().contains(QStringLiteral("010-2101-0021")));
    EXPECT_EQ(page().preview()->subject(), QStringLiteral("Email subject: %1").arg(expected.subject));
    EXPECT_EQ(page().preview()->lengthText(),
              QStringLiteral("%1 bytes · LMS, a long text message (up to 2,000)").arg(expected.length.bytes));
    EXPECT_GT(expected.length.bytes, 90);

    page().recipients()->selectOrder(orderOf(QStringLiteral("dain")));
    EXPECT_TRUE(page().preview()->text().contains(QStringLiteral("남은 금액: 25,200원")));
}

TEST_F(MessagesPageTest, EditingTheWordingUpdatesThePreviewAtOnce)
{
    page().setKind(ContactKind::UnpaidReminder);
    retypeBody(QStringLiteral("{nickname}님, {amount} 입금 부탁드려요"));
    EXPECT_EQ(page().preview()->text(), QStringLiteral("seungmin님, 50,400원 입금 부탁드려요"));
    EXPECT_EQ(page().preview()->lengthText(), QStringLiteral("36 bytes · SMS (up to 90)"));
    EXPECT_TRUE(editor().isEdited());
    EXPECT_TRUE(editor().saveAction()->isEnabled());
    EXPECT_EQ(editor().findChild<QLabel *>(QStringLiteral("templateStateLabel"))->text(),
              QStringLiteral("Gonggu's default wording — edited, not saved"));
    // Nothing is stored until Save.
    EXPECT_FALSE(
        RoundTemplates(sessionWorkspace()).isCustomised(m_round.id, ContactKind::UnpaidReminder, Language::Korean));

    editor().subjectEdit()->setText(QStringLiteral("{round} 입금"));
    EXPECT_EQ(page().preview()->subject(), QStringLiteral("Email subject: 『실전 리팩터링』 공동구매 입금"));
}

TEST_F(MessagesPageTest, APlaceholderFromTheMenuGoesWhereTheCursorIs)
{
    page().setKind(ContactKind::UnpaidReminder);
    retypeBody(QStringLiteral("송장: "));
    QMenu *menu = editor().placeholderMenu();
    QAction *tracking = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == u"copies")
            tracking = action;
    }
    ASSERT_NE(tracking, nullptr);
    EXPECT_TRUE(tracking->text().startsWith(QStringLiteral("{copies}\t")));
    tracking->trigger();
    EXPECT_EQ(editor().bodyEdit()->toPlainText(), QStringLiteral("송장: {copies}"));
    EXPECT_EQ(page().preview()->text(), QStringLiteral("송장: 2"));

    editor().subjectEdit()->setFocus();
    editor().subjectEdit()->setText(QStringLiteral("안내 "));
    editor().insertPlaceholder(QStringLiteral("round"));
    EXPECT_EQ(editor().subjectEdit()->text(), QStringLiteral("안내 {round}"));
}

TEST_F(MessagesPageTest, AnUnknownPlaceholderIsReportedAndStopsEverySend)
{
    page().setKind(ContactKind::UnpaidReminder);
    ASSERT_TRUE(page().copyAction()->isEnabled());
    retypeBody(QStringLiteral("{nickname}님 {amout} 입금해 주세요"));

    auto *error = editor().findChild<QLabel *>(QStringLiteral("templateErrorLabel"));
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("{amout}"))) << error->text().toStdString();
    EXPECT_EQ(editor().unknownPlaceholders(), QStringList{QStringLiteral("{amout}")});
    for (QAction *action : {page().copyAction(), page().emailAction(), page().smsAction(), page().markSentAction(),
                            page().copyCheckedAction(), page().markCheckedSentAction(), editor().saveAction()})
        EXPECT_FALSE(action->isEnabled()) << action->objectName().toStdString();
    // Marked where it is in the editor, and shown as written in the preview.
    const QTextBlock line = editor().bodyEdit()->document()->firstBlock();
    const auto marks = line.layout()->formats();
    ASSERT_EQ(marks.size(), 2); // {nickname} and {amout}
    EXPECT_EQ(line.text().mid(marks[1].start, marks[1].length), QStringLiteral("{amout}"));
    EXPECT_EQ(marks[1].format.underlineStyle(), QTextCharFormat::WaveUnderline);
    EXPECT_EQ(page().preview()->text(), QStringLiteral("seungmin님 {amout} 입금해 주세요"));

    // A click that slipped through changes nothing: neither the clipboard nor the log.
    page().copyAction()->trigger();
    page().markCheckedSentAction()->trigger();
    EXPECT_TRUE(clipboardText().isEmpty());
    EXPECT_EQ(logged(QStringLiteral("seungmin"), ContactKind::UnpaidReminder), 0u);

    // Fixed, everything is back.
    retypeBody(QStringLiteral("{nickname}님 {amount} 입금해 주세요"));
    EXPECT_TRUE(error->isHidden());
    EXPECT_TRUE(page().copyAction()->isEnabled());
    EXPECT_TRUE(page().markCheckedSentAction()->isEnabled());
}

TEST_F(MessagesPageTest, AnUnknownPlaceholderInTheSubjectCountsToo)
{
    page().setKind(ContactKind::PaymentRequest);
    editor().subjectEdit()->setText(QStringLiteral("[{round] 입금 안내"));
    EXPECT_EQ(editor().unknownPlaceholders(), QStringList{QStringLiteral("{round")});
    EXPECT_FALSE(page().emailAction()->isEnabled());
    EXPECT_FALSE(editor().saveAction()->isEnabled());
}

TEST_F(MessagesPageTest, CoreRefusesToLogAMessageWithAnUnknownPlaceholder)
{
    page().setKind(ContactKind::UnpaidReminder);
    ComposedMessage message = composed(ContactKind::UnpaidReminder, {orderOf(QStringLiteral("dain"))})[0];
    message.unknownPlaceholders = {QStringLiteral("{amout}")};
    EXPECT_FALSE(session().execute(
        std::make_unique<MarkSentCommand>(session(), m_round.id, std::vector{message}, ContactChannel::Sms)));
    EXPECT_EQ(logged(QStringLiteral("dain"), ContactKind::UnpaidReminder), 0u);
    EXPECT_EQ(session().undoStack()->count(), 0);
}

TEST_F(MessagesPageTest, SaveAndResetChangeTheRoundsWordingAndUndoTakesEachBack)
{
    page().setKind(ContactKind::UnpaidReminder);
    const MessageTemplate original = effective(ContactKind::UnpaidReminder);
    EXPECT_FALSE(editor().resetAction()->isEnabled()) << "the default, unedited";

    retypeBody(QStringLiteral("{nickname}님, {amount} 남았어요. {account}"));
    editor().saveAction()->trigger();
    EXPECT_EQ(effective(ContactKind::UnpaidReminder).body,
              QStringLiteral("{nickname}님, {amount} 남았어요. {account}"));
    EXPECT_EQ(effective(ContactKind::UnpaidReminder).subject, original.subject);
    EXPECT_EQ(effective(ContactKind::UnpaidReminder, Language::English).body,
              defaultTemplate(ContactKind::UnpaidReminder, Language::English).body)
        << "the other language keeps its own";
    EXPECT_FALSE(editor().isEdited());
    EXPECT_TRUE(editor().isCustomised());
    EXPECT_FALSE(editor().saveAction()->isEnabled());
    EXPECT_TRUE(editor().resetAction()->isEnabled());
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Save the wording of “Unpaid reminder” (한국어)"));

    session().undoStack()->undo();
    EXPECT_EQ(effective(ContactKind::UnpaidReminder).body, original.body);
    EXPECT_EQ(editor().bodyEdit()->toPlainText(), original.body) << "the editor follows the undo";
    EXPECT_FALSE(editor().isCustomised());
    session().undoStack()->redo();
    EXPECT_EQ(effective(ContactKind::UnpaidReminder).body,
              QStringLiteral("{nickname}님, {amount} 남았어요. {account}"));
    EXPECT_TRUE(page().preview()->text().startsWith(QStringLiteral("seungmin님, 50,400원 남았어요.")));

    editor().resetAction()->trigger();
    EXPECT_EQ(effective(ContactKind::UnpaidReminder).body, original.body);
    EXPECT_FALSE(
        RoundTemplates(sessionWorkspace()).isCustomised(m_round.id, ContactKind::UnpaidReminder, Language::Korean));
    EXPECT_EQ(editor().bodyEdit()->toPlainText(), original.body);
    session().undoStack()->undo();
    EXPECT_EQ(effective(ContactKind::UnpaidReminder).body,
              QStringLiteral("{nickname}님, {amount} 남았어요. {account}"));
    EXPECT_EQ(editor().bodyEdit()->toPlainText(), QStringLiteral("{nickname}님, {amount} 남았어요. {account}"));
}

TEST_F(MessagesPageTest, ResetDropsUnsavedEditsToo)
{
    page().setKind(ContactKind::PaymentRequest);
    const MessageTemplate original = effective(ContactKind::PaymentRequest);
    retypeBody(QStringLiteral("{nickname}님 입금 부탁"));
    editor().saveAction()->trigger();
    retypeBody(QStringLiteral("{nickname}님 입금 부탁드려요 (수정 중)"));

    editor().resetAction()->trigger();
    EXPECT_EQ(editor().bodyEdit()->toPlainText(), original.body);
    EXPECT_FALSE(editor().isEdited());

    // Without a wording of its own, Reset only drops the edits: nothing is stored, nothing to undo.
    const int commands = session().undoStack()->count();
    retypeBody(QStringLiteral("고쳐 쓰는 중"));
    editor().resetAction()->trigger();
    EXPECT_EQ(editor().bodyEdit()->toPlainText(), original.body);
    EXPECT_EQ(session().undoStack()->count(), commands);
}

TEST_F(MessagesPageTest, ResettingTheDefaultIsRefusedChangingNothing)
{
    EXPECT_FALSE(session().execute(
        std::make_unique<ResetTemplateCommand>(session(), m_round.id, ContactKind::Handover, Language::Korean)));
    EXPECT_EQ(session().undoStack()->count(), 0);
}

TEST_F(MessagesPageTest, UnsavedWordingIsKeptWhileLookingAtAnotherKind)
{
    page().setKind(ContactKind::UnpaidReminder);
    retypeBody(QStringLiteral("{nickname}님 초안"));
    page().setKind(ContactKind::PaymentRequest);
    EXPECT_EQ(editor().bodyEdit()->toPlainText(), effective(ContactKind::PaymentRequest).body);
    EXPECT_FALSE(editor().isEdited());
    page().setKind(ContactKind::UnpaidReminder);
    EXPECT_EQ(editor().bodyEdit()->toPlainText(), QStringLiteral("{nickname}님 초안"));
    EXPECT_TRUE(editor().isEdited());
    EXPECT_EQ(page().preview()->text(), QStringLiteral("seungmin님 초안"));
}

TEST_F(MessagesPageTest, EnglishMessagesUseEnglishWordingAndWon)
{
    page().setKind(ContactKind::UnpaidReminder);
    page().setLanguage(Language::English);
    EXPECT_EQ(editor().bodyEdit()->toPlainText(), defaultTemplate(ContactKind::UnpaidReminder, Language::English).body);
    EXPECT_TRUE(page().preview()->text().startsWith(QStringLiteral("Hi seungmin, ")));
    EXPECT_TRUE(page().preview()->text().contains(QStringLiteral("Still to pay: ₩50,400")));
    EXPECT_TRUE(page().preview()->text().contains(QStringLiteral("Due: Fri, Nov 6")));
}

TEST_F(MessagesPageTest, TheRecipientsHistoryIsShownNewestFirst)
{
    page().setKind(ContactKind::UnpaidReminder);
    ContactHistoryList *history = page().history();
    ASSERT_EQ(history->topLevelItemCount(), 1) << "the demo's confirmation";
    EXPECT_EQ(history->topLevelItem(0)->text(1), QStringLiteral("Application confirmed"));
    EXPECT_EQ(history->topLevelItem(0)->text(2), QStringLiteral("Chat"));

    page().setChannel(ContactChannel::Sms);
    page().markSentAction()->trigger();
    page().recipients()->selectOrder(orderOf(QStringLiteral("seungmin")));
    ASSERT_EQ(history->topLevelItemCount(), 2);
    EXPECT_EQ(history->topLevelItem(0)->text(1), QStringLiteral("Unpaid reminder"));
    EXPECT_EQ(history->topLevelItem(0)->text(2), QStringLiteral("Text message"));
    EXPECT_TRUE(history->topLevelItem(0)->toolTip(3).contains(QStringLiteral("50,400원")));
}

TEST_F(MessagesPageTest, ThePreviewPointsOutWhatACarrierCannotCarryAndWhatHasNoData)
{
    page().setKind(ContactKind::UnpaidReminder);
    // Pasted: an emoji does not come key by key.
    editor().bodyEdit()->setPlainText(QStringLiteral("{nickname}님 입금 부탁드려요 🙏 송장 {tracking}"));
    const QString warnings = page().preview()->warningText();
    EXPECT_TRUE(warnings.startsWith(QStringLiteral("A text message cannot carry “🙏"))) << warnings.toStdString();
    EXPECT_TRUE(warnings.contains(QStringLiteral("No data for {tracking} here: left empty.")))
        << warnings.toStdString();
    // A warning, not an error: the message may still go out.
    EXPECT_TRUE(page().copyAction()->isEnabled());
}

TEST_F(MessagesPageTest, TabGoesFromTheWordingToThePreviewButtonsToTheHistory)
{
    page().setKind(ContactKind::UnpaidReminder);
    editor().bodyEdit()->setFocus();
    QStringList order;
    for (int step = 0; step < 8; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    // Save and Reset are off: the wording is the default, unedited.
    EXPECT_EQ(order, (QStringList{QStringLiteral("insertPlaceholderButton"), QStringLiteral("previewText"),
                                  QStringLiteral("copyMessageActionButton"), QStringLiteral("emailMessageActionButton"),
                                  QStringLiteral("smsMessageActionButton"), QStringLiteral("channelCombo"),
                                  QStringLiteral("markSentActionButton"), QStringLiteral("contactHistoryList")}))
        << order.join(u' ').toStdString();
}

TEST_F(MessagesPageTest, AKindWithNobodyToAddressSaysSoAndOffersNoSend)
{
    page().setKind(ContactKind::ShippingNotice); // the courier order has no tracking number yet
    EXPECT_EQ(recipients().rowCount(), 0);
    EXPECT_EQ(page().preview()->heading(),
              QStringLiteral("No courier order has a tracking number yet: add one on the Orders page."));
    for (QAction *action : {page().copyAction(), page().emailAction(), page().markSentAction(),
                            page().copyCheckedAction(), page().markCheckedSentAction()})
        EXPECT_FALSE(action->isEnabled()) << action->objectName().toStdString();
    EXPECT_TRUE(page().copyProgressPostAction()->isEnabled());
    EXPECT_TRUE(editor().isEnabled()) << "the wording can still be prepared";
}

TEST_F(MessagesPageTest, WithoutARoundEverythingIsOff)
{
    page().clear();
    EXPECT_FALSE(editor().isEnabled());
    EXPECT_EQ(recipients().rowCount(), 0);
    for (QAction *action :
         {page().copyProgressPostAction(), page().copyAction(), page().emailAction(), page().smsAction(),
          page().markSentAction(), page().copyCheckedAction(), page().markCheckedSentAction()})
        EXPECT_FALSE(action->isEnabled()) << action->objectName().toStdString();
    page().copyProgressPostAction()->trigger();
    EXPECT_TRUE(clipboardText().isEmpty());
}

TEST_F(MessagesPageTest, AHiddenPageCatchesUpWhenShown)
{
    page().setKind(ContactKind::UnpaidReminder);
    page().hide();
    PaymentBook(sessionWorkspace()).record(m_round, [&] {
        Payment payment;
        payment.personId = PersonRepository(sessionWorkspace()).resolve(QStringLiteral("dain")).id;
        payment.amount = Money::won(25200);
        payment.paidOn = m_clock.today();
        return payment;
    }());
    emit session().paymentsChanged(m_round.id);
    EXPECT_EQ(recipients().rowCount(), 2) << "not read while hidden";
    page().show();
    EXPECT_EQ(recipients().rowCount(), 1);
    EXPECT_EQ(recipients().recipientAt(0).nickname, QStringLiteral("seungmin"));
}

} // namespace
} // namespace gonggu::test
