// The .ics file read back line by line: CRLF, folding at 75 octets, nesting, escaping, UIDs and times.
#include "io/ICalendarWriter.h"
#include "CalendarLines.h"
#include "services/RoundMilestones.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace gonggu;
using namespace gonggu::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime stamp(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC);

Round demoLikeRound()
{
    Round round;
    round.id = 1;
    round.title = u"『실전 리팩터링』 공동구매"_s;
    round.supplier = u"가나다출판사"_s;
    round.bankAccount = u"가나은행 123-456-789012 (예금주 공구지기)"_s;
    round.opensOn = QDate(2026, 11, 1);
    round.closesOn = QDate(2026, 11, 30); // the next day is in the next month
    round.paymentDue = QDate(2026, 12, 4);
    round.orderedOn = QDate(2026, 12, 7);
    round.deliveryOn = QDate(2026, 12, 11);
    round.meetupAt = QDateTime(QDate(2026, 12, 12), QTime(5, 0), Qt::UTC); // 14:00 in Seoul
    round.meetupPlace = u"판교역 2번 출구 앞 카페, 2층; 모임방"_s;
    return round;
}

QByteArray calendarOf(const Round &round, Language language = Language::Korean, const QDateTime &when = stamp)
{
    ICalendarWriter writer(round.title);
    for (const CalendarEvent &event : RoundMilestones::calendarEvents(round, language))
        writer.add(event);
    return writer.toBytes(when);
}

TEST(ICalendarWriterTest, EscapesTextValues)
{
    EXPECT_EQ(ICalendarWriter::escapeText(u"a\\b;c,d\ne\r\nf\rg"_s), u"a\\\\b\\;c\\,d\\ne\\nf\\ng"_s);
    EXPECT_EQ(ICalendarWriter::escapeText(u"탭\t문자"_s), u"탭 문자"_s);
    EXPECT_EQ(ICalendarWriter::escapeText(u"모임: 14시"_s), u"모임: 14시"_s); // a colon needs no escape
}

TEST(ICalendarWriterTest, ShortLinesAreNotFolded)
{
    EXPECT_EQ(ICalendarWriter::foldLine(u"VERSION:2.0"_s), QByteArray("VERSION:2.0\r\n"));
    const QString exactly75 = u"X:"_s + QString(73, u'a');
    EXPECT_EQ(ICalendarWriter::foldLine(exactly75), exactly75.toUtf8() + "\r\n");
}

TEST(ICalendarWriterTest, FoldsHangulWithoutCuttingACharacter)
{
    // "SUMMARY:" is 8 octets and every Hangul syllable 3: octet 75 falls inside a syllable.
    const QString line = u"SUMMARY:"_s + QString(u"가나다라마바사아자차카타파하"_s).repeated(5);
    const QByteArray folded = ICalendarWriter::foldLine(line);
    const CalendarLines lines(folded);
    EXPECT_TRUE(lines.problems.isEmpty()) << lines.problems.join(u'\n').toStdString();
    ASSERT_GE(lines.physical.size(), 3);
    for (qsizetype i = 1; i < lines.physical.size(); ++i)
        EXPECT_TRUE(lines.physical[i].startsWith(' '));
    // Folded as late as a whole character allows: 8 + 22 × 3 = 74 octets, then 1 + 24 × 3 = 73.
    EXPECT_EQ(lines.physical[0].size(), 74);
    EXPECT_EQ(lines.physical[1].size(), 73);
    ASSERT_EQ(lines.logical.size(), 1);
    EXPECT_EQ(lines.logical[0], line);
}

TEST(ICalendarWriterTest, FoldsAsciiAtExactly75Octets)
{
    const QString line = u"DESCRIPTION:"_s + QString(200, u'x');
    const CalendarLines lines(ICalendarWriter::foldLine(line));
    EXPECT_TRUE(lines.problems.isEmpty()) << lines.problems.join(u'\n').toStdString();
    EXPECT_EQ(lines.physical[0].size(), 75);
    EXPECT_EQ(lines.physical[1].size(), 75);
    EXPECT_EQ(lines.logical.value(0), line);
}

TEST(ICalendarWriterTest, WholeFileIsWellFormed)
{
    const CalendarLines lines(calendarOf(demoLikeRound()));
    EXPECT_TRUE(lines.problems.isEmpty()) << lines.problems.join(u'\n').toStdString();
    ASSERT_GE(lines.logical.size(), 4);
    EXPECT_EQ(lines.logical.first(), u"BEGIN:VCALENDAR"_s);
    EXPECT_EQ(lines.logical.last(), u"END:VCALENDAR"_s);
    EXPECT_TRUE(CalendarLines::value(lines.logical, u"PRODID"_s).startsWith(u"-//Gonggu//"_s));
    EXPECT_EQ(CalendarLines::value(lines.logical, u"VERSION"_s), u"2.0"_s);
    EXPECT_EQ(CalendarLines::value(lines.logical, u"CALSCALE"_s), u"GREGORIAN"_s);

    // The zone the meetup refers to is defined in the file: KST, +09:00, no daylight saving.
    const qsizetype zone = lines.logical.indexOf(u"BEGIN:VTIMEZONE"_s);
    ASSERT_GE(zone, 0);
    EXPECT_EQ(lines.logical[zone + 1], u"TZID:Asia/Seoul"_s);
    EXPECT_TRUE(lines.logical.contains(u"TZOFFSETTO:+0900"_s));
    EXPECT_TRUE(lines.logical.contains(u"TZNAME:KST"_s));
    EXPECT_FALSE(lines.logical.contains(u"BEGIN:DAYLIGHT"_s));
}

TEST(ICalendarWriterTest, OneEventPerMilestoneWithStableUids)
{
    const CalendarLines first(calendarOf(demoLikeRound()));
    const CalendarLines second(calendarOf(demoLikeRound(), Language::Korean, stamp.addDays(3)));
    const QList<QStringList> events = first.events();
    ASSERT_EQ(events.size(), 6);
    const QStringList uids{u"round-1-opens@gonggu"_s,   u"round-1-closes@gonggu"_s,   u"round-1-payment-due@gonggu"_s,
                           u"round-1-ordered@gonggu"_s, u"round-1-delivery@gonggu"_s, u"round-1-meetup@gonggu"_s};
    for (qsizetype i = 0; i < events.size(); ++i) {
        EXPECT_EQ(CalendarLines::value(events[i], u"UID"_s), uids[i]);
        EXPECT_EQ(CalendarLines::value(second.events()[i], u"UID"_s), uids[i]) << "UID changed between exports";
        EXPECT_EQ(CalendarLines::value(events[i], u"DTSTAMP"_s), u"20261110T120000Z"_s);
        EXPECT_EQ(CalendarLines::value(second.events()[i], u"DTSTAMP"_s), u"20261113T120000Z"_s);
    }
    const QRegularExpression utcStamp(u"^\\d{8}T\\d{6}Z$"_s);
    EXPECT_TRUE(utcStamp.match(CalendarLines::value(events[0], u"DTSTAMP"_s)).hasMatch());
}

TEST(ICalendarWriterTest, DatesAreAllDayEventsEndingTheNextDay)
{
    const QList<QStringList> events = CalendarLines(calendarOf(demoLikeRound())).events();
    ASSERT_EQ(events.size(), 6);
    const QStringList closes = events[1];
    EXPECT_EQ(CalendarLines::value(closes, u"DTSTART;VALUE=DATE"_s), u"20261130"_s);
    EXPECT_EQ(CalendarLines::value(closes, u"DTEND;VALUE=DATE"_s), u"20261201"_s);
    EXPECT_EQ(CalendarLines::value(events[2], u"DTSTART;VALUE=DATE"_s), u"20261204"_s);
    EXPECT_EQ(CalendarLines::value(events[2], u"DTEND;VALUE=DATE"_s), u"20261205"_s);
    for (qsizetype i = 0; i < 5; ++i) {
        for (const QString &line : events[i])
            EXPECT_FALSE(line.startsWith(u"DTSTART;TZID"_s)) << line.toStdString();
    }
}

TEST(ICalendarWriterTest, MeetupIsTimedInSeoulWithItsPlace)
{
    const QStringList meetup = CalendarLines(calendarOf(demoLikeRound())).events().value(5);
    EXPECT_EQ(CalendarLines::value(meetup, u"DTSTART;TZID=Asia/Seoul"_s), u"20261212T140000"_s);
    EXPECT_EQ(CalendarLines::value(meetup, u"DTEND;TZID=Asia/Seoul"_s), u"20261212T160000"_s);
    EXPECT_EQ(CalendarLines::value(meetup, u"LOCATION"_s), u"판교역 2번 출구 앞 카페\\, 2층\\; 모임방"_s);
    EXPECT_EQ(CalendarLines::value(meetup, u"SUMMARY"_s), u"『실전 리팩터링』 공구 모임 (책 전달)"_s);
}

TEST(ICalendarWriterTest, HangulSummaryUnfoldsExactly)
{
    Round round = demoLikeRound();
    round.title = u"『데이터 중심 애플리케이션 설계와 실전 리팩터링, 그리고 테스트 주도 개발』 공동구매"_s;
    const CalendarLines lines(calendarOf(round));
    EXPECT_TRUE(lines.problems.isEmpty()) << lines.problems.join(u'\n').toStdString();
    const QString summary = CalendarLines::value(lines.events().value(1), u"SUMMARY"_s);
    EXPECT_EQ(summary,
              u"『데이터 중심 애플리케이션 설계와 실전 리팩터링\\, 그리고 테스트 주도 개발』 공구 신청 마감"_s);
    // It was long enough to be folded.
    EXPECT_TRUE(std::any_of(lines.physical.begin(), lines.physical.end(),
                            [](const QByteArray &line) { return line.startsWith(' '); }));
}

TEST(ICalendarWriterTest, SummariesInEnglish)
{
    const QList<QStringList> events = CalendarLines(calendarOf(demoLikeRound(), Language::English)).events();
    ASSERT_EQ(events.size(), 6);
    EXPECT_EQ(CalendarLines::value(events[1], u"SUMMARY"_s), u"『실전 리팩터링』 공동구매: applications close"_s);
    EXPECT_EQ(CalendarLines::value(events[2], u"SUMMARY"_s), u"『실전 리팩터링』 공동구매: payment due"_s);
}

TEST(ICalendarWriterTest, PaymentDueDescribesTheAccount)
{
    const QStringList payment = CalendarLines(calendarOf(demoLikeRound())).events().value(2);
    EXPECT_EQ(
        CalendarLines::value(payment, u"DESCRIPTION"_s),
        u"『실전 리팩터링』 공동구매\\n출판사: 가나다출판사\\n입금 계좌: 가나은행 123-456-789012 (예금주 공구지기)"_s);
}

} // namespace
