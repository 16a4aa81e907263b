#pragma once

#include <QByteArray>
#include <QString>

namespace gonggu {

/** Reads a file the user chose to import, refusing with a clear reason what cannot be one. */
class InputFile
{
public:
    // Far above any group buy's sheet (100,000 rows of CSV is about 10 MB), and low enough that a wrong
    // file is refused before it fills the memory.
    static constexpr qint64 maxBytes = 200 * 1024 * 1024;

    /** The whole file; throws InputError when it is missing, a folder, unreadable, empty or too large. */
    static QByteArray readAll(const QString &path);

    /** How messages name the file: its name without the folders. */
    static QString displayName(const QString &path);
};

} // namespace gonggu
