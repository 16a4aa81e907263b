#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QThread;
class QWidget;

namespace gonggu {

class BackupRotation;
class WorkspaceSession;

/** The backup commands of one window (Back Up Now…, Restore from Backup…, Show Backups Folder) and the rolling
 *  backup taken when the window opens its workspace. The restore itself is the window's to carry out, since it
 *  must close the workspace first: this only asks which backup and says so with restoreRequested(). */
class BackupActions : public QObject
{
    Q_OBJECT

public:
    /** The preference that says how many rolling backups to keep. */
    static inline const QString keepKey = QStringLiteral("backups/keep");
    /** How many rolling backups to keep: the preference, within 1…BackupRotation::maximumKeep; 10 when unset. */
    static int keepCount();
    static void setKeepCount(int keep);

    BackupActions(WorkspaceSession &session, QWidget *window);
    /** Waits for a rolling backup still being written. */
    ~BackupActions() override;

    /** Puts the commands into the menu, in a group of their own before `before`. */
    void addTo(QMenu *menu, QAction *before) const;
    QAction *backUpNowAction() const { return m_backUpNow; }
    QAction *restoreAction() const { return m_restore; }
    QAction *showFolderAction() const { return m_showFolder; }
    bool isTakingRollingBackup() const { return m_rollingBackup != nullptr; }

    /** Replaces the Save dialog of Back Up Now (tests); it gets the suggested path and returns the chosen one. */
    void setSavePathChooser(std::function<QString(const QString &)> choose) { m_chooseSavePath = std::move(choose); }
    /** Replaces opening a folder in the file manager (tests). */
    void setFolderOpener(std::function<bool(const QString &)> open) { m_openFolder = std::move(open); }

    /** Creates the backups folder when missing and opens it with `open` (the file manager), or names it. */
    static void revealFolder(QWidget *parent, const BackupRotation &rotation,
                             const std::function<bool(const QString &)> &open);

public slots:
    void backUpNow();
    void chooseBackupToRestore();
    void showFolder();
    /** Writes a rolling backup into the backups folder and prunes it, on a thread and connection of its own (a
     *  large workspace takes a second or so); says so only when it fails. */
    void takeRollingBackup();

signals:
    /** The user chose and confirmed a backup to restore the workspace from. */
    void restoreRequested(const QString &backupPath);
    void statusMessage(const QString &message);
    void rollingBackupFinished();

private:
    WorkspaceSession &m_session;
    QWidget *m_window;
    QAction *m_backUpNow;
    QAction *m_restore;
    QAction *m_showFolder;
    std::function<QString(const QString &)> m_chooseSavePath;
    std::function<bool(const QString &)> m_openFolder;
    QThread *m_rollingBackup = nullptr;
};

} // namespace gonggu
