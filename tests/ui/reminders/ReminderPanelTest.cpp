#include "ReminderDialog.h"
#include "ReminderSnoozeDialog.h"
#include "ReminderTimeEdit.h"
#include "TodoPageTest.h"
#include "commands/PaymentCommands.h"
#include "commands/ReminderCommands.h"
#include "models/ReminderTimes.h"
#include "storage/OrderRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoundTaskRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimeEdit>

#include <algorithm>

namespace gonggu::test {
namespace {

using Section = ReminderListModel::Section;

const QString paymentD1 = QStringLiteral("payment_due_d1");
const QString manualNinth = QStringLiteral("출판사에 세금계산서 발행 여부 다시 묻기");

class ReminderPanelTest : public TodoPageTest
{
protected:
    static QPushButton *okButton(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    PlannedReminder plannedNow(const QString &kind)
    {
        return ReminderPlanner(sessionWorkspace(), m_clock).find(m_round, kind);
    }
    std::vector<Reminder> manualRows()
    {
        std::vector<Reminder> manual;
        for (Reminder &row : RoundTaskRepository(sessionWorkspace()).reminders(m_round.id)) {
            if (row.kind == u"manual")
                manual.push_back(std::move(row));
        }
        return manual;
    }
};

TEST_F(ReminderPanelTest, ListsTheDemoRoundsRemindersDueOnesFirst)
{
    EXPECT_EQ(listedKinds(),
              (QStringList{paymentD1, QStringLiteral("payment_due_d0"), QStringLiteral("manual"),
                           QStringLiteral("manual"), QStringLiteral("delivery_day"), QStringLiteral("meetup_d1")}));
    EXPECT_EQ(reminderModel().dueCount(), 3);
    EXPECT_EQ(reminderModel().data(reminderModel().index(0, int(ReminderListModel::Column::State))).toString(),
              QStringLiteral("5 days overdue"));
    EXPECT_EQ(m_page->tabTitle(), QStringLiteral("To Do (5)")) << "3 reminders due and 2 checklist items open";
}

TEST_F(ReminderPanelTest, DoneMovesAReminderDownAndUndoBringsItBack)
{
    QSignalSpy titles(m_page.get(), &TodoPage::tabTitleChanged);
    ASSERT_TRUE(selectKind(paymentD1));
    EXPECT_TRUE(reminders().markDoneAction()->isEnabled());
    EXPECT_FALSE(reminders().markNotDoneAction()->isVisible());
    reminders().markDoneAction()->trigger();

    EXPECT_TRUE(plannedNow(paymentD1).isDone());
    EXPECT_EQ(plannedNow(paymentD1).reminder.doneAt, m_clock.nowUtc());
    EXPECT_EQ(listedKinds().last(), paymentD1);
    EXPECT_EQ(reminderModel().sectionAt(reminderModel().rowCount() - 1), Section::Done);
    EXPECT_EQ(reminderModel().dueCount(), 2);
    EXPECT_EQ(reminders().currentReminder()->reminder.kind, QStringLiteral("payment_due_d0"))
        << "the next one is selected, so that Done after Done works down the list";
    ASSERT_FALSE(titles.isEmpty());
    EXPECT_EQ(titles.last().at(0).toString(), QStringLiteral("To Do (4)"));
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Mark “Payment due D-1 (2026-11-06): 2 buyers…” done"));

    session().undoStack()->undo();
    EXPECT_FALSE(plannedNow(paymentD1).isDone());
    EXPECT_EQ(listedKinds().first(), paymentD1);
    EXPECT_EQ(m_page->tabTitle(), QStringLiteral("To Do (5)"));

    session().undoStack()->redo();
    EXPECT_TRUE(plannedNow(paymentD1).isDone());
    EXPECT_EQ(listedKinds().last(), paymentD1);
}

TEST_F(ReminderPanelTest, NotDoneOpensADoneReminderAgainAndShowDoneHidesDoneOnes)
{
    ASSERT_TRUE(selectKind(paymentD1));
    reminders().markDoneAction()->trigger();
    reminders().view()->setCurrentIndex(reminderModel().index(reminderModel().rowCount() - 1, 0));
    ASSERT_EQ(reminders().currentReminder()->reminder.kind, paymentD1);
    EXPECT_TRUE(reminders().markNotDoneAction()->isEnabled());
    EXPECT_FALSE(reminders().markDoneAction()->isVisible());

    reminders().showDoneBox()->setChecked(false);
    EXPECT_FALSE(listedKinds().contains(paymentD1));
    EXPECT_FALSE(reminders().currentReminder().has_value()) << "the hidden reminder is no longer selected";
    reminders().showDoneBox()->setChecked(true);
    ASSERT_TRUE(selectKind(paymentD1));

    reminders().markNotDoneAction()->trigger();
    EXPECT_FALSE(plannedNow(paymentD1).isDone());
    EXPECT_EQ(listedKinds().first(), paymentD1);
    EXPECT_EQ(session().undoStack()->count(), 2);
    session().undoStack()->undo();
    EXPECT_TRUE(plannedNow(paymentD1).isDone());
}

TEST_F(ReminderPanelTest, SnoozingHidesAReminderUntilThenAndUndoEndsTheSnooze)
{
    const int row = rowOfText(manualNinth);
    ASSERT_EQ(row, 2);
    reminders().view()->setCurrentIndex(reminderModel().index(row, 0));
    EXPECT_FALSE(reminders().stopSnoozingAction()->isEnabled()) << "not snoozed";

    reminders().snoozeHourAction()->trigger();
    const int snoozed = rowOfText(manualNinth);
    EXPECT_EQ(reminderModel().sectionAt(snoozed), Section::Upcoming);
    EXPECT_EQ(reminderModel().reminderAt(snoozed).reminder.snoozedUntil, m_clock.nowUtc().addSecs(3600));
    EXPECT_EQ(snoozed, 2) << "an hour from now comes before the reminder of the 12th";
    EXPECT_EQ(reminderModel().dueCount(), 2);

    session().undoStack()->undo();
    EXPECT_EQ(reminderModel().sectionAt(rowOfText(manualNinth)), Section::Due);
    EXPECT_FALSE(manualRows().front().snoozedUntil.isValid());

    // Until tomorrow 09:00 in Korea: the 11th, whatever the computer's zone.
    reminders().view()->setCurrentIndex(reminderModel().index(rowOfText(manualNinth), 0));
    reminders().snoozeTomorrowAction()->trigger();
    EXPECT_EQ(manualRows().front().snoozedUntil, seoul(11, 9));
    reminders().view()->setCurrentIndex(reminderModel().index(rowOfText(manualNinth), 0));
    EXPECT_TRUE(reminders().stopSnoozingAction()->isEnabled());
    reminders().stopSnoozingAction()->trigger();
    EXPECT_FALSE(manualRows().front().snoozedUntil.isValid());
    EXPECT_EQ(reminderModel().sectionAt(rowOfText(manualNinth)), Section::Due);
    session().undoStack()->undo();
    EXPECT_EQ(manualRows().front().snoozedUntil, seoul(11, 9));

    reminders().view()->setCurrentIndex(reminderModel().index(rowOfText(manualNinth), 0));
    reminders().stopSnoozingAction()->trigger();
    reminders().view()->setCurrentIndex(reminderModel().index(rowOfText(manualNinth), 0));
    reminders().snoozeThreeDaysAction()->trigger();
    EXPECT_EQ(manualRows().front().snoozedUntil, m_clock.nowUtc().addDays(3));
}

TEST_F(ReminderPanelTest, SnoozingAGeneratedReminderStoresItAndUndoLeavesItDueAgain)
{
    ASSERT_TRUE(selectKind(QStringLiteral("payment_due_d0")));
    reminders().snoozeHourAction()->trigger();
    EXPECT_TRUE(plannedNow(QStringLiteral("payment_due_d0")).isSnoozedAt(m_clock.nowUtc()));
    session().undoStack()->undo();
    const PlannedReminder back = plannedNow(QStringLiteral("payment_due_d0"));
    EXPECT_FALSE(back.isSnoozedAt(m_clock.nowUtc()));
    EXPECT_EQ(reminderModel().sectionAt(reminderModel().rowOf(ReminderListModel::keyOf(back))), Section::Due);
}

TEST_F(ReminderPanelTest, SnoozingUntilAChosenTimeRefusesATimeAlreadyPast)
{
    reminders().view()->setCurrentIndex(reminderModel().index(rowOfText(manualNinth), 0));
    whenDialogShows<ReminderSnoozeDialog>([](ReminderSnoozeDialog *dialog) {
        auto *until = dialog->findChild<ReminderTimeEdit *>(QStringLiteral("untilEdit"));
        until->setDateTime(seoul(10, 20)); // an hour ago in Korea
        EXPECT_FALSE(okButton(dialog)->isEnabled());
        EXPECT_FALSE(dialog->findChild<QLabel *>(QStringLiteral("untilError"))->isHidden());
        until->dateEdit()->setDate(QDate(2026, 11, 20));
        until->timeEdit()->setTime(QTime(14, 30));
        EXPECT_TRUE(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
    });
    reminders().snoozeChosenAction()->trigger();
    EXPECT_EQ(manualRows().front().snoozedUntil, seoul(20, 14, 30));

    // A command with a past time is refused and changes nothing.
    QSignalSpy errors(&session(), &WorkspaceSession::errorOccurred);
    const PlannedReminder other = plannedNow(QStringLiteral("payment_due_d0"));
    EXPECT_FALSE(session().execute(std::make_unique<SnoozeReminderCommand>(session(), other, seoul(10, 8))));
    EXPECT_EQ(errors.count(), 1);
    EXPECT_FALSE(plannedNow(QStringLiteral("payment_due_d0")).reminder.snoozedUntil.isValid());
    EXPECT_EQ(session().undoStack()->count(), 1);
}

TEST_F(ReminderPanelTest, AddingAReminderThroughTheDialogIsUndoable)
{
    whenDialogShows<ReminderDialog>([](ReminderDialog *dialog) {
        auto *note = dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit"));
        EXPECT_FALSE(okButton(dialog)->isEnabled()) << "no text yet";
        typeText(note, QStringLiteral("   "));
        EXPECT_FALSE(okButton(dialog)->isEnabled()) << "blank";
        note->clear();
        typeText(note, QStringLiteral("택배 송장 번호 안내"));
        auto *due = dialog->findChild<ReminderTimeEdit *>(QStringLiteral("dueEdit"));
        EXPECT_EQ(due->dateTime(), seoul(11, 9)) << "tomorrow morning is offered";
        due->dateEdit()->setDate(QDate(2026, 11, 15));
        due->timeEdit()->setTime(QTime(19, 0));
        okButton(dialog)->click();
    });
    reminders().addReminderAction()->trigger();

    const std::vector<Reminder> rows = manualRows();
    ASSERT_EQ(rows.size(), 3u);
    const Reminder &added = rows.back();
    EXPECT_EQ(added.note, QStringLiteral("택배 송장 번호 안내"));
    EXPECT_EQ(added.dueAt, seoul(15, 19));
    EXPECT_FALSE(added.orderId);
    ASSERT_TRUE(reminders().currentReminder());
    EXPECT_EQ(reminders().currentReminder()->reminder.id, added.id) << "the new reminder is selected";
    EXPECT_EQ(listedKinds().last(), QStringLiteral("manual")) << "the 15th comes last";
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Add reminder “택배 송장 번호 안내”"));

    session().undoStack()->undo();
    EXPECT_EQ(manualRows().size(), 2u);
    EXPECT_EQ(rowOfText(QStringLiteral("택배 송장 번호 안내")), -1);
    session().undoStack()->redo();
    ASSERT_EQ(manualRows().size(), 3u);
    EXPECT_EQ(manualRows().back().dueAt, seoul(15, 19));
    EXPECT_GE(rowOfText(QStringLiteral("택배 송장 번호 안내")), 0);
}

TEST_F(ReminderPanelTest, AReminderCanBeAboutOneBuyer)
{
    whenDialogShows<ReminderDialog>([](ReminderDialog *dialog) {
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit")), QStringLiteral("입금 확인 전화"));
        dialog->findChild<QCheckBox *>(QStringLiteral("forBuyerCheck"))->setChecked(true);
        auto *buyer = dialog->findChild<QComboBox *>(QStringLiteral("buyerPicker"));
        EXPECT_FALSE(okButton(dialog)->isEnabled()) << "no buyer named yet";
        buyer->setEditText(QStringLiteral("nobody"));
        EXPECT_FALSE(okButton(dialog)->isEnabled());
        EXPECT_FALSE(dialog->findChild<QLabel *>(QStringLiteral("reminderError"))->isHidden());
        buyer->setEditText(QStringLiteral("dain"));
        EXPECT_TRUE(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
    });
    reminders().addReminderAction()->trigger();

    const std::vector<Reminder> rows = manualRows();
    const auto found =
        std::find_if(rows.begin(), rows.end(), [](const Reminder &row) { return row.note == u"입금 확인 전화"; });
    ASSERT_NE(found, rows.end());
    const Reminder added = *found;
    const PersonId dain = PersonRepository(sessionWorkspace()).resolve(QStringLiteral("dain")).id;
    ASSERT_TRUE(added.orderId);
    EXPECT_EQ(*added.orderId, OrderRepository(sessionWorkspace()).findFor(m_round.id, dain)->id);
    const int row = reminderModel().rowOf(QString::number(added.id));
    ASSERT_GE(row, 0);
    EXPECT_EQ(reminderModel().data(reminderModel().index(row, int(ReminderListModel::Column::Text))).toString(),
              QStringLiteral("dain (전다인): 입금 확인 전화"));
}

TEST_F(ReminderPanelTest, OnlyManualRemindersCanBeRemovedAndUndoAddsThemBack)
{
    ASSERT_TRUE(selectKind(paymentD1));
    EXPECT_FALSE(reminders().removeAction()->isEnabled()) << "from the round's dates: mark it done instead";
    QSignalSpy errors(&session(), &WorkspaceSession::errorOccurred);
    EXPECT_FALSE(
        session().execute(std::make_unique<RemoveReminderCommand>(session(), m_round, *reminders().currentReminder())));
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(session().undoStack()->count(), 0);

    // Done first, so that undo must bring back its done time too.
    reminders().view()->setCurrentIndex(reminderModel().index(rowOfText(manualNinth), 0));
    reminders().markDoneAction()->trigger();
    const Reminder before = manualRows().front();
    ASSERT_TRUE(before.doneAt.isValid());
    reminders().view()->setCurrentIndex(reminderModel().index(rowOfText(manualNinth), 0));
    ASSERT_TRUE(reminders().removeAction()->isEnabled());
    reminders().removeAction()->trigger();
    EXPECT_EQ(rowOfText(manualNinth), -1);
    EXPECT_EQ(manualRows().size(), 1u);

    session().undoStack()->undo();
    ASSERT_EQ(manualRows().size(), 2u);
    const Reminder back = manualRows().front();
    EXPECT_EQ(back.note, before.note);
    EXPECT_EQ(back.dueAt, before.dueAt);
    EXPECT_EQ(back.doneAt, before.doneAt);
    EXPECT_EQ(reminderModel().sectionAt(rowOfText(manualNinth)), Section::Done);

    // The done mark further down the stack follows the reminder to its new id.
    session().undoStack()->undo();
    EXPECT_EQ(errors.count(), 1) << "no error";
    EXPECT_FALSE(manualRows().front().doneAt.isValid());
    EXPECT_EQ(reminderModel().sectionAt(rowOfText(manualNinth)), Section::Due);
    session().undoStack()->redo();
    session().undoStack()->redo();
    EXPECT_EQ(rowOfText(manualNinth), -1);
    EXPECT_EQ(errors.count(), 1);
}

TEST_F(ReminderPanelTest, APaymentReminderLeadsToTheUnpaidBuyers)
{
    QSignalSpy asked(m_page.get(), &TodoPage::unpaidListRequested);
    ASSERT_TRUE(selectKind(paymentD1));
    EXPECT_TRUE(reminders().showUnpaidAction()->isVisible());
    reminders().showUnpaidAction()->trigger();
    EXPECT_EQ(asked.count(), 1);
    ASSERT_TRUE(selectKind(QStringLiteral("delivery_day")));
    EXPECT_FALSE(reminders().showUnpaidAction()->isVisible());
}

TEST_F(ReminderPanelTest, FollowsTheClockAndTheRoundsDates)
{
    // Past 09:00 on the 13th, the delivery day and the day before the meetup are due too (the page's minute
    // tick does this).
    m_clock.set(seoul(13, 10));
    reminders().refreshTimes();
    EXPECT_EQ(reminderModel().dueCount(), 6);
    EXPECT_EQ(m_page->tabTitle(), QStringLiteral("To Do (8)"));

    // The round's dates make the reminders: no meetup, no reminder the day before it.
    Round edited = m_round;
    edited.meetupAt = {};
    RoundRepository(sessionWorkspace()).update(edited);
    emit session().roundChanged(m_round.id);
    EXPECT_FALSE(listedKinds().contains(QStringLiteral("meetup_d1")));
}

TEST_F(ReminderPanelTest, PaymentsRecordedElsewhereUpdateThePaymentRemindersAndTheCount)
{
    // Hidden, as when the payments are recorded on the Payments tab.
    m_page->hide();
    QSignalSpy titles(m_page.get(), &TodoPage::tabTitleChanged);
    for (const auto &[nickname, amount] : {std::pair{"seungmin", 50'400}, std::pair{"dain", 25'200}}) {
        Payment payment;
        payment.personId = PersonRepository(sessionWorkspace()).resolve(QString::fromLatin1(nickname)).id;
        payment.amount = Money::won(amount);
        payment.paidOn = m_clock.today();
        ASSERT_TRUE(session().execute(
            std::make_unique<AddPaymentCommand>(session(), m_round, payment, QString::fromLatin1(nickname))));
    }
    QCoreApplication::processEvents(); // the reminders are read once for the edits of one turn
    EXPECT_FALSE(listedKinds().contains(paymentD1)) << "nobody owes: nothing to chase";
    EXPECT_EQ(reminderModel().dueCount(), 1);
    ASSERT_FALSE(titles.isEmpty());
    EXPECT_EQ(titles.last().at(0).toString(), QStringLiteral("To Do (3)"));
}

TEST_F(ReminderPanelTest, ARoundWithoutDatesOrChecklistHasNothingToDo)
{
    Round bare;
    bare.title = QStringLiteral("2차 공구");
    bare.id = RoundRepository(sessionWorkspace()).create(bare);
    m_page->showRound(bare);
    EXPECT_EQ(reminderModel().rowCount(), 0);
    EXPECT_EQ(m_page->tabTitle(), QStringLiteral("To Do"));
    EXPECT_FALSE(reminders().markDoneAction()->isEnabled());
    EXPECT_TRUE(reminders().addReminderAction()->isEnabled());
    m_page->clear();
    EXPECT_FALSE(reminders().addReminderAction()->isEnabled());
}

} // namespace
} // namespace gonggu::test
