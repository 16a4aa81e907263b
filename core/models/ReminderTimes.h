#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace gonggu {

/** Reminder times as the coordinator sets and reads them: in Korean time whatever the computer's zone, since
 *  a round's dates are days in Korea and its reminders come up at 09:00 there (ReminderPlanner). */
class ReminderTimes
{
public:
    static QTimeZone korea() { return QTimeZone(9 * 3600); } // no daylight saving in Korea
    static QTime morning() { return QTime(9, 0); }

    /** The UTC time of a wall-clock time in Korea. */
    static QDateTime inKorea(const QDate &date, const QTime &time);
    /** 09:00 in Korea on the day after `now`'s day there. */
    static QDateTime tomorrowMorning(const QDateTime &now);
    /** Days from `from`'s day to `to`'s day, both counted in Korea (negative when `to` is earlier). */
    static qint64 daysBetween(const QDateTime &from, const QDateTime &to);
    /** "11월 5일 (목) 09:00" in Korean, "Thu 5 Nov 09:00" otherwise; with the year when it is not `now`'s. */
    static QString format(const QDateTime &time, const QDateTime &now);
};

} // namespace gonggu
