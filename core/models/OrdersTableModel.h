#pragma once

#include "services/RoundLedger.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** One round's orders, one row per buyer with what they owe and paid; read-only.
 *  The rows are read once per round, so data() is a vector lookup even at 100,000 buyers. */
class OrdersTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
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
        Delivery
    };
    static constexpr int columns = int(Column::Delivery) + 1;

    enum Role
    {
        // Raw values for sorting: won as qint64, counts as int, statuses by their lifecycle position.
        SortRole = Qt::UserRole,
        OrderIdRole,
        PersonIdRole,
    };

    explicit OrdersTableModel(const Workspace &workspace, QObject *parent = nullptr);

    /** Loads the orders of the round, in the order they came in. */
    void showRound(const Round &round);
    /** Shows no round at all. */
    void clear();
    std::optional<RoundId> roundId() const { return m_roundId; }

    const BuyerBalance &balanceAt(int row) const { return m_rows.at(std::size_t(row)); }
    static bool isNumeric(Column column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QVariant displayValue(const BuyerBalance &row, Column column);
    static QVariant sortValue(const BuyerBalance &row, Column column);

    const Workspace &m_workspace;
    std::optional<RoundId> m_roundId;
    std::vector<BuyerBalance> m_rows;
};

} // namespace gonggu
