#pragma once

#include <QCoreApplication>

#include <functional>

class QMenu;
class QWidget;

namespace gonggu {

/** The file side of workspaces in the GUI: choosing a file to open or create, and the Open Recent menu. */
class WorkspaceFiles
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceFiles)

public:
    /** Asks where to create a new workspace; empty when cancelled. An existing file is refused (with a
     *  message): "creating" it would otherwise either open it or destroy someone's ledger. */
    static QString askNewPath(QWidget *parent, const QString &folder);
    /** Asks which workspace to open; empty when cancelled. */
    static QString askOpenPath(QWidget *parent, const QString &folder);
    /** Fills the menu with the recent workspaces, each calling `open` with its path, and Clear Recent. */
    static void fillRecentMenu(QMenu *menu, const std::function<void(const QString &)> &open);
    /** The path that names the file whichever way it was reached (links, "..", relative); a server URL without
     *  its password. */
    static QString canonicalPath(const QString &path);
    /** The file name with a shortened folder, for menus: "demo.gonggu — ~/공구"; for a shared workspace its
     *  database and server: "gonggu — kim@db.example.org". */
    static QString displayName(const QString &path);
    /** The path as the user reads it: native separators, or a server URL without its password. */
    static QString shownPath(const QString &path);
    /** Where a file dialog starts next to this workspace: its folder, or the home folder for a shared one. */
    static QString folderNear(const QString &path);
    static bool isServerUrl(const QString &path);
};

} // namespace gonggu
