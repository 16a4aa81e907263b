#include "CoordinatorName.h"

#include "AppSettings.h"
#include "storage/Workspace.h"

namespace gonggu {

QString CoordinatorName::stored()
{
    return AppSettings().value(settingsKey).toString().trimmed();
}

void CoordinatorName::store(const QString &name)
{
    const QString trimmed = name.trimmed();
    AppSettings settings;
    if (trimmed.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, trimmed);
}

void CoordinatorName::applyTo(Workspace &workspace)
{
    workspace.setCoordinator(stored()); // an empty name gives the workspace's default
}

} // namespace gonggu
