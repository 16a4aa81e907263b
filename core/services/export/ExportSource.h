#pragma once

#include "domain/ExportTemplate.h"
#include "domain/Item.h"
#include "domain/Language.h"
#include "domain/PaymentRules.h"
#include "domain/Round.h"
#include "storage/ExportQueries.h"

#include <QDate>
#include <QHash>

#include <vector>

namespace gonggu {

class Workspace;

/** What a round's document is made from, read once: the round, its items and the confirmed orders the kind of
 *  document is about (courier deliveries for the shipping list, pickups for the hand-over sheet), with the orders
 *  that count (every one, or only those paid in full) picked out. The publisher's list of every confirmed order
 *  reads only those it ships to or invoices, and the copies of all of them summed, unless it counts paid orders
 *  only (which takes every order's balance). */
class ExportSource
{
public:
    ExportSource(const Workspace &workspace, const Round &round, ExportKind kind, bool paidOnly);
    ExportSource(const ExportSource &) = delete; // counted() points into the orders it holds
    ExportSource &operator=(const ExportSource &) = delete;

    const Round &round() const { return m_round; }
    const std::vector<Item> &items() const { return m_items; }
    bool paidOnly() const { return m_paidOnly; }
    /** The orders read that count, by order id. */
    const std::vector<const ExportOrderRow *> &counted() const { return m_counted; }
    /** Copies of each item (as items() lists them) over every order that counts, and how many orders and copies. */
    const std::vector<int> &copiesByItem() const { return m_copiesByItem; }
    int orderCount() const { return m_orderCount; }
    int copyCount() const { return m_copyCount; }

    /** The order's lines (item and quantity), by item id. */
    std::pair<const OrderLine *, const OrderLine *> lines(const ExportOrderRow &order) const;
    int copies(const ExportOrderRow &order) const;
    int copiesOf(const ExportOrderRow &order, ItemId item) const;
    /** Goods at the group price, plus the shipping fee for a courier delivery. */
    BuyerMoney money(const ExportOrderRow &order) const;
    Money goods(const ExportOrderRow &order) const;
    const Item *item(ItemId id) const;

    /** "실전 리팩터링 2권, TDD 입문 1권" / "실전 리팩터링 × 2, …". */
    QString itemsText(const ExportOrderRow &order, Language language) const;

private:
    Round m_round;
    bool m_paidOnly;
    std::vector<Item> m_items;
    QHash<ItemId, std::size_t> m_itemIndex;
    ExportOrders m_orders;
    std::vector<const ExportOrderRow *> m_counted;
    std::vector<int> m_copiesByItem;
    int m_orderCount = 0;
    int m_copyCount = 0;
};

/** The name a parcel goes to: the real name, else the name in the directory. */
QString recipientName(const ExportOrderRow &order);

} // namespace gonggu
