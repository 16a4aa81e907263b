#include "ChecklistPanel.h"

#include "ActionButton.h"
#include "EmptyTableHint.h"
#include "FieldError.h"
#include "RoundSummaries.h"
#include "WorkspaceSession.h"
#include "commands/ChecklistCommands.h"
#include "commands/TryExecute.h"
#include "models/ChecklistModel.h"
#include "services/SupplierChecklist.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace gonggu {

ChecklistPanel::ChecklistPanel(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ChecklistModel(session.workspace(), this)),
      m_view(new QListView(this))
{
    m_view->setObjectName(QStringLiteral("checklistView"));
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_emptyHint = new EmptyTableHint(m_view);

    createActions();

    auto *title = new QLabel(tr("Supplier checklist"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_minimum = new QLabel(this);
    m_minimum->setObjectName(QStringLiteral("minimumLabel"));
    m_minimum->setTextFormat(Qt::PlainText);
    m_minimum->setWordWrap(true);

    // The notice to post when applications closed below the supplier's minimum.
    m_noticeBox = new QWidget(this);
    m_noticeBox->setObjectName(QStringLiteral("buyerNoticeBox"));
    auto *noticeTitle = new QLabel(tr("Applications have closed below the minimum. A notice you can post to the "
                                      "buyers:"),
                                   m_noticeBox);
    noticeTitle->setWordWrap(true);
    m_notice = new QPlainTextEdit(m_noticeBox);
    m_notice->setObjectName(QStringLiteral("buyerNoticeText"));
    m_notice->setReadOnly(true);
    m_notice->setMaximumHeight(110);
    auto *noticeBar = new QHBoxLayout;
    noticeBar->addWidget(noticeTitle, 1);
    noticeBar->addWidget(new ActionButton(m_copyNotice, m_noticeBox), 0, Qt::AlignBottom);
    auto *noticeLayout = new QVBoxLayout(m_noticeBox);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    noticeLayout->addLayout(noticeBar);
    noticeLayout->addWidget(m_notice);

    m_newItem = new QLineEdit(this);
    m_newItem->setObjectName(QStringLiteral("newChecklistItemEdit"));
    m_newItem->setPlaceholderText(tr("New item, e.g. ask when the books ship"));
    m_newItem->setClearButtonEnabled(true);
    connect(m_newItem, &QLineEdit::textChanged, this, &ChecklistPanel::updateActions);
    connect(m_newItem, &QLineEdit::returnPressed, this, &ChecklistPanel::addTypedItem);
    auto *addBar = new QHBoxLayout;
    addBar->addWidget(m_newItem, 1);
    addBar->addWidget(new ActionButton(m_addItem, this));

    m_error = new FieldError(this);
    m_error->setObjectName(QStringLiteral("checklistError"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new ActionButton(m_removeItem, this));
    buttons->addStretch();
    buttons->addWidget(new ActionButton(m_addDefaults, this));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_minimum);
    layout->addWidget(m_noticeBox);
    layout->addWidget(m_view, 1);
    layout->addLayout(addBar);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_model, &ChecklistModel::doneChangeRequested, this, &ChecklistPanel::setItemDone);
    connect(m_model, &ChecklistModel::textChangeRequested, this, &ChecklistPanel::setItemText);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChecklistPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChecklistPanel::updateActions);
    clear();
}

void ChecklistPanel::createActions()
{
    const auto make = [this](const QString &name, const QString &text, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        return action;
    };
    m_addItem = make(QStringLiteral("addChecklistItemAction"), tr("Add &Item"),
                     tr("Add the question or chore typed on the left (Enter)"));
    connect(m_addItem, &QAction::triggered, this, &ChecklistPanel::addTypedItem);
    m_removeItem = make(QStringLiteral("removeChecklistItemAction"), tr("Remove I&tem"),
                        tr("Delete the selected question or chore (Delete)"));
    m_removeItem->setShortcut(QKeySequence::Delete);
    m_removeItem->setShortcutContext(Qt::WidgetShortcut); // not while its text is being edited
    connect(m_removeItem, &QAction::triggered, this, &ChecklistPanel::removeCurrent);
    m_view->addAction(m_removeItem);
    m_addDefaults = make(QStringLiteral("addDefaultQuestionsAction"), tr("Add Default &Questions"),
                         tr("Add the usual questions for the supplier (tax invoice, shipping, delivery date, minimum "
                            "quantity, payment, book-price law, stock) that the checklist does not ask yet"));
    connect(m_addDefaults, &QAction::triggered, this, &ChecklistPanel::addDefaultQuestions);
    m_copyNotice = make(QStringLiteral("copyNoticeAction"), tr("&Copy Notice"),
                        tr("Copy the notice to paste into the group chat or board"));
    connect(m_copyNotice, &QAction::triggered, this, &ChecklistPanel::copyNotice);
}

void ChecklistPanel::showRound(const Round &round, Language language)
{
    m_round = round;
    m_language = language;
    m_error->showMessage({});
    m_emptyHint->setEmptyText(tr("Nothing to settle with the supplier yet. Add Default Questions lists the usual "
                                 "ones."));
    m_model->showRound(round.id);
    reloadMinimum();
    emit reloaded();
}

void ChecklistPanel::clear()
{
    m_round.reset();
    m_model->clear();
    m_error->showMessage({});
    m_minimum->clear();
    m_minimum->hide();
    m_notice->clear();
    m_noticeBox->hide();
    m_emptyHint->setEmptyText(tr("Choose a round to see its checklist."));
    updateActions();
    emit reloaded();
}

void ChecklistPanel::reload()
{
    if (!m_round)
        return;
    m_model->reload();
    reloadMinimum();
    emit reloaded();
}

void ChecklistPanel::reloadMinimum()
{
    if (!m_round)
        return;
    const OrderingCheck check = SupplierChecklist(m_session.workspace(), m_session.clock())
                                    .checkBeforeOrdering(*m_round, m_language, m_session.summaries().lookup());
    QPalette palette = m_minimum->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    if (!check.minimumQuantity) {
        m_minimum->setText(tr("No minimum order quantity is set for this round (Edit Round sets one)."));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    } else if (check.minimumReached()) {
        m_minimum->setText(tr("Minimum order quantity reached: %1 of %2 copies.")
                               .arg(QLocale().toString(check.copies), QLocale().toString(*check.minimumQuantity)));
    } else {
        m_minimum->setText(tr("Minimum order quantity not reached: %1 of %2 copies, %3 short.")
                               .arg(QLocale().toString(check.copies), QLocale().toString(*check.minimumQuantity),
                                    QLocale().toString(*check.minimumQuantity - check.copies)));
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28)); // FieldError's red
    }
    m_minimum->setPalette(palette);
    m_minimum->show();
    m_notice->setPlainText(check.buyerNotice);
    m_noticeBox->setVisible(!check.buyerNotice.isEmpty());
    updateActions();
}

QString ChecklistPanel::buyerNotice() const
{
    return m_noticeBox->isHidden() ? QString() : m_notice->toPlainText();
}

void ChecklistPanel::updateActions()
{
    const bool hasRound = m_round.has_value();
    m_addItem->setEnabled(hasRound && !m_newItem->text().trimmed().isEmpty());
    m_newItem->setEnabled(hasRound);
    m_removeItem->setEnabled(hasRound && m_view->selectionModel()->hasSelection());
    m_addDefaults->setEnabled(hasRound);
    m_copyNotice->setEnabled(!m_notice->toPlainText().isEmpty());
}

bool ChecklistPanel::run(std::unique_ptr<EditCommand> command)
{
    // A refusal shows under the list: the user was typing there.
    const std::optional<QString> refusal = tryExecute(m_session, std::move(command));
    m_error->showMessage(refusal ? tr("Not changed: %1").arg(*refusal) : QString());
    return !refusal;
}

void ChecklistPanel::addTypedItem()
{
    const QString text = m_newItem->text().trimmed();
    if (!m_round || text.isEmpty())
        return;
    auto command = std::make_unique<AddChecklistItemCommand>(m_session, m_round->id, text);
    const AddChecklistItemCommand *added = command.get(); // the undo stack owns it once pushed
    if (!run(std::move(command)))
        return;
    m_newItem->clear();
    const int row = m_model->rowOf(added->itemId());
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
}

void ChecklistPanel::removeCurrent()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (!m_round || rows.isEmpty())
        return;
    const int row = rows.first().row();
    if (run(std::make_unique<RemoveChecklistItemCommand>(m_session, m_model->itemAt(row))) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1)));
}

void ChecklistPanel::addDefaultQuestions()
{
    if (m_round)
        run(std::make_unique<AddDefaultQuestionsCommand>(m_session, *m_round, m_language));
}

void ChecklistPanel::copyNotice()
{
    if (!m_notice->toPlainText().isEmpty())
        QGuiApplication::clipboard()->setText(m_notice->toPlainText());
}

void ChecklistPanel::setItemDone(qint64 itemId, bool done)
{
    const int row = m_model->rowOf(itemId);
    if (row >= 0)
        run(std::make_unique<SetChecklistItemDoneCommand>(m_session, m_model->itemAt(row), done));
}

void ChecklistPanel::setItemText(qint64 itemId, const QString &text)
{
    const int row = m_model->rowOf(itemId);
    if (row < 0)
        return;
    if (text.trimmed().isEmpty()) {
        m_error->showMessage(tr("A checklist item needs a text: the old one was kept. Remove the item to delete it."));
        return;
    }
    run(std::make_unique<EditChecklistItemCommand>(m_session, m_model->itemAt(row), text));
}

} // namespace gonggu
