#pragma once

#include "EditCommand.h"
#include "domain/Order.h"

#include <QCoreApplication>

#include <vector>

namespace gonggu {

/** Stamps orders as shipped by courier or handed over at the meetup, now. */
class MarkDeliveredCommand : public EditCommand
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

    void apply() override;
    void revert() override;
    void announce() override;

private:
    static QString describe(Kind kind, qsizetype count, const QString &buyer);

    RoundId m_roundId;
    std::vector<OrderId> m_orderIds;
    Kind m_kind;
    std::vector<Order> m_before;
};

} // namespace gonggu
