#include "PaymentsTableModel.h"

#include "DisplayText.h"
#include "SearchFilterModel.h"
#include "storage/LedgerQueries.h"
#include "storage/PaymentRepository.h"
#include "storage/PersonRepository.h"

#include <unordered_map>

namespace gonggu {

static_assert(PaymentsTableModel::SortRole == SearchFilterModel::SortRole);
static_assert(PaymentsTableModel::SearchKeyRole == SearchFilterModel::SearchKeyRole);

PaymentsTableModel::PaymentsTableModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
}

void PaymentsTableModel::showRound(const Round &round)
{
    // Buyers' names come from the round's orders (one query, without their money) rather than one lookup per
    // payment: a round may hold 120,000 payments.
    struct Buyer
    {
        QString name, nickname, phone;
    };
    std::unordered_map<PersonId, Buyer> buyers;
    for (const BuyerLedgerRow &order : LedgerQueries(m_workspace).peopleRows(round.id))
        buyers.emplace(order.personId, Buyer{order.displayName, order.nickname, order.phone});

    std::vector<Row> rows;
    Money total;
    Money unassigned;
    const PersonRepository people(m_workspace);
    for (Payment &payment : PaymentRepository(m_workspace).forRound(round.id)) {
        Row row;
        if (payment.personId) {
            auto buyer = buyers.find(*payment.personId);
            if (buyer == buyers.end()) { // paid, then the order went: still their money
                const std::optional<Person> person = people.find(*payment.personId);
                buyer = buyers
                            .emplace(*payment.personId,
                                     person ? Buyer{person->displayName, person->nickname, person->phone} : Buyer{})
                            .first;
            }
            row.name = buyer->second.name;
            row.nickname = buyer->second.nickname;
            row.searchKey = SearchFilterModel::searchKey(
                {row.name, row.nickname, payment.depositorName, buyer->second.phone, payment.note});
        } else {
            row.searchKey = SearchFilterModel::searchKey({payment.depositorName, payment.note});
            if (!payment.ignored)
                unassigned += payment.amount;
        }
        if (!payment.ignored) // not the round's money
            total += payment.amount;
        row.payment = std::move(payment);
        rows.push_back(std::move(row));
    }

    beginResetModel();
    m_roundId = round.id;
    m_rows = std::move(rows);
    m_total = total;
    m_unassigned = unassigned;
    endResetModel();
}

void PaymentsTableModel::clear()
{
    beginResetModel();
    m_roundId.reset();
    m_rows.clear();
    m_total = Money();
    m_unassigned = Money();
    endResetModel();
}

int PaymentsTableModel::rowOf(PaymentId id) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].payment.id == id)
            return int(row);
    }
    return -1;
}

int PaymentsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant PaymentsTableModel::data(const QModelIndex &index, int role) const
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
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();

    case Qt::ToolTipRole:
        if (column == Column::Source && !row.payment.sourceRef.isEmpty())
            return tr("Statement row %1").arg(row.payment.sourceRef);
        if (column == Column::Note && !row.payment.note.isEmpty())
            return row.payment.note;
        return {};
    case PaymentIdRole:
        return row.payment.id;
    case PersonIdRole:
        return row.payment.personId ? QVariant(*row.payment.personId) : QVariant();
    case SearchKeyRole:
        return row.searchKey;
    default:
        return {};
    }
}

QVariant PaymentsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Date:
        return tr("Date");
    case Column::Name:
        return tr("Name");
    case Column::Nickname:
        return tr("Nickname");
    case Column::Amount:
        return tr("Amount");
    case Column::Depositor:
        return tr("Depositor");
    case Column::Method:
        return tr("Method");
    case Column::Source:
        return tr("Recorded");
    case Column::Note:
        return tr("Note");
    }
    return {};
}

QVariant PaymentsTableModel::displayValue(const Row &row, Column column)
{
    switch (column) {
    case Column::Date:
        return DisplayText::date(row.payment.paidOn);
    case Column::Name:
        if (row.payment.personId)
            return row.name;
        return row.payment.ignored ? tr("Set aside") : tr("Not matched yet");
    case Column::Nickname:
        return row.nickname;
    case Column::Amount:
        return DisplayText::money(row.payment.amount);
    case Column::Depositor:
        return row.payment.depositorName;
    case Column::Method:
        return DisplayText::paymentMethod(row.payment.method);
    case Column::Source:
        return DisplayText::of(row.payment.source);
    case Column::Note:
        return row.payment.note;
    }
    return {};
}

QVariant PaymentsTableModel::sortValue(const Row &row, Column column)
{
    switch (column) {
    case Column::Date:
        return row.payment.paidOn.isValid() ? row.payment.paidOn.toJulianDay() : qint64(0);
    case Column::Amount:
        return row.payment.amount.toWon();
    case Column::Name:
    case Column::Nickname:
    case Column::Depositor:
    case Column::Method:
    case Column::Source:
    case Column::Note:
        return displayValue(row, column);
    }
    return {};
}

} // namespace gonggu
