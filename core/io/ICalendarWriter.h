#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace gonggu {

/** One calendar entry: a whole day (date) or a timed event (startUtc) shown in Korean time. */
struct CalendarEvent
{
    QString uid; // stable, so that importing the file again updates the entry instead of adding one
    QString summary;
    QString description;
    QString location;
    QDate date;         // an all-day event when valid
    QDateTime startUtc; // a timed event otherwise
    int durationMinutes = 120;
};

/** Writes events as an RFC 5545 iCalendar file: CRLF lines folded at 75 octets, times in Asia/Seoul. */
class ICalendarWriter
{
public:
    /** `calendarName` names the calendar for clients that show one (X-WR-CALNAME). */
    explicit ICalendarWriter(QString calendarName = {}) : m_calendarName(std::move(calendarName)) {}

    void add(CalendarEvent event) { m_events.push_back(std::move(event)); }

    /** The whole file; `stampUtc` is DTSTAMP, the time the file was made. */
    QByteArray toBytes(const QDateTime &stampUtc) const;
    /** Writes the file through a temporary beside it, private (0600) before any byte goes in. */
    void writeFile(const QString &path, const QDateTime &stampUtc) const;

    /** TEXT value escaping: backslash, semicolon, comma and line breaks. */
    static QString escapeText(const QString &text);
    /** One content line as UTF-8 ending in CRLF, folded so no physical line passes 75 octets and no
     *  multi-byte character is cut in two. */
    static QByteArray foldLine(const QString &line);

private:
    QString m_calendarName;
    std::vector<CalendarEvent> m_events;
};

} // namespace gonggu
