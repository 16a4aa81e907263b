#pragma once

#include "domain/Round.h"
#include "models/DepositsTableModel.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QTableView;

namespace gonggu {

class DeferredReload;
class DepositDetailsPanel;
class EditCommand;
class EmptyTableHint;
class SearchFilterModel;
class WorkspaceSession;

/** A round's bank deposits to reconcile: those the import could not match on the left, who each may be
 *  from on the right, and the decisions (accept, assign, split, ignore), each one undoable. */
class ReconciliationPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReconciliationPage(WorkspaceSession &session, QWidget *parent = nullptr);

    /** Shows the round: its deposits are read now when the page is showing, else when it is next shown; throws
     *  gonggu::Error when the workspace cannot be read. */
    void showRound(const Round &round);
    /** Shows no round at all (importing is disabled). */
    void clear();
    /** Keeps the deposits whose depositor, memo or buyer contain the text; empty shows all. */
    void setFilterText(const QString &text);
    /** Which deposits the list shows (the "Show" choice). */
    void setFilter(DepositsTableModel::Filter filter);

    QTableView *table() const { return m_table; }
    DepositsTableModel *depositsModel() const { return m_deposits; }
    DepositDetailsPanel *details() const { return m_details; }
    /** The deposit selected in the list; nullopt when none. */
    std::optional<PaymentId> currentDepositId() const;
    /** Selects the deposit when the list shows it. */
    bool selectDeposit(PaymentId id);

    QAction *importBankAction() const { return m_importBank; } // Ctrl+Shift+I
    QAction *acceptAction() const { return m_accept; }         // Enter
    QAction *assignAction() const { return m_assign; }
    QAction *splitAction() const { return m_split; }
    QAction *ignoreAction() const { return m_ignore; } // Delete
    QAction *restoreAction() const { return m_restore; }
    QAction *unassignAction() const { return m_unassign; }

    /** Opens the import dialog for the shown round. */
    void importBankStatement();

private:
    void createActions();
    /** Reads the deposits again now, or when the page is next shown if it is hidden. */
    void reload();
    /** What the deferred reload does: reads the deposits, keeping the selected one selected. */
    void readDeposits();
    void showEvent(QShowEvent *event) override;
    void showCurrent();
    void updateActions();
    void updateTexts();
    const DepositsTableModel::Row *currentRow() const;
    /** Runs the command; afterwards selects the deposit now at the same place in the list, so that Enter
     *  after Enter works through the list. */
    void decide(std::unique_ptr<EditCommand> command);

    void accept();
    void assignTo();
    void split();
    void setIgnored(bool ignored);
    void unassign();

    WorkspaceSession &m_session;
    std::optional<Round> m_round;
    DepositsTableModel *m_deposits;
    SearchFilterModel *m_filter;
    QTableView *m_table;
    EmptyTableHint *m_emptyHint;
    DepositDetailsPanel *m_details;
    QComboBox *m_show;
    QLabel *m_totals;
    QAction *m_importBank = nullptr;
    QAction *m_accept = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_split = nullptr;
    QAction *m_ignore = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_unassign = nullptr;
    DepositMatch m_currentMatch; // what the panel shows for the current deposit
    // Matching every waiting deposit against the round's buyers is not free: a hidden page catches up when
    // it is shown again rather than after every edit elsewhere.
    DeferredReload *m_reload;
};

} // namespace gonggu
