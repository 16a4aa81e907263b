#include "ImportBankStatementCommand.h"

#include "WorkspaceSession.h"
#include "services/bank/BankImporter.h"
#include "storage/PaymentRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

namespace gonggu {

ImportBankStatementCommand::ImportBankStatementCommand(WorkspaceSession &session, Round round, BankImportPlan plan)
    : EditCommand(session, tr("Import bank statement: %1 matched, %2 to review")
                               .arg(plan.count(DepositAction::Match))
                               .arg(plan.count(DepositAction::Review))),
      m_round(std::move(round)), m_plan(std::move(plan))
{
    setRound(m_round.id);
}

void ImportBankStatementCommand::apply()
{
    m_created = BankImporter(session().workspace()).apply(m_round, m_plan);
}

void ImportBankStatementCommand::revert()
{
    Workspace &workspace = session().workspace();
    Transaction transaction(workspace);
    PaymentRepository payments(workspace);
    // Parts split off these deposits later are gone already: their split was undone first.
    for (const PaymentId id : m_created)
        payments.remove(id);
    transaction.commit();
    m_created.clear();
}

void ImportBankStatementCommand::announce()
{
    emit session().paymentsChanged(m_round.id);
}

} // namespace gonggu
