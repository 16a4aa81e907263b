#pragma once

#include "WorkspaceCensus.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gonggu {

class Workspace;

/** Copies a whole workspace into another, empty one (a file into a team's server, or into another file) with
 *  every id kept, in one transaction on the target that commits only when the copy counts the same as its
 *  source (WorkspaceCensus). */
class WorkspaceCopy
{
public:
    struct Table
    {
        QString name;
        QStringList selfReferences; // columns naming a row of the same table, set once all its rows are there
    };
    /** Every table of the schema, each after the tables it refers to. A test holds it to the real schema, so
     *  that a table added later cannot be left behind. */
    static const QList<Table> &tables();

    struct Result
    {
        WorkspaceCensus source;
        WorkspaceCensus copy; // as committed: agrees with source
    };

    /** InputError, with nothing written, when the target already holds rows or is the source itself;
     *  StorageError, with everything rolled back, when the copy does not count the same as its source. */
    static Result copy(const Workspace &source, Workspace &target);
};

} // namespace gonggu
