#pragma once

#include <QString>

namespace gonggu {

class Workspace;

/** The name this computer's coordinator records changes under (Preferences), applied to every workspace the
 *  GUI opens; empty means the workspace's own default (the server login, or the computer's user). */
class CoordinatorName
{
public:
    static inline const QString settingsKey = QStringLiteral("coordinator/name");

    static QString stored();
    static void store(const QString &name);
    /** Gives the workspace the stored name (or back its default when none is stored). */
    static void applyTo(Workspace &workspace);
};

} // namespace gonggu
