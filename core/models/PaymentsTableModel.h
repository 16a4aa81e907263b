#pragma once

#include "domain/Payment.h"
#include "domain/Round.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** One round's payments and refunds, by date, each with the buyer it belongs to; read-only.
 *  Sorting and filtering go through a SearchFilterModel on top. */
class PaymentsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Date,
        Name,
        Nickname,
        Amount,
        Depositor,
        Method,
        Source,
        Note,
    };
    static constexpr int columns = int(Column::Note) + 1;

    enum Role
    {
        SortRole = Qt::UserRole, // won as qint64, dates as Julian days, text as is
        PaymentIdRole = Qt::UserRole + 1,
        PersonIdRole,                      // null for a deposit not matched to anyone yet
        SearchKeyRole = Qt::UserRole + 64, // SearchFilterModel::SearchKeyRole
    };

    explicit PaymentsTableModel(const Workspace &workspace, QObject *parent = nullptr);

    /** Loads the round's payments; throws gonggu::Error when the workspace cannot be read. */
    void showRound(const Round &round);
    /** Shows no round at all. */
    void clear();
    std::optional<RoundId> roundId() const { return m_roundId; }

    const Payment &paymentAt(int row) const { return m_rows.at(std::size_t(row)).payment; }
    /** The row showing the payment, or -1. */
    int rowOf(PaymentId id) const;
    /** Σ of every payment shown (refunds subtract). */
    Money total() const { return m_total; } // everything received, net of refunds; set-aside deposits left out
    Money unassigned() const { return m_unassigned; } // deposits not matched to a buyer yet
    static bool isNumeric(Column column) { return column == Column::Amount || column == Column::Date; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Payment payment;
        QString name; // empty while unmatched
        QString nickname;
        QString searchKey;
    };
    static QVariant displayValue(const Row &row, Column column);
    static QVariant sortValue(const Row &row, Column column);

    const Workspace &m_workspace;
    std::optional<RoundId> m_roundId;
    std::vector<Row> m_rows;
    Money m_total;
    Money m_unassigned;
};

} // namespace gonggu
