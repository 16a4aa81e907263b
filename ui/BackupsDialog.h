#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace gonggu {

class Clock;

/** Restore from Backup: the workspace's backups, newest first, with when each was taken, what kind it is, its size
 *  and how many rounds and buyers it holds. Accepts once the user confirmed restoring one of them (or another
 *  file) and it passed its check; also sets how many automatic backups to keep. */
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Taken,
        Kind,
        Size,
        Rounds,
        Buyers,
        ColumnCount
    };

    BackupsDialog(const QString &workspacePath, const Clock &clock, QWidget *parent = nullptr);

    /** The backup to restore, once the dialog was accepted. */
    QString chosenBackup() const { return m_chosen; }
    QTreeWidget *backupList() const { return m_list; }
    void setFolderOpener(std::function<bool(const QString &)> open) { m_openFolder = std::move(open); }

private:
    void fill();
    void restoreSelected();
    void restoreOtherFile();
    /** Asks before restoring; checks the backup; accepts when both went well. */
    void confirmAndAccept(const QString &path, const QString &description);
    void showFolder();

    QString m_workspacePath;
    const Clock &m_clock;
    QTreeWidget *m_list;
    QLabel *m_emptyNote;
    QSpinBox *m_keep;
    QPushButton *m_restoreButton;
    QString m_chosen;
    std::function<bool(const QString &)> m_openFolder;
};

} // namespace gonggu
