#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListView;
class QStackedWidget;

namespace gonggu {

class EmptyWorkspacePage;
class OrdersPage;
class RoundListModel;
class Workspace;
struct RoundSummary;

/** The window of one workspace: its rounds on the left, the selected round's orders on the right. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** Takes the workspace over; it stays open for as long as the window lives. */
    explicit MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString workspacePath() const;

    /** Shows the workspace file in a window of its own (or raises the window already showing it) and
     *  returns that window, which deletes itself on close; tells the user and returns nullptr on failure. */
    MainWindow *openWorkspace(const QString &path);

private:
    void createMenus();
    QWidget *createRoundsPage();
    void showWorkspace();
    void showCurrentRound();
    void showSummary(const RoundSummary &summary);
    void chooseWorkspaceFile();

    std::unique_ptr<Workspace> m_workspace;
    RoundListModel *m_rounds = nullptr;

    QStackedWidget *m_pages = nullptr;
    EmptyWorkspacePage *m_emptyPage = nullptr;
    QWidget *m_roundsPage = nullptr;
    QListView *m_roundList = nullptr;
    QLabel *m_roundTitle = nullptr;
    QLabel *m_roundFacts = nullptr;
    OrdersPage *m_ordersPage = nullptr;
    QLabel *m_summaryLabel = nullptr;
};

} // namespace gonggu
