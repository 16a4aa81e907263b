#include "BankPlanTableModel.h"

#include "DepositsTableModel.h"
#include "DisplayText.h"

#include <QLocale>

namespace gonggu {

BankPlanTableModel::BankPlanTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void BankPlanTableModel::setPlan(std::optional<BankImportPlan> plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    endResetModel();
}

QString BankPlanTableModel::actionText(DepositAction action)
{
    switch (action) {
    case DepositAction::Match:
        return tr("Matched");
    case DepositAction::Review:
        return tr("To review");
    case DepositAction::AlreadyImported:
        return tr("Already imported");
    }
    return toKey(action);
}

int BankPlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_plan ? 0 : int(m_plan->deposits.size());
}

int BankPlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant BankPlanTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlannedDeposit &deposit = m_plan->deposits[std::size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(deposit, column);
    case SortRole:
        switch (column) {
        case Column::Line:
            return deposit.transaction.line;
        case Column::Date:
            return QDateTime(deposit.transaction.date,
                             deposit.transaction.time.isValid() ? deposit.transaction.time : QTime(0, 0))
                .toSecsSinceEpoch();
        case Column::Amount:
            return deposit.transaction.amount.toWon();
        case Column::Action:
            return int(deposit.action);
        default:
            return displayValue(deposit, column);
        }
    case Qt::TextAlignmentRole:
        return column == Column::Amount || column == Column::Line ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                  : QVariant();
    case Qt::ToolTipRole:
        if (column == Column::Reason || column == Column::Candidate)
            return displayValue(deposit, Column::Reason);
        if (column == Column::Depositor && !deposit.transaction.memo.isEmpty())
            return deposit.transaction.memo;
        return {};
    default:
        return {};
    }
}

QVariant BankPlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Line:
        return tr("Line");
    case Column::Date:
        return tr("Date");
    case Column::Depositor:
        return tr("Depositor");
    case Column::Amount:
        return tr("Amount");
    case Column::Action:
        return tr("Import as");
    case Column::Candidate:
        return tr("Buyer");
    case Column::Reason:
        return tr("Why");
    }
    return {};
}

QVariant BankPlanTableModel::displayValue(const PlannedDeposit &deposit, Column column) const
{
    const BankTransaction &transaction = deposit.transaction;
    switch (column) {
    case Column::Line:
        return transaction.line;
    case Column::Date:
        if (transaction.time.isValid())
            return QStringLiteral("%1 %2").arg(DisplayText::date(transaction.date),
                                               QLocale().toString(transaction.time, QLocale::ShortFormat));
        return DisplayText::date(transaction.date);
    case Column::Depositor:
        return transaction.depositor;
    case Column::Amount:
        return DisplayText::money(transaction.amount);
    case Column::Action:
        return actionText(deposit.action);
    case Column::Candidate:
        return DepositsTableModel::suggestionText(deposit.match);
    case Column::Reason:
        if (deposit.action == DepositAction::AlreadyImported)
            return tr("An earlier statement brought this line in");
        if (!deposit.match.candidates.empty() && !deposit.match.split &&
            !deposit.match.candidates.front().explanation.isEmpty())
            return deposit.match.candidates.front().explanation;
        if (!deposit.match.explanation.isEmpty())
            return deposit.match.explanation;
        return deposit.match.candidates.empty() ? tr("No buyer of the round fits this name or amount") : QString();
    }
    return {};
}

} // namespace gonggu
