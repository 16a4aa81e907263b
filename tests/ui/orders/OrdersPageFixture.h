#pragma once

#include "OrdersPage.h"
#include "OrdersProxyModel.h"
#include "TempWorkspace.h"
#include "WorkspaceSession.h"
#include "models/OrdersTableModel.h"
#include "services/DemoWorkspace.h"
#include "storage/ItemRepository.h"
#include "storage/OrderRepository.h"
#include "storage/RoundRepository.h"

#include <QTableView>

namespace gonggu::test {

/** An Orders page on a session over a fresh demo workspace, showing the demo's real round; errors the
 *  session reports are collected. */
class OrdersPageFixture : public TempWorkspaceTest
{
protected:
    using Column = OrdersTableModel::Column;

    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        auto demo = std::make_unique<Workspace>(pathFor(QStringLiteral("orders.gonggu")), m_clock);
        DemoWorkspace::populate(*demo);
        m_session = std::make_unique<WorkspaceSession>(std::move(demo), m_clock);
        QObject::connect(m_session.get(), &WorkspaceSession::errorOccurred, m_session.get(),
                         [this](const QString &message) { m_errors << message; });
        m_page = std::make_unique<OrdersPage>(*m_session);
        m_round = *RoundRepository(m_session->workspace()).find(1);
        m_book = ItemRepository(m_session->workspace()).forRound(m_round.id).front();
        m_page->showRound(m_round);
        m_page->resize(1000, 600);
        m_page->show();
    }

    void TearDown() override
    {
        m_page.reset();
        m_session.reset();
        TempWorkspaceTest::TearDown();
    }

    Workspace &ws() { return m_session->workspace(); }
    QUndoStack &undo() { return *m_session->undoStack(); }
    QTableView &table() { return *m_page->table(); }
    QAbstractItemModel &view() { return *table().model(); }
    OrdersTableModel &orders() { return *m_page->ordersModel(); }

    /** The view's index of a buyer's cell, by nickname and column kind; invalid when not shown. */
    QModelIndex cellOf(const QString &nickname, Column column)
    {
        for (int row = 0; row < view().rowCount(); ++row) {
            const QModelIndex index = view().index(row, orders().section(Column::Nickname));
            if (index.data().toString() == nickname)
                return view().index(row, orders().section(column));
        }
        return {};
    }

    Order orderOf(const QString &nickname)
    {
        const QModelIndex index = cellOf(nickname, Column::Nickname);
        EXPECT_TRUE(index.isValid()) << nickname.toStdString();
        return *OrderRepository(ws()).find(index.data(OrdersTableModel::OrderIdRole).toLongLong());
    }

    int copiesOf(const QString &nickname)
    {
        for (const OrderLine &line : OrderRepository(ws()).lines(orderOf(nickname).id)) {
            if (line.itemId == m_book.id)
                return line.quantity;
        }
        return 0;
    }

    QStringList shownNicknames()
    {
        QStringList nicknames;
        for (int row = 0; row < view().rowCount(); ++row)
            nicknames << view().index(row, orders().section(Column::Nickname)).data().toString();
        return nicknames;
    }

    void select(const QStringList &nicknames)
    {
        table().clearSelection();
        for (const QString &nickname : nicknames)
            table().selectionModel()->select(cellOf(nickname, Column::Nickname),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<OrdersPage> m_page;
    Round m_round;
    Item m_book;
    QStringList m_errors;
};

} // namespace gonggu::test
