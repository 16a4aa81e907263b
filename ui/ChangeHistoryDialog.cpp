#include "ChangeHistoryDialog.h"

#include "WorkspaceSession.h"
#include "domain/Errors.h"
#include "storage/ChangeLog.h"
#include "storage/Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gonggu {

ChangeHistoryDialog::ChangeHistoryDialog(WorkspaceSession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_table(new QTableWidget(0, ColumnCount, this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("changeHistoryDialog"));
    setWindowTitle(tr("Change History"));
    m_table->setObjectName(QStringLiteral("changeHistoryTable"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Coordinator"), tr("Round"), tr("Change")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_count->setObjectName(QStringLiteral("changeHistoryCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(refresh, &QPushButton::clicked, this, &ChangeHistoryDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(900, 520);

    // New lines as they are made, here or by another coordinator.
    connect(session.undoStack(), &QUndoStack::indexChanged, this, &ChangeHistoryDialog::reload);
    connect(&session, &WorkspaceSession::changedElsewhere, this, &ChangeHistoryDialog::reload);
    reload();
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(RoundColumn, std::min(m_table->columnWidth(RoundColumn), 220));
}

void ChangeHistoryDialog::reload()
{
    std::vector<ChangeRecord> records;
    try {
        records = ChangeLog(m_session.workspace()).recent(shownChanges);
    } catch (const Error &error) {
        m_session.reportError(error.message());
        return;
    }
    const QLocale locale;
    m_table->setRowCount(int(records.size()));
    for (int row = 0; row < int(records.size()); ++row) {
        const ChangeRecord &record = records[size_t(row)];
        const QString round = record.roundId && record.roundTitle.isEmpty() ? tr("(removed round)") : record.roundTitle;
        const QStringList cells{locale.toString(record.at.toLocalTime(), QLocale::ShortFormat), record.coordinator,
                                round, record.summary};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_count->setText(records.empty() ? tr("No changes are recorded yet.")
                                     : tr("The newest %n change(s), newest first.", nullptr, int(records.size())));
}

} // namespace gonggu
