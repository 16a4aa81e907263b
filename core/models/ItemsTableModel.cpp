#include "ItemsTableModel.h"

#include "DisplayText.h"
#include "storage/ItemRepository.h"
#include "storage/LedgerQueries.h"

#include <QLocale>

namespace gonggu {

ItemsTableModel::ItemsTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ItemsTableModel::load(const std::vector<Item> &items, const std::map<ItemId, int> &orderedCopies)
{
    beginResetModel();
    m_rows.clear();
    m_removed.clear();
    for (const Item &item : items) {
        const auto ordered = orderedCopies.find(item.id);
        m_rows.push_back({item, item.listPrice.isZero() ? QString() : item.listPrice.toPlainString(),
                          item.unitPrice.toPlainString(), ordered == orderedCopies.end() ? 0 : ordered->second});
    }
    endResetModel();
    emit problemsChanged();
}

void ItemsTableModel::loadRound(const Workspace &workspace, RoundId round)
{
    std::map<ItemId, int> ordered;
    for (const ItemCopies &copies : LedgerQueries(workspace).itemCopies(round))
        ordered[copies.itemId] = copies.copies;
    load(ItemRepository(workspace).forRound(round), ordered);
}

int ItemsTableModel::addItem()
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.push_back({});
    endInsertRows();
    emit problemsChanged();
    return row;
}

QString ItemsTableModel::removalRefusal(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const Row &item = m_rows[std::size_t(row)];
    if (item.ordered == 0)
        return {};
    return tr("%1 cannot be removed: %2 ordered. Change those orders first.")
        .arg(item.item.name, DisplayText::copies(item.ordered));
}

QString ItemsTableModel::removeItem(int row)
{
    if (row < 0 || row >= rowCount())
        return {};
    if (QString refusal = removalRefusal(row); !refusal.isEmpty())
        return refusal;
    beginRemoveRows({}, row, row);
    if (const ItemId id = m_rows[std::size_t(row)].item.id; id != 0)
        m_removed.push_back(id);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    emit problemsChanged();
    return {};
}

std::optional<Money> ItemsTableModel::price(const QString &text)
{
    return text.trimmed().isEmpty() ? std::optional(Money()) : Money::parse(text);
}

QString ItemsTableModel::problem(const Row &row, Column column) const
{
    switch (column) {
    case Column::Name: {
        const QString name = row.item.name.trimmed();
        if (name.isEmpty())
            return tr("Every item needs a name.");
        int sameName = 0;
        for (const Row &other : m_rows)
            sameName += other.item.name.trimmed() == name ? 1 : 0;
        return sameName > 1 ? tr("Two items are named %1; give each its own name.").arg(name) : QString();
    }
    case Column::ListPrice:
    case Column::UnitPrice: {
        const QString &text = column == Column::ListPrice ? row.listPriceText : row.unitPriceText;
        if (column == Column::UnitPrice && text.trimmed().isEmpty())
            return row.item.name.trimmed().isEmpty() ? tr("Enter the group price of each item.")
                                                     : tr("Enter the group price of %1.").arg(row.item.name.trimmed());
        const std::optional<Money> amount = price(text);
        if (!amount)
            return tr("“%1” is not an amount in won (for example 25,200).").arg(text.trimmed());
        if (amount->isNegative())
            return tr("A price cannot be negative.");
        return {};
    }
    case Column::Isbn:
    case Column::Ordered:
        return {};
    }
    return {};
}

QStringList ItemsTableModel::problems() const
{
    QStringList problems;
    for (const Row &row : m_rows) {
        for (const Column column : {Column::Name, Column::ListPrice, Column::UnitPrice}) {
            const QString text = problem(row, column);
            if (!text.isEmpty() && !problems.contains(text))
                problems << text;
        }
    }
    return problems;
}

std::vector<Item> ItemsTableModel::items() const
{
    std::vector<Item> items;
    for (const Row &row : m_rows) {
        Item item = row.item;
        item.name = item.name.trimmed();
        item.isbn = item.isbn.trimmed();
        item.listPrice = price(row.listPriceText).value_or(Money());
        item.unitPrice = price(row.unitPriceText).value_or(Money());
        items.push_back(item);
    }
    return items;
}

int ItemsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ItemsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant ItemsTableModel::displayValue(const Row &row, Column column) const
{
    switch (column) {
    case Column::Name:
        return row.item.name;
    case Column::Isbn:
        return row.item.isbn;
    case Column::ListPrice:
    case Column::UnitPrice: {
        const QString &text = column == Column::ListPrice ? row.listPriceText : row.unitPriceText;
        const std::optional<Money> amount = price(text);
        // A bad amount stays as typed, so the user sees what to fix.
        return amount && !text.trimmed().isEmpty() ? DisplayText::money(*amount) : text;
    }
    case Column::Ordered:
        return row.item.id == 0 ? QString() : QLocale().toString(row.ordered);
    }
    return {};
}

QVariant ItemsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case Qt::EditRole:
        if (column == Column::ListPrice)
            return row.listPriceText;
        if (column == Column::UnitPrice)
            return row.unitPriceText;
        return displayValue(row, column);
    case SortRole:
        if (column == Column::ListPrice || column == Column::UnitPrice)
            return price(column == Column::ListPrice ? row.listPriceText : row.unitPriceText).value_or(Money()).toWon();
        return column == Column::Ordered ? QVariant(row.ordered) : displayValue(row, column);
    case Qt::TextAlignmentRole:
        return column >= Column::ListPrice ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
    case ProblemRole:
        return problem(row, column);
    case ItemIdRole:
        return row.item.id;
    default:
        return {};
    }
}

bool ItemsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[std::size_t(index.row())];
    const QString text = value.toString();
    switch (Column(index.column())) {
    case Column::Name:
        row.item.name = text;
        // A name change can make or end a clash with another row, and price problems quote the name.
        emit dataChanged(this->index(0, 0), this->index(rowCount() - 1, columns - 1));
        emit problemsChanged();
        return true;
    case Column::Isbn:
        row.item.isbn = text;
        break;
    case Column::ListPrice:
        row.listPriceText = text.trimmed();
        break;
    case Column::UnitPrice:
        row.unitPriceText = text.trimmed();
        break;
    case Column::Ordered:
        return false;
    }
    emit dataChanged(index, index);
    emit problemsChanged();
    return true;
}

Qt::ItemFlags ItemsTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && Column(index.column()) != Column::Ordered)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ItemsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Item");
    case Column::Isbn:
        return tr("ISBN / SKU");
    case Column::ListPrice:
        return tr("List price");
    case Column::UnitPrice:
        return tr("Group price");
    case Column::Ordered:
        return tr("Ordered");
    }
    return {};
}

} // namespace gonggu
