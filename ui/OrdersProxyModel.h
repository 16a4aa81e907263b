#pragma once

#include <QSortFilterProxyModel>

namespace gonggu {

class OrdersTableModel;

/** Sorts an OrdersTableModel by its raw values (not by the formatted text) and marks buyers who still owe. */
class OrdersProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OrdersProxyModel(OrdersTableModel *orders, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    OrdersTableModel *m_orders;
};

} // namespace gonggu
