#include "PaymentsPage.h"

#include "DeferredReload.h"
#include "EmptyTableHint.h"
#include "PaymentDialog.h"
#include "RecordTable.h"
#include "WorkspaceSession.h"
#include "domain/Errors.h"
#include "models/DisplayText.h"
#include "models/PaymentsTableModel.h"
#include "models/SearchFilterModel.h"
#include "storage/RoundRepository.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace gonggu {

PaymentsPage::PaymentsPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_payments(new PaymentsTableModel(session.workspace(), this)),
      m_reload(new DeferredReload(*this, session, [this] { readPayments(); })), m_filter(new SearchFilterModel(this)),
      m_table(new QTableView(this)), m_totals(new QLabel(this))
{
    m_filter->setSourceModel(m_payments);
    m_table->setObjectName(QStringLiteral("paymentsTable"));
    m_table->setModel(m_filter);
    setUpRecordTable(m_table); // a third click on a header goes back to date order
    QHeaderView *header = m_table->horizontalHeader();
    using Column = PaymentsTableModel::Column;
    for (const auto &[column, width] :
         {std::pair{Column::Date, 100}, std::pair{Column::Name, 110}, std::pair{Column::Nickname, 110},
          std::pair{Column::Amount, 100}, std::pair{Column::Depositor, 110}, std::pair{Column::Method, 100},
          std::pair{Column::Source, 110}})
        header->resizeSection(int(column), width);

    m_emptyHint = new EmptyTableHint(m_table);
    m_totals->setObjectName(QStringLiteral("paymentTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setContentsMargins(4, 2, 4, 2);

    m_addPayment = new QAction(tr("Add &Payment…"), this);
    m_addPayment->setObjectName(QStringLiteral("addPaymentAction"));
    m_addPayment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_addPayment->setStatusTip(tr("Record money a buyer sent, or a refund"));
    connect(m_addPayment, &QAction::triggered, this, [this] { addPayment(); });
    addAction(m_addPayment);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_addPayment);

    connect(&m_session, &WorkspaceSession::paymentsChanged, this, [this](RoundId round) {
        if (m_round && m_round->id == round)
            m_reload->request();
    });
    connect(&m_session, &WorkspaceSession::roundChanged, this, &PaymentsPage::roundEdited);
    connect(&m_session, &WorkspaceSession::peopleChanged, this, [this] {
        if (m_round)
            m_reload->request();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    clear();
}

void PaymentsPage::showRound(const Round &round)
{
    m_round = round;
    m_selectWhenRead.reset();
    m_addPayment->setEnabled(true);
    m_emptyHint->setEmptyText(tr("No payments yet — record one with Add Payment (Ctrl+P)."));
    if (!isVisible())
        m_payments->clear(); // the other round's go now; this one's are read when the tab is chosen
    m_reload->request();
    showTotals();
}

void PaymentsPage::clear()
{
    m_round.reset();
    m_selectWhenRead.reset();
    m_reload->cancel();
    m_payments->clear();
    m_addPayment->setEnabled(false);
    m_emptyHint->setEmptyText(tr("Choose a round to see its payments."));
    showTotals();
}

void PaymentsPage::setFilterText(const QString &text)
{
    m_filter->setSearchText(text);
    m_emptyHint->setFilteredText(m_filter->isFiltering() && m_payments->rowCount() > 0
                                     ? tr("No payments match “%1”.").arg(text.trimmed())
                                     : QString());
    showTotals();
}

void PaymentsPage::addPayment(std::optional<PersonId> buyer)
{
    if (!m_round)
        return;
    try {
        PaymentDialog dialog(m_session, *m_round, buyer, this);
        if (dialog.exec() != QDialog::Accepted || !dialog.savedPayment())
            return;
        m_selectWhenRead = dialog.savedPayment();
        if (!m_reload->isPending()) // showing, so read again already
            selectRecorded();
    } catch (const Error &error) {
        m_session.reportError(error.message());
    }
}

void PaymentsPage::roundEdited(RoundId round)
{
    if (!m_round || m_round->id != round)
        return;
    try {
        const std::optional<Round> fresh = RoundRepository(m_session.workspace()).find(round);
        if (fresh)
            showRound(*fresh);
        else
            clear(); // deleted (its creation undone)
    } catch (const Error &error) {
        m_session.reportError(error.message());
    }
}

void PaymentsPage::readPayments()
{
    if (!m_round)
        return;
    m_payments->showRound(*m_round);
    showTotals();
    selectRecorded();
}

void PaymentsPage::selectRecorded()
{
    const std::optional<PaymentId> payment = std::exchange(m_selectWhenRead, std::nullopt);
    const int row = payment ? m_payments->rowOf(*payment) : -1;
    const QModelIndex shown = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_payments->index(row, 0));
    if (shown.isValid()) {
        m_table->setCurrentIndex(shown);
        m_table->scrollTo(shown);
    }
}

void PaymentsPage::showTotals()
{
    if (!m_round || m_payments->rowCount() == 0) { // the empty table says it all
        m_totals->clear();
        return;
    }
    const int all = m_payments->rowCount();
    const int shown = m_filter->rowCount();
    const QString total = DisplayText::money(m_payments->total());
    if (shown != all)
        m_totals->setText(tr("%1 of %2 payments shown · %3 received in the round, net of refunds")
                              .arg(QLocale().toString(shown), QLocale().toString(all), total));
    else if (all == 1)
        m_totals->setText(tr("1 payment · %1 received, net of refunds").arg(total));
    else
        m_totals->setText(tr("%1 payments · %2 received, net of refunds").arg(QLocale().toString(all), total));
    if (!m_payments->unassigned().isZero())
        m_totals->setText(m_totals->text() + tr(" · %1 not matched to a buyer yet (Reconciliation tab)")
                                                 .arg(DisplayText::money(m_payments->unassigned())));
}

} // namespace gonggu
