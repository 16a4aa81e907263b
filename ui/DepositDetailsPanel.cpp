#include "DepositDetailsPanel.h"

#include "ActionButton.h"
#include "WorkspaceSession.h"
#include "domain/Errors.h"
#include "models/DisplayText.h"
#include "storage/PaymentEventRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gonggu {
namespace {

enum CandidateColumn
{
    BuyerColumn,
    OwedColumn,
    ShareColumn,
    WhyColumn
};

QString eventText(PaymentEventAction action)
{
    switch (action) {
    case PaymentEventAction::Imported:
        return DepositDetailsPanel::tr("Imported from a statement");
    case PaymentEventAction::Matched:
        return DepositDetailsPanel::tr("Matched by name and amount");
    case PaymentEventAction::Assigned:
        return DepositDetailsPanel::tr("Assigned");
    case PaymentEventAction::Unassigned:
        return DepositDetailsPanel::tr("Unassigned");
    case PaymentEventAction::Split:
        return DepositDetailsPanel::tr("Split");
    case PaymentEventAction::Merged:
        return DepositDetailsPanel::tr("Split undone");
    case PaymentEventAction::Ignored:
        return DepositDetailsPanel::tr("Ignored");
    case PaymentEventAction::Restored:
        return DepositDetailsPanel::tr("Restored");
    case PaymentEventAction::AliasLearned:
        return DepositDetailsPanel::tr("Depositor name remembered");
    case PaymentEventAction::AliasForgotten:
        return DepositDetailsPanel::tr("Depositor name forgotten");
    }
    return toKey(action);
}

QLabel *plainLabel(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

DepositDetailsPanel::DepositDetailsPanel(WorkspaceSession &session, const DepositsTableModel &deposits, QWidget *parent)
    : QWidget(parent), m_session(session), m_deposits(deposits), m_title(plainLabel(QStringLiteral("depositTitle"))),
      m_subtitle(plainLabel(QStringLiteral("depositSubtitle"))),
      m_explanation(plainLabel(QStringLiteral("matchExplanation"))),
      m_candidatesLabel(new QLabel(tr("Who it may be from:"))), m_candidates(new QTreeWidget),
      m_candidateWhy(plainLabel(QStringLiteral("candidateWhy"))), m_rememberAlias(new QCheckBox),
      m_buttons(new QVBoxLayout), m_historyLabel(new QLabel(tr("History:"))), m_history(new QTreeWidget)
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_candidates->setObjectName(QStringLiteral("candidatesView"));
    m_candidates->setRootIsDecorated(false);
    m_candidates->setAllColumnsShowFocus(true);
    m_candidates->setUniformRowHeights(true);
    m_candidates->setWordWrap(false);
    m_candidates->setHeaderLabels({tr("Buyer"), tr("Owed"), tr("Share"), tr("Why")});
    m_candidates->headerItem()->setTextAlignment(OwedColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_candidates->headerItem()->setTextAlignment(ShareColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_candidates->header()->resizeSection(BuyerColumn, 150);
    m_candidates->header()->resizeSection(OwedColumn, 80);
    m_candidates->header()->resizeSection(ShareColumn, 80);
    m_candidates->header()->setStretchLastSection(true);
    connect(m_candidates, &QTreeWidget::currentItemChanged, this, &DepositDetailsPanel::showCandidateWhy);
    connect(m_candidates, &QTreeWidget::currentItemChanged, this, &DepositDetailsPanel::currentCandidateChanged);
    connect(m_candidates, &QTreeWidget::itemActivated, this, &DepositDetailsPanel::candidateActivated);

    m_rememberAlias->setObjectName(QStringLiteral("rememberAliasCheck"));
    // It quotes the depositor name, which can be long: it must not widen the page past a small window.
    m_rememberAlias->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_rememberAlias->setChecked(true);
    m_rememberAlias->setToolTip(tr("The next statement then matches this name to the buyer by itself"));

    m_history->setObjectName(QStringLiteral("historyView"));
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setHeaderLabels({tr("When"), tr("What"), tr("Details")});
    m_history->header()->resizeSection(0, 150);
    m_history->header()->resizeSection(1, 170);
    m_history->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_explanation);
    layout->addSpacing(4);
    layout->addWidget(m_candidatesLabel);
    layout->addWidget(m_candidates, 3);
    layout->addWidget(m_candidateWhy);
    layout->addWidget(m_rememberAlias);
    layout->addLayout(m_buttons);
    layout->addSpacing(6);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 2);
    showDeposit(nullptr, {});
}

void DepositDetailsPanel::setActions(const QList<QAction *> &actions)
{
    QHBoxLayout *row = nullptr;
    for (QAction *action : actions) {
        if (!row || !action) {
            if (row)
                row->addStretch();
            row = new QHBoxLayout;
            m_buttons->addLayout(row);
            if (!action)
                continue;
        }
        // A hidden action (Restore while the deposit is not set aside) hides its button too.
        row->addWidget(new ActionButton(action, this));
    }
    if (row)
        row->addStretch();
}

void DepositDetailsPanel::showDeposit(const DepositsTableModel::Row *row, const DepositMatch &match)
{
    m_match = match;
    m_candidates->clear();
    m_history->clear();
    const bool shown = row != nullptr;
    for (QWidget *widget : {static_cast<QWidget *>(m_candidatesLabel), static_cast<QWidget *>(m_candidates),
                            static_cast<QWidget *>(m_historyLabel), static_cast<QWidget *>(m_history)})
        widget->setVisible(shown);
    if (!row) {
        m_title->setText(tr("No deposit selected"));
        m_subtitle->setText(tr("Choose a deposit on the left to see who it may be from."));
        m_explanation->clear();
        m_explanation->hide();
        m_candidateWhy->hide();
        m_rememberAlias->hide();
        return;
    }

    const Payment &deposit = row->deposit;
    m_title->setText(tr("%1 from %2").arg(DisplayText::money(deposit.amount), deposit.depositorName));
    QStringList about{DisplayText::date(deposit.paidOn)};
    if (!deposit.note.isEmpty())
        about << deposit.note;
    if (deposit.ignored)
        about << tr("ignored: not part of this round");
    else if (deposit.personId)
        about << tr("assigned to %1").arg(row->buyer);
    else
        about << tr("waiting for review");
    if (deposit.splitOf)
        about << tr("part of a split deposit");
    m_subtitle->setText(about.join(QStringLiteral(" · ")));
    m_explanation->setText(match.explanation);
    m_explanation->setVisible(!match.explanation.isEmpty());

    m_candidates->setColumnHidden(ShareColumn, !match.split);
    for (const MatchCandidate &candidate : match.candidates) {
        auto *item = new QTreeWidgetItem(m_candidates);
        item->setText(BuyerColumn, candidate.label);
        item->setText(OwedColumn, DisplayText::money(candidate.owed));
        item->setTextAlignment(OwedColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(ShareColumn, DisplayText::money(candidate.amount));
        item->setTextAlignment(ShareColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(WhyColumn, candidate.explanation);
        item->setToolTip(WhyColumn, candidate.explanation);
        if (deposit.personId && candidate.personId == *deposit.personId)
            item->setText(BuyerColumn, tr("%1 (assigned)").arg(candidate.label));
    }
    if (m_candidates->topLevelItemCount() > 0)
        m_candidates->setCurrentItem(m_candidates->topLevelItem(0));
    m_candidatesLabel->setText(
        match.candidates.empty() ? tr("No buyer of the round fits this name or amount: assign it by hand.")
                                 : (match.split ? tr("One transfer for several buyers:") : tr("Who it may be from:")));
    m_candidates->setVisible(!match.candidates.empty());
    showCandidateWhy();

    m_rememberAlias->setText(tr("Re&member “%1” as the buyer's depositor name").arg(deposit.depositorName));
    // Accepting a split gives the name to nobody in particular: nothing to remember then.
    m_rememberAlias->setVisible(!deposit.ignored && !(match.split && deposit.isUnassignedDeposit()));
    showHistory(deposit);
}

void DepositDetailsPanel::showHistory(const Payment &deposit)
{
    try {
        for (const PaymentEvent &event : PaymentEventRepository(m_session.workspace()).forPayment(deposit.id)) {
            auto *item = new QTreeWidgetItem(m_history);
            item->setText(0, QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat));
            item->setText(1, eventText(event.action));
            QStringList details;
            if (event.personId) {
                const QString buyer = m_deposits.buyerLabel(*event.personId);
                if (!buyer.isEmpty())
                    details << buyer;
            }
            if (!event.detail.isEmpty())
                details << event.detail;
            item->setText(2, details.join(QStringLiteral(" · ")));
            item->setToolTip(2, item->text(2));
        }
        // Deposits recorded before the history was kept have none: say so rather than show an empty list.
        if (m_history->topLevelItemCount() == 0) {
            auto *item = new QTreeWidgetItem(m_history);
            item->setText(0, tr("Nothing recorded yet"));
            item->setFirstColumnSpanned(true);
            item->setForeground(0, palette().brush(QPalette::PlaceholderText));
        }
    } catch (const Error &error) {
        m_session.reportError(error.message());
    }
}

void DepositDetailsPanel::showCandidateWhy()
{
    const MatchCandidate *candidate = currentCandidate();
    m_candidateWhy->setText(candidate && !candidate->explanation.isEmpty()
                                ? QStringLiteral("%1: %2").arg(candidate->label, candidate->explanation)
                                : QString());
    m_candidateWhy->setVisible(!m_candidateWhy->text().isEmpty());
}

const MatchCandidate *DepositDetailsPanel::currentCandidate() const
{
    const int index = m_candidates->indexOfTopLevelItem(m_candidates->currentItem());
    return index >= 0 && index < int(m_match.candidates.size()) ? &m_match.candidates[std::size_t(index)] : nullptr;
}

bool DepositDetailsPanel::rememberAlias() const
{
    return m_rememberAlias->isChecked();
}

} // namespace gonggu
