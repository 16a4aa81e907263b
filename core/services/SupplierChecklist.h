#pragma once

#include "domain/ChecklistItem.h"
#include "domain/Language.h"
#include "domain/Round.h"
#include "services/RoundLedger.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace gonggu {

class Clock;
class Workspace;

/** Why the round may not be ready to order. */
enum class OrderingWarningKind
{
    OpenChecklistItem, // a supplier question or chore not yet done
    MinimumNotReached  // fewer copies than the supplier's minimum
};

struct OrderingWarning
{
    OrderingWarningKind kind = OrderingWarningKind::OpenChecklistItem;
    QString text;                          // one line in the chosen language
    std::optional<qint64> checklistItemId; // for an open checklist item
};

/** What to look at before the round is marked "ordered". */
struct OrderingCheck
{
    std::vector<OrderingWarning> warnings; // open checklist items first, in checklist order
    int copies = 0;                        // non-cancelled orders
    std::optional<int> minimumQuantity;
    /** When applications have closed and the minimum is not reached: a notice to post to the buyers. */
    QString buyerNotice;

    bool isClear() const { return warnings.empty(); }
    bool minimumReached() const { return !minimumQuantity || copies >= *minimumQuantity; }
};

/** The questions to settle with the supplier (tax invoice, shipping, minimum quantity…) and the check
 *  before ordering. The defaults become ordinary checklist items: the coordinator may edit or delete them. */
class SupplierChecklist
{
public:
    SupplierChecklist(Workspace &workspace, const Clock &clock) : m_workspace(workspace), m_clock(clock) {}

    /** The default questions, in the order they are added. */
    static QStringList defaultQuestions(Language language);
    /** Adds the default questions the round's checklist does not already ask, in either language or in
     *  the coordinator's own words (a "세금계산서" item covers the tax-invoice question). Returns how many
     *  were added; a second call adds none. */
    int addDefaults(const Round &round, Language language);

    std::vector<ChecklistItem> openItems(const Round &round) const;
    OrderingCheck checkBeforeOrdering(const Round &round, Language language,
                                      const RoundSummaryLookup &summaries = {}) const;

private:
    Workspace &m_workspace;
    const Clock &m_clock;
};

} // namespace gonggu
