#pragma once

#include "domain/Item.h"
#include "domain/Statuses.h"
#include "services/RoundLedger.h"

namespace gonggu {

/** Carries out the edits typed into an OrdersTableModel. The model lives in core and cannot make undo
 *  commands; the UI implements this so that every in-place edit becomes one. */
class OrderEditor
{
public:
    virtual ~OrderEditor() = default;

    // Each returns whether the edit was made; a refused edit has been reported to the user and changed
    // nothing. `order` is a copy: the model may replace its row while the edit runs.
    virtual bool setCopies(const BuyerBalance &order, const Item &item, int quantity) = 0;
    virtual bool setStatus(const BuyerBalance &order, OrderStatus status) = 0;
    virtual bool setDelivery(const BuyerBalance &order, Delivery delivery) = 0;
};

} // namespace gonggu
