#pragma once

#include "SqlStatement.h"

#include <QString>

namespace gonggu {

class Workspace;

/** Saving a row over another coordinator's newer change is refused rather than undoing theirs: each edited row
 *  carries row_version, an UPDATE names the version it was read at and moves it on. */
namespace RowVersion {

/** The words an UPDATE of a versioned row ends with; it binds :id and :version. */
inline const QString condition =
    QStringLiteral(", row_version = row_version + 1 WHERE id = :id AND row_version = :version");

/** Runs the UPDATE (bound but for :id and :version) and returns the row's new version. Throws ConflictError when
 *  the row was changed since `version`, InputError("<what> does not exist") when it is gone. */
qint64 update(SqlStatement &statement, const Workspace &workspace, const QString &table, qint64 id, qint64 version,
              const QString &what);

} // namespace RowVersion
} // namespace gonggu
