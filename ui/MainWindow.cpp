#include "MainWindow.h"

#include "BackupActions.h"
#include "ChangeHistoryDialog.h"
#include "CoordinatorName.h"
#include "ExportDialog.h"
#include "ImportApplicationsDialog.h"
#include "OrdersPage.h"
#include "RecentWorkspaces.h"
#include "ReminderBanner.h"
#include "ReminderNotifier.h"
#include "RoundEditorDialog.h"
#include "RoundPane.h"
#include "RoundSidebar.h"
#include "SettingsDialog.h"
#include "SharedWorkspaceDialog.h"
#include "TodoPage.h"
#include "TrackingImportDialog.h"
#include "WelcomePage.h"
#include "WindowState.h"
#include "WorkspaceFiles.h"
#include "WorkspaceOpener.h"
#include "WorkspaceSession.h"
#include "domain/Errors.h"
#include "models/DisplayText.h"
#include "models/RoundListModel.h"
#include "storage/BackupRestore.h"
#include "storage/BackupRotation.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceLocation.h"
#include "storage/WorkspaceLock.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace gonggu {

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_session(std::make_unique<WorkspaceSession>(std::move(workspace), clock))
{
    m_actions = MainWindowMenus::createActions(*this, *m_session->undoStack());
    buildPages();
    buildSearchAndBars();
    connectActions();
    addBackupActions();
    showWorkspaceIdentity();
    restoreState();
    if (!m_session->workspace().migrationBackupPath().isEmpty())
        statusBar()->showMessage(tr("The workspace was upgraded; a backup of the old version is at %1")
                                     .arg(QDir::toNativeSeparators(m_session->workspace().migrationBackupPath())));
}

// The pages refer to the session: take them down while it is still there.
MainWindow::~MainWindow()
{
    delete takeCentralWidget();
}

QString MainWindow::workspacePath() const
{
    return m_session->workspace().path();
}

void MainWindow::buildPages()
{
    auto *welcome = new WelcomePage;
    welcome->setObjectName(QStringLiteral("welcomePage"));
    connect(welcome, &WelcomePage::newRoundRequested, this, &MainWindow::newRound);
    connect(welcome, &WelcomePage::openDemoRequested, this, &MainWindow::openWorkspace);
    connect(welcome, &WelcomePage::openWorkspaceRequested, this, &MainWindow::chooseWorkspaceFile);
    m_welcomePage = welcome;

    m_sidebar = new RoundSidebar(*m_session);
    m_sidebar->setRoundActions(m_actions.newRound, m_actions.editRound);
    m_roundPane = new RoundPane(*m_session);
    m_roundsPage = new QSplitter(Qt::Horizontal);
    m_roundsPage->setObjectName(QStringLiteral("roundsPage"));
    m_roundsPage->addWidget(m_sidebar);
    m_roundsPage->addWidget(m_roundPane);
    m_roundsPage->setStretchFactor(1, 1);
    m_roundsPage->setSizes({260, 900});
    m_roundsPage->setChildrenCollapsible(false);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_welcomePage);
    m_pages->addWidget(m_roundsPage);

    // Reminders that come due tell of themselves in a bar over the pages when there is no system tray.
    m_reminderBanner = new ReminderBanner;
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_reminderBanner);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::buildSearchAndBars()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Search names, nicknames, phones (%1)").arg(m_actions.find->shortcut().toString(QKeySequence::NativeText)));
    m_search->setMinimumWidth(200);
    m_search->setMaximumWidth(320);
    MainWindowMenus::buildMenuBar(*this, m_actions, m_roundPane->pages());
    MainWindowMenus::buildToolBar(*this, m_actions, m_roundPane->pages(), m_search);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("roundSummaryLabel"));
    // Labels rather than showMessage(): menu status tips would wipe a temporary message.
    statusBar()->addWidget(m_summaryLabel, 1);
    m_visibleRowsLabel = new QLabel(this);
    m_visibleRowsLabel->setObjectName(QStringLiteral("visibleRowsLabel"));
    statusBar()->addPermanentWidget(m_visibleRowsLabel);
    m_coordinatorLabel = new QLabel(this);
    m_coordinatorLabel->setObjectName(QStringLiteral("coordinatorLabel"));
    m_coordinatorLabel->setToolTip(
        tr("Your changes to this shared workspace are recorded under this name (Preferences)"));
    statusBar()->addPermanentWidget(m_coordinatorLabel);
}

void MainWindow::showWorkspaceIdentity()
{
    const Workspace &workspace = m_session->workspace();
    // Qt appends the application display name ("… — Gonggu") where the platform shows it.
    if (workspace.isShared()) {
        const WorkspaceLocation location = WorkspaceLocation::parse(workspace.path());
        setWindowTitle(
            tr("%1 on %2").arg(location.database(), location.host().isEmpty() ? tr("this computer") : location.host()));
        setWindowFilePath(QString()); // no file to show in the title bar's menu
        m_coordinatorLabel->setText(tr("Shared · %1").arg(workspace.coordinator()));
    } else {
        setWindowTitle(QFileInfo(workspacePath()).fileName());
        setWindowFilePath(workspacePath());
    }
    m_coordinatorLabel->setVisible(workspace.isShared());
}

void MainWindow::connectActions()
{
    connect(m_actions.newWorkspace, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m_actions.openWorkspace, &QAction::triggered, this, &MainWindow::chooseWorkspaceFile);
    connect(m_actions.openSharedWorkspace, &QAction::triggered, this, &MainWindow::chooseSharedWorkspace);
    connect(m_actions.changeHistory, &QAction::triggered, this, &MainWindow::showChangeHistory);
    connect(m_actions.openRecent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(m_actions.closeWindow, &QAction::triggered, this, &QWidget::close);
    connect(m_actions.quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_actions.find, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(m_actions.preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_actions.newRound, &QAction::triggered, this, &MainWindow::newRound);
    connect(m_actions.editRound, &QAction::triggered, this, &MainWindow::editRound);
    connect(m_actions.importApplications, &QAction::triggered, this, &MainWindow::importApplications);
    connect(m_actions.exportDocuments, &QAction::triggered, this, &MainWindow::exportRound);
    connect(m_actions.printDocuments, &QAction::triggered, this, &MainWindow::printRound);
    connect(m_actions.importTracking, &QAction::triggered, this, &MainWindow::importTracking);
    connect(m_actions.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_sidebar, &RoundSidebar::currentRoundChanged, this, &MainWindow::showCurrentRound);
    connect(m_sidebar, &RoundSidebar::currentRoundUpdated, this, &MainWindow::updateCurrentRound);
    connect(m_sidebar, &RoundSidebar::roundCountChanged, this, &MainWindow::showWorkspace);
    // textChanged rather than textEdited or returnPressed: Hangul typed through an input method
    // arrives syllable by syllable, and clearing with the clear button must show every row again.
    connect(m_search, &QLineEdit::textChanged, m_roundPane, &RoundPane::setFilterText);
    connect(m_roundPane->tabs(), &QTabWidget::currentChanged, this, [this] {
        m_visibleRowsLabel->setVisible(m_roundPane->tabs()->currentWidget() == m_roundPane->pages().orders);
    });
    connect(m_roundPane->pages().orders, &OrdersPage::visibleRowsChanged, this, &MainWindow::showVisibleRows);

    // The pages follow the session's change signals themselves; the window only reports refusals.
    connect(m_session.get(), &WorkspaceSession::errorOccurred, this, &MainWindow::showError);
    // Others' changes (another coordinator, gonggu-cli) reload every page; the window says whose they were.
    m_session->startWatching(outsideChangePollMilliseconds);
    connect(m_session.get(), &WorkspaceSession::changedElsewhere, this, &MainWindow::showChangedElsewhere);

    m_reminderNotifier = new ReminderNotifier(*m_session, m_reminderBanner, this);
    connect(m_reminderNotifier, &ReminderNotifier::showRequested, this, &MainWindow::showToDo);
    // The first look once the window is up, so that it does not hold up the first paint; none for a window closed
    // before then (it is on its way out, and what it refers to may be too).
    QTimer::singleShot(0, m_reminderNotifier, [this] {
        if (isVisible())
            m_reminderNotifier->checkNow();
    });
}

void MainWindow::addBackupActions()
{
    m_backups = new BackupActions(*m_session, this);
    // File > Back Up Now…, Restore from Backup…, Show Backups Folder, in a group before Close Window.
    if (auto *file = menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu")))
        m_backups->addTo(file, m_actions.closeWindow);
    connect(m_backups, &BackupActions::restoreRequested, this, &MainWindow::restoreFrom);
    connect(m_backups, &BackupActions::statusMessage, statusBar(),
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
}

void MainWindow::showWorkspace()
{
    const bool empty = m_sidebar->model()->rowCount() == 0;
    m_pages->setCurrentWidget(empty ? m_welcomePage : static_cast<QWidget *>(m_roundsPage));
    m_search->setEnabled(!empty);
    m_actions.find->setEnabled(!empty);
    if (!empty)
        m_sidebar->ensureSelection();
    m_actions.editRound->setEnabled(m_sidebar->currentRound().has_value());
    m_actions.importApplications->setEnabled(m_sidebar->currentRound().has_value());
    for (QAction *action : {m_actions.exportDocuments, m_actions.printDocuments, m_actions.importTracking})
        action->setEnabled(m_sidebar->currentRound().has_value());
}

void MainWindow::showCurrentRound()
{
    if (const RoundSummary *summary = m_sidebar->currentSummary())
        m_roundPane->showRound(summary->round);
    else
        m_roundPane->clear();
    showSummary();
    m_actions.editRound->setEnabled(m_sidebar->currentRound().has_value());
    m_actions.importApplications->setEnabled(m_sidebar->currentRound().has_value());
    for (QAction *action : {m_actions.exportDocuments, m_actions.printDocuments, m_actions.importTracking})
        action->setEnabled(m_sidebar->currentRound().has_value());
}

void MainWindow::updateCurrentRound()
{
    if (const RoundSummary *summary = m_sidebar->currentSummary())
        m_roundPane->updateHeader(summary->round);
    showSummary();
}

void MainWindow::showSummary()
{
    const RoundSummary *summary = m_sidebar->currentSummary();
    if (!summary) {
        m_summaryLabel->clear();
        return;
    }
    QStringList parts{DisplayText::buyers(summary->buyers), DisplayText::copies(summary->copies),
                      tr("%1 outstanding").arg(DisplayText::money(summary->outstanding))};
    // Money the coordinator must act on besides collecting: refunds and deposits nobody is matched to.
    if (!summary->refundDue.isZero())
        parts << tr("%1 to refund").arg(DisplayText::money(summary->refundDue));
    if (!summary->unassigned.isZero())
        parts << tr("%1 in unmatched deposits").arg(DisplayText::money(summary->unassigned));
    m_summaryLabel->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::showVisibleRows(int shown, int total)
{
    m_visibleRowsLabel->setText(shown == total ? QString()
                                               : tr("%L1 of %Ln buyer(s) shown", nullptr, total).arg(shown));
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::showToDo(RoundId round)
{
    m_sidebar->selectRound(round);
    if (m_sidebar->currentRound() == round) {
        m_roundPane->tabs()->setCurrentWidget(m_roundPane->todoPage());
        m_roundPane->todoPage()->setFocus(); // the banner's Show button, which had it, is gone
    }
    show();
    raise();
    activateWindow();
}

void MainWindow::showError(const QString &message)
{
    // Window-modal but not blocking: the edit was refused, nothing changed, and the user reads why.
    if (m_errorBox) {
        m_errorBox->setText(m_errorBox->text() + u'\n' + message);
        return;
    }
    m_errorBox = new QMessageBox(QMessageBox::Warning, tr("Not changed"), message, QMessageBox::Ok, this);
    m_errorBox->setObjectName(QStringLiteral("errorBox"));
    m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox->open();
}

void MainWindow::showChangedElsewhere(const QString &coordinator)
{
    statusBar()->showMessage(coordinator.isEmpty() ? tr("The workspace was changed elsewhere; shown as it is now")
                                                   : tr("%1 changed the workspace").arg(coordinator),
                             15000);
}

void MainWindow::newRound()
{
    RoundId created = 0;
    if (!RoundEditorDialog::createRound(*m_session, this, &created))
        return;
    showWorkspace();
    m_sidebar->selectRound(created);
    m_roundPane->tabs()->setCurrentWidget(m_roundPane->pages().orders);
}

void MainWindow::editRound()
{
    if (const std::optional<RoundId> round = m_sidebar->currentRound())
        RoundEditorDialog::editRound(*m_session, *round, this);
}

void MainWindow::importApplications()
{
    if (const RoundSummary *summary = m_sidebar->currentSummary()) {
        ImportApplicationsDialog dialog(*m_session, summary->round, this);
        dialog.exec();
    }
}

void MainWindow::exportRound()
{
    if (const RoundSummary *summary = m_sidebar->currentSummary()) {
        ExportDialog dialog(*m_session, summary->round, this);
        dialog.exec();
    }
}

void MainWindow::printRound()
{
    if (const RoundSummary *summary = m_sidebar->currentSummary()) {
        ExportDialog dialog(*m_session, summary->round, this);
        dialog.preferPrinting();
        dialog.exec();
    }
}

void MainWindow::importTracking()
{
    if (const RoundSummary *summary = m_sidebar->currentSummary()) {
        TrackingImportDialog dialog(*m_session, summary->round, this);
        dialog.exec();
    }
}

void MainWindow::newWorkspace()
{
    const QString path = WorkspaceFiles::askNewPath(this, WorkspaceFiles::folderNear(workspacePath()));
    if (!path.isEmpty())
        openWorkspace(path); // opening a file that does not exist creates it (mode 0600)
}

void MainWindow::chooseWorkspaceFile()
{
    const QString path = WorkspaceFiles::askOpenPath(this, WorkspaceFiles::folderNear(workspacePath()));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::chooseSharedWorkspace()
{
    const QString url = SharedWorkspaceDialog::ask(this);
    if (!url.isEmpty())
        openWorkspace(url);
}

void MainWindow::showChangeHistory()
{
    if (!m_changeHistory) {
        m_changeHistory = new ChangeHistoryDialog(*m_session, this);
        m_changeHistory->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_changeHistory->show();
    m_changeHistory->raise();
    m_changeHistory->activateWindow();
}

void MainWindow::fillRecentMenu()
{
    WorkspaceFiles::fillRecentMenu(m_actions.openRecent, [this](const QString &path) { openWorkspace(path); });
}

MainWindow *MainWindow::openWorkspace(const QString &path)
{
    const QString wanted = WorkspaceFiles::canonicalPath(path);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (window && WorkspaceFiles::canonicalPath(window->workspacePath()) == wanted) {
            window->show();
            window->raise();
            window->activateWindow();
            return window;
        }
    }
    QString refusal;
    if (MainWindow *window = open(path, m_session->clock(), &refusal))
        return window;
    const QString other = offerAnotherWorkspace(this, path, refusal, false);
    return other.isEmpty() ? nullptr : openWorkspace(other);
}

MainWindow *MainWindow::open(const QString &path, const Clock &clock, QString *refusal,
                             std::shared_ptr<WorkspaceLock> lock, bool backUpIfChanged)
{
    try {
        // Several coordinators at once is the point of a shared workspace: no lock, and its server keeps the backups.
        const bool shared = WorkspaceLocation::parse(path).isServer();
        if (!lock && !shared) {
            lock = std::make_shared<WorkspaceLock>(path);
            if (!lock->tryLock()) {
                const std::optional<WorkspaceLock::Holder> holder = lock->holder();
                *refusal = tr("This workspace is open in another Gonggu window (process %1 on %2). Close that "
                              "window first, or open another workspace.")
                               .arg(holder ? QString::number(holder->pid) : QStringLiteral("?"),
                                    holder ? holder->host : QStringLiteral("?"));
                return nullptr;
            }
        }
        // Asked before the workspace opens: an open connection touches the file's write-ahead log.
        const bool backupDue = backUpIfChanged && !shared && BackupRotation(path, clock).changedSinceNewestBackup();
        auto *window = new MainWindow(WorkspaceOpener::open(path, clock, QApplication::activeWindow()), clock);
        window->m_lock = std::move(lock);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        // Only a window opening the file backs it up: the command line's runs are many and short, and it has
        // `gonggu-cli backup` for a scheduled copy. Once the window is up, so that the copy does not hold up
        // its first paint; not for a window already closed again.
        if (backupDue) {
            QTimer::singleShot(0, window->m_backups, [window] {
                if (window->isVisible())
                    window->m_backups->takeRollingBackup();
            });
        }
        return window;
    } catch (const Error &error) {
        *refusal = error.message();
        return nullptr;
    }
}

QString MainWindow::offerAnotherWorkspace(QWidget *parent, const QString &path, const QString &refusal, bool atStartUp)
{
    QMessageBox box(QMessageBox::Warning, tr("Cannot open the workspace"), WorkspaceFiles::shownPath(path),
                    atStartUp ? QMessageBox::NoButton : QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("openRefusedBox"));
    box.setInformativeText(refusal);
    QPushButton *another = box.addButton(tr("Open Another Workspace…"), QMessageBox::AcceptRole);
    another->setObjectName(QStringLiteral("openAnotherButton"));
    if (atStartUp)
        box.addButton(tr("Quit"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("quitButton"));
    box.setDefaultButton(another);
    box.exec();
    if (box.clickedButton() != another)
        return {};
    return WorkspaceFiles::askOpenPath(parent, WorkspaceFiles::folderNear(path));
}

void MainWindow::restoreFrom(const QString &backupPath)
{
    // SQLite's file must not be swapped under an open connection, so this window goes first; it hands its lock
    // on, so that no other window takes the file meanwhile. The last window closing must not end the app here.
    const bool quitOnLastWindowClosed = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    const QString path = workspacePath();
    const Clock *clock = &m_session->clock();
    std::shared_ptr<WorkspaceLock> lock = std::move(m_lock);
    connect(this, &QObject::destroyed, qApp, [path, backupPath, clock, lock, quitOnLastWindowClosed] {
        // Posted, so that it runs once the window is wholly gone rather than inside its destructor.
        QTimer::singleShot(0, qApp, [path, backupPath, clock, lock, quitOnLastWindowClosed] {
            restoreAndReopen(path, backupPath, *clock, lock, quitOnLastWindowClosed);
        });
    });
    close();
}

void MainWindow::restoreAndReopen(const QString &path, const QString &backupPath, const Clock &clock,
                                  std::shared_ptr<WorkspaceLock> lock, bool quitOnLastWindowClosed)
{
    QString notice;
    try {
        const BackupRestore::Outcome outcome = BackupRestore::restore(path, backupPath, clock);
        notice = tr("Restored from %1. The workspace as it was is kept as the backup %2.")
                     .arg(QFileInfo(backupPath).fileName(), QFileInfo(outcome.beforeRestorePath).fileName());
    } catch (const Error &error) {
        QMessageBox::warning(nullptr, tr("Not Restored"),
                             tr("The workspace was not restored and is unchanged.\n\n%1").arg(error.message()));
    }
    QString refusal;
    // What was restored is a backup already: no need to copy it again.
    MainWindow *window = open(path, clock, &refusal, std::move(lock), false);
    if (window && !notice.isEmpty())
        window->statusBar()->showMessage(notice);
    if (!window)
        QMessageBox::critical(nullptr, tr("Cannot open the workspace"),
                              QStringLiteral("%1\n\n%2").arg(QDir::toNativeSeparators(path), refusal));
    QGuiApplication::setQuitOnLastWindowClosed(quitOnLastWindowClosed);
    const QWidgetList shown = QApplication::topLevelWidgets();
    const bool anyWindow = std::any_of(shown.begin(), shown.end(), [](const QWidget *widget) {
        return qobject_cast<const MainWindow *>(widget) && widget->isVisible();
    });
    if (!anyWindow && quitOnLastWindowClosed)
        QCoreApplication::quit();
}

void MainWindow::showPreferences()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The coordinator's name applies at once, to every open window's workspace.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(widget)) {
            CoordinatorName::applyTo(window->m_session->workspace());
            window->showWorkspaceIdentity();
        }
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Gonggu"),
        tr("<h3>Gonggu %1</h3><p>Keeps a community group buy in order: rounds, buyers, copies, "
           "payments and refunds, with undo for every edit.</p><p>Workspace: %2</p>")
            .arg(QCoreApplication::applicationVersion(), QDir::toNativeSeparators(workspacePath()).toHtmlEscaped()));
}

void MainWindow::restoreState()
{
    if (!WindowState::restoreWindow(*this, *m_roundsPage))
        resize(1180, 720);
    RecentWorkspaces::add(workspacePath());
    // The round last shown first, so that a large round is not loaded only to be replaced at once.
    if (const std::optional<RoundId> round = WindowState::savedRound(workspacePath()))
        m_sidebar->selectRound(*round);
    showWorkspace(); // the first round when none was remembered
    m_roundPane->tabs()->setCurrentIndex(WindowState::savedTab(workspacePath()));
    m_roundPane->restoreTables(); // after a round is shown, so that the tables have their columns
}

void MainWindow::saveState() const
{
    WindowState::saveWindow(*this, *m_roundsPage);
    m_roundPane->saveTables();
    WindowState::saveSelection(workspacePath(), m_sidebar->currentRound(), m_roundPane->tabs()->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace gonggu
