#pragma once

#include <QStyledItemDelegate>

namespace gonggu {

class OrdersTableModel;

/** Edits the orders table in place: a spin box for copies (0 removes the line), lists of translated
 *  names for status and delivery that take effect as soon as one is picked. */
class OrdersDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    OrdersDelegate(const OrdersTableModel &orders, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    void commitAndClose();

    const OrdersTableModel &m_orders;
};

} // namespace gonggu
