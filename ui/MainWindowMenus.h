#pragma once

#include <QCoreApplication>

class QAction;
class QLineEdit;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoStack;

namespace gonggu {

class MessagesPage;
class OrdersPage;
class PaymentsPage;
class PeoplePage;
class ReconciliationPage;

/** The window's own commands, made once per window; the pages bring their own. */
struct WindowActions
{
    QAction *newWorkspace = nullptr;
    QAction *openWorkspace = nullptr;
    QAction *openSharedWorkspace = nullptr;
    QMenu *openRecent = nullptr;
    QAction *closeWindow = nullptr;
    QAction *quit = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *find = nullptr;
    QAction *changeHistory = nullptr;
    QAction *preferences = nullptr;
    QAction *newRound = nullptr;
    QAction *editRound = nullptr;
    QAction *importApplications = nullptr;
    QAction *exportDocuments = nullptr;
    QAction *printDocuments = nullptr;
    QAction *importTracking = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;
};

/** The pages whose actions the menus and toolbar offer next to the window's own. */
struct PageSet
{
    OrdersPage *orders = nullptr;
    PaymentsPage *payments = nullptr;
    PeoplePage *people = nullptr;
    ReconciliationPage *reconciliation = nullptr;
    MessagesPage *messages = nullptr;
};

/** Makes the window's actions and lays them and the pages' actions out in menus and a toolbar; the window
 *  connects them to what they do. */
class MainWindowMenus
{
    Q_DECLARE_TR_FUNCTIONS(MainWindowMenus)

public:
    static WindowActions createActions(QMainWindow &window, QUndoStack &undoStack);
    static void buildMenuBar(QMainWindow &window, const WindowActions &actions, const PageSet &pages);
    static QToolBar *buildToolBar(QMainWindow &window, const WindowActions &actions, const PageSet &pages,
                                  QLineEdit *search);
};

} // namespace gonggu
