#include "ApplicationValues.h"

#include "domain/TextNormalization.h"

#include <QRegularExpression>

#include <limits>

namespace gonggu::ApplicationValues {
namespace {

bool containsAny(const QString &folded, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *word : words) {
        if (folded.contains(QStringView(word)))
            return true;
    }
    return false;
}

QDateTime localTime(int year, int month, int day, int hour, int minute, int second)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time); // local time: the coordinator's (and the form owner's) clock
}

int twelveHour(int hour, const QString &marker)
{
    const QString folded = foldForMatching(marker);
    const bool afternoon = folded == u"오후" || folded == u"pm";
    const bool morning = folded == u"오전" || folded == u"am";
    if (afternoon && hour < 12)
        return hour + 12;
    if (morning && hour == 12)
        return 0;
    return hour;
}

/** The time a timestamp in a known form names (invalid when no such day or time exists), or nullopt
 *  when the text is in no known form. */
std::optional<QDateTime> readTimestamp(const QString &text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression korean(QRegularExpression::anchoredPattern(QStringLiteral(
        R"((\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?\s*(오전|오후|AM|PM|am|pm)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM|am|pm)?)")));
    static const QRegularExpression iso(QRegularExpression::anchoredPattern(
        QStringLiteral(R"((\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?)")));
    static const QRegularExpression american(QRegularExpression::anchoredPattern(
        QStringLiteral(R"((\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM|am|pm)?)?)")));

    if (const auto m = korean.match(trimmed); m.hasMatch()) {
        const QString marker = m.captured(4).isEmpty() ? m.captured(8) : m.captured(4);
        return localTime(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                         twelveHour(m.captured(5).toInt(), marker), m.captured(6).toInt(), m.captured(7).toInt());
    }
    if (const auto m = iso.match(trimmed); m.hasMatch())
        return localTime(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                         m.captured(5).toInt(), m.captured(6).toInt());
    if (const auto m = american.match(trimmed); m.hasMatch())
        return localTime(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt(),
                         twelveHour(m.captured(4).toInt(), m.captured(7)), m.captured(5).toInt(),
                         m.captured(6).toInt());
    return std::nullopt;
}

} // namespace

std::optional<int> copies(const QString &text)
{
    QString folded = foldForMatching(text); // also turns full-width digits into ASCII
    if (folded.isEmpty())
        return 0;
    for (const char16_t *unit : {u"권", u"부", u"개", u"copies", u"copy", u"books", u"book", u"ea"}) {
        if (folded.endsWith(QStringView(unit))) {
            folded.chop(qsizetype(std::char_traits<char16_t>::length(unit)));
            break;
        }
    }
    static const QRegularExpression number(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]+")));
    if (!number.match(folded).hasMatch())
        return std::nullopt;
    // More digits than an int holds is still a number of copies, only far more than anyone orders.
    return folded.size() > 9 ? std::numeric_limits<int>::max() : folded.toInt();
}

std::optional<Delivery> delivery(const QString &text)
{
    const QString folded = foldForMatching(text);
    if (folded.isEmpty())
        return std::nullopt;
    if (containsAny(folded, {u"택배", u"배송", u"우편", u"courier", u"shipping", u"delivery", u"post", u"mail"}))
        return Delivery::Courier;
    if (containsAny(folded,
                    {u"현장", u"직접", u"모임", u"수령", u"방문", u"pickup", u"pick-up", u"meetup", u"inperson"}))
        return Delivery::Pickup;
    return std::nullopt;
}

bool asksFor(const QString &text)
{
    const QString folded = foldForMatching(text);
    if (folded.isEmpty() ||
        containsAny(folded, {u"불필요", u"필요없", u"아니", u"안함", u"없음", u"미발행", u"미신청"}))
        return false;
    // English and symbols only as whole answers: "no" inside "Nokia" must not read as a refusal.
    for (const char16_t *refusal : {u"no", u"n", u"x", u"false", u"0", u"-", u"none", u"notneeded", u"notrequired"}) {
        if (folded == QStringView(refusal))
            return false;
    }
    return true;
}

std::optional<OrderStatus> status(const QString &text)
{
    const QString folded = foldForMatching(text);
    if (containsAny(folded, {u"취소", u"cancel"}))
        return OrderStatus::Cancelled;
    if (containsAny(folded, {u"확정", u"confirm"}))
        return OrderStatus::Confirmed;
    if (containsAny(folded, {u"관심", u"interest", u"예정"}))
        return OrderStatus::Interested;
    if (containsAny(folded, {u"신청", u"appl", u"order"}))
        return OrderStatus::Applied;
    return std::nullopt;
}

QDateTime timestamp(const QString &text)
{
    return readTimestamp(text).value_or(QDateTime());
}

bool isImpossibleTimestamp(const QString &text)
{
    const std::optional<QDateTime> time = readTimestamp(text);
    return time && !time->isValid();
}

} // namespace gonggu::ApplicationValues
