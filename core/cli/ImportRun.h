#pragma once

#include "CommandContext.h"
#include "domain/Errors.h"
#include "domain/Round.h"
#include "io/SheetTable.h"

#include <functional>
#include <vector>

namespace gonggu::cli {

/** What every import command does with its plan: write it unless --dry-run was given or rows were rejected
 *  (and --skip-invalid was not), print it, list each rejected row on stderr, and fail with exit 2 when
 *  the rejections refused the file. */
template <typename Importer, typename Plan>
void finishImport(CommandContext &context, Importer &importer, const Round &round, const Plan &plan,
                  const std::function<void(bool written)> &print)
{
    const bool refused = !plan.rejected.empty() && !context.isSet(QStringLiteral("skip-invalid"));
    const bool write = !context.isSet(QStringLiteral("dry-run")) && !refused;
    if (write)
        importer.apply(round, plan);
    print(write);
    for (const RejectedRow &row : plan.rejected)
        context.error(QStringLiteral("line %1: %2").arg(row.line).arg(row.reason));
    if (refused)
        throw InputError(QStringLiteral("%1 row(s) rejected, so nothing was imported; fix them, or import the other "
                                        "rows with --skip-invalid")
                             .arg(plan.rejected.size()));
}

} // namespace gonggu::cli
