#pragma once

#include "EditCommand.h"
#include "domain/Order.h"

#include <QCoreApplication>

#include <vector>

namespace gonggu {

/** Moves one or many orders of a round to a status (confirm, cancel…) in one step. */
class SetOrderStatusCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetOrderStatusCommand)

public:
    /** `buyer` names the buyer when there is one order; several are counted instead. */
    SetOrderStatusCommand(WorkspaceSession &session, RoundId roundId, std::vector<OrderId> orderIds, OrderStatus status,
                          const QString &buyer);

    void apply() override;
    void revert() override;
    void announce() override;

private:
    static QString describe(OrderStatus status, qsizetype count, const QString &buyer);

    RoundId m_roundId;
    std::vector<OrderId> m_orderIds;
    OrderStatus m_status;
    std::vector<Order> m_before; // as they were, confirmation times included
};

} // namespace gonggu
