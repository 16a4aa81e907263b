#pragma once

#include "ChangeOrdersCommand.h"
#include "domain/Round.h"
#include "services/tracking/TrackingImport.h"

#include <QCoreApplication>

namespace gonggu {

/** Writes the tracking numbers (송장번호) an import planned into the round's courier orders; undo puts the
 *  orders back as they were. */
class ImportTrackingCommand : public ChangeOrdersCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportTrackingCommand)

public:
    ImportTrackingCommand(WorkspaceSession &session, Round round, TrackingImportPlan plan);

    /** The orders the plan gives a number they do not have yet. */
    static std::vector<OrderId> changedOrders(const TrackingImportPlan &plan);

private:
    static QString describe(std::size_t count);
    std::vector<Order> change(const std::vector<OrderId> &orderIds) override;

    Round m_round;
    TrackingImportPlan m_plan;
};

} // namespace gonggu
