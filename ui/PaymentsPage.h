#pragma once

#include "domain/Round.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTableView;

namespace gonggu {

class DeferredReload;
class EmptyTableHint;
class PaymentsTableModel;
class SearchFilterModel;
class WorkspaceSession;

/** One round's payments and refunds, newest last, with the dialog that records a new one. */
class PaymentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentsPage(WorkspaceSession &session, QWidget *parent = nullptr);

    /** Shows the round: its payments are read now when the page is showing, else when it is next shown. */
    void showRound(const Round &round);
    /** Shows no round at all (Add Payment is disabled). */
    void clear();
    /** Keeps the payments whose buyer name, nickname, depositor or phone contain the text; empty shows all. */
    void setFilterText(const QString &text);

    /** The table, so that the window can save and restore its header state (column widths, sorting). */
    QTableView *table() const { return m_table; }
    PaymentsTableModel *paymentsModel() const { return m_payments; }

    /** "Add Payment…", Ctrl+P; disabled while no round is shown. */
    QAction *addPaymentAction() const { return m_addPayment; }

    /** Opens the payment dialog for the shown round, with `buyer` chosen when given (e.g. from the
     *  Orders page); records the payment (undoably) when the dialog is accepted. */
    void addPayment(std::optional<gonggu::PersonId> buyer = std::nullopt);

private:
    void roundEdited(RoundId round);
    /** What the deferred reload does: reads the round's payments and selects the one just recorded, if any. */
    void readPayments();
    /** Selects the payment just recorded, once the table holds it. */
    void selectRecorded();
    void showTotals();

    WorkspaceSession &m_session;
    std::optional<Round> m_round;
    PaymentsTableModel *m_payments;
    DeferredReload *m_reload;
    std::optional<PaymentId> m_selectWhenRead; // recorded from the menu while the page was hidden
    SearchFilterModel *m_filter;
    QTableView *m_table;
    QLabel *m_totals;
    EmptyTableHint *m_emptyHint = nullptr;
    QAction *m_addPayment = nullptr;
};

} // namespace gonggu
