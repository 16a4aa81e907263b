#include "RoundPane.h"

#include "DashboardPage.h"
#include "MessagesPage.h"
#include "OrdersPage.h"
#include "PaymentsPage.h"
#include "PeoplePage.h"
#include "ReconciliationPage.h"
#include "RoundHeader.h"
#include "SettlementPage.h"
#include "TodoPage.h"
#include "WindowState.h"
#include "WorkspaceSession.h"
#include "domain/Errors.h"

#include <QAction>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gonggu {

RoundPane::RoundPane(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_header(new RoundHeader(this)), m_settlement(new SettlementPage(session)),
      m_tabs(new QTabWidget(this))
{
    m_pages.orders = new OrdersPage(session);
    m_pages.orders->setObjectName(QStringLiteral("ordersPage"));
    m_pages.payments = new PaymentsPage(session);
    m_pages.payments->setObjectName(QStringLiteral("paymentsPage"));
    m_pages.reconciliation = new ReconciliationPage(session);
    m_pages.reconciliation->setObjectName(QStringLiteral("reconciliationPage"));
    m_settlement->setObjectName(QStringLiteral("settlementPage"));
    m_pages.messages = new MessagesPage(session);
    m_pages.messages->setObjectName(QStringLiteral("messagesPage"));
    m_todo = new TodoPage(session);
    m_todo->setObjectName(QStringLiteral("todoPage"));
    m_dashboard = new DashboardPage(session);
    m_dashboard->setObjectName(QStringLiteral("dashboardPage"));
    m_pages.people = new PeoplePage(session);
    m_pages.people->setObjectName(QStringLiteral("peoplePage"));

    m_tabs->setObjectName(QStringLiteral("roundTabs"));
    m_tabs->setDocumentMode(true);
    // No mnemonics: Alt+O, Alt+P and Alt+L open the menus of the same names (Ctrl+Tab switches tabs).
    m_tabs->addTab(m_pages.orders, tr("Orders"));
    m_tabs->addTab(m_pages.payments, tr("Payments"));
    m_tabs->addTab(m_pages.reconciliation, tr("Reconciliation"));
    m_tabs->addTab(m_settlement, tr("Settlement"));
    m_tabs->addTab(m_pages.messages, tr("Messages"));
    m_tabs->addTab(m_todo, m_todo->tabTitle()); // "To Do (3)": what is due and not yet settled
    connect(m_todo, &TodoPage::tabTitleChanged, this,
            [this](const QString &title) { m_tabs->setTabText(m_tabs->indexOf(m_todo), title); });
    connect(m_todo, &TodoPage::unpaidListRequested, this, [this] {
        m_pages.orders->unpaidOnlyAction()->setChecked(true);
        m_tabs->setCurrentWidget(m_pages.orders);
    });
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    // The directory is not per round; it comes last so that the round's own tabs come first.
    m_tabs->addTab(m_pages.people, tr("People"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_header->setVisible(m_tabs->currentWidget() != m_pages.people);
        restoreOrdersTableOnceRead();
        applyFilter();
    });

    // A page's command used from the menu or by its shortcut brings that page to the front.
    const auto showOnTrigger = [this](const QList<QAction *> &actions, QWidget *page) {
        for (QAction *action : actions)
            connect(action, &QAction::triggered, this, [this, page] { m_tabs->setCurrentWidget(page); });
    };
    const OrdersPage &orders = *m_pages.orders;
    showOnTrigger({orders.addBuyerAction(), orders.confirmAction(), orders.cancelAction(), orders.markShippedAction(),
                   orders.markHandedOverAction(), orders.unpaidOnlyAction()},
                  m_pages.orders);
    showOnTrigger({m_pages.payments->addPaymentAction()}, m_pages.payments);
    showOnTrigger({m_pages.reconciliation->importBankAction()}, m_pages.reconciliation);
    showOnTrigger({m_pages.people->addPersonAction()}, m_pages.people);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
}

void RoundPane::showRound(const Round &round)
{
    m_showingRound = true;
    m_header->showRound(round);
    try {
        m_pages.orders->showRound(round);
        m_pages.payments->showRound(round);
        m_pages.reconciliation->showRound(round);
        m_settlement->showRound(round);
        m_pages.messages->showRound(round);
        m_todo->showRound(round);
        m_dashboard->showRound(round);
    } catch (const Error &error) {
        m_session.reportError(error.message());
    }
}

void RoundPane::updateHeader(const Round &round)
{
    m_header->showRound(round);
}

void RoundPane::clear()
{
    m_showingRound = false;
    m_header->clear();
    m_pages.orders->clear();
    m_pages.payments->clear();
    m_pages.reconciliation->clear();
    m_settlement->clear();
    m_pages.messages->clear();
    m_todo->clear();
    m_dashboard->clear();
}

void RoundPane::setFilterText(const QString &text)
{
    m_filterText = text;
    applyFilter();
}

void RoundPane::applyFilter()
{
    // Only the showing table filters at each keystroke (each may hold 100,000 rows); the others catch up
    // when their tab is chosen.
    QWidget *page = m_tabs->currentWidget();
    const auto applied = m_filterApplied.constFind(page);
    if (applied != m_filterApplied.cend() && *applied == m_filterText)
        return;
    m_filterApplied.insert(page, m_filterText);
    if (page == m_pages.orders)
        m_pages.orders->setFilterText(m_filterText);
    else if (page == m_pages.payments)
        m_pages.payments->setFilterText(m_filterText);
    else if (page == m_pages.reconciliation)
        m_pages.reconciliation->setFilterText(m_filterText);
    else if (page == m_pages.people)
        m_pages.people->setFilterText(m_filterText);
}

void RoundPane::saveTables() const
{
    // Without a round the tables show only their fixed columns: saving those would lose the item
    // columns' widths the user set in a real round. So does a round not read yet (its tab never shown).
    if (m_showingRound) {
        if (!m_pages.orders->isReadPending() && !m_restoreOrdersWhenRead)
            WindowState::saveTable(QStringLiteral("orders"), *m_pages.orders->table());
        WindowState::saveTable(QStringLiteral("payments"), *m_pages.payments->table());
        WindowState::saveTable(QStringLiteral("deposits"), *m_pages.reconciliation->table());
    }
    WindowState::saveTable(QStringLiteral("people"), *m_pages.people->table());
}

void RoundPane::restoreTables()
{
    // The orders table's columns are the round's items: its state fits only once the round is read. In front,
    // the tab reads it now rather than when the window shows; behind another tab, when it is first chosen.
    if (m_tabs->currentWidget() == m_pages.orders)
        m_pages.orders->readNow();
    m_restoreOrdersWhenRead = m_pages.orders->isReadPending();
    if (!m_restoreOrdersWhenRead)
        WindowState::restoreTable(QStringLiteral("orders"), *m_pages.orders->table());
    WindowState::restoreTable(QStringLiteral("payments"), *m_pages.payments->table());
    WindowState::restoreTable(QStringLiteral("deposits"), *m_pages.reconciliation->table());
    WindowState::restoreTable(QStringLiteral("people"), *m_pages.people->table());
}

void RoundPane::restoreOrdersTableOnceRead()
{
    if (!m_restoreOrdersWhenRead || m_pages.orders->isReadPending())
        return;
    m_restoreOrdersWhenRead = false;
    WindowState::restoreTable(QStringLiteral("orders"), *m_pages.orders->table());
}

} // namespace gonggu
