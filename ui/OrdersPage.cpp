#include "OrdersPage.h"

#include "OrdersProxyModel.h"
#include "models/DisplayText.h"
#include "models/OrdersTableModel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace gonggu {

OrdersPage::OrdersPage(const Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_orders(new OrdersTableModel(workspace, this)),
      m_sortedOrders(new OrdersProxyModel(m_orders, this)), m_table(new QTableView(this))
{
    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setModel(m_sortedOrders);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed, uniform row heights keep scrolling through 100,000 rows cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSortIndicatorClearable(true); // a third click goes back to the order buyers applied in
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    sizeColumns();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void OrdersPage::showRound(const Round &round)
{
    m_orders->showRound(round);
}

void OrdersPage::clear()
{
    m_orders->clear();
}

void OrdersPage::sizeColumns()
{
    // Widths from the longest text a column can hold (in the current language), not from the rows:
    // measuring 100,000 rows would be slow and the columns would jump from round to round.
    using Column = OrdersTableModel::Column;
    const QFontMetrics cellMetrics(m_table->font());
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics headerMetrics(header->font());
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 10;
    const int sortArrow = 16;

    QStringList orderStates, paymentStates, deliveries;
    for (auto status : {OrderStatus::Interested, OrderStatus::Applied, OrderStatus::Confirmed, OrderStatus::Cancelled})
        orderStates << DisplayText::of(status);
    for (auto state : {PaymentState::Unpaid, PaymentState::Partial, PaymentState::Paid, PaymentState::Overpaid,
                       PaymentState::Refunded})
        paymentStates << DisplayText::of(state);
    for (auto delivery : {Delivery::Courier, Delivery::Pickup})
        deliveries << DisplayText::of(delivery);
    // Up to ₩9,999,999 per buyer fits; a larger amount or a refund's minus sign may need a wider column.
    const QString money = DisplayText::money(Money::won(9'999'999));

    const auto fit = [&](Column column, const QStringList &samples) {
        const QString title = m_sortedOrders->headerData(int(column), Qt::Horizontal).toString();
        int width = headerMetrics.horizontalAdvance(title) + sortArrow;
        for (const QString &sample : samples)
            width = std::max(width, cellMetrics.horizontalAdvance(sample));
        header->resizeSection(int(column), width + padding);
    };
    fit(Column::Nickname, {QStringLiteral("seungmin_kim")});
    fit(Column::Name, {QStringLiteral("남궁서연엄마")});
    fit(Column::Copies, {QStringLiteral("9,999")});
    fit(Column::AmountDue, {money});
    fit(Column::Paid, {money});
    fit(Column::Balance, {money});
    fit(Column::OrderStatus, orderStates);
    fit(Column::PaymentState, paymentStates);
    fit(Column::Delivery, deliveries);
}

} // namespace gonggu
