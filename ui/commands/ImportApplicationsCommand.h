#pragma once

#include "EditCommand.h"
#include "domain/Order.h"
#include "domain/Round.h"
#include "services/applications/ApplicationImportPlan.h"

#include <QCoreApplication>

#include <vector>

namespace gonggu {

/** Imports applications into a round as planned; undo removes what it created and puts back what it changed. */
class ImportApplicationsCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportApplicationsCommand)

public:
    /** Snapshots the orders and people the plan updates, so that revert() can restore them. */
    ImportApplicationsCommand(WorkspaceSession &session, Round round, ApplicationImportPlan plan);

    void apply() override;
    void revert() override;
    void announce() override;

private:
    struct OrderSnapshot
    {
        Order order;
        std::vector<OrderLine> lines;
    };

    Round m_round;
    ApplicationImportPlan m_plan;
    std::vector<OrderSnapshot> m_updatedOrders; // as they were before the import
    std::vector<Person> m_filledPeople;         // as they were before the import filled in their details
    std::vector<OrderId> m_createdOrders;       // by the last apply()
    std::vector<PersonId> m_createdPeople;      // by the last apply()
};

} // namespace gonggu
