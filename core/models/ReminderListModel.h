#pragma once

#include "domain/Language.h"
#include "domain/Round.h"
#include "services/ReminderPlanner.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <optional>
#include <utility>
#include <vector>

namespace gonggu {

class Clock;
class Workspace;

/** A round's reminders as the To Do page lists them: those due now (overdue first) on top, then the
 *  upcoming and snoozed ones, then the done ones (which may be hidden); read-only, edits go through commands. */
class ReminderListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Due,
        State,
        Text,
    };
    static constexpr int columns = int(Column::Text) + 1;

    /** Where a reminder stands at the time the list was read. */
    enum class Section
    {
        Due,      // due or overdue, not done, not snoozed
        Upcoming, // due later, or snoozed until later
        Done,
    };

    enum Role
    {
        SectionRole = Qt::UserRole, // Section as int
        OverdueRole,                // bool: due on an earlier day (in Korea) and still open
        KeyRole,                    // keyOf()
    };

    ReminderListModel(const Workspace &workspace, const Clock &clock, QObject *parent = nullptr);

    /** Lists the round's reminders with their texts in `language`; throws gonggu::Error when the workspace
     *  cannot be read. */
    void showRound(const Round &round, Language language);
    /** Reads the shown round's reminders again at the clock's time; nothing without a round. */
    void reload();
    /** Sorts the listed reminders into due, upcoming and done again at the clock's time, without reading the
     *  workspace: for time passing, which makes reminders due (reading means working out who still owes). */
    void refreshTimes();
    void clear();
    /** Where the planner gets the round's summary (who still owes) from; worked out afresh when unset. */
    void setSummaryLookup(RoundSummaryLookup summaries) { m_summaries = std::move(summaries); }

    /** Whether done reminders are listed (at the bottom); they are by default. */
    void setShowDone(bool show);
    bool showsDone() const { return m_showDone; }

    const std::optional<Round> &round() const { return m_round; }
    const PlannedReminder &reminderAt(int row) const { return m_rows.at(std::size_t(row)).reminder; }
    Section sectionAt(int row) const { return m_rows.at(std::size_t(row)).section; }
    /** The row showing the reminder with this key, or -1. */
    int rowOf(const QString &key) const;
    /** Reminders due or overdue now and neither done nor snoozed (what the tab's count shows). */
    int dueCount() const { return m_dueCount; }
    /** Done reminders, listed or not. */
    int doneCount() const { return m_doneCount; }

    /** Names a reminder across reloads: a generated one by its kind and due time (its id appears only once
     *  it is stored), a manual one by its id. */
    static QString keyOf(const PlannedReminder &reminder);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        PlannedReminder reminder;
        Section section = Section::Due;
        QString buyer; // "tini (김민준)" for a reminder about one order
    };

    /** Sections and sorts the rows at `now`, then shows them. */
    void load(std::vector<Row> rows, const QDateTime &now);
    QString stateText(const Row &row) const;
    QString text(const Row &row) const;

    const Workspace &m_workspace;
    const Clock &m_clock;
    std::optional<Round> m_round;
    Language m_language = Language::Korean;
    RoundSummaryLookup m_summaries;
    QDateTime m_now; // when the list was read: sections and states are as of then
    std::vector<Row> m_all;
    std::vector<Row> m_rows; // m_all without the done ones when they are hidden
    int m_dueCount = 0;
    int m_doneCount = 0;
    bool m_showDone = true;
};

} // namespace gonggu
