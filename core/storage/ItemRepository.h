#pragma once

#include "domain/Item.h"

#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** Reads and writes the items a round sells. */
class ItemRepository
{
public:
    explicit ItemRepository(const Workspace &workspace) : m_workspace(workspace) {}

    /** Adds an item to its round; a name already used in that round is refused (InputError). */
    ItemId add(const Item &item);
    void update(const Item &item);
    /** Deletes an item nobody has ordered; InputError saying how many copies are ordered otherwise. */
    void remove(ItemId id);
    /** Puts an item deleted by remove() back under its old id and in its old place among the round's
     *  items (undoing the removal); InputError when the id or the name is taken. */
    void restore(const Item &item);
    std::optional<Item> find(ItemId id) const;
    std::vector<Item> forRound(RoundId roundId) const; // in the order they were added
    /** An item of the round named by its id or exact name; InputError when there is none. */
    Item resolve(RoundId roundId, const QString &reference) const;

private:
    const Workspace &m_workspace;
};

} // namespace gonggu
