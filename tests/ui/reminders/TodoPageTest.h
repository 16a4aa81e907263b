#pragma once

#include "ChecklistPanel.h"
#include "PageTest.h"
#include "ReminderPanel.h"
#include "TodoPage.h"
#include "models/ChecklistModel.h"
#include "models/ReminderListModel.h"

#include <QLocale>
#include <QTimeZone>
#include <QTreeView>

#include <memory>

namespace gonggu::test {

/** The To Do tab over the demo round, seen at the fixture's clock (2026-11-10 21:00 in Korea): three reminders
 *  due (the payment reminders of the 5th and 6th, the coordinator's own of the 9th), three to come (the 12th,
 *  the delivery day and the day before the meetup on the 13th), and two of four checklist items open. */
class TodoPageTest : public PageTest
{
protected:
    void SetUp() override
    {
        PageTest::SetUp();
        m_round = populateDemo();
        m_page = std::make_unique<TodoPage>(session());
        m_page->resize(1000, 600);
        m_page->show();
        m_page->showRound(m_round);
    }
    void TearDown() override
    {
        m_page.reset();
        QLocale::setDefault(m_savedLocale);
        PageTest::TearDown();
    }

    static QDateTime seoul(int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone(9 * 3600)).toUTC();
    }

    ReminderPanel &reminders() { return *m_page->reminders(); }
    ReminderListModel &reminderModel() { return *m_page->reminders()->model(); }
    ChecklistPanel &checklist() { return *m_page->checklist(); }
    ChecklistModel &checklistModel() { return *m_page->checklist()->model(); }

    /** Selects the listed reminder of this kind (the first one for "manual"); false when none is listed. */
    bool selectKind(const QString &kind)
    {
        for (int row = 0; row < reminderModel().rowCount(); ++row) {
            if (reminderModel().reminderAt(row).reminder.kind == kind) {
                reminders().view()->setCurrentIndex(reminderModel().index(row, 0));
                return true;
            }
        }
        return false;
    }
    /** The row of the listed reminder with this text, or -1. */
    int rowOfText(const QString &text)
    {
        for (int row = 0; row < reminderModel().rowCount(); ++row) {
            if (reminderModel().reminderAt(row).text == text)
                return row;
        }
        return -1;
    }
    /** The kinds of the reminders listed, top to bottom. */
    QStringList listedKinds()
    {
        QStringList kinds;
        for (int row = 0; row < reminderModel().rowCount(); ++row)
            kinds << reminderModel().reminderAt(row).reminder.kind;
        return kinds;
    }

    Round m_round;
    std::unique_ptr<TodoPage> m_page;
    QLocale m_savedLocale;
};

} // namespace gonggu::test
