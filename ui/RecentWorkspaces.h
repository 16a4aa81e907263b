#pragma once

#include <QStringList>

namespace gonggu {

/** The workspaces opened lately, newest first, shared by every window through the settings file. */
class RecentWorkspaces
{
public:
    static constexpr int maximum = 8;
    static inline const QString settingsKey = QStringLiteral("recent/workspaces");

    /** The remembered files that still exist, and shared workspaces (their URL without the password); the missing
     *  files are forgotten on the way. */
    static QStringList paths();
    /** Puts the file or URL first (once, and never with a password), dropping the oldest beyond the maximum. */
    static void add(const QString &path);
    static void clear();
};

} // namespace gonggu
