#pragma once

#include "models/OrdersTableModel.h"
#include "models/SearchFilterModel.h"

#include <QCollator>

#include <map>
#include <vector>

namespace gonggu {

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
    /** Each row's place in name order (by the user's collation), worked out on the first sort by a name column
     *  and kept while no name changes: comparing two numbers, where collating both names took most of sorting
     *  100,000 buyers (two million comparisons), which a search does again at every keystroke while the table is
     *  sorted by name. */
    const std::vector<int> &nameRanks(OrdersTableModel::Column column) const;
    void forgetChangedNames(int firstRow, int lastRow);

    struct NameRanks
    {
        std::vector<QString> texts; // what was ranked, by source row
        std::vector<int> ranks;     // by source row; equal names, equal ranks
    };

    OrdersTableModel *m_orders;
    QCollator m_collator; // names as the user's language sorts them (가나다, then Latin)
    mutable std::map<OrdersTableModel::Column, NameRanks> m_nameRanks;
    bool m_unpaidOnly = false;
    bool m_interestedOnly = false;
};

} // namespace gonggu
