#pragma once

#include "SearchFilterModel.h"
#include "domain/Item.h"
#include "domain/Round.h"
#include "services/RoundLedger.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>
#include <vector>

namespace gonggu {

class OrderEditor;
class Workspace;

/** One round's orders, one row per buyer: copies per item, what they owe and paid, status and delivery.
 *  Rows are read once per round and refreshed one order at a time after an edit, so data() is a vector
 *  lookup even at 100,000 buyers. Edits go to an OrderEditor, which makes them undoable. */
class OrdersTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The kinds of column. Copies stands for the item columns, one per item of the round in the order
    // the items were added; section() and columnAt() map between kinds and sections. In a round of one
    // item, int(Column) is the section.
    // Scoped so that OrderStatus, PaymentState and Delivery keep naming the domain types in this class.
    enum class Column
    {
        Nickname,
        Name,
        Copies,
        AmountDue,
        Paid,
        Balance,
        OrderStatus,
        PaymentState,
        Delivery,
        DaysOverdue, // for buyers who still owe: days past the payment due date (or since confirming)
    };

    enum Role
    {
        // Raw values for sorting: won as qint64, counts as int, statuses by their lifecycle position.
        SortRole = Qt::UserRole,
        OrderIdRole,
        PersonIdRole,
        ItemIdRole, // on item columns (also in headerData)
        SearchKeyRole = SearchFilterModel::SearchKeyRole,
    };

    explicit OrdersTableModel(const Workspace &workspace, QObject *parent = nullptr);

    /** Loads the round's items and orders, in the order buyers came in. */
    void showRound(const Round &round);
    /** Shows no round at all. */
    void clear();
    /** Reads the given orders again: changed rows are replaced, new orders inserted, gone ones removed.
     *  An empty list reloads every row. */
    void refreshOrders(const QList<OrderId> &orderIds);
    /** Reads every row again (payments or people changed). Keeps the rows, and so the selection, when the
     *  same orders are still there; only the round's items changing resets the model. */
    void reload();

    std::optional<RoundId> roundId() const;
    const std::optional<Round> &round() const { return m_round; }
    const std::vector<Item> &items() const { return m_items; }

    /** The section of a column kind (the first item column for Copies); -1 when the round has no items. */
    int section(Column column) const;
    Column columnAt(int section) const;
    /** The item shown in the section, or nullptr when it is not an item column. */
    const Item *itemAt(int section) const;
    /** The row of the order, or -1. */
    int rowOf(OrderId orderId) const;
    /** Days the buyer of the row, who still owes, has been late: since the round's payment due date, or since
     *  they confirmed when that came later or the round has no due date. Nullopt for those who owe nothing or
     *  are not late. */
    std::optional<int> daysOverdueAt(int row) const;

    const BuyerBalance &balanceAt(int row) const { return m_rows.at(std::size_t(row)); }
    /** What a search matches this row against (SearchFilterModel::searchKey of nickname, names, phone). */
    const QString &searchKeyAt(int row) const;
    static bool isNumeric(Column column);
    static bool isEditable(Column column);

    /** Makes copies, status and delivery editable; edits go to the editor (which must outlive the model). */
    void setEditor(OrderEditor *editor) { m_editor = editor; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QVariant copiesOfItem(const BuyerBalance &row, const Item &item, int role) const;
    QVariant overdueData(int row, int role) const;
    const QDate &confirmedOnAt(int row) const;
    void refreshOrder(OrderId orderId);
    void setRows(std::vector<BuyerBalance> rows);
    bool hasSearchKeys() const { return !m_rows.empty() && m_searchKeys.size() == m_rows.size(); }
    bool hasConfirmationDates() const { return !m_rows.empty() && m_confirmedOn.size() == m_rows.size(); }

    const Workspace &m_workspace;
    OrderEditor *m_editor = nullptr;
    std::optional<Round> m_round;
    std::vector<Item> m_items;
    std::vector<BuyerBalance> m_rows; // ascending by order id, as the ledger reads them
    QDate m_today;                    // for days overdue; read from the workspace's clock at each load
    // Built on the first search rather than on load: at 100,000 buyers they cost a fifth of a second that
    // the first paint should not wait for. Empty until then.
    mutable std::vector<QString> m_searchKeys;
    // The local date of each confirmation, built on first use like the search keys: a sort by days overdue
    // compares 100,000 rows some two million times, too many for a conversion to local time in each.
    mutable std::vector<QDate> m_confirmedOn;
};

} // namespace gonggu
