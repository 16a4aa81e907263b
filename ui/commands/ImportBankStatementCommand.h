#pragma once

#include "EditCommand.h"
#include "domain/Round.h"
#include "services/bank/BankImportPlan.h"

#include <QCoreApplication>

#include <vector>

namespace gonggu {

/** Imports a bank statement's deposits into a round as planned; undo removes the payments it created. */
class ImportBankStatementCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportBankStatementCommand)

public:
    ImportBankStatementCommand(WorkspaceSession &session, Round round, BankImportPlan plan);

    /** The payments the last apply() created (their ids change when a redo creates them again). */
    const std::vector<PaymentId> &createdPayments() const { return m_created; }

    void apply() override;
    void revert() override;
    void announce() override;

private:
    Round m_round;
    BankImportPlan m_plan;
    std::vector<PaymentId> m_created;
};

} // namespace gonggu
