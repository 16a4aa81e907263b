#pragma once

#include "MainWindowMenus.h"
#include "domain/Clock.h"
#include "domain/Ids.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QMessageBox;
class QSplitter;
class QStackedWidget;

namespace gonggu {

class BackupActions;
class ChangeHistoryDialog;
class ReminderBanner;
class ReminderNotifier;
class RoundPane;
class RoundSidebar;
class Workspace;
class WorkspaceLock;
class WorkspaceSession;

/** The window of one workspace: its rounds on the left; the selected round's orders and payments, and
 *  the people directory, in tabs on the right; undo, search and the round's totals around them. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** Takes the workspace over; it stays open for as long as the window lives. */
    explicit MainWindow(std::unique_ptr<Workspace> workspace, const Clock &clock = SystemClock::instance(),
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    QString workspacePath() const;
    WorkspaceSession &session() { return *m_session; }
    const WindowActions &windowActions() const { return m_actions; }
    RoundPane *roundPane() const { return m_roundPane; }
    RoundSidebar *sidebar() const { return m_sidebar; }
    ReminderBanner *reminderBanner() const { return m_reminderBanner; }
    ReminderNotifier *reminderNotifier() const { return m_reminderNotifier; }

    /** How often every window looks whether its workspace was changed elsewhere (gonggu-cli, another
     *  coordinator); a shared workspace's server also says so at once. */
    static constexpr int outsideChangePollMilliseconds = 3000;

    /** Shows the workspace file in a window of its own (or raises the window already showing it) and
     *  returns that window, which deletes itself on close; tells the user and returns nullptr on failure. */
    MainWindow *openWorkspace(const QString &path);

    /** Opens the workspace file in a new window (shown, deleting itself on close) once it holds the file's lock
     *  (a shared workspace on a server takes no lock and no backups: its server has them; its password is asked
     *  for when needed),
     *  and (with `backUpIfChanged`) backs the file up once the window is up when it changed since its newest
     *  backup. nullptr when refused, with the reason in `refusal`: the file is no workspace this version opens,
     *  or another Gonggu window has it open. A lock this process already holds (across a restore) is handed over
     *  in `lock`. */
    static MainWindow *open(const QString &path, const Clock &clock, QString *refusal,
                            std::shared_ptr<WorkspaceLock> lock = nullptr, bool backUpIfChanged = true);
    /** Says why the file was not opened and offers to open another: the path chosen, or empty. At start-up the
     *  other choice reads Quit. */
    static QString offerAnotherWorkspace(QWidget *parent, const QString &path, const QString &refusal, bool atStartUp);
    BackupActions *backupActions() const { return m_backups; }

public slots:
    void newRound();
    void editRound();
    void importApplications();
    void exportRound();
    void printRound();
    void importTracking();
    void newWorkspace();
    void chooseWorkspaceFile();
    /** File > Open Shared Workspace…: asks for the server URL and opens it. */
    void chooseSharedWorkspace();
    /** Edit > Change History…: the recorded changes, in a window beside this one. */
    void showChangeHistory();
    void showPreferences();
    void showAbout();
    void focusSearch();
    /** Opens the round's To Do tab (from a reminder's notice). */
    void showToDo(gonggu::RoundId round);
    /** Closes this window, puts the workspace back as the backup holds it, and opens it again in a new window
     *  (the old workspace, unchanged, when the restore is refused). */
    void restoreFrom(const QString &backupPath);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void buildSearchAndBars();
    void connectActions();
    void addBackupActions();
    void restoreState();
    void saveState() const;

    void showWorkspace();
    void showCurrentRound();
    void updateCurrentRound();
    void showSummary();
    void showVisibleRows(int shown, int total);
    void showError(const QString &message);
    void showChangedElsewhere(const QString &coordinator);
    /** The window title and, for a shared workspace, the coordinator's name in the status bar. */
    void showWorkspaceIdentity();
    void fillRecentMenu();
    /** The rest of restoreFrom(), once the window (and with it the workspace's connection) is gone. */
    static void restoreAndReopen(const QString &path, const QString &backupPath, const Clock &clock,
                                 std::shared_ptr<WorkspaceLock> lock, bool quitOnLastWindowClosed);

    // Declared first so that it is let go last, once the workspace is closed.
    std::shared_ptr<WorkspaceLock> m_lock;
    std::unique_ptr<WorkspaceSession> m_session;
    WindowActions m_actions;
    BackupActions *m_backups = nullptr;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_welcomePage = nullptr;
    QSplitter *m_roundsPage = nullptr;
    RoundSidebar *m_sidebar = nullptr;
    RoundPane *m_roundPane = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_visibleRowsLabel = nullptr;
    QLabel *m_coordinatorLabel = nullptr;
    QPointer<ChangeHistoryDialog> m_changeHistory;
    ReminderBanner *m_reminderBanner = nullptr;
    ReminderNotifier *m_reminderNotifier = nullptr;
    QPointer<QMessageBox> m_errorBox;
};

} // namespace gonggu
