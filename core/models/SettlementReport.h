#pragma once

#include "domain/Expense.h"
#include "io/CsvWriter.h"
#include "services/RoundSettlement.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace gonggu {

/** A settlement as people read it: each figure's name and how it is worked out, in the user's language,
 *  and the CSV report that the window and gonggu-cli both write. */
class SettlementReport
{
    Q_DECLARE_TR_FUNCTIONS(SettlementReport)

public:
    /** "Amount due", "Left after settling"… */
    static QString label(SettlementFigure figure);
    /** One line on where the figure comes from, with the settlement's own counts where they help. */
    static QString explanation(SettlementFigure figure, const Settlement &settlement);

    /** The report: the round, every figure with its amount (a number cell) and explanation, then the
     *  expenses behind the spending figures. */
    static CsvWriter csv(const Settlement &settlement, const std::vector<Expense> &expenses, CsvFormat format = {});
    /** Writes csv() to \a path through CsvWriter::writeFile() (same errors, same guarantees). */
    static void writeCsv(const Settlement &settlement, const std::vector<Expense> &expenses, const QString &path,
                         CsvFormat format = {});
};

} // namespace gonggu
