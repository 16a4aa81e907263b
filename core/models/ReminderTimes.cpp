#include "ReminderTimes.h"

#include <QLocale>

namespace gonggu {

QDateTime ReminderTimes::inKorea(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, korea()).toUTC();
}

QDateTime ReminderTimes::tomorrowMorning(const QDateTime &now)
{
    return inKorea(now.toTimeZone(korea()).date().addDays(1), morning());
}

qint64 ReminderTimes::daysBetween(const QDateTime &from, const QDateTime &to)
{
    return from.toTimeZone(korea()).date().daysTo(to.toTimeZone(korea()).date());
}

QString ReminderTimes::format(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toTimeZone(korea());
    const bool sameYear = local.date().year() == now.toTimeZone(korea()).date().year();
    const QLocale locale;
    // Formats rather than QLocale's short format: that one gives no weekday, and a reminder's weekday matters.
    if (locale.language() == QLocale::Korean)
        return locale.toString(local, sameYear ? QStringLiteral("M월 d일 (ddd) HH:mm")
                                               : QStringLiteral("yyyy년 M월 d일 (ddd) HH:mm"));
    return locale.toString(local,
                           sameYear ? QStringLiteral("ddd d MMM HH:mm") : QStringLiteral("ddd d MMM yyyy HH:mm"));
}

} // namespace gonggu
