#include "ReminderPanel.h"

#include "ActionButton.h"
#include "EmptyTableHint.h"
#include "ReminderDialog.h"
#include "ReminderSnoozeDialog.h"
#include "RoundSummaries.h"
#include "WorkspaceSession.h"
#include "commands/ReminderCommands.h"
#include "domain/Clock.h"
#include "models/ReminderListModel.h"
#include "models/ReminderTimes.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace gonggu {
namespace {

using Section = ReminderListModel::Section;

/** Dims done reminders and marks the state of overdue ones in red. */
class ReminderDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Rows as tall as the other pages' tables: a dense list of dates is hard to read.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        return {size.width(), size.height() + 6};
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto section = Section(index.data(ReminderListModel::SectionRole).toInt());
        const bool stateColumn = index.column() == int(ReminderListModel::Column::State);
        if (section == Section::Done) {
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        } else if (section == Section::Due && stateColumn) {
            option->font.setBold(true);
            if (index.data(ReminderListModel::OverdueRole).toBool())
                option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28)); // FieldError's red
        }
    }
};

bool isPaymentReminder(const PlannedReminder &reminder)
{
    return reminder.generated && reminder.reminder.kind.startsWith(QStringLiteral("payment_due"));
}

} // namespace

ReminderPanel::ReminderPanel(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ReminderListModel(session.workspace(), session.clock(), this)),
      m_view(new QTreeView(this))
{
    // Who still owes (the payment reminders) comes from the summary the window shares.
    m_model->setSummaryLookup(session.summaries().lookup());
    m_view->setObjectName(QStringLiteral("remindersView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ReminderDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    using Column = ReminderListModel::Column;
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(int(Column::Due), 150);
    m_view->header()->resizeSection(int(Column::State), 210);
    m_emptyHint = new EmptyTableHint(m_view);
    setFocusProxy(m_view);

    createActions();

    auto *title = new QLabel(tr("Reminders"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_showDone = new QCheckBox(tr("Sho&w done"), this);
    m_showDone->setObjectName(QStringLiteral("showDoneCheck"));
    m_showDone->setChecked(m_model->showsDone());
    connect(m_showDone, &QCheckBox::toggled, this, [this](bool show) {
        const QString selected = selectedKey();
        m_model->setShowDone(show);
        selectReminder(selected);
        updateActions();
    });
    auto *titleBar = new QHBoxLayout;
    titleBar->addWidget(title);
    titleBar->addStretch();
    titleBar->addWidget(m_showDone);

    m_snoozeButton = new QPushButton(tr("&Snooze"), this);
    m_snoozeButton->setObjectName(QStringLiteral("snoozeButton"));
    m_snoozeButton->setAutoDefault(false);
    m_snoozeButton->setMenu(m_snoozeMenu);
    connect(m_snoozeMenu, &QMenu::aboutToShow, this, &ReminderPanel::updateActions);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new ActionButton(m_markDone, this));
    buttons->addWidget(new ActionButton(m_markNotDone, this));
    buttons->addWidget(m_snoozeButton);
    buttons->addWidget(new ActionButton(m_remove, this));
    buttons->addStretch();
    buttons->addWidget(new ActionButton(m_showUnpaid, this));
    buttons->addWidget(new ActionButton(m_add, this));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReminderPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReminderPanel::updateActions);
    connect(m_view, &QTreeView::doubleClicked, this, [this] {
        if (const std::optional<PlannedReminder> reminder = currentReminder())
            markCurrentDone(!reminder->isDone());
    });
    clear();
}

void ReminderPanel::createActions()
{
    const auto make = [this](const QString &name, const QString &text, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        return action;
    };
    m_markDone = make(QStringLiteral("markReminderDoneAction"), tr("&Done"),
                      tr("Mark the reminder done (Ctrl+D); double-click does the same"));
    m_markDone->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_markDone, &QAction::triggered, this, [this] { markCurrentDone(true); });
    m_markNotDone =
        make(QStringLiteral("markReminderNotDoneAction"), tr("Not Do&ne"), tr("Open the reminder again (Ctrl+D)"));
    m_markNotDone->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_markNotDone, &QAction::triggered, this, [this] { markCurrentDone(false); });

    m_snoozeHour = make(QStringLiteral("snoozeHourAction"), tr("For 1 Hour"), tr("Remind again in an hour"));
    connect(m_snoozeHour, &QAction::triggered, this,
            [this] { snoozeCurrent(m_session.clock().nowUtc().addSecs(3600)); });
    m_snoozeTomorrow = make(QStringLiteral("snoozeTomorrowAction"), tr("Until Tomorrow 09:00"),
                            tr("Remind again tomorrow at 9 in the morning, Korean time"));
    connect(m_snoozeTomorrow, &QAction::triggered, this,
            [this] { snoozeCurrent(ReminderTimes::tomorrowMorning(m_session.clock().nowUtc())); });
    m_snoozeThreeDays = make(QStringLiteral("snoozeThreeDaysAction"), tr("For 3 Days"), tr("Remind again in 3 days"));
    connect(m_snoozeThreeDays, &QAction::triggered, this,
            [this] { snoozeCurrent(m_session.clock().nowUtc().addDays(3)); });
    m_snoozeChosen = make(QStringLiteral("snoozeChosenAction"), tr("Until…"), tr("Choose when to be reminded again"));
    connect(m_snoozeChosen, &QAction::triggered, this, &ReminderPanel::snoozeCurrentUntilChosen);
    m_stopSnoozing = make(QStringLiteral("stopSnoozingAction"), tr("Remind Again Now"),
                          tr("End the snooze: the reminder is due again now if its time has come"));
    connect(m_stopSnoozing, &QAction::triggered, this, [this] { snoozeCurrent({}); });
    m_snoozeMenu = new QMenu(this);
    m_snoozeMenu->setObjectName(QStringLiteral("snoozeMenu"));
    m_snoozeMenu->addActions({m_snoozeHour, m_snoozeTomorrow, m_snoozeThreeDays, m_snoozeChosen});
    m_snoozeMenu->addSeparator();
    m_snoozeMenu->addAction(m_stopSnoozing);

    m_add = make(QStringLiteral("addReminderAction"), tr("Add Re&minder…"),
                 tr("Add a reminder of your own, for the round or about one buyer"));
    connect(m_add, &QAction::triggered, this, &ReminderPanel::addReminder);
    m_remove = make(QStringLiteral("removeReminderAction"), tr("Remo&ve"),
                    tr("Delete a reminder you added (Delete); those from the round's dates are marked done instead"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    connect(m_remove, &QAction::triggered, this, &ReminderPanel::removeCurrent);
    m_showUnpaid = make(QStringLiteral("showUnpaidAction"), tr("&Unpaid Buyers"),
                        tr("Show the buyers who have not paid in full on the Orders tab"));
    connect(m_showUnpaid, &QAction::triggered, this, &ReminderPanel::unpaidListRequested);

    // Done and Not Done share Ctrl+D: only the one that applies is enabled.
    for (QAction *action : {m_markDone, m_markNotDone})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_markDone);
    addAction(m_markNotDone);
    m_view->addAction(m_remove);
}

void ReminderPanel::showRound(const Round &round, Language language)
{
    m_round = round;
    m_emptyHint->setEmptyText(
        tr("No reminders yet. Set the round's closing, payment and delivery dates (Edit Round) or add your own."));
    m_model->showRound(round, language);
    selectRow(0); // the most overdue, ready for Done or Snooze from the keyboard
    emit reloaded();
}

void ReminderPanel::clear()
{
    m_round.reset();
    m_model->clear();
    m_emptyHint->setEmptyText(tr("Choose a round to see its reminders."));
    updateActions();
    emit reloaded();
}

QString ReminderPanel::selectedKey() const
{
    const std::optional<PlannedReminder> current = currentReminder();
    return current ? ReminderListModel::keyOf(*current) : QString();
}

void ReminderPanel::reload()
{
    if (!m_round)
        return;
    const QString selected = selectedKey();
    m_model->reload();
    selectReminder(selected);
    emit reloaded();
}

void ReminderPanel::refreshTimes()
{
    if (!m_round)
        return;
    const QString selected = selectedKey();
    m_model->refreshTimes();
    selectReminder(selected);
    emit reloaded();
}

std::optional<PlannedReminder> ReminderPanel::currentReminder() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->reminderAt(rows.first().row());
}

bool ReminderPanel::selectReminder(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return false;
    selectRow(row);
    return true;
}

void ReminderPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_view->selectionModel()->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ReminderPanel::updateActions()
{
    const std::optional<PlannedReminder> reminder = currentReminder();
    const QDateTime now = m_session.clock().nowUtc();
    const bool open = reminder && !reminder->isDone();
    m_markDone->setEnabled(open);
    m_markDone->setVisible(!reminder || open);
    m_markNotDone->setEnabled(reminder && reminder->isDone());
    m_markNotDone->setVisible(reminder && reminder->isDone());
    for (QAction *action : {m_snoozeHour, m_snoozeTomorrow, m_snoozeThreeDays, m_snoozeChosen})
        action->setEnabled(open);
    m_stopSnoozing->setEnabled(open && reminder->isSnoozedAt(now));
    m_snoozeButton->setEnabled(open);
    m_remove->setEnabled(reminder && !reminder->generated);
    m_showUnpaid->setVisible(reminder && isPaymentReminder(*reminder));
    m_add->setEnabled(m_round.has_value());
}

void ReminderPanel::run(std::unique_ptr<EditCommand> command)
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    if (m_session.execute(std::move(command)) && row >= 0)
        selectRow(std::min(row, m_model->rowCount() - 1));
}

void ReminderPanel::markCurrentDone(bool done)
{
    const std::optional<PlannedReminder> reminder = currentReminder();
    if (!reminder || reminder->isDone() == done)
        return;
    run(std::make_unique<SetReminderDoneCommand>(m_session, *reminder, done));
}

void ReminderPanel::snoozeCurrent(const QDateTime &until)
{
    const std::optional<PlannedReminder> reminder = currentReminder();
    if (!reminder || reminder->isDone())
        return;
    run(std::make_unique<SnoozeReminderCommand>(m_session, *reminder, until));
}

void ReminderPanel::snoozeCurrentUntilChosen()
{
    const std::optional<PlannedReminder> reminder = currentReminder();
    if (!reminder || reminder->isDone())
        return;
    ReminderSnoozeDialog dialog(reminder->text, m_session.clock().nowUtc(), this);
    if (dialog.exec() == QDialog::Accepted)
        snoozeCurrent(dialog.until());
}

void ReminderPanel::addReminder()
{
    if (!m_round)
        return;
    ReminderDialog dialog(m_session, *m_round, this);
    if (dialog.exec() == QDialog::Accepted && dialog.savedReminder())
        selectReminder(QString::number(*dialog.savedReminder()));
}

void ReminderPanel::removeCurrent()
{
    const std::optional<PlannedReminder> reminder = currentReminder();
    if (!m_round || !reminder || reminder->generated)
        return;
    run(std::make_unique<RemoveReminderCommand>(m_session, *m_round, *reminder));
}

} // namespace gonggu
