#pragma once

#include <QByteArray>
#include <QString>

namespace gonggu {

/** Writes a file for the user that may hold personal data: through QSaveFile (the old file stays whole
 *  on failure) and owner-only (0600) before any byte goes in. InputError for a path that cannot be
 *  written (a folder, a missing folder), StorageError when writing fails underneath. */
void writePrivateFile(const QString &path, const QByteArray &bytes);

} // namespace gonggu
