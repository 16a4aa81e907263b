#include "EmptyTableHint.h"

#include <QAbstractItemView>
#include <QEvent>

namespace gonggu {

EmptyTableHint::EmptyTableHint(QAbstractItemView *view) : QLabel(view->viewport()), m_view(view)
{
    setObjectName(QStringLiteral("emptyTableHint"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents); // a double click still reaches the table
    view->viewport()->installEventFilter(this);

    QAbstractItemModel *model = view->model();
    Q_ASSERT(model); // set the model before the hint
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &EmptyTableHint::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyTableHint::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyTableHint::refresh);
    refresh();
}

void EmptyTableHint::setEmptyText(const QString &text)
{
    m_emptyText = text;
    refresh();
}

void EmptyTableHint::setFilteredText(const QString &text)
{
    m_filteredText = text;
    refresh();
}

void EmptyTableHint::refresh()
{
    const bool empty = m_view->model()->rowCount() == 0;
    setText(empty && !m_filteredText.isEmpty() ? m_filteredText : m_emptyText);
    const QRect area = m_view->viewport()->rect().adjusted(24, 24, -24, -24);
    setGeometry(area.x(), area.y(), area.width(), std::min(area.height(), heightForWidth(area.width()) + 32));
    setVisible(empty && !text().isEmpty());
}

bool EmptyTableHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        refresh();
    return QLabel::eventFilter(watched, event);
}

} // namespace gonggu
