#pragma once

#include <QStringList>

#include <vector>

namespace gonggu {

/** One schema step: the statements that take a workspace from version `toVersion - 1` to `toVersion`. */
struct MigrationStep
{
    int toVersion;
    QStringList statements;
};

/** Every schema step in order; step N is applied in one transaction together with user_version = N. */
const std::vector<MigrationStep> &migrationSteps();

} // namespace gonggu
