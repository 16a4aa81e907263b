#pragma once

#include "ChangeOrdersCommand.h"

#include <QCoreApplication>

#include <vector>

namespace gonggu {

/** Stamps orders as shipped by courier or handed over at the meetup, now. */
class MarkDeliveredCommand : public ChangeOrdersCommand
{
    Q_DECLARE_TR_FUNCTIONS(MarkDeliveredCommand)

public:
    enum class Kind
    {
        Shipped,
        HandedOver
    };

    /** `buyer` names the buyer when there is one order; several are counted instead. */
    MarkDeliveredCommand(WorkspaceSession &session, RoundId roundId, std::vector<OrderId> orderIds, Kind kind,
                         const QString &buyer);

private:
    std::vector<Order> change(const std::vector<OrderId> &orderIds) override;
    static QString describe(Kind kind, qsizetype count, const QString &buyer);

    Kind m_kind;
};

} // namespace gonggu
