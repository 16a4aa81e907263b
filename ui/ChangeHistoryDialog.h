#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace gonggu {

class WorkspaceSession;

/** Change History…: the workspace's recorded changes, newest first (when, which coordinator, which round, what),
 *  kept current while it is open. */
class ChangeHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        CoordinatorColumn,
        RoundColumn,
        SummaryColumn,
        ColumnCount
    };
    static constexpr int shownChanges = 500;

    explicit ChangeHistoryDialog(WorkspaceSession &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

public slots:
    /** Reads the history again. */
    void reload();

private:
    WorkspaceSession &m_session;
    QTableWidget *m_table;
    QLabel *m_count;
};

} // namespace gonggu
