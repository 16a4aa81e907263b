#pragma once

#include "models/DepositsTableModel.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QVBoxLayout;
class QTreeWidget;

namespace gonggu {

class WorkspaceSession;

/** The right side of the reconciliation page: one deposit, the buyers it may be from with the matcher's
 *  reasons, the buttons that decide it, and what has happened to it so far. */
class DepositDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    /** `deposits` labels the buyers named in the history. */
    DepositDetailsPanel(WorkspaceSession &session, const DepositsTableModel &deposits, QWidget *parent = nullptr);

    /** Shows the deposit with these suggestions (best first); nullptr shows that none is selected. */
    void showDeposit(const DepositsTableModel::Row *row, const DepositMatch &match);
    /** The candidate chosen in the list (the best one until the user picks another); nullptr when none. */
    const MatchCandidate *currentCandidate() const;
    const DepositMatch &match() const { return m_match; }
    /** Whether an accepted match should teach the matcher the depositor name. */
    bool rememberAlias() const;
    /** The buttons that decide the deposit, under the candidates; nullptr starts a new row (two short rows
     *  keep the page narrow enough for a small window). */
    void setActions(const QList<QAction *> &actions);

    QTreeWidget *candidatesView() const { return m_candidates; }
    QTreeWidget *historyView() const { return m_history; }

signals:
    void currentCandidateChanged();
    /** A candidate was double-clicked or activated with Enter: accept them. */
    void candidateActivated();

private:
    void showHistory(const Payment &deposit);
    void showCandidateWhy();

    WorkspaceSession &m_session;
    const DepositsTableModel &m_deposits;
    DepositMatch m_match;

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_explanation;
    QLabel *m_candidatesLabel;
    QTreeWidget *m_candidates;
    QLabel *m_candidateWhy; // the chosen candidate's reasons in full: the list's column cuts them short
    QCheckBox *m_rememberAlias;
    QVBoxLayout *m_buttons;
    QLabel *m_historyLabel;
    QTreeWidget *m_history;
};

} // namespace gonggu
