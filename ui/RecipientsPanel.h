#pragma once

#include "domain/Ids.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QTableView;

namespace gonggu {

class EmptyTableHint;
class RecipientsModel;

/** The buyers a message kind goes to, checked for a bulk send: check all or none, include those already sent,
 *  and the page's bulk actions under the list. The current row is the buyer the preview shows. */
class RecipientsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecipientsPanel(QWidget *parent = nullptr);

    RecipientsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QCheckBox *includeAlreadySentBox() const { return m_includeAlreadySent; }

    /** Puts buttons for the page's bulk actions under the list. */
    void setActions(const QList<QAction *> &actions);
    /** What the empty list says (nobody to address, no round). */
    void setEmptyText(const QString &text);

    /** The buyer of the current row; 0 when none. */
    OrderId currentOrder() const;
    /** Makes the buyer's row current, or the first row when they are not listed; false when the list is empty. */
    bool selectOrder(OrderId order);

signals:
    void currentOrderChanged(gonggu::OrderId order);

private:
    void updateSummary();

    RecipientsModel *m_model;
    QTableView *m_table;
    EmptyTableHint *m_emptyHint;
    QCheckBox *m_includeAlreadySent;
    QLabel *m_summary;
    QWidget *m_actions;
    QList<QWidget *> m_checkButtons; // all, none: off while nobody is listed
};

} // namespace gonggu
