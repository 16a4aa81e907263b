#pragma once

#include "EditCommand.h"
#include "domain/Order.h"

#include <QCoreApplication>

#include <optional>

namespace gonggu {

/** Switches how a buyer receives the goods: by courier (with the shipping fee) or at the meetup. */
class SetDeliveryCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetDeliveryCommand)

public:
    SetDeliveryCommand(WorkspaceSession &session, RoundId roundId, OrderId orderId, Delivery delivery,
                       const QString &buyer);

    void apply() override;
    void revert() override;
    void announce() override;

private:
    RoundId m_roundId;
    OrderId m_orderId;
    Delivery m_delivery;
    std::optional<Order> m_before;
};

} // namespace gonggu
