#include "WorkspaceFiles.h"

#include "RecentWorkspaces.h"
#include "domain/Errors.h"
#include "storage/WorkspaceLocation.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace gonggu {
namespace {

QString fileFilter()
{
    return WorkspaceFiles::tr("Gonggu workspaces (*.gonggu);;All files (*)");
}

} // namespace

QString WorkspaceFiles::askNewPath(QWidget *parent, const QString &folder)
{
    // Our own check for an existing file below, so the dialog must not offer to "replace" it.
    QString path =
        QFileDialog::getSaveFileName(parent, tr("New Workspace"), QDir(folder).filePath(tr("groupbuy.gonggu")),
                                     fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".gonggu");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(parent, tr("New Workspace"),
                             tr("%1 already exists. Choose another name, or open it with File > Open Workspace.")
                                 .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

QString WorkspaceFiles::askOpenPath(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Workspace"), folder, fileFilter());
}

void WorkspaceFiles::fillRecentMenu(QMenu *menu, const std::function<void(const QString &)> &open)
{
    menu->clear();
    const QStringList paths = RecentWorkspaces::paths();
    for (int i = 0; i < paths.size(); ++i) {
        const QString path = paths.at(i);
        // Numbered mnemonics (&1…&8) so the keyboard reaches each entry.
        QAction *action = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(displayName(path)));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        QObject::connect(action, &QAction::triggered, menu, [open, path] { open(path); });
    }
    if (paths.isEmpty())
        menu->addAction(tr("No recent workspaces"))->setEnabled(false);
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("&Clear Recent"), menu, [] { RecentWorkspaces::clear(); });
    clear->setEnabled(!paths.isEmpty());
}

bool WorkspaceFiles::isServerUrl(const QString &path)
{
    return WorkspaceLocation::looksLikeServerUrl(path);
}

QString WorkspaceFiles::canonicalPath(const QString &path)
{
    if (isServerUrl(path))
        return shownPath(path);
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

QString WorkspaceFiles::shownPath(const QString &path)
{
    if (!isServerUrl(path))
        return QDir::toNativeSeparators(path);
    try {
        return WorkspaceLocation::parse(path).display();
    } catch (const InputError &) {
        return path.section(u'@', -1); // malformed: at least no password
    }
}

QString WorkspaceFiles::folderNear(const QString &path)
{
    return isServerUrl(path) ? QDir::homePath() : QFileInfo(path).absolutePath();
}

QString WorkspaceFiles::displayName(const QString &path)
{
    if (isServerUrl(path)) {
        try {
            const WorkspaceLocation location = WorkspaceLocation::parse(path);
            const QString login =
                location.user().isEmpty() ? location.host() : location.user() + u'@' + location.host();
            return QStringLiteral("%1 — %2").arg(location.database(), login);
        } catch (const InputError &) {
            return shownPath(path);
        }
    }
    const QFileInfo info(path);
    QString folder = QDir::toNativeSeparators(info.absolutePath());
    const QString home = QDir::toNativeSeparators(QDir::homePath());
    if (folder == home || folder.startsWith(home + QDir::separator()))
        folder.replace(0, home.size(), QStringLiteral("~"));
    // Two files of the same name in different folders must stay apart; long folders lose their middle.
    if (folder.size() > 40)
        folder = folder.left(18) + u'…' + folder.right(21);
    return QStringLiteral("%1 — %2").arg(info.fileName(), folder);
}

} // namespace gonggu
