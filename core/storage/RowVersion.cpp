#include "RowVersion.h"

#include "Workspace.h"
#include "domain/Errors.h"

#include <QCoreApplication>

namespace gonggu::RowVersion {

qint64 update(SqlStatement &statement, const Workspace &workspace, const QString &table, qint64 id, qint64 version,
              const QString &what)
{
    statement.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":version"), version).exec();
    if (statement.rowsAffected() == 1)
        return version + 1;
    // `table` is one of the repositories' own constants, never user input.
    SqlStatement stored(workspace, QStringLiteral("SELECT row_version FROM %1 WHERE id = :id").arg(table));
    if (stored.bind(QStringLiteral(":id"), id).scalar().isNull())
        throw InputError(QStringLiteral("%1 does not exist").arg(what));
    throw ConflictError(QCoreApplication::translate("Workspace", "%1 was changed by another coordinator after you "
                                                                 "opened it, so your change was not saved: look at "
                                                                 "their version and make yours again")
                            .arg(what));
}

} // namespace gonggu::RowVersion
