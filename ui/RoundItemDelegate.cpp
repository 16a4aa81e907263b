#include "RoundItemDelegate.h"

#include "models/RoundListModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace gonggu {
namespace {

constexpr int margin = 6;
constexpr int lineSpacing = 2;

} // namespace

QFont RoundItemDelegate::titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

void RoundItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QString details = index.data(RoundListModel::DetailsRole).toString();

    // Let the style draw background, selection and focus; the two lines of text are ours.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = !opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Disabled
                                       : opt.state.testFlag(QStyle::State_Active) ? QPalette::Active
                                                                                  : QPalette::Inactive;
    const QRect area = opt.rect.adjusted(margin, margin, -margin, -margin);
    const QFont bold = titleFont(opt.font);
    const QFontMetrics titleMetrics(bold);
    const QFontMetrics detailMetrics(opt.font);

    painter->save();
    painter->setFont(bold);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect titleRect(area.left(), area.top(), area.width(), titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, area.width()));

    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QRect detailRect(area.left(), titleRect.bottom() + 1 + lineSpacing, area.width(), detailMetrics.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      detailMetrics.elidedText(details, Qt::ElideRight, area.width()));
    painter->restore();
}

QSize RoundItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics titleMetrics(titleFont(option.font));
    const QFontMetrics detailMetrics(option.font);
    const QString details = index.data(RoundListModel::DetailsRole).toString();
    const int width =
        std::max(titleMetrics.horizontalAdvance(index.data().toString()), detailMetrics.horizontalAdvance(details));
    return {width + 2 * margin, titleMetrics.height() + lineSpacing + detailMetrics.height() + 2 * margin};
}

} // namespace gonggu
