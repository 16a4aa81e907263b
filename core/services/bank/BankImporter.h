#pragma once

#include "BankImportPlan.h"
#include "domain/Round.h"

#include <map>

namespace gonggu {

class Workspace;

/** Brings a bank statement's deposits into a round: exact matches become payments, everything else waits
 *  unassigned for review, and a line already imported (overlapping statements) is never counted twice. */
class BankImporter
{
public:
    explicit BankImporter(Workspace &workspace) : m_workspace(workspace) {}

    /** What importing `sheet` would do; writes nothing. InputError when no statement header is found. */
    BankImportPlan plan(const Round &round, const SheetData &sheet,
                        const std::map<QString, QString> &columnOverrides = {}) const;
    /** Writes the plan's new deposits in one transaction and logs them; returns the payments created. */
    std::vector<PaymentId> apply(const Round &round, const BankImportPlan &plan);

private:
    Workspace &m_workspace;
};

} // namespace gonggu
