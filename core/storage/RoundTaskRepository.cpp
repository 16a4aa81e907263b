#include "RoundTaskRepository.h"

#include "SqlStatement.h"
#include "Workspace.h"
#include "domain/DateText.h"
#include "domain/Errors.h"

namespace gonggu {

namespace {

const QString contactColumns = QStringLiteral("SELECT id, order_id, channel, kind, sent_at, message FROM contact_log ");

ContactLogEntry readContact(const SqlStatement &query)
{
    ContactLogEntry entry;
    entry.id = query.integer(0);
    entry.orderId = query.integer(1);
    entry.channel = contactChannelFromKey(query.text(2)).value_or(ContactChannel::Sms);
    entry.kind = contactKindFromKey(query.text(3)).value_or(ContactKind::Confirmation);
    entry.sentAt = fromIsoUtc(query.text(4));
    entry.message = query.text(5);
    return entry;
}

} // namespace

qint64 RoundTaskRepository::addChecklistItem(const ChecklistItem &item)
{
    if (item.text.trimmed().isEmpty())
        throw InputError(QStringLiteral("a checklist item needs a text"));
    SqlStatement insert(m_workspace,
                        QStringLiteral("INSERT INTO checklist_item (round_id, text, done, position, created_at) "
                                       "VALUES (:round, :text, :done, (SELECT COALESCE(MAX(position), 0) + 1 FROM "
                                       "checklist_item WHERE round_id = :round2), :created)"));
    insert.bind(QStringLiteral(":round"), item.roundId)
        .bind(QStringLiteral(":round2"), item.roundId)
        .bind(QStringLiteral(":text"), item.text.trimmed())
        .bind(QStringLiteral(":done"), item.done ? 1 : 0)
        .bind(QStringLiteral(":created"), toIsoUtc(m_workspace.clock().nowUtc()));
    return insert.exec().lastInsertId();
}

void RoundTaskRepository::setChecklistItemDone(qint64 id, bool done)
{
    SqlStatement update(m_workspace, QStringLiteral("UPDATE checklist_item SET done = :done WHERE id = :id"));
    update.bind(QStringLiteral(":done"), done ? 1 : 0).bind(QStringLiteral(":id"), id).exec();
    if (update.rowsAffected() != 1)
        throw InputError(QStringLiteral("checklist item %1 does not exist").arg(id));
}

void RoundTaskRepository::setChecklistItemText(qint64 id, const QString &text)
{
    if (text.trimmed().isEmpty())
        throw InputError(QStringLiteral("a checklist item needs a text"));
    SqlStatement update(m_workspace, QStringLiteral("UPDATE checklist_item SET text = :text WHERE id = :id"));
    update.bind(QStringLiteral(":text"), text.trimmed()).bind(QStringLiteral(":id"), id).exec();
    if (update.rowsAffected() != 1)
        throw InputError(QStringLiteral("checklist item %1 does not exist").arg(id));
}

void RoundTaskRepository::removeChecklistItem(qint64 id)
{
    SqlStatement remove(m_workspace, QStringLiteral("DELETE FROM checklist_item WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id).exec();
    if (remove.rowsAffected() != 1)
        throw InputError(QStringLiteral("checklist item %1 does not exist").arg(id));
}

std::vector<ChecklistItem> RoundTaskRepository::checklist(RoundId roundId) const
{
    SqlStatement query(m_workspace, QStringLiteral("SELECT id, round_id, text, done FROM checklist_item "
                                                   "WHERE round_id = :round ORDER BY position, id"));
    query.bind(QStringLiteral(":round"), roundId).exec();
    std::vector<ChecklistItem> items;
    while (query.next())
        items.push_back({query.integer(0), query.integer(1), query.text(2), query.integer(3) != 0});
    return items;
}

qint64 RoundTaskRepository::addReminder(const Reminder &reminder)
{
    if (!reminder.dueAt.isValid())
        throw InputError(QStringLiteral("a reminder needs a due time"));
    SqlStatement insert(
        m_workspace,
        QStringLiteral("INSERT INTO reminder (round_id, order_id, kind, due_at, done_at, snoozed_until, note) "
                       "VALUES (:round, :order, :kind, :due, :done, :snoozed, :note)"));
    insert.bind(QStringLiteral(":round"), reminder.roundId)
        .bind(QStringLiteral(":order"),
              reminder.orderId ? QVariant(*reminder.orderId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":kind"), reminder.kind)
        .bind(QStringLiteral(":due"), toIsoUtc(reminder.dueAt))
        .bindOptionalText(QStringLiteral(":done"), toIsoUtc(reminder.doneAt))
        .bindOptionalText(QStringLiteral(":snoozed"), toIsoUtc(reminder.snoozedUntil))
        .bind(QStringLiteral(":note"), reminder.note);
    return insert.exec().lastInsertId();
}

std::vector<Reminder> RoundTaskRepository::reminders(RoundId roundId) const
{
    SqlStatement query(
        m_workspace,
        QStringLiteral("SELECT id, round_id, order_id, kind, due_at, done_at, note, snoozed_until FROM reminder "
                       "WHERE round_id = :round ORDER BY due_at, id"));
    query.bind(QStringLiteral(":round"), roundId).exec();
    std::vector<Reminder> reminders;
    while (query.next()) {
        Reminder reminder;
        reminder.id = query.integer(0);
        reminder.roundId = query.integer(1);
        if (!query.isNull(2))
            reminder.orderId = query.integer(2);
        reminder.kind = query.text(3);
        reminder.dueAt = fromIsoUtc(query.text(4));
        reminder.doneAt = fromIsoUtc(query.text(5));
        reminder.note = query.text(6);
        reminder.snoozedUntil = fromIsoUtc(query.text(7));
        reminders.push_back(std::move(reminder));
    }
    return reminders;
}

void RoundTaskRepository::setReminderDone(qint64 id, const QDateTime &doneAt)
{
    SqlStatement update(m_workspace, QStringLiteral("UPDATE reminder SET done_at = :done WHERE id = :id"));
    update.bindOptionalText(QStringLiteral(":done"), toIsoUtc(doneAt)).bind(QStringLiteral(":id"), id).exec();
    if (update.rowsAffected() != 1)
        throw InputError(QStringLiteral("reminder %1 does not exist").arg(id));
}

void RoundTaskRepository::snoozeReminder(qint64 id, const QDateTime &until)
{
    SqlStatement update(m_workspace, QStringLiteral("UPDATE reminder SET snoozed_until = :until WHERE id = :id"));
    update.bindOptionalText(QStringLiteral(":until"), toIsoUtc(until)).bind(QStringLiteral(":id"), id).exec();
    if (update.rowsAffected() != 1)
        throw InputError(QStringLiteral("reminder %1 does not exist").arg(id));
}

void RoundTaskRepository::removeReminder(qint64 id)
{
    SqlStatement remove(m_workspace, QStringLiteral("DELETE FROM reminder WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id).exec();
    if (remove.rowsAffected() != 1)
        throw InputError(QStringLiteral("reminder %1 does not exist").arg(id));
}

qint64 RoundTaskRepository::logContact(const ContactLogEntry &entry)
{
    SqlStatement insert(m_workspace,
                        QStringLiteral("INSERT INTO contact_log (order_id, channel, kind, sent_at, message) "
                                       "VALUES (:order, :channel, :kind, :sent, :message)"));
    insert.bind(QStringLiteral(":order"), entry.orderId)
        .bind(QStringLiteral(":channel"), toKey(entry.channel))
        .bind(QStringLiteral(":kind"), toKey(entry.kind))
        .bind(QStringLiteral(":sent"), toIsoUtc(entry.sentAt.isValid() ? entry.sentAt : m_workspace.clock().nowUtc()))
        .bind(QStringLiteral(":message"), entry.message);
    return insert.exec().lastInsertId();
}

std::optional<ContactLogEntry> RoundTaskRepository::findContact(qint64 id) const
{
    SqlStatement query(m_workspace, contactColumns + QStringLiteral("WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return readContact(query);
}

void RoundTaskRepository::removeContact(qint64 id)
{
    SqlStatement remove(m_workspace, QStringLiteral("DELETE FROM contact_log WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id).exec();
    if (remove.rowsAffected() != 1)
        throw InputError(QStringLiteral("contact log entry %1 does not exist").arg(id));
}

void RoundTaskRepository::restoreContact(const ContactLogEntry &entry)
{
    if (entry.id <= 0)
        throw InputError(QStringLiteral("a contact log entry to restore needs its id"));
    if (findContact(entry.id))
        throw InputError(QStringLiteral("contact log entry %1 exists already").arg(entry.id));
    SqlStatement order(m_workspace, QStringLiteral("SELECT COUNT(*) FROM buyer_order WHERE id = :order"));
    if (order.bind(QStringLiteral(":order"), entry.orderId).scalar().toLongLong() == 0)
        throw InputError(QStringLiteral("order %1 no longer exists").arg(entry.orderId));
    SqlStatement insert(m_workspace,
                        QStringLiteral("INSERT INTO contact_log (id, order_id, channel, kind, sent_at, message) "
                                       "VALUES (:id, :order, :channel, :kind, :sent, :message)"));
    insert.bind(QStringLiteral(":id"), entry.id)
        .bind(QStringLiteral(":order"), entry.orderId)
        .bind(QStringLiteral(":channel"), toKey(entry.channel))
        .bind(QStringLiteral(":kind"), toKey(entry.kind))
        .bind(QStringLiteral(":sent"), toIsoUtc(entry.sentAt.isValid() ? entry.sentAt : m_workspace.clock().nowUtc()))
        .bind(QStringLiteral(":message"), entry.message)
        .exec();
}

std::vector<ContactLogEntry> RoundTaskRepository::contactLog(OrderId orderId) const
{
    SqlStatement query(m_workspace, contactColumns + QStringLiteral("WHERE order_id = :order ORDER BY sent_at, id"));
    query.bind(QStringLiteral(":order"), orderId).exec();
    std::vector<ContactLogEntry> entries;
    while (query.next())
        entries.push_back(readContact(query));
    return entries;
}

std::map<OrderId, QDateTime> RoundTaskRepository::lastContactTimes(RoundId roundId, ContactKind kind) const
{
    // ISO-8601 UTC text sorts as time does, so MAX() is the latest contact.
    SqlStatement query(m_workspace,
                       QStringLiteral("SELECT c.order_id, MAX(c.sent_at) FROM contact_log c JOIN buyer_order o ON "
                                      "o.id = c.order_id WHERE o.round_id = :round AND c.kind = :kind "
                                      "GROUP BY c.order_id"));
    query.bind(QStringLiteral(":round"), roundId).bind(QStringLiteral(":kind"), toKey(kind)).exec();
    std::map<OrderId, QDateTime> times;
    while (query.next())
        times.emplace(query.integer(0), fromIsoUtc(query.text(1)));
    return times;
}

} // namespace gonggu
