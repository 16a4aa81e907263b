#include "DepositsTableModel.h"

#include "DisplayText.h"
#include "SearchFilterModel.h"
#include "services/bank/Reconciliation.h"
#include "storage/LedgerQueries.h"
#include "storage/PaymentRepository.h"
#include "storage/PersonRepository.h"

namespace gonggu {

static_assert(DepositsTableModel::SortRole == SearchFilterModel::SortRole);
static_assert(DepositsTableModel::SearchKeyRole == SearchFilterModel::SearchKeyRole);

DepositsTableModel::DepositsTableModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
}

QString DepositsTableModel::buyerLabel(const QString &name, const QString &nickname)
{
    // As the matcher labels its candidates: the nickname the community knows, then the name.
    return nickname.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(nickname, name);
}

QString DepositsTableModel::suggestionText(const DepositMatch &match)
{
    if (match.candidates.empty())
        return {};
    if (!match.split)
        return match.candidates.front().label;
    QStringList labels;
    for (const MatchCandidate &candidate : match.candidates)
        labels << candidate.label;
    return labels.join(QStringLiteral(" + "));
}

void DepositsTableModel::showRound(const Round &round)
{
    m_round = round;
    reload();
}

void DepositsTableModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void DepositsTableModel::clear()
{
    beginResetModel();
    m_round.reset();
    m_rows.clear();
    m_buyerLabels.clear();
    m_total = Money();
    m_roundHasDeposits = false;
    endResetModel();
}

void DepositsTableModel::reload()
{
    if (!m_round)
        return;
    const RoundId roundId = m_round->id;
    QHash<PersonId, QString> labels;
    for (const BuyerLedgerRow &order : LedgerQueries(m_workspace).peopleRows(roundId)) // names, not money
        labels.insert(order.personId, buyerLabel(order.displayName, order.nickname));

    const PaymentRepository payments(m_workspace);
    std::vector<Payment> all = payments.deposits(roundId, PaymentRepository::DepositFilter::All);
    const bool roundHasDeposits = !all.empty();
    std::vector<Row> rows;
    if (m_filter == Filter::ToReview) {
        for (ReviewItem &item : Reconciliation(m_workspace).pending(*m_round))
            rows.push_back({std::move(item.deposit), std::move(item.match), {}, {}});
    } else {
        QHash<PaymentId, DepositMatch> suggestions;
        if (m_filter == Filter::All) {
            for (ReviewItem &item : Reconciliation(m_workspace).pending(*m_round))
                suggestions.insert(item.deposit.id, std::move(item.match));
        }
        std::vector<Payment> listed = m_filter == Filter::Ignored
                                          ? payments.deposits(roundId, PaymentRepository::DepositFilter::Ignored)
                                          : std::move(all);
        for (Payment &deposit : listed) {
            if (m_filter == Filter::Matched && (!deposit.personId || deposit.ignored))
                continue;
            Row row{std::move(deposit), std::nullopt, {}, {}};
            if (const auto suggestion = suggestions.constFind(row.deposit.id); suggestion != suggestions.cend())
                row.match = *suggestion;
            rows.push_back(std::move(row));
        }
    }

    const PersonRepository people(m_workspace);
    Money total;
    for (Row &row : rows) {
        if (row.deposit.personId) {
            auto label = labels.find(*row.deposit.personId);
            if (label == labels.end()) { // paid, then the order went: still their money
                const std::optional<Person> person = people.find(*row.deposit.personId);
                label = labels.insert(*row.deposit.personId,
                                      person ? buyerLabel(person->displayName, person->nickname) : QString());
            }
            row.buyer = *label;
        }
        row.searchKey = SearchFilterModel::searchKey({row.deposit.depositorName, row.deposit.note, row.buyer,
                                                      row.match ? suggestionText(*row.match) : QString()});
        total += row.deposit.amount;
    }

    beginResetModel();
    m_rows = std::move(rows);
    m_buyerLabels = std::move(labels);
    m_total = total;
    m_roundHasDeposits = roundHasDeposits;
    endResetModel();
}

int DepositsTableModel::rowOf(PaymentId id) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].deposit.id == id)
            return int(row);
    }
    return -1;
}

int DepositsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DepositsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant DepositsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case SortRole:
        return sortValue(row, column);
    case Qt::TextAlignmentRole:
        return column == Column::Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (column == Column::Buyer && row.match && !row.match->explanation.isEmpty())
            return row.match->explanation;
        if (column == Column::Memo && !row.deposit.note.isEmpty())
            return row.deposit.note;
        return {};
    case PaymentIdRole:
        return row.deposit.id;
    case SearchKeyRole:
        return row.searchKey;
    default:
        return {};
    }
}

QVariant DepositsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int((Column(section) == Column::Amount ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Date:
        return tr("Date");
    case Column::Depositor:
        return tr("Depositor");
    case Column::Amount:
        return tr("Amount");
    case Column::Memo:
        return tr("Memo");
    case Column::Buyer:
        return tr("Buyer");
    }
    return {};
}

QVariant DepositsTableModel::displayValue(const Row &row, Column column) const
{
    switch (column) {
    case Column::Date:
        return DisplayText::date(row.deposit.paidOn);
    case Column::Depositor:
        return row.deposit.depositorName;
    case Column::Amount:
        return DisplayText::money(row.deposit.amount);
    case Column::Memo:
        return row.deposit.note;
    case Column::Buyer:
        if (row.deposit.ignored)
            return tr("Ignored");
        if (row.deposit.personId)
            return row.buyer;
        if (row.match && !row.match->candidates.empty())
            return tr("Suggested: %1").arg(suggestionText(*row.match));
        return tr("No suggestion");
    }
    return {};
}

QVariant DepositsTableModel::sortValue(const Row &row, Column column) const
{
    switch (column) {
    case Column::Date:
        return row.deposit.paidOn.isValid() ? row.deposit.paidOn.toJulianDay() : qint64(0);
    case Column::Amount:
        return row.deposit.amount.toWon();
    case Column::Depositor:
    case Column::Memo:
    case Column::Buyer:
        return displayValue(row, column);
    }
    return {};
}

} // namespace gonggu
