#pragma once

class QTableView;

namespace gonggu {

/** Gives a read-only list table (people, payments) the look and behaviour they share: whole-row
 *  selection, fixed row heights (cheap scrolling at 100,000 rows), sortable columns whose third click
 *  returns to the model's own order. */
void setUpRecordTable(QTableView *table);

} // namespace gonggu
