#include "TrackingCommands.h"

#include "WorkspaceSession.h"

#include <QLocale>

namespace gonggu {

ImportTrackingCommand::ImportTrackingCommand(WorkspaceSession &session, Round round, TrackingImportPlan plan)
    : ChangeOrdersCommand(session, describe(changedOrders(plan).size()), round.id, changedOrders(plan)),
      m_round(std::move(round)), m_plan(std::move(plan))
{
}

QString ImportTrackingCommand::describe(std::size_t count)
{
    return count == 1 ? tr("Import 1 tracking number")
                      : tr("Import %1 tracking numbers").arg(QLocale().toString(qulonglong(count)));
}

std::vector<OrderId> ImportTrackingCommand::changedOrders(const TrackingImportPlan &plan)
{
    std::vector<OrderId> ids;
    for (const PlannedTracking &row : plan.rows) {
        if (row.action != TrackingAction::Unchanged)
            ids.push_back(row.orderId);
    }
    return ids;
}

std::vector<Order> ImportTrackingCommand::change(const std::vector<OrderId> &)
{
    // The plan says which order gets which number; ChangeOrdersCommand restores what this returns on undo.
    return TrackingImport(session().workspace()).apply(m_round, m_plan);
}

} // namespace gonggu
