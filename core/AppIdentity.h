#pragma once

#include <QCoreApplication>

namespace gonggu {

/** Names both executables share, so that the GUI and the CLI find the same default workspace
 *  (QStandardPaths derives AppDataLocation from them) and report the same version. */
inline void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("gonggu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GONGGU_VERSION));
}

} // namespace gonggu
