#pragma once

#include "domain/Order.h"
#include "domain/Round.h"
#include "io/SheetTable.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace gonggu {

class Workspace;

/** What a tracking number does to its order. */
enum class TrackingAction
{
    Set,       // the order had none
    Replace,   // the order had another one
    Unchanged, // the order already has this one (or an earlier row gave it)
};
QString toKey(TrackingAction action);

/** One row that found its order. */
struct PlannedTracking
{
    int line = 0;
    OrderId orderId = 0;
    QString buyer; // "김민준 (tini)"
    QString trackingNumber;
    QString previous; // the number the order had
    TrackingAction action = TrackingAction::Set;
    QString matchedBy; // "order", "name+phone", "phone" or "name"
};

/** Everything importing tracking numbers would do, computed without writing (shown by --dry-run, applied whole). */
struct TrackingImportPlan
{
    QString encoding;
    int headerLine = 0; // 0: the rows came without a header (pasted "name<TAB>number" lines)
    std::vector<PlannedTracking> rows;
    std::vector<RejectedRow> rejected;

    int count(TrackingAction action) const;
};

/** Brings the tracking numbers (송장번호) of a courier booking back to the round's courier orders, from the
 *  courier's spreadsheet, the shipping list filled in, or lines pasted from either ("name<TAB>number",
 *  "phone<TAB>number"). A row finds its order by the order number when it has one, else by name and phone,
 *  else by a name only one courier order has; rows that find none, or more than one, are rejected with their
 *  line. Masked phones ("010-****-5678") match on the digits shown. */
class TrackingImport
{
    // Why a row is refused, in the reader's language: the GUI installs the translation, the CLI speaks English.
    Q_DECLARE_TR_FUNCTIONS(TrackingImport)

public:
    explicit TrackingImport(Workspace &workspace) : m_workspace(workspace) {}

    /** What importing \a sheet would do; writes nothing. InputError for a sheet with no rows or no column of
     *  tracking numbers. */
    TrackingImportPlan plan(const Round &round, const SheetData &sheet) const;
    /** The same for text pasted from a spreadsheet (tab-separated, with or without a header). */
    TrackingImportPlan planText(const Round &round, const QString &text) const;
    /** Writes the plan's numbers in one transaction; returns the orders as they were, for undo. */
    std::vector<Order> apply(const Round &round, const TrackingImportPlan &plan);

private:
    Workspace &m_workspace;
};

} // namespace gonggu
