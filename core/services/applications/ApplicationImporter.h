#pragma once

#include "ApplicationImportPlan.h"
#include "domain/Round.h"
#include "io/SheetTable.h"

#include <map>

namespace gonggu {

class Workspace;

/** Brings applications from a form or spreadsheet export into a round: matches people against the
 *  directory (phone, email or nickname), creates or updates their orders, and never duplicates —
 *  importing the same file twice changes nothing the second time. */
class ApplicationImporter
{
public:
    explicit ApplicationImporter(Workspace &workspace) : m_workspace(workspace) {}

    /** What importing `sheet` into `round` would do; writes nothing. InputError when no header with a
     *  name/nickname and a copies column is found (the message says how to map one). */
    ApplicationImportPlan plan(const Round &round, const SheetData &sheet,
                               const std::map<QString, QString> &columnOverrides = {}) const;
    /** Writes the plan's accepted rows in one transaction (rejected rows are left out). */
    void apply(const Round &round, const ApplicationImportPlan &plan);

private:
    Workspace &m_workspace;
};

} // namespace gonggu
