#include "XlsxCellFormat.h"

#include <QDate>
#include <QHash>
#include <QTime>
#include <QXmlStreamReader>

#include <cmath>

namespace gonggu {

using namespace Qt::StringLiterals;

namespace {

// More cell styles than Excel allows (64,000) means the part is not what it claims to be.
constexpr qsizetype maxStyles = 100'000;
constexpr qint64 secondsPerDay = 86'400;
// 9999-12-31, the last day Excel can show.
constexpr double maxSerial = 2'958'466.0;

} // namespace

XlsxCellFormat::Kind XlsxCellFormat::builtInKind(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
        return Kind::Date; // 27-36 and 50-58 are the East Asian (Korean) locales' date formats
    if ((id >= 18 && id <= 21) || id == 32 || id == 33 || (id >= 45 && id <= 47))
        return Kind::Time;
    if (id == 22)
        return Kind::DateTime;
    return Kind::Number;
}

XlsxCellFormat::Kind XlsxCellFormat::codeKind(QStringView code)
{
    bool date = false;
    bool time = false;
    bool month = false; // "m" is a month unless the code also has hours or seconds
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // escapes, padding and fill each take the next character literally
        } else if (code.sliced(i).startsWith(u"am/pm", Qt::CaseInsensitive)) {
            time = true;
            i += 4;
        } else if (code.sliced(i).startsWith(u"a/p", Qt::CaseInsensitive)) {
            time = true;
            i += 2;
        } else {
            switch (c.toLower().unicode()) {
            case u'y':
            case u'd':
                date = true;
                break;
            case u'h':
            case u's':
                time = true;
                break;
            case u'm':
                month = true;
                break;
            default:
                break;
            }
        }
    }
    date = date || (month && !time);
    if (date && time)
        return Kind::DateTime;
    return date ? Kind::Date : time ? Kind::Time : Kind::Number;
}

std::vector<XlsxCellFormat::Kind> XlsxCellFormat::readStyles(QXmlStreamReader &xml)
{
    QHash<int, Kind> customKinds;
    std::vector<int> cellFormatIds;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"numFmt") {
                const int id = xml.attributes().value("numFmtId"_L1).toInt();
                customKinds.insert(id, codeKind(xml.attributes().value("formatCode"_L1)));
            } else if (name == u"cellXfs") {
                inCellXfs = true;
            } else if (name == u"xf" && inCellXfs) {
                if (qsizetype(cellFormatIds.size()) >= maxStyles) {
                    xml.raiseError(QStringLiteral("more cell styles than Excel allows"));
                    break;
                }
                cellFormatIds.push_back(xml.attributes().value("numFmtId"_L1).toInt());
                xml.skipCurrentElement();
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    // Resolved once the whole part is read: numFmts are meant to come first, but need not.
    std::vector<Kind> kinds;
    kinds.reserve(cellFormatIds.size());
    for (const int id : cellFormatIds)
        kinds.push_back(customKinds.contains(id) ? customKinds.value(id) : builtInKind(id));
    return kinds;
}

QString XlsxCellFormat::numberText(double value)
{
    if (value == 0 || !std::isfinite(value))
        return value == 0 ? QStringLiteral("0") : QString::number(value);
    // Whole numbers below 10^15 are exact in a double: phone numbers, amounts, ISBNs stored as numbers.
    if (std::abs(value) < 1e15 && value == std::trunc(value))
        return QString::number(static_cast<qint64>(value));
    // 15 significant digits hide binary noise (0.1 + 0.2) as Excel does; spell any exponent out.
    const QString general = QString::number(value, 'g', 15);
    const qsizetype e = general.indexOf(u'e');
    if (e < 0)
        return general;
    const int exponent = general.sliced(e + 1).toInt();
    QString mantissa = general.first(e);
    const bool negative = mantissa.startsWith(u'-');
    if (negative)
        mantissa.remove(0, 1);
    const qsizetype dot = mantissa.indexOf(u'.');
    const qsizetype point = (dot < 0 ? mantissa.size() : dot) + exponent; // where the point goes
    QString digits = mantissa.remove(u'.');
    QString text;
    if (point <= 0)
        text = QStringLiteral("0.") + QString(-point, u'0') + digits;
    else if (point >= digits.size())
        text = digits + QString(point - digits.size(), u'0');
    else
        text = digits.first(point) + u'.' + digits.sliced(point);
    return negative ? u'-' + text : text;
}

std::optional<QString> XlsxCellFormat::serialText(double serial, Kind kind, bool date1904)
{
    if (kind == Kind::Number || !(serial >= 0 && serial < maxSerial))
        return std::nullopt;
    const qint64 totalSeconds = std::llround(serial * secondsPerDay);
    const qint64 days = totalSeconds / secondsPerDay;
    const QString time = QTime(0, 0).addSecs(int(totalSeconds % secondsPerDay)).toString(u"HH:mm:ss");
    // A time on its own is a serial below one day; in the 1900 system day 0 has no date anyway.
    if (kind == Kind::Time && days == 0)
        return time;
    if (days == 0 && !date1904)
        return kind == Kind::Date ? std::nullopt : std::optional<QString>(time);

    QString dateText;
    if (date1904) {
        dateText = QDate(1904, 1, 1).addDays(days).toString(u"yyyy-MM-dd");
    } else if (days == 60) {
        dateText = QStringLiteral("1900-02-29"); // Lotus 1-2-3's leap day, which Excel keeps for compatibility
    } else {
        // Serials from 61 on count one day too many because of that leap day.
        dateText = QDate(1899, 12, days > 60 ? 30 : 31).addDays(days).toString(u"yyyy-MM-dd");
    }
    return kind == Kind::Date ? dateText : dateText + u' ' + time;
}

} // namespace gonggu
