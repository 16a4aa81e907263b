#include "ReminderPlanner.h"

#include "RoundLedger.h"
#include "domain/Clock.h"
#include "domain/DateText.h"
#include "domain/Errors.h"
#include "storage/RoundTaskRepository.h"

#include <QTimeZone>

#include <algorithm>

namespace gonggu {
namespace {

// A round's dates are days in Korea; its reminders come up at nine in the morning there.
const QTimeZone seoul(9 * 3600);
const QTime reminderTimeOfDay(9, 0);

const QString closingD1 = QStringLiteral("closing_d1");
const QString closingD0 = QStringLiteral("closing_d0");
const QString paymentDueD1 = QStringLiteral("payment_due_d1");
const QString paymentDueD0 = QStringLiteral("payment_due_d0");
const QString orderPlaced = QStringLiteral("order_placed");
const QString deliveryDay = QStringLiteral("delivery_day");
const QString meetupD1 = QStringLiteral("meetup_d1");

QDateTime morningOf(const QDate &day)
{
    return QDateTime(day, reminderTimeOfDay, seoul).toUTC();
}

bool isBefore(RoundStatus status, RoundStatus milestone)
{
    return status != RoundStatus::Cancelled && int(status) < int(milestone);
}

} // namespace

bool PlannedReminder::isOverdueAt(const QDateTime &now) const
{
    return reminder.dueAt.toTimeZone(seoul).date() < now.toTimeZone(seoul).date();
}

QStringList ReminderPlanner::generatedKinds()
{
    return {closingD1, closingD0, paymentDueD1, paymentDueD0, orderPlaced, deliveryDay, meetupD1};
}

bool ReminderPlanner::isGeneratedKind(const QString &kind)
{
    return generatedKinds().contains(kind);
}

std::vector<PlannedReminder> ReminderPlanner::generated(const Round &round) const
{
    const bool korean = m_language == Language::Korean;
    const auto day = [korean](const QDate &date) {
        return korean ? QStringLiteral("%1월 %2일").arg(date.month()).arg(date.day()) : toIsoDate(date);
    };
    std::vector<PlannedReminder> planned;
    const auto add = [&](const QString &kind, const QDate &dueDay, const QString &text) {
        PlannedReminder reminder;
        reminder.reminder.roundId = round.id;
        reminder.reminder.kind = kind;
        reminder.reminder.dueAt = morningOf(dueDay);
        reminder.generated = true;
        reminder.text = text;
        planned.push_back(std::move(reminder));
    };

    // Each reminder stops once the round is past the step it is about.
    if (round.closesOn.isValid() && isBefore(round.status, RoundStatus::Closed)) {
        const QString when = day(round.closesOn);
        add(closingD1, round.closesOn.addDays(-1),
            korean ? QStringLiteral("신청 마감 D-1 (%1)").arg(when)
                   : QStringLiteral("Applications close D-1 (%1)").arg(when));
        add(closingD0, round.closesOn,
            korean ? QStringLiteral("신청 마감 D-day (%1)").arg(when)
                   : QStringLiteral("Applications close D-day (%1)").arg(when));
    }
    if (round.paymentDue.isValid() && isBefore(round.status, RoundStatus::Settled)) {
        // Only while someone still owes: the reminder is about chasing them. Those who owe are the unpaid and
        // the partly paid; the summary counts them without reading every buyer's name as the unpaid list does.
        const RoundSummary summary = RoundLedger(m_workspace).summary(round, m_summaries);
        const int owing =
            summary.byPaymentState.at(PaymentState::Unpaid) + summary.byPaymentState.at(PaymentState::Partial);
        if (owing > 0) {
            const Money owed = summary.outstanding;
            const QString when = day(round.paymentDue);
            const auto text = [&](const QString &dayName) {
                if (korean)
                    return QStringLiteral("입금 마감 %1 (%2): 미입금 %3명, %4")
                        .arg(dayName, when)
                        .arg(owing)
                        .arg(owed.format(true));
                return QStringLiteral("Payment due %1 (%2): %3 %4 %5")
                    .arg(dayName, when)
                    .arg(owing)
                    .arg(owing == 1 ? QStringLiteral("buyer still owes") : QStringLiteral("buyers still owe"))
                    .arg(owed.format(false));
            };
            add(paymentDueD1, round.paymentDue.addDays(-1), text(QStringLiteral("D-1")));
            add(paymentDueD0, round.paymentDue, text(QStringLiteral("D-day")));
        }
    }
    if (round.orderedOn.isValid() && isBefore(round.status, RoundStatus::Ordered)) {
        const QString supplier = round.supplier.isEmpty()
                                     ? (korean ? QStringLiteral("출판사") : QStringLiteral("the supplier"))
                                     : round.supplier;
        add(orderPlaced, round.orderedOn,
            korean ? QStringLiteral("%1에 주문하는 날 (%2)").arg(supplier, day(round.orderedOn))
                   : QStringLiteral("Place the order with %1 (%2)").arg(supplier, day(round.orderedOn)));
    }
    if (round.deliveryOn.isValid() && isBefore(round.status, RoundStatus::Delivered)) {
        add(deliveryDay, round.deliveryOn,
            korean
                ? QStringLiteral("책 도착 예정일 (%1): 수량과 상태 확인").arg(day(round.deliveryOn))
                : QStringLiteral("Books arrive (%1): check the count and their condition").arg(day(round.deliveryOn)));
    }
    if (round.meetupAt.isValid() && isBefore(round.status, RoundStatus::Settled)) {
        const QDateTime local = round.meetupAt.toTimeZone(seoul);
        QString when = day(local.date()) + u' ' + local.time().toString(QStringLiteral("HH:mm"));
        if (!round.meetupPlace.isEmpty())
            when += QStringLiteral(", ") + round.meetupPlace;
        add(meetupD1, local.date().addDays(-1),
            korean ? QStringLiteral("모임 D-1 (%1): 전달 명단 확인").arg(when)
                   : QStringLiteral("Meetup D-1 (%1): check the hand-over list").arg(when));
    }
    return planned;
}

QString ReminderPlanner::manualText(const Reminder &reminder) const
{
    return reminder.note.isEmpty() ? reminder.kind : reminder.note;
}

std::vector<PlannedReminder> ReminderPlanner::allReminders(const Round &round) const
{
    std::vector<PlannedReminder> all = generated(round);
    for (Reminder &stored : RoundTaskRepository(m_workspace).reminders(round.id)) {
        if (isGeneratedKind(stored.kind)) {
            // What was remembered about a generated reminder; a row for a date since moved matches nothing.
            const auto it = std::find_if(all.begin(), all.end(), [&](const PlannedReminder &planned) {
                return planned.generated && planned.reminder.id == 0 && planned.reminder.kind == stored.kind &&
                       planned.reminder.dueAt == stored.dueAt && !stored.orderId;
            });
            if (it != all.end()) {
                it->reminder.id = stored.id;
                it->reminder.doneAt = stored.doneAt;
                it->reminder.snoozedUntil = stored.snoozedUntil;
            }
            continue;
        }
        PlannedReminder manual;
        manual.text = manualText(stored);
        manual.reminder = std::move(stored);
        all.push_back(std::move(manual));
    }
    std::stable_sort(all.begin(), all.end(), [](const PlannedReminder &a, const PlannedReminder &b) {
        return a.reminder.dueAt < b.reminder.dueAt;
    });
    return all;
}

std::vector<PlannedReminder> ReminderPlanner::dueReminders(const Round &round, const QDateTime &now) const
{
    std::vector<PlannedReminder> due;
    for (PlannedReminder &reminder : allReminders(round)) {
        if (reminder.isDueAt(now) && !reminder.isDone() && !reminder.isSnoozedAt(now))
            due.push_back(std::move(reminder));
    }
    return due;
}

std::vector<PlannedReminder> ReminderPlanner::dueReminders(const Round &round) const
{
    return dueReminders(round, m_clock.nowUtc());
}

PlannedReminder ReminderPlanner::find(const Round &round, const QString &reference) const
{
    bool isId = false;
    const qint64 id = reference.toLongLong(&isId);
    for (PlannedReminder &reminder : allReminders(round)) {
        if (isId ? reminder.reminder.id == id : (reminder.generated && reminder.reminder.kind == reference))
            return reminder;
    }
    if (isGeneratedKind(reference))
        throw InputError(
            QStringLiteral("the round has no '%1' reminder now (its date is not set, or it no longer applies)")
                .arg(reference));
    throw InputError(QStringLiteral("'%1' is not a reminder of this round (an id, or one of: %2)")
                         .arg(reference, generatedKinds().join(QStringLiteral(", "))));
}

qint64 ReminderPlanner::store(const PlannedReminder &reminder)
{
    if (reminder.reminder.id != 0)
        return reminder.reminder.id;
    Reminder row = reminder.reminder;
    row.note.clear(); // the text is worked out afresh each time (the unpaid count changes)
    return RoundTaskRepository(m_workspace).addReminder(row);
}

qint64 ReminderPlanner::setDone(const PlannedReminder &reminder, bool done)
{
    const qint64 id = store(reminder);
    RoundTaskRepository(m_workspace).setReminderDone(id, done ? m_clock.nowUtc() : QDateTime());
    return id;
}

qint64 ReminderPlanner::snooze(const PlannedReminder &reminder, const QDateTime &until)
{
    const qint64 id = store(reminder);
    RoundTaskRepository(m_workspace).snoozeReminder(id, until.isValid() ? until.toUTC() : QDateTime());
    return id;
}

qint64 ReminderPlanner::addManual(RoundId roundId, const QDateTime &dueAt, const QString &note,
                                  std::optional<OrderId> orderId)
{
    if (note.trimmed().isEmpty())
        throw InputError(QStringLiteral("a reminder needs a text"));
    Reminder reminder;
    reminder.roundId = roundId;
    reminder.orderId = orderId;
    reminder.kind = QStringLiteral("manual");
    reminder.dueAt = dueAt.toUTC();
    reminder.note = note.trimmed();
    return RoundTaskRepository(m_workspace).addReminder(reminder);
}

void ReminderPlanner::removeManual(const Round &round, qint64 id)
{
    RoundTaskRepository tasks(m_workspace);
    for (const Reminder &reminder : tasks.reminders(round.id)) {
        if (reminder.id != id)
            continue;
        if (isGeneratedKind(reminder.kind))
            throw InputError(QStringLiteral("reminder %1 comes from the round's dates and cannot be deleted; mark it "
                                            "done instead")
                                 .arg(id));
        tasks.removeReminder(id);
        return;
    }
    throw InputError(QStringLiteral("reminder %1 is not a reminder of this round").arg(id));
}

} // namespace gonggu
