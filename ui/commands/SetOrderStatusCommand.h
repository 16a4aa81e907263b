#pragma once

#include "ChangeOrdersCommand.h"

#include <QCoreApplication>

#include <vector>

namespace gonggu {

/** Moves one or many orders of a round to a status (confirm, cancel…) in one step. */
class SetOrderStatusCommand : public ChangeOrdersCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetOrderStatusCommand)

public:
    /** `buyer` names the buyer when there is one order; several are counted instead. */
    SetOrderStatusCommand(WorkspaceSession &session, RoundId roundId, std::vector<OrderId> orderIds, OrderStatus status,
                          const QString &buyer);

private:
    std::vector<Order> change(const std::vector<OrderId> &orderIds) override;
    static QString describe(OrderStatus status, qsizetype count, const QString &buyer);

    OrderStatus m_status;
};

} // namespace gonggu
