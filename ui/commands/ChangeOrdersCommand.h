#pragma once

#include "EditCommand.h"
#include "domain/Order.h"

#include <vector>

namespace gonggu {

/** Base of the edits that change several orders of a round at once (status, delivery stamps):
 *  undo writes back the orders exactly as they were, and the view refreshes only their rows. */
class ChangeOrdersCommand : public EditCommand
{
public:
    ChangeOrdersCommand(WorkspaceSession &session, const QString &text, RoundId roundId, std::vector<OrderId> orderIds);

    void apply() final;
    void revert() final;
    void announce() final;

protected:
    /** Makes the change and returns the orders as they were before it. */
    virtual std::vector<Order> change(const std::vector<OrderId> &orderIds) = 0;

private:
    RoundId m_roundId;
    std::vector<OrderId> m_orderIds;
    std::vector<Order> m_before;
};

} // namespace gonggu
