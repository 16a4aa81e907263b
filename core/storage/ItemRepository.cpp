#include "ItemRepository.h"

#include "SqlStatement.h"
#include "Workspace.h"
#include "domain/Errors.h"

namespace gonggu {
namespace {

const QString selectColumns =
    QStringLiteral("SELECT id, round_id, name, isbn, list_price, unit_price, max_quantity FROM item ");

Item readItem(const SqlStatement &row)
{
    Item item;
    item.id = row.integer(0);
    item.roundId = row.integer(1);
    item.name = row.text(2);
    item.isbn = row.text(3);
    item.listPrice = Money::won(row.integer(4));
    item.unitPrice = Money::won(row.integer(5));
    if (!row.isNull(6))
        item.maxQuantity = int(row.integer(6));
    return item;
}

void validate(const Item &item)
{
    if (item.name.trimmed().isEmpty())
        throw InputError(QStringLiteral("an item needs a name"));
    if (item.unitPrice.isNegative() || item.listPrice.isNegative())
        throw InputError(QStringLiteral("prices cannot be negative"));
    if (item.maxQuantity && *item.maxQuantity <= 0)
        throw InputError(QStringLiteral("the maximum quantity must be more than zero"));
}

bool nameTaken(const Workspace &workspace, const Item &item)
{
    SqlStatement query(
        workspace, QStringLiteral("SELECT count(*) FROM item WHERE round_id = :round AND name = :name AND id <> :id"));
    query.bind(QStringLiteral(":round"), item.roundId)
        .bind(QStringLiteral(":name"), item.name.trimmed())
        .bind(QStringLiteral(":id"), item.id);
    return query.scalar().toInt() > 0;
}

void bindFields(SqlStatement &statement, const Item &item)
{
    statement.bind(QStringLiteral(":name"), item.name.trimmed())
        .bind(QStringLiteral(":isbn"), item.isbn.trimmed())
        .bind(QStringLiteral(":list"), item.listPrice.toWon())
        .bind(QStringLiteral(":unit"), item.unitPrice.toWon())
        .bind(QStringLiteral(":max"),
              item.maxQuantity ? QVariant(*item.maxQuantity) : QVariant(QMetaType::fromType<int>()));
}

} // namespace

ItemId ItemRepository::add(const Item &item)
{
    validate(item);
    if (nameTaken(m_workspace, item))
        throw InputError(QStringLiteral("this round already has an item named '%1'").arg(item.name.trimmed()));
    SqlStatement insert(m_workspace, QStringLiteral("INSERT INTO item (round_id, name, isbn, list_price, unit_price, "
                                                    "max_quantity) VALUES (:round, :name, :isbn, :list, :unit, :max)"));
    bindFields(insert, item);
    insert.bind(QStringLiteral(":round"), item.roundId);
    return insert.exec().lastInsertId();
}

void ItemRepository::update(const Item &item)
{
    validate(item);
    if (nameTaken(m_workspace, item))
        throw InputError(QStringLiteral("this round already has an item named '%1'").arg(item.name.trimmed()));
    SqlStatement statement(m_workspace,
                           QStringLiteral("UPDATE item SET name = :name, isbn = :isbn, list_price = :list, "
                                          "unit_price = :unit, max_quantity = :max WHERE id = :id"));
    bindFields(statement, item);
    statement.bind(QStringLiteral(":id"), item.id).exec();
}

void ItemRepository::remove(ItemId id)
{
    SqlStatement ordered(m_workspace,
                         QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM order_line WHERE item_id = :id"));
    const qint64 copies = ordered.bind(QStringLiteral(":id"), id).scalar().toLongLong();
    if (copies > 0)
        throw InputError(QStringLiteral("this item cannot be removed: %1 copies of it are ordered").arg(copies));
    SqlStatement statement(m_workspace, QStringLiteral("DELETE FROM item WHERE id = :id"));
    statement.bind(QStringLiteral(":id"), id).exec();
    if (statement.rowsAffected() != 1)
        throw InputError(QStringLiteral("item %1 does not exist").arg(id));
}

void ItemRepository::restore(const Item &item)
{
    validate(item);
    if (find(item.id))
        throw InputError(QStringLiteral("item %1 exists already").arg(item.id));
    if (nameTaken(m_workspace, item))
        throw InputError(QStringLiteral("this round already has an item named '%1'").arg(item.name.trimmed()));
    SqlStatement insert(m_workspace,
                        QStringLiteral("INSERT INTO item (id, round_id, name, isbn, list_price, unit_price, "
                                       "max_quantity) VALUES (:id, :round, :name, :isbn, :list, :unit, :max)"));
    bindFields(insert, item);
    insert.bind(QStringLiteral(":id"), item.id).bind(QStringLiteral(":round"), item.roundId).exec();
}

std::optional<Item> ItemRepository::find(ItemId id) const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return readItem(query);
}

std::vector<Item> ItemRepository::forRound(RoundId roundId) const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("WHERE round_id = :round ORDER BY id"));
    query.bind(QStringLiteral(":round"), roundId).exec();
    std::vector<Item> items;
    while (query.next())
        items.push_back(readItem(query));
    return items;
}

Item ItemRepository::resolve(RoundId roundId, const QString &reference) const
{
    bool isNumber = false;
    const ItemId id = reference.toLongLong(&isNumber);
    if (isNumber) {
        if (auto item = find(id); item && item->roundId == roundId)
            return *item;
    }
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("WHERE round_id = :round AND name = :name"));
    query.bind(QStringLiteral(":round"), roundId).bind(QStringLiteral(":name"), reference.trimmed()).exec();
    if (query.next())
        return readItem(query);
    throw InputError(
        QStringLiteral("round %1 has no item '%2' (give its id or exact name)").arg(roundId).arg(reference));
}

} // namespace gonggu
