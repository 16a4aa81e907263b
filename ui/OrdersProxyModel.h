#pragma once

#include "models/SearchFilterModel.h"

#include <QCollator>

namespace gonggu {

class OrdersTableModel;

/** Sorts an OrdersTableModel by its raw values, filters it by search text and, when asked, to the buyers
 *  who still owe, and marks money still owed. */
class OrdersProxyModel : public SearchFilterModel
{
    Q_OBJECT

public:
    explicit OrdersProxyModel(OrdersTableModel *orders, QObject *parent = nullptr);

    /** Keeps only the buyers who still owe money (unpaid or partly paid). */
    void setUnpaidOnly(bool unpaidOnly);
    bool unpaidOnly() const { return m_unpaidOnly; }
    /** Keeps only those who said they were interested and must be asked again (the re-confirmation list). */
    void setInterestedOnly(bool interestedOnly);
    bool interestedOnly() const { return m_interestedOnly; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    OrdersTableModel *m_orders;
    QCollator m_collator; // names as the user's language sorts them (가나다, then Latin)
    bool m_unpaidOnly = false;
    bool m_interestedOnly = false;
};

} // namespace gonggu
