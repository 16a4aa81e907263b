#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gonggu::test {

/** An .ics file taken apart the way a strict reader would, with what it found wrong. */
struct CalendarLines
{
    QList<QByteArray> physical; // as written, without their CRLF
    QStringList logical;        // unfolded and decoded
    QStringList problems;       // bare CR or LF, over-long lines, broken UTF-8, BEGIN/END mismatch

    explicit CalendarLines(const QByteArray &bytes)
    {
        if (!bytes.endsWith("\r\n"))
            problems << QStringLiteral("the file does not end in CRLF");
        physical = bytes.split('\n');
        if (!physical.isEmpty() && physical.last().isEmpty())
            physical.removeLast();
        QByteArray current;
        for (qsizetype i = 0; i < physical.size(); ++i) {
            QByteArray &line = physical[i];
            if (!line.endsWith('\r'))
                problems << QStringLiteral("line %1 ends in a bare LF").arg(i + 1);
            else
                line.chop(1);
            if (line.contains('\r'))
                problems << QStringLiteral("line %1 holds a bare CR").arg(i + 1);
            if (line.size() > 75)
                problems << QStringLiteral("line %1 is %2 octets long").arg(i + 1).arg(line.size());
            // A physical line on its own must be whole UTF-8: a fold never cuts a character.
            if (QString::fromUtf8(line).toUtf8() != line)
                problems << QStringLiteral("line %1 is not whole UTF-8").arg(i + 1);
            if (line.startsWith(' ')) {
                current += line.mid(1);
                continue;
            }
            if (i > 0)
                logical << QString::fromUtf8(current);
            current = line;
        }
        if (!physical.isEmpty())
            logical << QString::fromUtf8(current);

        QStringList open;
        for (const QString &line : logical) {
            if (line.startsWith(QStringLiteral("BEGIN:"))) {
                open << line.mid(6);
            } else if (line.startsWith(QStringLiteral("END:"))) {
                if (open.isEmpty() || open.last() != line.mid(4))
                    problems << QStringLiteral("%1 does not close %2").arg(line, open.value(open.size() - 1));
                else
                    open.removeLast();
            }
        }
        if (!open.isEmpty())
            problems << QStringLiteral("not closed: %1").arg(open.join(u','));
    }

    /** The logical lines of each VEVENT, in file order. */
    QList<QStringList> events() const
    {
        QList<QStringList> found;
        bool inside = false;
        for (const QString &line : logical) {
            if (line == u"BEGIN:VEVENT") {
                inside = true;
                found << QStringList();
            } else if (line == u"END:VEVENT") {
                inside = false;
            } else if (inside) {
                found.last() << line;
            }
        }
        return found;
    }

    /** The value of the first property of that name ("SUMMARY", "DTSTART;VALUE=DATE") in `lines`. */
    static QString value(const QStringList &lines, const QString &nameWithParameters)
    {
        for (const QString &line : lines) {
            if (line.startsWith(nameWithParameters + u':'))
                return line.mid(nameWithParameters.size() + 1);
        }
        return {};
    }
};

} // namespace gonggu::test
