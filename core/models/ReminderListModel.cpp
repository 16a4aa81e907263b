#include "ReminderListModel.h"

#include "DepositsTableModel.h"
#include "ReminderTimes.h"
#include "domain/Clock.h"
#include "domain/DateText.h"
#include "storage/LedgerQueries.h"

#include <QLocale>

#include <algorithm>

namespace gonggu {
namespace {

ReminderListModel::Section sectionOf(const PlannedReminder &reminder, const QDateTime &now)
{
    if (reminder.isDone())
        return ReminderListModel::Section::Done;
    if (!reminder.isDueAt(now) || reminder.isSnoozedAt(now))
        return ReminderListModel::Section::Upcoming;
    return ReminderListModel::Section::Due;
}

// When the reminder next asks for attention: a snoozed one when its snooze ends.
QDateTime shownAt(const PlannedReminder &reminder, const QDateTime &now)
{
    return reminder.isSnoozedAt(now) ? std::max(reminder.reminder.snoozedUntil, reminder.reminder.dueAt)
                                     : reminder.reminder.dueAt;
}

} // namespace

ReminderListModel::ReminderListModel(const Workspace &workspace, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_clock(clock)
{
}

QString ReminderListModel::keyOf(const PlannedReminder &reminder)
{
    if (reminder.generated)
        return QStringLiteral("%1@%2").arg(reminder.reminder.kind, toIsoUtc(reminder.reminder.dueAt));
    return QString::number(reminder.reminder.id);
}

void ReminderListModel::showRound(const Round &round, Language language)
{
    m_round = round;
    m_language = language;
    reload();
}

void ReminderListModel::reload()
{
    if (!m_round)
        return;
    const ReminderPlanner planner(m_workspace, m_clock, m_language, m_summaries);
    const LedgerQueries ledger(m_workspace);
    std::vector<Row> rows;
    for (PlannedReminder &reminder : planner.allReminders(*m_round)) {
        Row row;
        if (reminder.reminder.orderId) {
            if (const std::optional<BuyerLedgerRow> buyer = ledger.buyerRow(m_round->id, *reminder.reminder.orderId))
                row.buyer = DepositsTableModel::buyerLabel(buyer->displayName, buyer->nickname);
        }
        row.reminder = std::move(reminder);
        rows.push_back(std::move(row));
    }
    load(std::move(rows), m_clock.nowUtc());
}

void ReminderListModel::refreshTimes()
{
    if (m_round)
        load(std::move(m_all), m_clock.nowUtc());
}

void ReminderListModel::clear()
{
    m_round.reset();
    load({}, {});
}

void ReminderListModel::setShowDone(bool show)
{
    if (show == m_showDone)
        return;
    m_showDone = show;
    load(std::move(m_all), m_now);
}

void ReminderListModel::load(std::vector<Row> rows, const QDateTime &now)
{
    for (Row &row : rows)
        row.section = sectionOf(row.reminder, now);
    // Due first and oldest first within it (what is most overdue is most urgent), then by when each comes up.
    std::stable_sort(rows.begin(), rows.end(), [&now](const Row &a, const Row &b) {
        if (a.section != b.section)
            return int(a.section) < int(b.section);
        return shownAt(a.reminder, now) < shownAt(b.reminder, now);
    });
    beginResetModel();
    m_now = now;
    m_all = std::move(rows);
    m_rows.clear();
    m_dueCount = 0;
    m_doneCount = 0;
    for (const Row &row : m_all) {
        m_dueCount += row.section == Section::Due ? 1 : 0;
        m_doneCount += row.section == Section::Done ? 1 : 0;
        if (m_showDone || row.section != Section::Done)
            m_rows.push_back(row);
    }
    endResetModel();
}

int ReminderListModel::rowOf(const QString &key) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (keyOf(m_rows[row].reminder) == key)
            return int(row);
    }
    return -1;
}

int ReminderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReminderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QString ReminderListModel::stateText(const Row &row) const
{
    const PlannedReminder &reminder = row.reminder;
    const auto days = [](qint64 count, const QString &one, const QString &many) {
        // Two source strings rather than "%n day(s)": without an English translation file the numerus form
        // would show its "(s)".
        return count == 1 ? one : many.arg(QLocale().toString(count));
    };
    switch (row.section) {
    case Section::Done:
        return tr("Done");
    case Section::Upcoming: {
        if (reminder.isSnoozedAt(m_now))
            return tr("Snoozed until %1").arg(ReminderTimes::format(reminder.reminder.snoozedUntil, m_now));
        const qint64 ahead = ReminderTimes::daysBetween(m_now, reminder.reminder.dueAt);
        if (ahead <= 0)
            return tr("Later today");
        return days(ahead, tr("Tomorrow"), tr("In %1 days"));
    }
    case Section::Due: {
        const qint64 late = ReminderTimes::daysBetween(reminder.reminder.dueAt, m_now);
        if (late <= 0)
            return tr("Due today");
        return days(late, tr("1 day overdue"), tr("%1 days overdue"));
    }
    }
    return {};
}

QString ReminderListModel::text(const Row &row) const
{
    return row.buyer.isEmpty() ? row.reminder.text : QStringLiteral("%1: %2").arg(row.buyer, row.reminder.text);
}

QVariant ReminderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Due:
            return ReminderTimes::format(row.reminder.reminder.dueAt, m_now);
        case Column::State:
            return stateText(row);
        case Column::Text:
            return text(row);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Text)
            return text(row);
        if (column == Column::Due)
            return tr("%1, Korean time").arg(ReminderTimes::format(row.reminder.reminder.dueAt, m_now));
        return {};
    case SectionRole:
        return int(row.section);
    case OverdueRole:
        return row.section == Section::Due && row.reminder.isOverdueAt(m_now);
    case KeyRole:
        return keyOf(row.reminder);
    default:
        return {};
    }
}

QVariant ReminderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Due:
        return tr("Due");
    case Column::State:
        return tr("Status");
    case Column::Text:
        return tr("Reminder");
    }
    return {};
}

} // namespace gonggu
