#include "RoundCommands.h"

#include "WorkspaceSession.h"
#include "storage/ItemRepository.h"
#include "storage/RoundRepository.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace gonggu {
namespace {

bool sameItem(const Item &a, const Item &b)
{
    return a.id == b.id && a.name == b.name && a.isbn == b.isbn && a.listPrice == b.listPrice &&
           a.unitPrice == b.unitPrice && a.maxQuantity == b.maxQuantity;
}

const Item *findItem(const std::vector<Item> &items, ItemId id)
{
    const auto found = std::find_if(items.begin(), items.end(), [id](const Item &item) { return item.id == id; });
    return found == items.end() ? nullptr : &*found;
}

} // namespace

QString quotedRoundTitle(const QString &title)
{
    return title.startsWith(u'『') ? title : QStringLiteral("『%1』").arg(title);
}

CreateRoundCommand::CreateRoundCommand(WorkspaceSession &session, Round round, std::vector<Item> items)
    : EditCommand(session, tr("Create round %1").arg(quotedRoundTitle(round.title.trimmed()))),
      m_round(std::move(round)), m_items(std::move(items))
{
}

void CreateRoundCommand::apply()
{
    Transaction transaction(session().workspace());
    m_round.id = RoundRepository(session().workspace()).create(m_round);
    for (Item &item : m_items) {
        item.roundId = m_round.id;
        item.id = ItemRepository(session().workspace()).add(item);
    }
    transaction.commit();
}

void CreateRoundCommand::revert()
{
    RoundRepository(session().workspace()).remove(m_round.id); // its items go with it
}

void CreateRoundCommand::announce()
{
    emit session().roundsChanged();
}

EditRoundCommand::EditRoundCommand(WorkspaceSession &session, Round before, Round after, std::vector<Item> itemsBefore,
                                   std::vector<Item> itemsAfter)
    : EditCommand(session, tr("Edit round %1").arg(quotedRoundTitle(after.title.trimmed()))),
      m_before(std::move(before)), m_after(std::move(after)), m_itemsBefore(std::move(itemsBefore)),
      m_itemsAfter(std::move(itemsAfter))
{
    setRound(m_before.id);
    m_after.id = m_before.id;
    m_after.rowVersion = m_before.rowVersion; // the version the edit was made on
    for (Item &item : m_itemsAfter)
        item.roundId = m_before.id;
}

bool EditRoundCommand::changesSomething() const
{
    if (m_before != m_after || m_itemsBefore.size() != m_itemsAfter.size())
        return true;
    for (std::size_t i = 0; i < m_itemsBefore.size(); ++i) {
        if (!sameItem(m_itemsBefore[i], m_itemsAfter[i]))
            return true;
    }
    return false;
}

void EditRoundCommand::apply()
{
    Workspace &workspace = session().workspace();
    ItemRepository items(workspace);
    Transaction transaction(workspace);
    // The other side of the edit names the version this one leaves (see EditPersonCommand).
    const qint64 version = RoundRepository(workspace).update(m_after);
    // Removals first, so that a new item may take the name of one that goes.
    for (const Item &item : m_itemsBefore) {
        if (!findItem(m_itemsAfter, item.id))
            items.remove(item.id);
    }
    m_added.clear();
    for (const Item &item : m_itemsAfter) {
        if (item.id == 0) {
            m_added.push_back(items.add(item));
        } else if (const Item *old = findItem(m_itemsBefore, item.id); old && !sameItem(*old, item)) {
            items.update(item);
        }
    }
    transaction.commit();
    m_before.rowVersion = version;
}

void EditRoundCommand::revert()
{
    Workspace &workspace = session().workspace();
    ItemRepository items(workspace);
    Transaction transaction(workspace);
    // The mirror of apply(): names freed by reverting edits before removed items come back.
    for (const ItemId id : m_added)
        items.remove(id);
    for (const Item &item : m_itemsBefore) {
        if (const Item *edited = findItem(m_itemsAfter, item.id); edited && !sameItem(*edited, item))
            items.update(item);
    }
    for (const Item &item : m_itemsBefore) {
        if (!findItem(m_itemsAfter, item.id))
            items.restore(item);
    }
    const qint64 version = RoundRepository(workspace).update(m_before);
    transaction.commit();
    m_after.rowVersion = version;
}

void EditRoundCommand::announce()
{
    emit session().roundsChanged();
    emit session().roundChanged(m_before.id);
    // Prices and the shipping fee change what every buyer owes.
    emit session().ordersChanged(m_before.id, {});
}

} // namespace gonggu
