#pragma once

#include "domain/Language.h"
#include "domain/Round.h"

#include <QTimer>
#include <QWidget>

class QSplitter;

#include <optional>

namespace gonggu {

class ChecklistPanel;
class DeferredReload;
class ReminderPanel;
class WorkspaceSession;

/** The round's To Do tab: its reminders (due ones first) beside its supplier checklist. The tab's title
 *  counts what asks for attention: due reminders plus open checklist items. */
class TodoPage : public QWidget
{
    Q_OBJECT

public:
    explicit TodoPage(WorkspaceSession &session, QWidget *parent = nullptr);

    /** Shows the round's reminders and checklist; throws gonggu::Error when the workspace cannot be read. */
    void showRound(const Round &round);
    /** Shows no round. */
    void clear();

    /** Due or overdue reminders (not done, not snoozed) plus checklist items not yet done. */
    int attentionCount() const;
    /** "To Do", or "To Do (3)" while something asks for attention. */
    QString tabTitle() const;

    ReminderPanel *reminders() const { return m_reminders; }
    ChecklistPanel *checklist() const { return m_checklist; }

    /** The language of generated texts (reminders, default questions, notices): the user interface's. */
    static Language textLanguage();

    /** As narrow as the panels one above the other: the page puts them side by side only where they fit. */
    QSize minimumSizeHint() const override;

signals:
    void tabTitleChanged(const QString &title);
    /** A payment reminder's "Unpaid Buyers": show who has not paid. */
    void unpaidListRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void roundEdited(RoundId round);
    void paymentsEdited(RoundId round);
    void ordersEdited(RoundId round);
    void refreshReminders();
    void updateTitle();
    /** The width the panels need side by side. */
    int sideBySideWidth() const;

    WorkspaceSession &m_session;
    std::optional<Round> m_round;
    ReminderPanel *m_reminders;
    ChecklistPanel *m_checklist;
    QSplitter *m_splitter;
    QTimer m_clockTick;        // reminders come due and overdue as time passes
    QTimer m_remindersSoon;    // one reading for the many payment or order changes of one edit
    DeferredReload *m_minimum; // orders changed while hidden: the copies are counted again when shown
    QString m_title;
};

} // namespace gonggu
