#include "PeopleTableModel.h"

#include "SearchFilterModel.h"
#include "storage/PersonRepository.h"

namespace gonggu {

static_assert(PeopleTableModel::SortRole == SearchFilterModel::SortRole);
static_assert(PeopleTableModel::SearchKeyRole == SearchFilterModel::SearchKeyRole);

PeopleTableModel::PeopleTableModel(const Workspace &workspace, QObject *parent, Load load)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    if (load == Load::Now)
        reload();
}

void PeopleTableModel::reload()
{
    // Read everything before the reset so that a storage error leaves the model as it was.
    std::vector<Row> rows;
    for (Person &person : PersonRepository(m_workspace).all()) {
        QString key = SearchFilterModel::searchKey(
            {person.displayName, person.nickname, person.realName, person.depositorName, person.phone});
        rows.push_back({std::move(person), std::move(key)});
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PeopleTableModel::rowOf(PersonId id) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].person.id == id)
            return int(row);
    }
    return -1;
}

int PeopleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeopleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant PeopleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return text(row.person, Column(index.column()));
    case Qt::ToolTipRole:
        return Column(index.column()) == Column::Name && !row.person.notes.isEmpty() ? row.person.notes : QVariant();
    case PersonIdRole:
        return row.person.id;
    case SearchKeyRole:
        return row.searchKey;
    default:
        return {};
    }
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Nickname:
        return tr("Nickname");
    case Column::RealName:
        return tr("Real name");
    case Column::Depositor:
        return tr("Depositor");
    case Column::Phone:
        return tr("Phone");
    case Column::Email:
        return tr("Email");
    case Column::Messenger:
        return tr("Messenger");
    }
    return {};
}

QString PeopleTableModel::text(const Person &person, Column column)
{
    switch (column) {
    case Column::Name:
        return person.displayName;
    case Column::Nickname:
        return person.nickname;
    case Column::RealName:
        return person.realName;
    case Column::Depositor:
        return person.depositorName;
    case Column::Phone:
        return person.phone;
    case Column::Email:
        return person.email;
    case Column::Messenger:
        return person.messenger;
    }
    return {};
}

} // namespace gonggu
