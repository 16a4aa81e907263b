#pragma once

#include "MainWindowMenus.h"

#include <QHash>
#include <QWidget>

class QTabWidget;

namespace gonggu {

class RoundHeader;
class DashboardPage;
class SettlementPage;
class TodoPage;
class WorkspaceSession;
struct Round;

/** The right side of the window: the selected round's header over tabs for its orders and payments and
 *  for the people directory, with the search text routed to whichever table is showing. Only the tab in front
 *  reads the round when it is chosen; each of the others reads it when it is first shown. */
class RoundPane : public QWidget
{
    Q_OBJECT

public:
    explicit RoundPane(WorkspaceSession &session, QWidget *parent = nullptr);

    const PageSet &pages() const { return m_pages; }
    QTabWidget *tabs() const { return m_tabs; }
    SettlementPage *settlementPage() const { return m_settlement; }
    TodoPage *todoPage() const { return m_todo; }
    DashboardPage *dashboardPage() const { return m_dashboard; }

    /** Shows the round in the header and its pages (the hidden ones read it when shown); reports a storage error
     *  through the session. */
    void showRound(const Round &round);
    /** Updates the header only (the pages follow the session's signals themselves). */
    void updateHeader(const Round &round);
    void clear();

    /** Filters the showing table now and the others when they are shown. */
    void setFilterText(const QString &text);

    /** Table header states (widths, order, sorting) under "orders/header", "payments/header",
     *  "deposits/header", "people/header". */
    void saveTables() const;
    void restoreTables();

private:
    void applyFilter();
    /** Puts the orders table's saved state back once the tab has read its round, if restoreTables() had to wait. */
    void restoreOrdersTableOnceRead();

    WorkspaceSession &m_session;
    PageSet m_pages;
    RoundHeader *m_header;
    SettlementPage *m_settlement;
    TodoPage *m_todo;
    DashboardPage *m_dashboard;
    QTabWidget *m_tabs;
    QString m_filterText;
    QHash<QWidget *, QString> m_filterApplied; // the text each tab was last filtered by
    bool m_showingRound = false;
    bool m_restoreOrdersWhenRead = false; // the orders table's saved state waits for the round's item columns
};

} // namespace gonggu
