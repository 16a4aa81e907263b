#include "ChecklistModel.h"

#include "storage/RoundTaskRepository.h"

#include <algorithm>

namespace gonggu {

ChecklistModel::ChecklistModel(const Workspace &workspace, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace)
{
}

void ChecklistModel::showRound(RoundId round)
{
    if (m_round != round) {
        beginResetModel();
        m_round = round;
        m_items.clear();
        endResetModel();
    }
    reload();
}

void ChecklistModel::reload()
{
    if (!m_round)
        return;
    std::vector<ChecklistItem> items = RoundTaskRepository(m_workspace).checklist(*m_round);
    const bool samePlaces = std::equal(items.begin(), items.end(), m_items.begin(), m_items.end(),
                                       [](const ChecklistItem &a, const ChecklistItem &b) { return a.id == b.id; });
    if (!samePlaces) {
        beginResetModel();
        m_items = std::move(items);
        endResetModel();
        return;
    }
    for (std::size_t row = 0; row < items.size(); ++row) {
        if (items[row].text == m_items[row].text && items[row].done == m_items[row].done)
            continue;
        m_items[row] = std::move(items[row]);
        emit dataChanged(index(int(row)), index(int(row)));
    }
}

void ChecklistModel::clear()
{
    beginResetModel();
    m_round.reset();
    m_items.clear();
    endResetModel();
}

int ChecklistModel::rowOf(qint64 id) const
{
    const auto found =
        std::find_if(m_items.begin(), m_items.end(), [id](const ChecklistItem &item) { return item.id == id; });
    return found == m_items.end() ? -1 : int(found - m_items.begin());
}

int ChecklistModel::openCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [](const ChecklistItem &item) { return !item.done; }));
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistItem &item = m_items[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return item.text;
    case Qt::CheckStateRole:
        return item.done ? Qt::Checked : Qt::Unchecked;
    case ItemIdRole:
        return item.id;
    default:
        return {};
    }
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsUserCheckable |
           Qt::ItemNeverHasChildren;
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ChecklistItem &item = m_items[std::size_t(index.row())];
    if (role == Qt::CheckStateRole) {
        const bool done = Qt::CheckState(value.toInt()) == Qt::Checked;
        if (done != item.done)
            emit doneChangeRequested(item.id, done);
    } else if (role == Qt::EditRole) {
        const QString text = value.toString();
        if (text.trimmed() != item.text)
            emit textChangeRequested(item.id, text);
    }
    return false;
}

} // namespace gonggu
