#pragma once

#include "EditCommand.h"
#include "domain/Item.h"
#include "domain/Round.h"

#include <QCoreApplication>

#include <vector>

namespace gonggu {

/** "『title』", or the title as it is when it already opens with a book-title bracket. */
QString quotedRoundTitle(const QString &title);

/** Creates a round with its items in one transaction; undo deletes it again (it has no orders yet). */
class CreateRoundCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateRoundCommand)

public:
    CreateRoundCommand(WorkspaceSession &session, Round round, std::vector<Item> items);

    /** The new round's id; valid once the command has been applied. */
    RoundId roundId() const { return m_round.id; }

    void apply() override;
    void revert() override;
    void announce() override;

private:
    Round m_round;
    std::vector<Item> m_items;
};

/** Changes a round's details and its items (added, edited, removed) in one transaction; undo puts every
 *  field and item back, removed items under their old ids. */
class EditRoundCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditRoundCommand)

public:
    /** `itemsAfter` holds the kept items with their ids and new ones with id 0; loaded items missing from
     *  it are removed. */
    EditRoundCommand(WorkspaceSession &session, Round before, Round after, std::vector<Item> itemsBefore,
                     std::vector<Item> itemsAfter);

    /** Whether the edit changes anything at all (an unchanged dialog pushes no command). */
    bool changesSomething() const;

    void apply() override;
    void revert() override;
    void announce() override;

private:
    Round m_before;
    Round m_after;
    std::vector<Item> m_itemsBefore;
    std::vector<Item> m_itemsAfter;
    std::vector<ItemId> m_added; // ids the last apply() gave the new items
};

} // namespace gonggu
