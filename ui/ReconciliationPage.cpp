#include "ReconciliationPage.h"

#include "ActionButton.h"
#include "AssignDepositDialog.h"
#include "DeferredReload.h"
#include "DepositDetailsPanel.h"
#include "EmptyTableHint.h"
#include "ImportBankDialog.h"
#include "RecordTable.h"
#include "SplitDepositDialog.h"
#include "WorkspaceSession.h"
#include "commands/ReconciliationCommands.h"
#include "domain/Errors.h"
#include "models/DisplayText.h"
#include "models/SearchFilterModel.h"
#include "services/bank/Reconciliation.h"
#include "storage/RoundRepository.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace gonggu {

using Filter = DepositsTableModel::Filter;

ReconciliationPage::ReconciliationPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_deposits(new DepositsTableModel(session.workspace(), this)),
      m_filter(new SearchFilterModel(this)), m_table(new QTableView), m_show(new QComboBox), m_totals(new QLabel),
      m_reload(new DeferredReload(*this, session, [this] { readDeposits(); }))
{
    m_filter->setSourceModel(m_deposits);
    m_table->setObjectName(QStringLiteral("depositsTable"));
    m_table->setModel(m_filter);
    setUpRecordTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    using Column = DepositsTableModel::Column;
    for (const auto &[column, width] : {std::pair{Column::Date, 90}, std::pair{Column::Depositor, 110},
                                        std::pair{Column::Amount, 90}, std::pair{Column::Memo, 100}})
        m_table->horizontalHeader()->resizeSection(int(column), width);
    m_emptyHint = new EmptyTableHint(m_table);

    m_details = new DepositDetailsPanel(session, *m_deposits);
    m_details->setObjectName(QStringLiteral("depositDetails"));

    m_show->setObjectName(QStringLiteral("depositFilterCombo"));
    m_show->addItem(tr("To review"), int(Filter::ToReview));
    m_show->addItem(tr("Matched"), int(Filter::Matched));
    m_show->addItem(tr("Ignored"), int(Filter::Ignored));
    m_show->addItem(tr("All deposits"), int(Filter::All));
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { setFilter(Filter(m_show->currentData().toInt())); });
    auto *showLabel = new QLabel(tr("Sho&w:"));
    showLabel->setBuddy(m_show);

    createActions();
    auto *importButton = new ActionButton(m_importBank, this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(showLabel);
    bar->addWidget(m_show);
    bar->addStretch();
    bar->addWidget(importButton);

    m_totals->setObjectName(QStringLiteral("depositTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setContentsMargins(4, 2, 4, 2);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_totals);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("reconciliationSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The bar spans the page rather than the list: side by side with the details, it would make the page too
    // wide for a small window.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    // The selection, not the current index: selectRow() moves the current index before it selects.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReconciliationPage::showCurrent);
    connect(m_details, &DepositDetailsPanel::currentCandidateChanged, this, &ReconciliationPage::updateActions);
    connect(m_details, &DepositDetailsPanel::candidateActivated, this, &ReconciliationPage::accept);
    connect(m_table, &QTableView::doubleClicked, this, &ReconciliationPage::assignTo);
    const auto reloadShown = [this](RoundId round) {
        if (m_round && m_round->id == round)
            reload();
    };
    // Balances decide the suggestions: orders and people changing change them as much as payments do.
    connect(&m_session, &WorkspaceSession::paymentsChanged, this, reloadShown);
    connect(&m_session, &WorkspaceSession::ordersChanged, this, reloadShown);
    connect(&m_session, &WorkspaceSession::peopleChanged, this, [this] {
        if (m_round)
            reload();
    });
    connect(&m_session, &WorkspaceSession::roundChanged, this, [this](RoundId round) {
        if (!m_round || m_round->id != round)
            return;
        try {
            if (const std::optional<Round> fresh = RoundRepository(m_session.workspace()).find(round))
                showRound(*fresh);
            else
                clear();
        } catch (const Error &error) {
            m_session.reportError(error.message());
        }
    });
    clear();
}

void ReconciliationPage::createActions()
{
    const auto make = [this](const QString &name, const QString &text, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        return action;
    };
    m_importBank = make(QStringLiteral("importBankAction"), tr("&Import Bank Statement…"),
                        tr("Bring in the deposits of your bank's transaction history and match them to buyers"));
    m_importBank->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_accept =
        make(QStringLiteral("acceptDepositAction"), tr("&Accept"), tr("Give the deposit to the chosen buyer (Enter)"));
    m_assign = make(QStringLiteral("assignDepositAction"), tr("Assign &To…"),
                    tr("Give the deposit to any buyer of the round"));
    // Mnemonics clear of the menu bar's (File, Edit, Round, Orders, Payments, People, Help): Restore, shown
    // only in place of Ignore, goes without one.
    m_split =
        make(QStringLiteral("splitDepositAction"), tr("&Split…"), tr("Share one transfer between several buyers"));
    m_ignore = make(QStringLiteral("ignoreDepositAction"), tr("I&gnore"),
                    tr("Set the deposit aside as not part of this round (Delete)"));
    m_restore =
        make(QStringLiteral("restoreDepositAction"), tr("Restore"), tr("Bring an ignored deposit back for review"));
    m_unassign = make(QStringLiteral("unassignDepositAction"), tr("&Unassign"),
                      tr("Take the deposit back from its buyer; it waits for review again"));
    // Enter and Delete act on the deposit only while the focus is on this page: elsewhere they keep their
    // meaning (Delete removes a person on the People page).
    m_accept->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_accept->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ignore->setShortcut(QKeySequence::Delete);
    m_ignore->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    connect(m_importBank, &QAction::triggered, this, &ReconciliationPage::importBankStatement);
    connect(m_accept, &QAction::triggered, this, &ReconciliationPage::accept);
    connect(m_assign, &QAction::triggered, this, &ReconciliationPage::assignTo);
    connect(m_split, &QAction::triggered, this, &ReconciliationPage::split);
    connect(m_ignore, &QAction::triggered, this, [this] { setIgnored(true); });
    connect(m_restore, &QAction::triggered, this, [this] { setIgnored(false); });
    connect(m_unassign, &QAction::triggered, this, &ReconciliationPage::unassign);

    const auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        return action;
    };
    addActions({m_importBank, separator(), m_accept, m_assign, m_split, separator(), m_ignore, m_restore, m_unassign});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_accept, m_assign, m_split, separator(), m_ignore, m_restore, m_unassign});
    m_details->setActions({m_accept, m_assign, m_split, nullptr, m_ignore, m_restore, m_unassign});
}

void ReconciliationPage::showRound(const Round &round)
{
    m_round = round;
    m_importBank->setEnabled(true);
    if (isVisible()) {
        m_reload->cancel();
        m_deposits->showRound(round);
        if (m_filter->rowCount() > 0)
            m_table->selectRow(0);
    } else { // read when the tab is chosen
        m_deposits->clear();
        m_reload->request();
    }
    showCurrent();
    updateTexts();
}

void ReconciliationPage::clear()
{
    m_round.reset();
    m_reload->cancel();
    m_deposits->clear();
    m_importBank->setEnabled(false);
    showCurrent();
    updateTexts();
}

void ReconciliationPage::setFilter(Filter filter)
{
    m_show->setCurrentIndex(m_show->findData(int(filter)));
    if (filter == m_deposits->filter())
        return;
    try {
        m_deposits->setFilter(filter);
    } catch (const Error &error) {
        m_session.reportError(error.message());
    }
    if (m_filter->rowCount() > 0)
        m_table->selectRow(0);
    showCurrent();
    updateTexts();
}

void ReconciliationPage::setFilterText(const QString &text)
{
    m_filter->setSearchText(text);
    updateTexts();
}

void ReconciliationPage::reload()
{
    m_reload->request();
}

void ReconciliationPage::readDeposits()
{
    // The list is read again from scratch: keep the deposit selected, or, when a decision took it off the
    // list, select the one that took its place.
    const std::optional<PaymentId> current = currentDepositId();
    const int currentRow = m_table->currentIndex().row();
    try {
        if (m_round)
            m_deposits->showRound(*m_round);
    } catch (const Error &error) {
        m_session.reportError(error.message());
    }
    if (!(current && selectDeposit(*current)) && currentRow >= 0 && m_filter->rowCount() > 0)
        m_table->selectRow(std::min(currentRow, m_filter->rowCount() - 1));
    showCurrent();
    updateTexts();
}

void ReconciliationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event); // a pending reload ran just before, as the page was shown
    if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0) {
        m_table->selectRow(0);
        showCurrent();
    }
}

std::optional<PaymentId> ReconciliationPage::currentDepositId() const
{
    const DepositsTableModel::Row *row = currentRow();
    return row ? std::optional<PaymentId>(row->deposit.id) : std::nullopt;
}

bool ReconciliationPage::selectDeposit(PaymentId id)
{
    const int row = m_deposits->rowOf(id);
    const QModelIndex shown = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_deposits->index(row, 0));
    if (!shown.isValid())
        return false;
    m_table->selectRow(shown.row());
    m_table->scrollTo(shown);
    return true;
}

const DepositsTableModel::Row *ReconciliationPage::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return nullptr;
    return &m_deposits->rowAt(m_filter->mapToSource(current).row());
}

void ReconciliationPage::showCurrent()
{
    const DepositsTableModel::Row *row = currentRow();
    m_currentMatch = {};
    if (row && row->match) {
        m_currentMatch = *row->match;
    } else if (row && m_round && !row->deposit.ignored) {
        // A matched deposit: who else it could be from, should it need reassigning.
        try {
            m_currentMatch = Reconciliation(m_session.workspace()).suggest(*m_round, row->deposit);
        } catch (const Error &error) {
            m_session.reportError(error.message());
        }
    }
    m_details->showDeposit(row, m_currentMatch);
    updateActions();
}

void ReconciliationPage::updateActions()
{
    const DepositsTableModel::Row *row = currentRow();
    const bool ignored = row && row->deposit.ignored;
    const bool assigned = row && row->deposit.personId && !ignored;
    const bool waiting = row && row->deposit.isUnassignedDeposit();
    const MatchCandidate *candidate = m_details->currentCandidate();
    const bool splitSuggested = waiting && m_currentMatch.split && m_currentMatch.candidates.size() > 1;

    m_accept->setText(splitSuggested ? tr("&Accept Split") : tr("&Accept"));
    m_accept->setEnabled(splitSuggested ||
                         (candidate && (waiting || (assigned && candidate->personId != *row->deposit.personId))));
    m_assign->setEnabled(row && !ignored);
    m_split->setEnabled(row && !ignored && !row->deposit.splitOf && row->deposit.amount > Money());
    m_ignore->setEnabled(waiting);
    m_ignore->setVisible(!ignored);
    m_restore->setEnabled(ignored);
    m_restore->setVisible(ignored);
    m_unassign->setEnabled(assigned);
}

void ReconciliationPage::updateTexts()
{
    if (!m_round) {
        m_emptyHint->setEmptyText(tr("Choose a round to reconcile its deposits."));
    } else if (!m_deposits->roundHasDeposits()) {
        m_emptyHint->setEmptyText(
            tr("No bank deposits yet — import your bank's transaction history with Import Bank Statement (%1). "
               "Deposits that match a buyer by name and amount are recorded at once; the others wait here.")
                .arg(m_importBank->shortcut().toString(QKeySequence::NativeText)));
    } else {
        switch (m_deposits->filter()) {
        case Filter::ToReview:
            m_emptyHint->setEmptyText(tr("Nothing to review — every deposit is matched to a buyer or ignored."));
            break;
        case Filter::Matched:
            m_emptyHint->setEmptyText(tr("No deposit is matched to a buyer yet."));
            break;
        case Filter::Ignored:
            m_emptyHint->setEmptyText(tr("No deposit is ignored."));
            break;
        case Filter::All:
            m_emptyHint->setEmptyText({});
            break;
        }
    }
    m_emptyHint->setFilteredText(m_filter->isFiltering() && m_deposits->rowCount() > 0
                                     ? tr("No deposits match “%1”.").arg(m_filter->searchText())
                                     : QString());

    const int all = m_deposits->rowCount();
    const int shown = m_filter->rowCount();
    if (all == 0) {
        m_totals->clear();
    } else if (shown != all) {
        m_totals->setText(tr("%1 of %2 deposits shown").arg(QLocale().toString(shown), QLocale().toString(all)));
    } else {
        const QString total = DisplayText::money(m_deposits->total());
        m_totals->setText(all == 1 ? tr("1 deposit · %1").arg(total)
                                   : tr("%1 deposits · %2").arg(QLocale().toString(all), total));
    }
}

void ReconciliationPage::decide(std::unique_ptr<EditCommand> command)
{
    // A refusal reaches the window's error box through the session; the page reloads on paymentsChanged.
    m_session.execute(std::move(command));
    m_table->setFocus(Qt::OtherFocusReason);
}

void ReconciliationPage::importBankStatement()
{
    if (!m_round)
        return;
    ImportBankDialog dialog(m_session, *m_round, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // What the import could not match is what the coordinator does next.
    setFilter(Filter::ToReview);
    if (m_filter->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->selectRow(0);
    m_table->setFocus(Qt::OtherFocusReason);
}

void ReconciliationPage::accept()
{
    const DepositsTableModel::Row *row = currentRow();
    if (!row || !m_accept->isEnabled())
        return;
    const Round round = *m_round;
    const Payment deposit = row->deposit;
    if (deposit.isUnassignedDeposit() && m_currentMatch.split && m_currentMatch.candidates.size() > 1) {
        std::vector<SplitPart> parts;
        QStringList buyers;
        for (const MatchCandidate &candidate : m_currentMatch.candidates) {
            parts.push_back({candidate.personId, candidate.amount});
            buyers << candidate.label;
        }
        decide(std::make_unique<SplitDepositCommand>(m_session, round, deposit, std::move(parts), buyers));
        return;
    }
    const MatchCandidate *candidate = m_details->currentCandidate();
    if (!candidate)
        return;
    decide(std::make_unique<AssignDepositCommand>(m_session, round, deposit, candidate->personId, candidate->label,
                                                  m_details->rememberAlias()));
}

void ReconciliationPage::assignTo()
{
    const DepositsTableModel::Row *row = currentRow();
    if (!row || !m_assign->isEnabled())
        return;
    const MatchCandidate *candidate = m_details->currentCandidate();
    try {
        AssignDepositDialog dialog(m_session, *m_round, row->deposit,
                                   candidate ? std::optional<PersonId>(candidate->personId) : std::nullopt, this);
        dialog.exec();
    } catch (const Error &error) {
        m_session.reportError(error.message());
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

void ReconciliationPage::split()
{
    const DepositsTableModel::Row *row = currentRow();
    if (!row || !m_split->isEnabled())
        return;
    try {
        SplitDepositDialog dialog(m_session, *m_round, row->deposit, m_currentMatch, this);
        dialog.exec();
    } catch (const Error &error) {
        m_session.reportError(error.message());
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

void ReconciliationPage::setIgnored(bool ignored)
{
    const DepositsTableModel::Row *row = currentRow();
    if (!row || !(ignored ? m_ignore : m_restore)->isEnabled())
        return;
    decide(std::make_unique<IgnoreDepositCommand>(m_session, *m_round, row->deposit, ignored));
}

void ReconciliationPage::unassign()
{
    const DepositsTableModel::Row *row = currentRow();
    if (!row || !m_unassign->isEnabled())
        return;
    decide(std::make_unique<AssignDepositCommand>(m_session, *m_round, row->deposit, std::nullopt, QString(), false));
}

} // namespace gonggu
