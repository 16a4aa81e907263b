#pragma once

#include <QWidget>

class QTableView;

namespace gonggu {

class OrdersProxyModel;
class OrdersTableModel;
class Workspace;
struct Round;

/** The Orders page of a round: one row per buyer with what they owe and paid, sortable by any column. */
class OrdersPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersPage(const Workspace &workspace, QWidget *parent = nullptr);

    /** Loads the round's orders; throws gonggu::Error when the workspace cannot be read. */
    void showRound(const Round &round);
    void clear();

    QTableView *table() const { return m_table; }

private:
    void sizeColumns();

    OrdersTableModel *m_orders;
    OrdersProxyModel *m_sortedOrders;
    QTableView *m_table;
};

} // namespace gonggu
