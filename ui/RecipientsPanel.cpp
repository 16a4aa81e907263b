#include "RecipientsPanel.h"

#include "ActionButton.h"
#include "EmptyTableHint.h"
#include "RecipientsModel.h"
#include "RecordTable.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace gonggu {

RecipientsPanel::RecipientsPanel(QWidget *parent)
    : QWidget(parent), m_model(new RecipientsModel(this)), m_table(new QTableView(this)),
      m_includeAlreadySent(new QCheckBox(tr("Include those already sent"), this)), m_summary(new QLabel(this)),
      m_actions(new QWidget(this))
{
    m_table->setObjectName(QStringLiteral("recipientsTable"));
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    m_table->setSortingEnabled(false); // the order a kind is sent in (longest waiting first) is the point
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->resizeSection(int(RecipientsModel::Column::Buyer), 150);
    m_emptyHint = new EmptyTableHint(m_table);

    auto *all = new QPushButton(tr("Check &All"), this);
    m_checkButtons = {all};
    all->setObjectName(QStringLiteral("checkAllButton"));
    all->setToolTip(tr("Check every buyer listed (those already sent only when included)"));
    all->setAutoDefault(false);
    auto *none = new QPushButton(tr("Check None"), this);
    none->setObjectName(QStringLiteral("checkNoneButton"));
    none->setAutoDefault(false);
    m_checkButtons << none;
    connect(all, &QPushButton::clicked, m_model, &RecipientsModel::checkAll);
    connect(none, &QPushButton::clicked, m_model, &RecipientsModel::checkNone);

    m_includeAlreadySent->setObjectName(QStringLiteral("includeAlreadySentCheck"));
    m_includeAlreadySent->setToolTip(
        tr("Buyers who were already sent this message are left out of a bulk send unless this is on"));
    connect(m_includeAlreadySent, &QCheckBox::toggled, m_model, &RecipientsModel::setIncludeAlreadySent);

    m_summary->setObjectName(QStringLiteral("recipientsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    // One above the other: the column stays narrow enough to leave room for the wording and the preview.
    new QVBoxLayout(m_actions);
    m_actions->layout()->setContentsMargins(0, 0, 0, 0);

    auto *checks = new QHBoxLayout;
    checks->addWidget(all);
    checks->addWidget(none);
    checks->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(checks);
    layout->addWidget(m_includeAlreadySent);
    layout->addWidget(m_summary);
    layout->addWidget(m_actions);

    connect(m_model, &RecipientsModel::checkedChanged, this, &RecipientsPanel::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentOrderChanged(currentOrder()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { emit currentOrderChanged(currentOrder()); });
    updateSummary();
}

void RecipientsPanel::setActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions)
        m_actions->layout()->addWidget(new ActionButton(action, m_actions));
}

void RecipientsPanel::setEmptyText(const QString &text)
{
    m_emptyHint->setEmptyText(text);
}

OrderId RecipientsPanel::currentOrder() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->recipientAt(current.row()).orderId : 0;
}

bool RecipientsPanel::selectOrder(OrderId order)
{
    if (m_model->rowCount() == 0)
        return false;
    const int row = std::max(m_model->rowOf(order), 0);
    m_table->setCurrentIndex(m_model->index(row, int(RecipientsModel::Column::Buyer)));
    m_table->selectRow(row);
    return true;
}

void RecipientsPanel::updateSummary()
{
    const int listed = m_model->rowCount();
    const int sent = m_model->alreadySentCount();
    m_includeAlreadySent->setEnabled(sent > 0);
    for (QWidget *button : m_checkButtons)
        button->setEnabled(listed > 0);
    if (listed == 0) {
        m_summary->clear();
        return;
    }
    const QLocale locale;
    QString summary =
        tr("%1 of %2 checked").arg(locale.toString(int(m_model->checkedOrders().size())), locale.toString(listed));
    if (sent > 0)
        summary += m_model->includesAlreadySent() ? tr(" · %1 already sent, included").arg(locale.toString(sent))
                                                  : tr(" · %1 already sent, left out").arg(locale.toString(sent));
    m_summary->setText(summary);
}

} // namespace gonggu
