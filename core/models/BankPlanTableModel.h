#pragma once

#include "services/bank/BankImportPlan.h"

#include <QAbstractTableModel>

#include <optional>

namespace gonggu {

/** The deposits of a bank statement as an import would take them: line, date, depositor, amount, what
 *  happens to each (matched, to review, already imported), the best candidate and why. Read-only. */
class BankPlanTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Line,
        Date,
        Depositor,
        Amount,
        Action,
        Candidate,
        Reason,
    };
    static constexpr int columns = int(Column::Reason) + 1;
    static constexpr int SortRole = Qt::UserRole; // numbers raw, text as shown

    explicit BankPlanTableModel(QObject *parent = nullptr);

    /** Shows the plan's deposits; nullopt shows none. */
    void setPlan(std::optional<BankImportPlan> plan);
    const std::optional<BankImportPlan> &plan() const { return m_plan; }

    /** "Matched", "To review", "Already imported". */
    static QString actionText(DepositAction action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const PlannedDeposit &deposit, Column column) const;

    std::optional<BankImportPlan> m_plan;
};

} // namespace gonggu
