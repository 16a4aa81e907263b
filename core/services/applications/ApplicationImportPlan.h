#pragma once

#include "ApplicationRow.h"
#include "domain/Person.h"

#include <optional>
#include <vector>

namespace gonggu {

/** What importing one row would do. */
enum class ApplicationAction
{
    NewOrder,
    UpdateOrder,
    Unchanged,
    Superseded
};
QString toKey(ApplicationAction action);

/** One accepted row and what it will do to the directory and the round. */
struct PlannedApplication
{
    ApplicationRow row;
    ApplicationAction action = ApplicationAction::NewOrder;
    std::optional<PersonId> personId; // an existing person; otherwise newPersonIndex
    int newPersonIndex = -1;          // into ApplicationImportPlan::newPeople
    std::optional<OrderId> orderId;   // the existing order an update changes
    QStringList changes;              // "copies 1 → 2", "adds phone 010-…"
    QStringList conflicts;            // details that differ from the directory and are kept as they were
    QString note;                     // why a row changes nothing ("line 9 is a later submission")
};

/** Everything an import would do, computed without writing: shown by --dry-run and the GUI preview,
 *  then applied as a whole. */
struct ApplicationImportPlan
{
    QString encoding;
    int headerLine = 0;
    QStringList unrecognisedColumns;
    std::vector<Person> newPeople;
    std::vector<Person> peopleToFill; // existing people whose empty details the file fills in
    std::vector<PlannedApplication> rows;
    std::vector<RejectedRow> rejected;

    int count(ApplicationAction action) const;
    bool changesSomething() const;
};

} // namespace gonggu
