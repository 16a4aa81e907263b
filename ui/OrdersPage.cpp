#include "OrdersPage.h"

#include "AddBuyerDialog.h"
#include "DeferredReload.h"
#include "EmptyTableHint.h"
#include "OrdersColumnWidths.h"
#include "OrdersDelegate.h"
#include "OrdersEditor.h"
#include "OrdersProxyModel.h"
#include "UnpaidSortBar.h"
#include "WorkspaceSession.h"
#include "domain/Errors.h"
#include "models/DisplayText.h"
#include "models/OrdersTableModel.h"
#include "storage/RoundRepository.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace gonggu {

OrdersPage::OrdersPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_orders(new OrdersTableModel(session.workspace(), this)),
      m_editor(std::make_unique<OrdersEditor>(session, *m_orders)), m_proxy(new OrdersProxyModel(m_orders, this)),
      m_table(new QTableView(this)), m_reload(new DeferredReload(*this, session, [this] { readRound(); }))
{
    m_orders->setEditor(m_editor.get());
    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new OrdersDelegate(*m_orders, m_table));
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Typing a number on a copies cell starts editing it: entering orders from a chat log is mostly that.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed, uniform row heights keep scrolling through 100,000 rows cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    // The last column is Overdue, a short number: stretched across the rest of the table it would sit far
    // from the buyer it is about.
    header->setStretchLastSection(false);
    header->setSortIndicatorClearable(true); // a third click goes back to the order buyers applied in
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    OrdersColumnWidths::fit(*m_table, *m_orders);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &OrdersPage::showContextMenu);

    m_emptyHint = new EmptyTableHint(m_table);
    m_unpaidSort = new UnpaidSortBar(*m_table, *m_orders, this);
    m_unpaidSort->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_unpaidSort);
    layout->addWidget(m_table);

    createActions();
    connectSession();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrdersPage::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &OrdersPage::updateRowCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OrdersPage::updateRowCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &OrdersPage::updateRowCounts);
    updateActions();
    updateRowCounts();
}

OrdersPage::~OrdersPage()
{
    // The model refers to the editor: detach it before the editor goes (the model is a child, deleted later).
    m_orders->setEditor(nullptr);
}

void OrdersPage::createActions()
{
    const auto make = [this](const QString &name, const QString &text, const QKeySequence &shortcut,
                             const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        return action;
    };
    m_addBuyer = make(QStringLiteral("addBuyerAction"), tr("Add &Buyer…"), QKeySequence(Qt::CTRL | Qt::Key_B),
                      tr("Add a buyer to this round, from the directory or new"));
    m_confirm = make(QStringLiteral("confirmOrdersAction"), tr("&Confirm Orders"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), tr("Confirm the selected orders"));
    m_cancel =
        make(QStringLiteral("cancelOrdersAction"), tr("Ca&ncel Orders"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
             tr("Cancel the selected orders; they stay listed and owe nothing"));
    m_markShipped =
        make(QStringLiteral("markShippedAction"), tr("Mark &Shipped"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
             tr("Stamp the selected courier orders as shipped today"));
    m_markHandedOver = make(QStringLiteral("markHandedOverAction"), tr("Mark &Handed Over"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                            tr("Stamp the selected meetup orders as handed over today"));
    m_unpaidOnly = make(QStringLiteral("unpaidOnlyAction"), tr("&Unpaid Only"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), tr("Show only the buyers who still owe money"));
    m_unpaidOnly->setCheckable(true);
    m_reconfirmList = make(QStringLiteral("reconfirmListAction"), tr("&Re-confirmation List"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                           tr("Show only those who said they were interested; confirm or cancel each of them"));
    m_reconfirmList->setCheckable(true);

    connect(m_addBuyer, &QAction::triggered, this, &OrdersPage::addBuyer);
    connect(m_confirm, &QAction::triggered, this,
            [this] { m_editor->setStatuses(selectedOrders(), OrderStatus::Confirmed); });
    connect(m_cancel, &QAction::triggered, this,
            [this] { m_editor->setStatuses(selectedOrders(), OrderStatus::Cancelled); });
    connect(m_markShipped, &QAction::triggered, this, [this] { m_editor->markDelivered(selectedOrders(), true); });
    connect(m_markHandedOver, &QAction::triggered, this, [this] { m_editor->markDelivered(selectedOrders(), false); });
    connect(m_unpaidOnly, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_reconfirmList->setChecked(false); // one view at a time: both at once would show nobody
        m_proxy->setUnpaidOnly(on);
        m_unpaidSort->setVisible(on);
        if (on)
            m_unpaidSort->enter();
        else
            m_unpaidSort->leave();
        updateRowCounts();
    });
    connect(m_reconfirmList, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_unpaidOnly->setChecked(false);
        m_proxy->setInterestedOnly(on);
        updateRowCounts();
    });

    // On the page too, so that the shortcuts work wherever the window puts (or does not put) the actions.
    const auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        return action;
    };
    addActions({m_addBuyer, separator(), m_confirm, m_cancel, separator(), m_markShipped, m_markHandedOver, separator(),
                m_unpaidOnly, m_reconfirmList});
}

void OrdersPage::connectSession()
{
    connect(&m_session, &WorkspaceSession::ordersChanged, this, [this](RoundId round, const QList<OrderId> &orders) {
        if (m_orders->roundId() != round)
            return; // not read yet (or another round): read whole when shown
        // A few orders are read again even while hidden, for little; all of them waits until the page shows.
        if (orders.isEmpty())
            reloadRows();
        else
            guarded([&] { m_orders->refreshOrders(orders); });
    });
    connect(&m_session, &WorkspaceSession::paymentsChanged, this, [this](RoundId round) {
        if (m_orders->roundId() == round)
            reloadRows();
    });
    connect(&m_session, &WorkspaceSession::peopleChanged, this, [this] {
        if (m_orders->roundId())
            reloadRows();
    });
    // Items or the shipping fee changed: the columns and every amount may differ.
    connect(&m_session, &WorkspaceSession::roundChanged, this, [this](RoundId round) {
        if (!m_round || m_round->id != round)
            return;
        guarded([this, round] {
            if (const std::optional<Round> fresh = RoundRepository(m_session.workspace()).find(round))
                showRound(*fresh);
            else
                clear();
        });
    });
}

void OrdersPage::guarded(const std::function<void()> &refresh)
{
    try {
        refresh();
    } catch (const Error &error) {
        m_session.reportError(error.message());
    }
    updateRowCounts();
}

void OrdersPage::reloadRows()
{
    if (m_orders->roundId())
        m_reload->request();
}

void OrdersPage::readRound()
{
    if (!m_round)
        return;
    if (m_roundRead) {
        m_orders->reload();
    } else {
        OrdersColumnWidths::keep(*m_table, *m_orders, [this] { m_orders->showRound(*m_round); });
        m_roundRead = true;
    }
    updateActions();
    updateRowCounts();
}

bool OrdersPage::isReadPending() const
{
    return m_round && !m_roundRead;
}

void OrdersPage::readNow()
{
    m_reload->flush();
}

void OrdersPage::showRound(const Round &round)
{
    m_round = round;
    m_roundRead = false;
    // Hidden, the other round's rows go now (and with them the memory they hold); this one's wait to be shown.
    if (!isVisible())
        OrdersColumnWidths::keep(*m_table, *m_orders, [this] { m_orders->clear(); });
    m_reload->request();
    updateActions();
    updateRowCounts();
}

void OrdersPage::clear()
{
    m_round.reset();
    m_roundRead = false;
    m_reload->cancel();
    OrdersColumnWidths::keep(*m_table, *m_orders, [this] { m_orders->clear(); });
    updateActions();
    updateRowCounts();
}

void OrdersPage::setFilterText(const QString &text)
{
    m_proxy->setSearchText(text);
    updateRowCounts();
}

QList<OrderId> OrdersPage::selectedOrderIds() const
{
    QList<OrderId> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << m_orders->balanceAt(m_proxy->mapToSource(index).row()).order.orderId;
    return ids;
}

void OrdersPage::updateActions()
{
    const bool hasRound = m_round.has_value(); // read or not: Add Buyer from the menu reads it first
    const bool hasSelection = hasRound && m_table->selectionModel()->hasSelection();
    m_addBuyer->setEnabled(hasRound);
    for (QAction *action : {m_confirm, m_cancel, m_markShipped, m_markHandedOver})
        action->setEnabled(hasSelection);
    m_unpaidOnly->setEnabled(hasRound);
    m_reconfirmList->setEnabled(hasRound);
}

void OrdersPage::updateRowCounts()
{
    const int total = m_orders->rowCount();
    const int shown = m_proxy->rowCount();
    if (!m_round) {
        m_emptyHint->setEmptyText({});
    } else {
        m_emptyHint->setEmptyText(tr("No buyers yet — add one with Add Buyer (%1)")
                                      .arg(m_addBuyer->shortcut().toString(QKeySequence::NativeText)));
    }
    // With buyers in the round, an empty table means the filter hid them all: say that, not "no buyers".
    QString filtered;
    if (total > 0 && m_proxy->isFiltering())
        filtered = tr("No buyer matches “%1”").arg(m_proxy->searchText());
    else if (total > 0 && m_proxy->unpaidOnly())
        filtered = tr("Everyone has paid — nobody owes anything");
    else if (total > 0 && m_proxy->interestedOnly())
        filtered = tr("Nobody is waiting to be asked again — every order is applied, confirmed or cancelled");
    m_emptyHint->setFilteredText(filtered);
    emit visibleRowsChanged(shown, total);
}

void OrdersPage::showContextMenu(const QPoint &position)
{
    if (!m_round)
        return;
    QMenu menu(this);
    if (m_table->selectionModel()->hasSelection()) {
        menu.addActions({m_confirm, m_cancel});
        menu.addSeparator();
        menu.addActions({m_markShipped, m_markHandedOver});
        menu.addSeparator();
    }
    menu.addAction(m_addBuyer);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void OrdersPage::addBuyer()
{
    m_reload->flush(); // from the menu on another tab: the dialog offers the round's items
    if (!m_orders->round())
        return;
    AddBuyerDialog dialog(m_session, *m_orders->round(), m_orders->items(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Show the new buyer: select the row, even when sorting put it elsewhere.
    const int row = m_orders->rowOf(dialog.addedOrderId());
    const QModelIndex shown = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_orders->index(row, 0));
    if (shown.isValid()) {
        m_table->setCurrentIndex(shown);
        m_table->selectRow(shown.row());
        m_table->scrollTo(shown);
    }
}

std::vector<BuyerLedgerRow> OrdersPage::selectedOrders() const
{
    std::vector<BuyerLedgerRow> orders;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        orders.push_back(m_orders->balanceAt(m_proxy->mapToSource(index).row()).order);
    return orders;
}

} // namespace gonggu
