#include "RecentWorkspaces.h"

#include "AppSettings.h"
#include "WorkspaceFiles.h"

#include <QFileInfo>

namespace gonggu {

QStringList RecentWorkspaces::paths()
{
    AppSettings settings;
    const QStringList stored = settings.value(settingsKey).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        // A server cannot be asked cheaply whether it is still there: a shared workspace stays until cleared.
        const bool there = WorkspaceFiles::isServerUrl(path) || QFileInfo(path).isFile();
        if (there && !existing.contains(path))
            existing << path;
    }
    // A file moved or deleted elsewhere would only fail when clicked: prune it where it is noticed.
    if (existing != stored)
        settings.setValue(settingsKey, existing);
    return existing.mid(0, maximum);
}

void RecentWorkspaces::add(const QString &path)
{
    const QString canonical = WorkspaceFiles::canonicalPath(path);
    QStringList recent = paths();
    recent.removeAll(canonical);
    recent.prepend(canonical);
    AppSettings().setValue(settingsKey, recent.mid(0, maximum));
}

void RecentWorkspaces::clear()
{
    AppSettings().remove(settingsKey);
}

} // namespace gonggu
