#include "OrdersDelegate.h"

#include "models/DisplayText.h"
#include "models/OrdersTableModel.h"
#include "services/OrderBook.h"

#include <QComboBox>
#include <QSpinBox>

namespace gonggu {

OrdersDelegate::OrdersDelegate(const OrdersTableModel &orders, QObject *parent)
    : QStyledItemDelegate(parent), m_orders(orders)
{
}

QWidget *OrdersDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    using Column = OrdersTableModel::Column;
    switch (m_orders.columnAt(index.column())) {
    case Column::Copies: {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("copiesEditor"));
        // Negative copies cannot be typed at all; the stock limit is checked by core, which knows what
        // the other buyers have taken.
        spin->setRange(0, OrderBook::maxQuantityPerLine);
        spin->setAlignment(Qt::AlignRight);
        spin->setToolTip(tr("0 removes this item from the order"));
        return spin;
    }
    case Column::OrderStatus:
    case Column::Delivery: {
        auto *combo = new QComboBox(parent);
        if (m_orders.columnAt(index.column()) == Column::OrderStatus) {
            combo->setObjectName(QStringLiteral("statusEditor"));
            for (auto status :
                 {OrderStatus::Interested, OrderStatus::Applied, OrderStatus::Confirmed, OrderStatus::Cancelled})
                combo->addItem(DisplayText::of(status), int(status));
        } else {
            combo->setObjectName(QStringLiteral("deliveryEditor"));
            for (auto delivery : {Delivery::Courier, Delivery::Pickup})
                combo->addItem(DisplayText::of(delivery), int(delivery));
        }
        // One pick is the whole edit: no extra Enter to commit it. The list opens at once (queued, once
        // the editor is in place) so that a double-click on the cell is all it takes to see the choices.
        connect(combo, &QComboBox::activated, this, &OrdersDelegate::commitAndClose);
        QMetaObject::invokeMethod(combo, &QComboBox::showPopup, Qt::QueuedConnection);
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void OrdersDelegate::commitAndClose()
{
    if (auto *editor = qobject_cast<QWidget *>(sender())) {
        emit commitData(editor);
        emit closeEditor(editor);
    }
}

void OrdersDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
        spin->selectAll();
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(value.toInt()));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void OrdersDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace gonggu
