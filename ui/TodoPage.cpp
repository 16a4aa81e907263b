#include "TodoPage.h"

#include "ChecklistPanel.h"
#include "DeferredReload.h"
#include "ReminderPanel.h"
#include "WorkspaceSession.h"
#include "domain/Errors.h"
#include "models/ChecklistModel.h"
#include "models/ReminderListModel.h"
#include "storage/RoundRepository.h"

#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace gonggu {

TodoPage::TodoPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_reminders(new ReminderPanel(session)),
      m_checklist(new ChecklistPanel(session)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_minimum(new DeferredReload(*this, session, [this] { m_checklist->reloadMinimum(); }))
{
    m_reminders->setObjectName(QStringLiteral("reminderPanel"));
    m_checklist->setObjectName(QStringLiteral("checklistPanel"));
    setFocusProxy(m_reminders);

    m_splitter->setObjectName(QStringLiteral("todoSplitter"));
    m_splitter->addWidget(m_reminders);
    m_splitter->addWidget(m_checklist);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(12);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 6);
    // The page's own minimumSizeHint() rules: side by side, the panels would keep a small window from shrinking.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addWidget(m_splitter);

    connect(m_reminders, &ReminderPanel::reloaded, this, &TodoPage::updateTitle);
    connect(m_checklist, &ChecklistPanel::reloaded, this, &TodoPage::updateTitle);
    connect(m_reminders, &ReminderPanel::unpaidListRequested, this, &TodoPage::unpaidListRequested);

    // Reminders and the checklist are a few rows: they follow their own edits at once, hidden or not, so that
    // the tab's count is right.
    connect(&m_session, &WorkspaceSession::remindersChanged, this, [this](RoundId round) {
        if (m_round && m_round->id == round)
            refreshReminders();
    });
    connect(&m_session, &WorkspaceSession::checklistChanged, this, [this](RoundId round) {
        if (!m_round || m_round->id != round)
            return;
        try {
            m_checklist->reload();
        } catch (const Error &error) {
            m_session.reportError(error.message());
        }
    });
    connect(&m_session, &WorkspaceSession::roundChanged, this, &TodoPage::roundEdited);
    // Who still owes decides the payment reminders (and the tab's count, shown on every tab); the copies ordered
    // decide whether the minimum quantity is reached, which only this page shows.
    m_remindersSoon.setSingleShot(true);
    m_remindersSoon.setInterval(0);
    connect(&m_remindersSoon, &QTimer::timeout, this, &TodoPage::refreshReminders);
    connect(&m_session, &WorkspaceSession::paymentsChanged, this, &TodoPage::paymentsEdited);
    connect(&m_session, &WorkspaceSession::ordersChanged, this, &TodoPage::ordersEdited);

    m_clockTick.setInterval(std::chrono::minutes(1));
    // Time passing only moves reminders between due and upcoming: no need to read them again.
    connect(&m_clockTick, &QTimer::timeout, m_reminders, &ReminderPanel::refreshTimes);
    m_clockTick.start();
    clear();
}

Language TodoPage::textLanguage()
{
    return QLocale().language() == QLocale::Korean ? Language::Korean : Language::English;
}

void TodoPage::showRound(const Round &round)
{
    m_round = round;
    m_minimum->cancel();
    m_remindersSoon.stop();
    m_reminders->showRound(round, textLanguage());
    m_checklist->showRound(round, textLanguage());
}

void TodoPage::clear()
{
    m_round.reset();
    m_minimum->cancel();
    m_remindersSoon.stop();
    m_reminders->clear();
    m_checklist->clear();
}

int TodoPage::attentionCount() const
{
    return m_reminders->model()->dueCount() + m_checklist->model()->openCount();
}

QString TodoPage::tabTitle() const
{
    const int count = attentionCount();
    return count == 0 ? tr("To Do") : tr("To Do (%1)").arg(QLocale().toString(count));
}

void TodoPage::updateTitle()
{
    const QString title = tabTitle();
    if (title == m_title)
        return;
    m_title = title;
    emit tabTitleChanged(title);
}

void TodoPage::refreshReminders()
{
    try {
        m_reminders->reload();
    } catch (const Error &error) {
        m_session.reportError(error.message());
    }
}

void TodoPage::roundEdited(RoundId round)
{
    if (!m_round || m_round->id != round)
        return;
    try {
        const std::optional<Round> fresh = RoundRepository(m_session.workspace()).find(round);
        if (!fresh) {
            clear(); // deleted (its creation undone)
            return;
        }
        showRound(*fresh); // its dates make the reminders, its minimum the notice
    } catch (const Error &error) {
        m_session.reportError(error.message());
    }
}

void TodoPage::paymentsEdited(RoundId round)
{
    if (m_round && m_round->id == round)
        m_remindersSoon.start();
}

void TodoPage::ordersEdited(RoundId round)
{
    if (!m_round || m_round->id != round)
        return;
    m_remindersSoon.start();
    m_minimum->request();
}

int TodoPage::sideBySideWidth() const
{
    const QMargins margins = layout()->contentsMargins();
    return m_reminders->minimumSizeHint().width() + m_splitter->handleWidth() + m_checklist->minimumSizeHint().width() +
           margins.left() + margins.right();
}

QSize TodoPage::minimumSizeHint() const
{
    const QMargins margins = layout()->contentsMargins();
    const QSize reminders = m_reminders->minimumSizeHint();
    const QSize checklist = m_checklist->minimumSizeHint();
    return {std::max(reminders.width(), checklist.width()) + margins.left() + margins.right(),
            reminders.height() + m_splitter->handleWidth() + checklist.height() + margins.top() + margins.bottom()};
}

void TodoPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_splitter->setOrientation(width() >= sideBySideWidth() ? Qt::Horizontal : Qt::Vertical);
}

} // namespace gonggu
