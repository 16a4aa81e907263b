#include "MainWindow.h"

#include "EmptyWorkspacePage.h"
#include "OrdersPage.h"
#include "RoundItemDelegate.h"
#include "domain/Errors.h"
#include "models/DisplayText.h"
#include "models/RoundListModel.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace gonggu {
namespace {

QString canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent)
    : QMainWindow(parent), m_workspace(std::move(workspace))
{
    m_rounds = new RoundListModel(*m_workspace, this);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_emptyPage = new EmptyWorkspacePage(m_pages);
    m_emptyPage->setObjectName(QStringLiteral("emptyWorkspacePage"));
    connect(m_emptyPage, &EmptyWorkspacePage::openWorkspaceRequested, this, &MainWindow::chooseWorkspaceFile);
    m_roundsPage = createRoundsPage();
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_roundsPage);
    setCentralWidget(m_pages);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("roundSummaryLabel"));
    // A permanent label rather than showMessage(): menu status tips would wipe a temporary message.
    statusBar()->addWidget(m_summaryLabel, 1);

    createMenus();
    // Qt appends the application display name ("… — Gonggu") where the platform shows it.
    setWindowTitle(QFileInfo(m_workspace->path()).fileName());
    setWindowFilePath(m_workspace->path());
    resize(1120, 680);
    showWorkspace();
    if (!m_workspace->migrationBackupPath().isEmpty())
        statusBar()->showMessage(tr("The workspace was upgraded; a backup of the old version is at %1")
                                     .arg(QDir::toNativeSeparators(m_workspace->migrationBackupPath())));
}

MainWindow::~MainWindow() = default;

QString MainWindow::workspacePath() const
{
    return m_workspace->path();
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspaceFile);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open another workspace file in a new window"));
    fileMenu->addSeparator();
    QAction *close = fileMenu->addAction(tr("&Close Window"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

QWidget *MainWindow::createRoundsPage()
{
    m_roundList = new QListView;
    m_roundList->setObjectName(QStringLiteral("roundList"));
    m_roundList->setModel(m_rounds);
    m_roundList->setItemDelegate(new RoundItemDelegate(m_roundList));
    m_roundList->setUniformItemSizes(true);
    m_roundList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_roundList->setMinimumWidth(200);
    connect(m_roundList->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showCurrentRound);

    m_roundTitle = new QLabel;
    m_roundTitle->setObjectName(QStringLiteral("roundTitle"));
    m_roundTitle->setTextFormat(Qt::PlainText); // titles are user data, never markup
    QFont titleFont = m_roundTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_roundTitle->setFont(titleFont);
    m_roundFacts = new QLabel;
    m_roundFacts->setTextFormat(Qt::PlainText);
    m_roundFacts->setTextInteractionFlags(Qt::TextSelectableByMouse); // the account number gets copied
    m_roundFacts->setWordWrap(true);

    m_ordersPage = new OrdersPage(*m_workspace);
    m_ordersPage->setObjectName(QStringLiteral("ordersPage"));

    auto *ordersPane = new QWidget;
    auto *ordersLayout = new QVBoxLayout(ordersPane);
    ordersLayout->setContentsMargins(8, 4, 0, 0);
    ordersLayout->addWidget(m_roundTitle);
    ordersLayout->addWidget(m_roundFacts);
    ordersLayout->addWidget(m_ordersPage, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("roundsPage"));
    splitter->addWidget(m_roundList);
    splitter->addWidget(ordersPane);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 860});
    splitter->setChildrenCollapsible(false);
    return splitter;
}

void MainWindow::showWorkspace()
{
    if (m_rounds->rowCount() == 0) {
        m_pages->setCurrentWidget(m_emptyPage);
        m_ordersPage->clear();
        m_summaryLabel->clear();
        return;
    }
    m_pages->setCurrentWidget(m_roundsPage);
    if (!m_roundList->currentIndex().isValid())
        m_roundList->setCurrentIndex(m_rounds->index(0));
}

void MainWindow::showCurrentRound()
{
    const QModelIndex current = m_roundList->currentIndex();
    if (!current.isValid()) {
        m_ordersPage->clear();
        m_roundTitle->clear();
        m_roundFacts->clear();
        m_summaryLabel->clear();
        return;
    }
    const RoundSummary &summary = m_rounds->summaryAt(current.row());
    try {
        m_ordersPage->showRound(summary.round);
    } catch (const Error &error) {
        QMessageBox::critical(this, tr("Cannot show the round"), error.message());
        return;
    }
    m_roundTitle->setText(summary.round.title);
    QStringList facts;
    if (!summary.round.supplier.isEmpty())
        facts << summary.round.supplier;
    facts << DisplayText::of(summary.round.status);
    if (summary.round.closesOn.isValid())
        facts << tr("applications close %1").arg(summary.round.closesOn.toString(Qt::ISODate));
    if (summary.round.paymentDue.isValid())
        facts << tr("payment due %1").arg(summary.round.paymentDue.toString(Qt::ISODate));
    if (!summary.round.bankAccount.isEmpty())
        facts << summary.round.bankAccount;
    m_roundFacts->setText(facts.join(QStringLiteral(" · ")));
    showSummary(summary);
}

void MainWindow::showSummary(const RoundSummary &summary)
{
    QStringList parts{DisplayText::buyers(summary.buyers), DisplayText::copies(summary.copies),
                      tr("%1 outstanding").arg(DisplayText::money(summary.outstanding))};
    // Money the coordinator must act on besides collecting: refunds and deposits nobody is matched to.
    if (!summary.refundDue.isZero())
        parts << tr("%1 to refund").arg(DisplayText::money(summary.refundDue));
    if (!summary.unassigned.isZero())
        parts << tr("%1 in unmatched deposits").arg(DisplayText::money(summary.unassigned));
    m_summaryLabel->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::chooseWorkspaceFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Workspace"), QFileInfo(m_workspace->path()).absolutePath(),
                                     tr("Gonggu workspaces (*.gonggu);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

MainWindow *MainWindow::openWorkspace(const QString &path)
{
    const QString wanted = canonicalPath(path);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (window && canonicalPath(window->workspacePath()) == wanted) {
            window->show();
            window->raise();
            window->activateWindow();
            return window;
        }
    }
    try {
        auto *window = new MainWindow(std::make_unique<Workspace>(path));
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        return window;
    } catch (const Error &error) {
        QMessageBox::critical(this, tr("Cannot open the workspace"), error.message());
        return nullptr;
    }
}

} // namespace gonggu
