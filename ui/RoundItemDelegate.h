#pragma once

#include <QStyledItemDelegate>

namespace gonggu {

/** Draws a round in the rounds list as its title over a quieter line with status and head counts. */
class RoundItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QFont titleFont(const QFont &base);
};

} // namespace gonggu
