#include "domain/DateText.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace gonggu;

namespace {

struct DateCase
{
    const char16_t *text;
    QDate date; // null: the text must be refused
};

void PrintTo(const DateCase &c, std::ostream *out)
{
    *out << '"' << QString::fromUtf16(c.text).toStdString() << '"';
}

/** parseIsoDate accepts real calendar dates written exactly YYYY-MM-DD. */
class IsoDateAcceptedTest : public ::testing::TestWithParam<DateCase>
{
};

TEST_P(IsoDateAcceptedTest, GivesThatDate)
{
    const std::optional<QDate> date = parseIsoDate(QString::fromUtf16(GetParam().text));
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(*date, GetParam().date);
}

INSTANTIATE_TEST_SUITE_P(Dates, IsoDateAcceptedTest,
                         ::testing::Values(DateCase{u"2026-11-05", QDate(2026, 11, 5)},
                                           DateCase{u"2024-02-29", QDate(2024, 2, 29)},
                                           DateCase{u"2026-12-31", QDate(2026, 12, 31)},
                                           DateCase{u"2027-01-01", QDate(2027, 1, 1)}));

/** parseIsoDate refuses impossible dates and every other spelling. */
class IsoDateRefusedTest : public ::testing::TestWithParam<DateCase>
{
};

TEST_P(IsoDateRefusedTest, GivesNothing)
{
    const QString text = QString::fromUtf16(GetParam().text);
    const std::optional<QDate> date = parseIsoDate(text);
    EXPECT_FALSE(date.has_value()) << '"' << text.toStdString() << "\" parsed as " << date->toString().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Spellings, IsoDateRefusedTest,
                         ::testing::Values(DateCase{u"2026-02-30", QDate()}, DateCase{u"2025-02-29", QDate()},
                                           DateCase{u"2026-13-01", QDate()}, DateCase{u"2026-00-10", QDate()},
                                           DateCase{u"2026-11-00", QDate()}, DateCase{u"2026-1-5", QDate()},
                                           DateCase{u"20261105", QDate()}, DateCase{u"", QDate()},
                                           DateCase{u" ", QDate()}, DateCase{u"2026/11/05", QDate()},
                                           DateCase{u"26-11-05", QDate()}, DateCase{u"2026.11.05", QDate()},
                                           DateCase{u" 2026-11-05", QDate()}, DateCase{u"2026-11-05 ", QDate()},
                                           DateCase{u"2026-11-05T00:00:00", QDate()},
                                           DateCase{u"２０２６-11-05", QDate()},
                                           DateCase{u"2026년 11월 5일", QDate()}));

TEST(DateTextTest, TrailingNewlineIsRefused)
{
    // A pasted cell or a shell argument may end with a newline; "strict YYYY-MM-DD" must not take it.
    EXPECT_FALSE(parseIsoDate(QStringLiteral("2026-11-05\n")).has_value());
}

TEST(DateTextTest, WritesIsoDatesAndNothingForNull)
{
    EXPECT_EQ(toIsoDate(QDate(2026, 11, 5)), QStringLiteral("2026-11-05"));
    EXPECT_TRUE(toIsoDate(QDate()).isEmpty());
}

TEST(DateTextTest, WritesTimesInUtcWithSeconds)
{
    const QDateTime seoul(QDate(2026, 11, 2), QTime(10, 2, 3), QTimeZone(9 * 3600));
    EXPECT_EQ(toIsoUtc(seoul), QStringLiteral("2026-11-02T01:02:03Z"));
    EXPECT_TRUE(toIsoUtc(QDateTime()).isEmpty());
}

TEST(DateTextTest, ReadsUtcTimesBack)
{
    const QDateTime utc(QDate(2026, 11, 2), QTime(1, 2, 3), Qt::UTC);
    const QDateTime back = fromIsoUtc(toIsoUtc(utc));
    EXPECT_EQ(back, utc);
    EXPECT_EQ(back.timeSpec(), Qt::UTC);
    EXPECT_EQ(fromIsoUtc(QStringLiteral("2026-11-02T10:02:03+09:00")), utc);
}

TEST(DateTextTest, MalformedOrEmptyTimesAreNull)
{
    EXPECT_FALSE(fromIsoUtc(QString()).isValid());
    EXPECT_FALSE(fromIsoUtc(QStringLiteral("yesterday")).isValid());
    EXPECT_FALSE(fromIsoUtc(QStringLiteral("2026-13-45T99:00:00Z")).isValid());
}

} // namespace
