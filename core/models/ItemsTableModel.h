#pragma once

#include "domain/Item.h"

#include <QAbstractTableModel>

#include <map>
#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** The items of a round while the round editor is open: an editable draft that checks every cell as it
 *  is typed and writes nothing. The editor saves items() and removedItems() when problems() is empty. */
class ItemsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Name,
        Isbn,
        ListPrice,
        UnitPrice,
        Ordered, // copies already ordered: read-only, and why such an item cannot be removed
    };
    static constexpr int columns = int(Column::Ordered) + 1;

    enum Role
    {
        SortRole = Qt::UserRole,
        ItemIdRole = Qt::UserRole + 1, // 0 for an item added in this draft
        ProblemRole,                   // what is wrong with the cell, empty when nothing
    };

    explicit ItemsTableModel(QObject *parent = nullptr);

    /** Starts the draft from a round's items and how many copies of each are ordered. */
    void load(const std::vector<Item> &items, const std::map<ItemId, int> &orderedCopies = {});
    /** Starts the draft from what the workspace holds for the round. */
    void loadRound(const Workspace &workspace, RoundId round);

    /** Appends an empty row and returns it (for the view to start editing its name). */
    int addItem();
    /** Removes the row unless its item has been ordered; returns why not otherwise (empty on success). */
    QString removeItem(int row);
    /** Why the row cannot be removed, empty when it can. */
    QString removalRefusal(int row) const;

    /** Every problem of the draft, one line each, in row order; empty when it can be saved. */
    QStringList problems() const;
    /** The drafted items (id 0 for new ones), valid when problems() is empty. */
    std::vector<Item> items() const;
    /** Ids of loaded items the user removed. */
    const std::vector<ItemId> &removedItems() const { return m_removed; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /** The problems changed (a cell was edited, a row added or removed). */
    void problemsChanged();

private:
    struct Row
    {
        Item item;             // id, round and max quantity travel unchanged; name and ISBN as typed
        QString listPriceText; // as typed, parsed on demand: a bad amount stays visible until fixed
        QString unitPriceText;
        int ordered = 0;
    };
    QString problem(const Row &row, Column column) const;
    static std::optional<Money> price(const QString &text);
    QVariant displayValue(const Row &row, Column column) const;

    std::vector<Row> m_rows;
    std::vector<ItemId> m_removed;
};

} // namespace gonggu
