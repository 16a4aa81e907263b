#include "BackupActions.h"

#include "AppSettings.h"
#include "BackupsDialog.h"
#include "WorkspaceSession.h"
#include "domain/Clock.h"
#include "domain/Errors.h"
#include "storage/BackupRotation.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace gonggu {

int BackupActions::keepCount()
{
    const int stored = AppSettings().value(keepKey, BackupRotation::defaultKeep).toInt();
    return std::clamp(stored, 1, BackupRotation::maximumKeep);
}

void BackupActions::setKeepCount(int keep)
{
    AppSettings().setValue(keepKey, std::clamp(keep, 1, BackupRotation::maximumKeep));
}

BackupActions::BackupActions(WorkspaceSession &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window), m_backUpNow(new QAction(tr("&Back Up Now…"), this)),
      m_restore(new QAction(tr("R&estore from Backup…"), this)),
      m_showFolder(new QAction(tr("Show Backups &Folder"), this))
{
    m_backUpNow->setObjectName(QStringLiteral("backUpNowAction"));
    m_backUpNow->setStatusTip(tr("Save a copy of the whole workspace to a file you choose"));
    m_restore->setObjectName(QStringLiteral("restoreBackupAction"));
    m_restore->setStatusTip(tr("Put the workspace back as one of its backups holds it"));
    m_showFolder->setObjectName(QStringLiteral("showBackupsFolderAction"));
    m_showFolder->setStatusTip(tr("Open the folder where this workspace's automatic backups are kept"));
    connect(m_backUpNow, &QAction::triggered, this, &BackupActions::backUpNow);
    connect(m_restore, &QAction::triggered, this, &BackupActions::chooseBackupToRestore);
    connect(m_showFolder, &QAction::triggered, this, &BackupActions::showFolder);

    m_chooseSavePath = [window](const QString &suggested) {
        return QFileDialog::getSaveFileName(window, tr("Back Up Now"), suggested,
                                            tr("Gonggu workspaces (*.gonggu);;All files (*)"));
    };
    m_openFolder = [](const QString &folder) { return QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); };

    // A shared workspace has no file here to copy or put back: its server is backed up where it runs.
    if (session.workspace().isShared()) {
        const QString reason = tr("A shared workspace is backed up on its server, by the server's administrator");
        for (QAction *action : {m_backUpNow, m_restore, m_showFolder}) {
            action->setEnabled(false);
            action->setToolTip(reason);
            action->setStatusTip(reason);
        }
    }
}

BackupActions::~BackupActions()
{
    if (m_rollingBackup) {
        m_rollingBackup->wait();
        delete m_rollingBackup;
    }
}

void BackupActions::addTo(QMenu *menu, QAction *before) const
{
    menu->setToolTipsVisible(true); // why the commands are disabled for a shared workspace
    menu->insertAction(before, m_backUpNow);
    menu->insertAction(before, m_restore);
    menu->insertAction(before, m_showFolder);
    menu->insertSeparator(before);
}

void BackupActions::backUpNow()
{
    const Workspace &workspace = m_session.workspace();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    // "공구장부-2026-11-10.gonggu": the date tells the copies apart in a folder of them.
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1-%2.gonggu")
            .arg(QFileInfo(workspace.path()).completeBaseName(),
                 m_session.clock().nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))));
    QString path = m_chooseSavePath(suggested);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".gonggu");
    try {
        workspace.backupTo(path);
        emit statusMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &error) {
        QMessageBox::warning(m_window, tr("Not backed up"), error.message());
    }
}

void BackupActions::chooseBackupToRestore()
{
    BackupsDialog dialog(m_session.workspace().path(), m_session.clock(), m_window);
    dialog.setFolderOpener(m_openFolder);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenBackup().isEmpty())
        emit restoreRequested(dialog.chosenBackup());
}

void BackupActions::showFolder()
{
    revealFolder(m_window, BackupRotation(m_session.workspace().path(), m_session.clock()), m_openFolder);
}

void BackupActions::revealFolder(QWidget *parent, const BackupRotation &rotation,
                                 const std::function<bool(const QString &)> &open)
{
    try {
        rotation.ensureFolder();
    } catch (const Error &error) {
        QMessageBox::warning(parent, tr("Backups Folder"), error.message());
        return;
    }
    // Without a file manager (or a desktop at all) the path is the next best thing.
    if (!open || !open(rotation.folder()))
        QMessageBox::information(
            parent, tr("Backups Folder"),
            tr("This workspace's backups are kept in %1").arg(QDir::toNativeSeparators(rotation.folder())));
}

void BackupActions::takeRollingBackup()
{
    if (m_rollingBackup || m_session.workspace().isShared())
        return; // one is on its way, or the server keeps the backups
    const QString path = m_session.workspace().path();
    const Clock *clock = &m_session.clock();
    const int keep = keepCount();
    auto failure = std::make_shared<QString>();
    // SQLite connections belong to one thread: the copy is read through a connection of the thread's own, beside
    // the window's (write-ahead logging lets the window keep writing meanwhile).
    m_rollingBackup = QThread::create([path, clock, keep, failure] {
        try {
            const Workspace workspace(path, *clock);
            BackupRotation(path, *clock).takeRollingBackup(workspace, keep);
        } catch (const Error &error) {
            *failure = error.message();
        } catch (const std::exception &error) {
            *failure = QString::fromLocal8Bit(error.what());
        }
    });
    connect(m_rollingBackup, &QThread::finished, this, [this, failure] {
        m_rollingBackup->wait(); // finished() comes just before the thread's very end
        delete m_rollingBackup;
        m_rollingBackup = nullptr;
        if (!failure->isEmpty())
            emit statusMessage(tr("The automatic backup failed: %1").arg(*failure));
        emit rollingBackupFinished();
    });
    m_rollingBackup->start(QThread::LowPriority);
}

} // namespace gonggu
