#pragma once

#include <QLabel>

class QAbstractItemView;

namespace gonggu {

/** A line of advice over an empty table ("No payments yet — record one with Add Payment (Ctrl+P)"),
 *  shown only while the view's model has no rows. */
class EmptyTableHint : public QLabel
{
    Q_OBJECT

public:
    explicit EmptyTableHint(QAbstractItemView *view);

    /** The advice while the table is empty because there is nothing yet. */
    void setEmptyText(const QString &text);
    /** The advice while a filter hides every row ("No one matches …"); empty uses the empty text. */
    void setFilteredText(const QString &text);
    /** Re-checks the row count and places the hint; the models' signals call it too. */
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QString m_emptyText;
    QString m_filteredText;
};

} // namespace gonggu
