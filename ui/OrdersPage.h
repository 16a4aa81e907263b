#pragma once

#include "domain/Round.h"
#include "storage/LedgerQueries.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QTableView;

namespace gonggu {

class DeferredReload;
class EmptyTableHint;
class OrdersEditor;
class OrdersProxyModel;
class OrdersTableModel;
class UnpaidSortBar;
class WorkspaceSession;

/** The Orders page of a round: one row per buyer, copies per item, money and statuses, edited in place
 *  and in bulk through undoable commands. */
class OrdersPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersPage(WorkspaceSession &session, QWidget *parent = nullptr);
    ~OrdersPage() override;

    /** Shows the round: its orders are read now when the page is showing, else when it is next shown; a storage
     *  error is reported through the session. */
    void showRound(const Round &round);
    /** Shows no round at all. */
    void clear();
    /** Keeps the rows whose nickname, name or phone contain the text (case-insensitive); empty shows all. */
    void setFilterText(const QString &text);

    /** The table, so that the window can save and restore its header state (column widths, sorting). */
    QTableView *table() const { return m_table; }
    OrdersTableModel *ordersModel() const { return m_orders; }
    OrdersProxyModel *proxyModel() const { return m_proxy; }
    /** The sort choice shown while the Unpaid view is on. */
    UnpaidSortBar *unpaidSortBar() const { return m_unpaidSort; }

    // Actions the window may put in its menus and toolbar; they work on this page's round and selection.
    // QWidget::actions() lists them all in menu order, with separators, for a menu or toolbar to add.
    QAction *addBuyerAction() const { return m_addBuyer; }             // Ctrl+B
    QAction *confirmAction() const { return m_confirm; }               // Ctrl+Shift+C
    QAction *cancelAction() const { return m_cancel; }                 // Ctrl+Shift+X
    QAction *markShippedAction() const { return m_markShipped; }       // Ctrl+Shift+S
    QAction *markHandedOverAction() const { return m_markHandedOver; } // Ctrl+Shift+H
    QAction *unpaidOnlyAction() const { return m_unpaidOnly; }         // checkable, Ctrl+Shift+U
    QAction *reconfirmListAction() const { return m_reconfirmList; }   // checkable, Ctrl+Shift+R
    /** Order ids of the selected rows, in view order. */
    QList<OrderId> selectedOrderIds() const;
    /** The round is shown but its orders are not read yet (the page has not been shown since). */
    bool isReadPending() const;
    /** Reads the round's orders now if they are still to be read (the page is about to be shown). */
    void readNow();

signals:
    /** The number of rows shown changed (filter, unpaid view, edits): "12 of 22 buyers". */
    void visibleRowsChanged(int shown, int total);

private:
    void createActions();
    void connectSession();
    void showContextMenu(const QPoint &position);
    void updateActions();
    void updateRowCounts();
    void addBuyer();
    /** The orders of the selected rows, as read (copies: commands refresh the rows while they run). */
    std::vector<BuyerLedgerRow> selectedOrders() const;
    /** Runs a refresh; a storage error is reported (slots must not throw into Qt's event loop). */
    void guarded(const std::function<void()> &refresh);
    /** Reads every row again now, or when the page is next shown if it is hidden. */
    void reloadRows();
    /** What the deferred reload does: reads the round when it is new to the model, else its rows again. */
    void readRound();

    WorkspaceSession &m_session;
    OrdersTableModel *m_orders;
    std::unique_ptr<OrdersEditor> m_editor;
    OrdersProxyModel *m_proxy;
    QTableView *m_table;
    EmptyTableHint *m_emptyHint;
    UnpaidSortBar *m_unpaidSort;
    QAction *m_addBuyer = nullptr;
    QAction *m_confirm = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_markShipped = nullptr;
    QAction *m_markHandedOver = nullptr;
    QAction *m_unpaidOnly = nullptr;
    QAction *m_reconfirmList = nullptr;
    std::optional<Round> m_round; // the round shown, read into the model or still to be read
    bool m_roundRead = false;
    // A round chosen, or payments entered, while another tab is in front: re-reading a round of 100,000 buyers
    // takes most of a second, done once when the page shows rather than after every change.
    DeferredReload *m_reload;
};

} // namespace gonggu
