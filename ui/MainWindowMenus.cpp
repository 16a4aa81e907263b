#include "MainWindowMenus.h"

#include "MessagesPage.h"
#include "OrdersPage.h"
#include "PaymentsPage.h"
#include "PeoplePage.h"
#include "ReconciliationPage.h"

#include <QAction>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QRegularExpression>
#include <QToolBar>
#include <QUndoStack>

namespace gonggu {
namespace {

QAction *makeAction(QMainWindow &window, const QString &name, const QString &text, const QString &tip,
                    const QList<QKeySequence> &shortcuts = {})
{
    auto *action = new QAction(text, &window);
    action->setObjectName(name);
    action->setStatusTip(tip);
    action->setShortcuts(shortcuts);
    return action;
}

// A toolbar button reads best without the menu's mnemonic and ellipsis: "New Round", not "New Round…",
// and in Korean "새 공구", not "새 공구(N)…" (QAction's own stripping knows neither "(&N)" nor "…").
QString toolBarLabel(QString text)
{
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\(&[^)]\\)"));
    text.remove(cjkMnemonic);
    text.remove(u'&');
    text.remove(QStringLiteral("…"));
    text.remove(QStringLiteral("..."));
    return text.trimmed();
}

// A page lists its actions (with separators) in menu order; an empty list falls back to the known ones.
QList<QAction *> actionsOf(const QWidget &page, const QList<QAction *> &fallback)
{
    return page.actions().isEmpty() ? fallback : page.actions();
}

} // namespace

WindowActions MainWindowMenus::createActions(QMainWindow &window, QUndoStack &undoStack)
{
    WindowActions actions;
    // Ctrl+Shift+N belongs to People > Add Person; a new workspace is rare enough to need no shortcut.
    actions.newWorkspace = makeAction(window, QStringLiteral("newWorkspaceAction"), tr("&New Workspace…"),
                                      tr("Create an empty workspace file and open it in a new window"));
    actions.openWorkspace = makeAction(window, QStringLiteral("openWorkspaceAction"), tr("&Open Workspace…"),
                                       tr("Open another workspace file in a new window"), {QKeySequence::Open});
    actions.openSharedWorkspace =
        makeAction(window, QStringLiteral("openSharedWorkspaceAction"), tr("Open &Shared Workspace…"),
                   tr("Open a workspace that several coordinators share on a PostgreSQL server"));
    actions.openRecent = new QMenu(tr("Open &Recent"), &window);
    actions.openRecent->setObjectName(QStringLiteral("recentMenu"));
    actions.closeWindow = makeAction(window, QStringLiteral("closeAction"), tr("&Close Window"),
                                     tr("Close this workspace's window"), {QKeySequence::Close});
    actions.quit =
        makeAction(window, QStringLiteral("quitAction"), tr("&Quit"), tr("Close every window"), {QKeySequence::Quit});
    actions.quit->setMenuRole(QAction::QuitRole);

    // Qt's texts read "Undo <command text>" (translated by qtbase), e.g. "Undo Set copies of tini to 2".
    actions.undo = undoStack.createUndoAction(&window);
    actions.undo->setObjectName(QStringLiteral("undoAction"));
    actions.undo->setShortcuts(QKeySequence::Undo);
    actions.redo = undoStack.createRedoAction(&window);
    actions.redo->setObjectName(QStringLiteral("redoAction"));
    // Ctrl+Shift+Z everywhere, whatever the platform's Redo is (Ctrl+Y on some).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(ctrlShiftZ))
        redoKeys.prepend(ctrlShiftZ);
    actions.redo->setShortcuts(redoKeys);
    // The toolbar shows a short, steady label; the menu and the tooltip name the command.
    actions.undo->setIconText(tr("Undo"));
    actions.redo->setIconText(tr("Redo"));

    actions.find = makeAction(window, QStringLiteral("findAction"), tr("&Find"),
                              tr("Search the buyers, payments and people shown"), {QKeySequence::Find});
    actions.changeHistory = makeAction(window, QStringLiteral("changeHistoryAction"), tr("Change &History…"),
                                       tr("List the changes recorded in this workspace: when, by whom, in which round"),
                                       {QKeySequence(Qt::CTRL | Qt::Key_H)});
    actions.preferences = makeAction(window, QStringLiteral("preferencesAction"), tr("&Preferences…"),
                                     tr("Choose the language and the name your changes are recorded under"),
                                     {QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    actions.preferences->setMenuRole(QAction::PreferencesRole);

    actions.newRound = makeAction(window, QStringLiteral("newRoundAction"), tr("&New Round…"),
                                  tr("Start a new group-buy round"), {QKeySequence::New});
    actions.editRound =
        makeAction(window, QStringLiteral("editRoundAction"), tr("&Edit Round…"),
                   tr("Change the selected round's details and items"), {QKeySequence(Qt::CTRL | Qt::Key_E)});
    actions.importApplications = makeAction(
        window, QStringLiteral("importApplicationsAction"), tr("&Import Applications…"),
        tr("Add or update the round's orders from a form's CSV or XLSX export"), {QKeySequence(Qt::CTRL | Qt::Key_I)});
    // Ctrl+E edits the round and Ctrl+P (Ctrl+Shift+P) add a payment (copy the progress post): printing is rare.
    actions.exportDocuments =
        makeAction(window, QStringLiteral("exportAction"), tr("E&xport…"),
                   tr("Save the publisher's order list, the shipping list or the hand-over sheet as CSV, XLSX or PDF"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)});
    actions.printDocuments = makeAction(window, QStringLiteral("printAction"), tr("&Print…"),
                                        tr("Print one of the round's documents, after a preview"));
    actions.importTracking = makeAction(window, QStringLiteral("importTrackingAction"), tr("Import &Tracking Numbers…"),
                                        tr("Bring the courier's tracking numbers back to the round's orders"));

    actions.about = makeAction(window, QStringLiteral("aboutAction"), tr("&About Gonggu"), tr("Show Gonggu's version"));
    actions.about->setMenuRole(QAction::AboutRole);
    actions.aboutQt =
        makeAction(window, QStringLiteral("aboutQtAction"), tr("About &Qt"), tr("Show the Qt version Gonggu runs on"));
    actions.aboutQt->setMenuRole(QAction::AboutQtRole);
    return actions;
}

void MainWindowMenus::buildMenuBar(QMainWindow &window, const WindowActions &actions, const PageSet &pages)
{
    QMenuBar *bar = window.menuBar();
    const auto addMenu = [bar](const QString &name, const QString &title) {
        QMenu *menu = bar->addMenu(title);
        menu->setObjectName(name);
        return menu;
    };

    QMenu *file = addMenu(QStringLiteral("fileMenu"), tr("&File"));
    file->addAction(actions.newWorkspace);
    file->addAction(actions.openWorkspace);
    file->addAction(actions.openSharedWorkspace);
    file->addMenu(actions.openRecent);
    file->addSeparator();
    file->addAction(actions.closeWindow);
    file->addAction(actions.quit);

    QMenu *edit = addMenu(QStringLiteral("editMenu"), tr("&Edit"));
    edit->addAction(actions.undo);
    edit->addAction(actions.redo);
    edit->addSeparator();
    edit->addAction(actions.find);
    edit->addAction(actions.changeHistory);
    edit->addSeparator();
    edit->addAction(actions.preferences);

    QMenu *round = addMenu(QStringLiteral("roundMenu"), tr("&Round"));
    round->addAction(actions.newRound);
    round->addAction(actions.editRound);
    round->addSeparator();
    round->addAction(actions.exportDocuments);
    round->addAction(actions.printDocuments);
    if (pages.messages) {
        round->addSeparator();
        round->addAction(pages.messages->copyProgressPostAction());
    }

    QMenu *orders = addMenu(QStringLiteral("ordersMenu"), tr("&Orders"));
    OrdersPage &o = *pages.orders;
    orders->addActions(actionsOf(o, {o.addBuyerAction(), o.confirmAction(), o.cancelAction(), o.markShippedAction(),
                                     o.markHandedOverAction(), o.unpaidOnlyAction(), o.reconfirmListAction()}));
    orders->addSeparator();
    orders->addAction(actions.importApplications);
    orders->addAction(actions.importTracking);

    QMenu *payments = addMenu(QStringLiteral("paymentsMenu"), tr("&Payments"));
    payments->addActions(actionsOf(*pages.payments, {pages.payments->addPaymentAction()}));
    if (pages.reconciliation) {
        payments->addSeparator();
        payments->addAction(pages.reconciliation->importBankAction());
    }

    QMenu *people = addMenu(QStringLiteral("peopleMenu"), tr("Peop&le"));
    PeoplePage &p = *pages.people;
    people->addActions(actionsOf(p, {p.addPersonAction(), p.editPersonAction(), p.removePersonAction()}));

    QMenu *help = addMenu(QStringLiteral("helpMenu"), tr("&Help"));
    help->addAction(actions.about);
    help->addAction(actions.aboutQt);
}

QToolBar *MainWindowMenus::buildToolBar(QMainWindow &window, const WindowActions &actions, const PageSet &pages,
                                        QLineEdit *search)
{
    QToolBar *toolBar = window.addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar")); // QMainWindow::saveState() needs the name
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The unpaid view is what a coordinator checks daily: one click, and it shows as pressed while on.
    const QList<QAction *> buttons{actions.newRound,
                                   actions.editRound,
                                   nullptr,
                                   actions.undo,
                                   actions.redo,
                                   nullptr,
                                   pages.orders->addBuyerAction(),
                                   pages.payments->addPaymentAction(),
                                   pages.orders->unpaidOnlyAction()};
    for (QAction *action : buttons) {
        if (!action) {
            toolBar->addSeparator();
            continue;
        }
        // Undo and Redo keep their own short labels: their texts name the command.
        if (action != actions.undo && action != actions.redo)
            action->setIconText(toolBarLabel(action->text()));
        toolBar->addAction(action);
    }

    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(search);
    return toolBar;
}

} // namespace gonggu
