#pragma once

#include "domain/Ids.h"

#include <QFrame>
#include <QString>

#include <vector>

class QLabel;
class QPushButton;

namespace gonggu {

/** A reminder that has just come due, as a notification tells of it. */
struct ReminderNotice
{
    RoundId round = 0;
    QString roundTitle;
    QString text;
};

/** A bar across the top of the window telling of reminders that have come due, where no system tray can:
 *  "Show" opens the To Do tab of the round, "Dismiss" hides the bar until the next reminder comes due. */
class ReminderBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ReminderBanner(QWidget *parent = nullptr);

    /** Adds the reminders to those the bar tells of, and shows it. */
    void addNotices(const std::vector<ReminderNotice> &notices);
    /** Hides the bar and forgets what it told of. */
    void dismiss();

    const std::vector<ReminderNotice> &notices() const { return m_notices; }
    QString text() const;
    QPushButton *showButton() const { return m_show; }
    QPushButton *dismissButton() const { return m_dismiss; }

    /** One line for the reminders: the reminder itself when there is one, else how many and the first ones. */
    static QString summary(const std::vector<ReminderNotice> &notices);

signals:
    /** "Show": the round whose To Do tab to open (the first reminder's). */
    void showRequested(gonggu::RoundId round);

private:
    std::vector<ReminderNotice> m_notices;
    QLabel *m_text;
    QPushButton *m_show;
    QPushButton *m_dismiss;
};

} // namespace gonggu
