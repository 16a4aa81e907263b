#pragma once

#include "domain/DateText.h"

#include <QDateTime>
#include <QVariant>

namespace gonggu {

/** Writes and reads back the UTC times storage keeps ("2026-11-01T00:07:00Z", as toIsoUtc and fromIsoUtc do)
 *  without QDateTime's general ISO-8601 formatter and parser, which cost microseconds a time: a round of 100,000
 *  buyers holds hundreds of thousands of them, and an import writes as many. Anything else (a time in another
 *  zone, an older or hand-edited value) goes through toIsoUtc or fromIsoUtc, so the results are the same. */
class StoredTime
{
public:
    static QString text(const QDateTime &time)
    {
        if (time.timeSpec() != Qt::UTC || !time.isValid())
            return toIsoUtc(time);
        const QDate date = time.date();
        const QTime clock = time.time();
        if (date.year() < 1 || date.year() > 9999)
            return toIsoUtc(time);
        char16_t text[20] = {};
        const auto put = [&text](int at, int value, int width) {
            for (int i = at + width - 1; i >= at; --i, value /= 10)
                text[i] = char16_t(u'0' + value % 10);
        };
        put(0, date.year(), 4);
        text[4] = u'-';
        put(5, date.month(), 2);
        text[7] = u'-';
        put(8, date.day(), 2);
        text[10] = u'T';
        put(11, clock.hour(), 2);
        text[13] = u':';
        put(14, clock.minute(), 2);
        text[16] = u':';
        put(17, clock.second(), 2);
        text[19] = u'Z';
        return QString(reinterpret_cast<const QChar *>(text), 20);
    }

    /** A day as storage keeps it ("2026-11-07"); an invalid date for anything that is not one. */
    static QDate day(const QString &text)
    {
        if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
            return parseIsoDate(text).value_or(QDate());
        int fields[3] = {};
        const int starts[3] = {0, 5, 8};
        const int widths[3] = {4, 2, 2};
        for (int f = 0; f < 3; ++f) {
            for (int i = starts[f]; i < starts[f] + widths[f]; ++i) {
                const char16_t c = text[i].unicode();
                if (c < u'0' || c > u'9')
                    return parseIsoDate(text).value_or(QDate());
                fields[f] = fields[f] * 10 + (c - u'0');
            }
        }
        return QDate(fields[0], fields[1], fields[2]); // invalid for the 30th of February, as parseIsoDate says
    }

    static QDateTime read(const QVariant &value)
    {
        if (value.isNull())
            return {};
        return parse(value.toString());
    }

    static QDateTime parse(const QString &text)
    {
        constexpr qsizetype length = 20; // yyyy-MM-ddTHH:mm:ssZ
        if (text.size() != length || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':' ||
            text[16] != u':' || text[19] != u'Z')
            return fromIsoUtc(text);
        int fields[6] = {};
        const int starts[6] = {0, 5, 8, 11, 14, 17};
        const int widths[6] = {4, 2, 2, 2, 2, 2};
        for (int f = 0; f < 6; ++f) {
            for (int i = starts[f]; i < starts[f] + widths[f]; ++i) {
                const char16_t c = text[i].unicode();
                if (c < u'0' || c > u'9')
                    return fromIsoUtc(text);
                fields[f] = fields[f] * 10 + (c - u'0');
            }
        }
        const QDate date(fields[0], fields[1], fields[2]);
        const QTime time(fields[3], fields[4], fields[5]);
        if (!date.isValid() || !time.isValid())
            return fromIsoUtc(text);
        return QDateTime(date, time, Qt::UTC);
    }
};

} // namespace gonggu
