#pragma once

#include "EditCommand.h"
#include "domain/Item.h"
#include "domain/Order.h"
#include "domain/Person.h"
#include "domain/Round.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace gonggu {

/** What the Add Buyer dialog asks for: who (someone in the directory, or a new person) and their order. */
struct NewBuyer
{
    struct Copies
    {
        Item item;
        int quantity = 0; // 0: no line for this item
    };

    std::optional<PersonId> existingPerson; // empty: `person` is added to the directory
    Person person;                          // the new person, or the existing one as found (for the text)
    std::vector<Copies> copies;
    OrderStatus status = OrderStatus::Applied;
    Delivery delivery = Delivery::Pickup;
};

/** Adds a buyer to a round: the person (when new), the order and its lines, in one transaction. */
class AddBuyerCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddBuyerCommand)

public:
    AddBuyerCommand(WorkspaceSession &session, const Round &round, NewBuyer buyer);

    void apply() override;
    void revert() override;
    void announce() override;

    OrderId orderId() const { return m_orderId; }
    PersonId personId() const { return m_personId; }

private:
    Round m_round;
    NewBuyer m_buyer;
    OrderId m_orderId = 0;
    PersonId m_personId = 0;
};

} // namespace gonggu
