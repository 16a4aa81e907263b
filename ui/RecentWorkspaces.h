#pragma once

#include <QStringList>

namespace gonggu {

/** The workspaces opened lately, newest first, shared by every window through the settings file. */
class RecentWorkspaces
{
public:
    static constexpr int maximum = 8;
    static inline const QString settingsKey = QStringLiteral("recent/workspaces");

    /** The remembered files that still exist; the missing ones are forgotten on the way. */
    static QStringList paths();
    /** Puts the file first (once), dropping the oldest beyond the maximum. */
    static void add(const QString &path);
    static void clear();
};

} // namespace gonggu
