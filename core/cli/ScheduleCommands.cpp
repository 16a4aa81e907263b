// The round's calendar, reminders and supplier checklist.
#include "CommandContext.h"
#include "CommandSpec.h"
#include "domain/Clock.h"
#include "domain/DateText.h"
#include "domain/Errors.h"
#include "domain/Language.h"
#include "io/ICalendarWriter.h"
#include "services/ReminderPlanner.h"
#include "services/RoundMilestones.h"
#include "services/SupplierChecklist.h"
#include "storage/RoundRepository.h"
#include "storage/RoundTaskRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QTimeZone>

#include <algorithm>

namespace gonggu::cli {
namespace {

Language language(const CommandContext &context)
{
    const QString text = context.optional(QStringLiteral("language"));
    if (text.isEmpty())
        return Language::Korean;
    if (const std::optional<Language> chosen = languageFromKey(text))
        return *chosen;
    throw InputError(QStringLiteral("--language '%1' is not one of ko, en").arg(text));
}

/** A time given as YYYY-MM-DD (nine in the morning in Korea, when reminders come up) or ISO-8601 UTC. */
QDateTime reminderTime(const CommandContext &context, const QString &option)
{
    const QString text = context.required(option);
    if (const std::optional<QDate> date = parseIsoDate(text))
        return QDateTime(*date, QTime(9, 0), QTimeZone(9 * 3600)).toUTC();
    const QDateTime time = fromIsoUtc(text);
    if (!time.isValid())
        throw InputError(QStringLiteral("--%1 '%2' is not a date (YYYY-MM-DD) or a UTC time (YYYY-MM-DDTHH:MM:SSZ)")
                             .arg(option, text));
    return time;
}

qint64 idFrom(const QString &option, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw InputError(QStringLiteral("--%1 '%2' is not an id").arg(option, text));
    return id;
}

void writeCalendar(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    const QString output = context.required(QStringLiteral("output"));
    const Language chosen = language(context);
    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(roundRef);

    ICalendarWriter writer(round.title);
    const std::vector<CalendarEvent> events = RoundMilestones::calendarEvents(round, chosen);
    if (events.empty())
        throw InputError(QStringLiteral("the round has no dates to put in a calendar"));
    for (const CalendarEvent &event : events)
        writer.add(event);
    writer.writeFile(output, context.clock().nowUtc());
}

QString reminderState(const PlannedReminder &reminder, const QDateTime &now)
{
    if (reminder.isDone())
        return QStringLiteral("done");
    if (reminder.isSnoozedAt(now))
        return QStringLiteral("snoozed");
    if (!reminder.isDueAt(now))
        return QStringLiteral("upcoming");
    return reminder.isOverdueAt(now) ? QStringLiteral("overdue") : QStringLiteral("due");
}

void listReminders(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    const Language chosen = language(context);
    const QStringList done = context.parser().values(QStringLiteral("done"));
    const QStringList undone = context.parser().values(QStringLiteral("undone"));
    const QString snoozed = context.optional(QStringLiteral("snooze"));
    if (snoozed.isEmpty() != !context.isSet(QStringLiteral("until")))
        throw InputError(QStringLiteral("--snooze REMINDER and --until TIME go together"));
    if (context.isSet(QStringLiteral("add")) != context.isSet(QStringLiteral("due")))
        throw InputError(QStringLiteral("--add TEXT and --due TIME go together"));

    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(roundRef);
    ReminderPlanner planner(workspace, context.clock(), chosen);

    // Every reference is checked before anything is written.
    std::vector<PlannedReminder> toFinish, toReopen;
    for (const QString &reference : done)
        toFinish.push_back(planner.find(round, reference));
    for (const QString &reference : undone)
        toReopen.push_back(planner.find(round, reference));
    std::optional<PlannedReminder> toSnooze;
    QDateTime until;
    if (!snoozed.isEmpty()) {
        toSnooze = planner.find(round, snoozed);
        until = reminderTime(context, QStringLiteral("until"));
    }
    QString addedText;
    QDateTime addedDue;
    if (context.isSet(QStringLiteral("add"))) {
        addedText = context.required(QStringLiteral("add"));
        addedDue = reminderTime(context, QStringLiteral("due"));
    }
    const bool removing = context.isSet(QStringLiteral("remove"));
    const qint64 removed = removing ? idFrom(QStringLiteral("remove"), context.optional(QStringLiteral("remove"))) : 0;

    if (!toFinish.empty() || !toReopen.empty() || toSnooze || !addedText.isEmpty() || removing) {
        Transaction transaction(workspace);
        for (const PlannedReminder &reminder : toFinish)
            planner.setDone(reminder, true);
        for (const PlannedReminder &reminder : toReopen)
            planner.setDone(reminder, false);
        if (toSnooze)
            planner.snooze(*toSnooze, until);
        if (!addedText.isEmpty())
            planner.addManual(round.id, addedDue, addedText);
        if (removing)
            planner.removeManual(round, removed);
        transaction.commit();
    }

    const QDateTime now = context.clock().nowUtc();
    const std::vector<PlannedReminder> reminders =
        context.isSet(QStringLiteral("all")) ? planner.allReminders(round) : planner.dueReminders(round, now);
    QList<Record> records;
    for (const PlannedReminder &reminder : reminders) {
        records << Record{
            {QStringLiteral("id"), reminder.reminder.id ? QJsonValue(reminder.reminder.id) : QJsonValue()},
            {QStringLiteral("kind"), reminder.reminder.kind},
            {QStringLiteral("due"), toIsoUtc(reminder.reminder.dueAt)},
            {QStringLiteral("state"), reminderState(reminder, now)},
            {QStringLiteral("text"), reminder.text}};
    }
    context.output().printRecords({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("due"),
                                   QStringLiteral("state"), QStringLiteral("text")},
                                  records);
}

void checklist(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    const Language chosen = language(context);
    const QStringList added = context.parser().values(QStringLiteral("add"));
    if (std::any_of(added.begin(), added.end(), [](const QString &text) { return text.trimmed().isEmpty(); }))
        throw InputError(QStringLiteral("--add needs a text"));
    std::vector<qint64> done, undone;
    for (const QString &text : context.parser().values(QStringLiteral("done")))
        done.push_back(idFrom(QStringLiteral("done"), text));
    for (const QString &text : context.parser().values(QStringLiteral("undone")))
        undone.push_back(idFrom(QStringLiteral("undone"), text));

    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(roundRef);
    RoundTaskRepository tasks(workspace);
    const std::vector<ChecklistItem> before = tasks.checklist(round.id);
    for (const std::vector<qint64> *ids : {&done, &undone}) {
        for (const qint64 id : *ids) {
            if (std::none_of(before.begin(), before.end(), [id](const ChecklistItem &item) { return item.id == id; }))
                throw InputError(QStringLiteral("checklist item %1 is not in this round").arg(id));
        }
    }

    SupplierChecklist supplier(workspace, context.clock());
    if (context.isSet(QStringLiteral("defaults")) || !added.isEmpty() || !done.empty() || !undone.empty()) {
        Transaction transaction(workspace);
        if (context.isSet(QStringLiteral("defaults")))
            supplier.addDefaults(round, chosen);
        for (const QString &text : added)
            tasks.addChecklistItem({0, round.id, text, false});
        for (const qint64 id : done)
            tasks.setChecklistItemDone(id, true);
        for (const qint64 id : undone)
            tasks.setChecklistItemDone(id, false);
        transaction.commit();
    }

    if (context.isSet(QStringLiteral("before-ordering"))) {
        const OrderingCheck check = supplier.checkBeforeOrdering(round, chosen);
        QList<Record> records;
        for (const OrderingWarning &warning : check.warnings) {
            records << Record{{QStringLiteral("warning"), warning.kind == OrderingWarningKind::MinimumNotReached
                                                              ? QStringLiteral("minimum_not_reached")
                                                              : QStringLiteral("open_checklist_item")},
                              {QStringLiteral("item_id"),
                               warning.checklistItemId ? QJsonValue(*warning.checklistItemId) : QJsonValue()},
                              {QStringLiteral("text"), warning.text}};
        }
        if (!check.buyerNotice.isEmpty())
            records << Record{{QStringLiteral("warning"), QStringLiteral("buyer_notice")},
                              {QStringLiteral("item_id"), QJsonValue()},
                              {QStringLiteral("text"), check.buyerNotice}};
        context.output().printRecords({QStringLiteral("warning"), QStringLiteral("item_id"), QStringLiteral("text")},
                                      records);
        return;
    }

    QList<Record> records;
    for (const ChecklistItem &item : tasks.checklist(round.id))
        records << Record{
            {QStringLiteral("id"), item.id}, {QStringLiteral("text"), item.text}, {QStringLiteral("done"), item.done}};
    context.output().printRecords({QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("done")}, records);
}

} // namespace

std::vector<CommandSpec> scheduleCommands()
{
    const auto S = [](const char16_t *text) { return QString::fromUtf16(text); };
    const QCommandLineOption round = valueOption(S(u"round"), S(u"ROUND"), S(u"round id or title"));
    const QCommandLineOption languageOption =
        valueOption(S(u"language"), S(u"ko|en"), S(u"Korean (default) or English"));
    return {
        {S(u"calendar"),
         S(u"--round ROUND --output FILE.ics [--language ko|en]"),
         S(u"Write the round's dates (open, close, payment due, order, delivery, meetup) as an iCalendar file; "
           u"importing it again updates the same entries."),
         {round, valueOption(S(u"output"), S(u"FILE"), S(u"the .ics file to write")), languageOption},
         false,
         writeCalendar},
        {S(u"reminders"),
         S(u"--round ROUND [--all] [--done R]... [--undone R]... [--snooze R --until TIME] [--add TEXT --due TIME] "
           u"[--remove ID] [--language ko|en]"),
         S(u"List the round's due and overdue reminders (--all: every one). R is a reminder id or a key such as "
           u"payment_due_d1; TIME is YYYY-MM-DD (09:00 in Korea) or a UTC time."),
         {round, valueOption(S(u"done"), S(u"R"), S(u"mark a reminder done (repeatable)")),
          valueOption(S(u"undone"), S(u"R"), S(u"open a done reminder again (repeatable)")),
          valueOption(S(u"snooze"), S(u"R"), S(u"hide a reminder until --until")),
          valueOption(S(u"until"), S(u"TIME"), S(u"end of the snooze")),
          valueOption(S(u"add"), S(u"TEXT"), S(u"add your own reminder, due at --due")),
          valueOption(S(u"due"), S(u"TIME"), S(u"when the added reminder is due")),
          valueOption(S(u"remove"), S(u"ID"), S(u"delete one of your own reminders")),
          QCommandLineOption(S(u"all"), S(u"list done, snoozed and future reminders too")), languageOption},
         true,
         listReminders},
        {S(u"checklist"),
         S(u"--round ROUND [--defaults] [--add TEXT]... [--done ID]... [--undone ID]... [--before-ordering] "
           u"[--language ko|en]"),
         S(u"The round's supplier questions and chores; --defaults adds the usual supplier questions it lacks; "
           u"--before-ordering lists what to settle before ordering instead."),
         {round, QCommandLineOption(S(u"defaults"), S(u"add the default supplier questions not yet asked")),
          valueOption(S(u"add"), S(u"TEXT"), S(u"add an item (repeatable)")),
          valueOption(S(u"done"), S(u"ID"), S(u"tick an item (repeatable)")),
          valueOption(S(u"undone"), S(u"ID"), S(u"untick an item (repeatable)")),
          QCommandLineOption(S(u"before-ordering"), S(u"list the warnings to look at before ordering")),
          languageOption},
         true,
         checklist},
    };
}

} // namespace gonggu::cli
