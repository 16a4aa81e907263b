#pragma once

#include <QFile>
#include <QString>

#include <sys/stat.h>

namespace gonggu::test {

/** The permission bits of a file as the kernel has them (QFileInfo mixes in the user's view), or -1. */
inline int fileMode(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

} // namespace gonggu::test
