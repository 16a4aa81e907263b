#include "ICalendarWriter.h"

#include "PrivateFile.h"

namespace gonggu {
namespace {

// Korea has kept +09:00 all year since 1988, so one STANDARD block describes the zone fully and the
// file does not depend on the time-zone database of the machine that reads it.
constexpr int seoulOffsetSeconds = 9 * 3600;
constexpr qsizetype maxLineOctets = 75;

QString dateValue(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString seoulLocalValue(const QDateTime &utc)
{
    return utc.toOffsetFromUtc(seoulOffsetSeconds).toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString utcValue(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

bool isContinuationByte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

} // namespace

QString ICalendarWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            escaped += QStringLiteral("\\n");
        } else if (c == u'\n') {
            escaped += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            // Other control characters are not allowed in a TEXT value (RFC 5545 3.3.11).
            escaped += u' ';
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray ICalendarWriter::foldLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray folded;
    folded.reserve(utf8.size() + utf8.size() / 64 * 3 + 2);
    qsizetype start = 0;
    qsizetype room = maxLineOctets; // the first line has all 75; a continuation spends one on its space
    while (utf8.size() - start > room) {
        qsizetype cut = start + room;
        while (cut > start && isContinuationByte(utf8[cut]))
            --cut; // never end a line inside a multi-byte character
        folded += utf8.mid(start, cut - start);
        folded += "\r\n ";
        start = cut;
        room = maxLineOctets - 1;
    }
    folded += utf8.mid(start);
    folded += "\r\n";
    return folded;
}

QByteArray ICalendarWriter::toBytes(const QDateTime &stampUtc) const
{
    QByteArray out;
    const auto line = [&out](const QString &text) { out += foldLine(text); };
    const QString stamp = utcValue(stampUtc);

    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("PRODID:-//Gonggu//Gonggu %1//KO").arg(QStringLiteral(GONGGU_VERSION)));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    if (!m_calendarName.isEmpty())
        line(QStringLiteral("X-WR-CALNAME:") + escapeText(m_calendarName));
    line(QStringLiteral("X-WR-TIMEZONE:Asia/Seoul"));

    line(QStringLiteral("BEGIN:VTIMEZONE"));
    line(QStringLiteral("TZID:Asia/Seoul"));
    line(QStringLiteral("BEGIN:STANDARD"));
    line(QStringLiteral("DTSTART:19700101T000000"));
    line(QStringLiteral("TZOFFSETFROM:+0900"));
    line(QStringLiteral("TZOFFSETTO:+0900"));
    line(QStringLiteral("TZNAME:KST"));
    line(QStringLiteral("END:STANDARD"));
    line(QStringLiteral("END:VTIMEZONE"));

    for (const CalendarEvent &event : m_events) {
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + event.uid);
        line(QStringLiteral("DTSTAMP:") + stamp);
        if (event.date.isValid()) {
            // An all-day event ends (exclusively) on the next day.
            line(QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(event.date));
            line(QStringLiteral("DTEND;VALUE=DATE:") + dateValue(event.date.addDays(1)));
            line(QStringLiteral("TRANSP:TRANSPARENT"));
        } else {
            line(QStringLiteral("DTSTART;TZID=Asia/Seoul:") + seoulLocalValue(event.startUtc));
            line(QStringLiteral("DTEND;TZID=Asia/Seoul:") +
                 seoulLocalValue(event.startUtc.addSecs(qint64(event.durationMinutes) * 60)));
        }
        line(QStringLiteral("SUMMARY:") + escapeText(event.summary));
        if (!event.description.isEmpty())
            line(QStringLiteral("DESCRIPTION:") + escapeText(event.description));
        if (!event.location.isEmpty())
            line(QStringLiteral("LOCATION:") + escapeText(event.location));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

void ICalendarWriter::writeFile(const QString &path, const QDateTime &stampUtc) const
{
    writePrivateFile(path, toBytes(stampUtc));
}

} // namespace gonggu
