#include "storage/StoredTime.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace gonggu;

namespace {

/** StoredTime: the fast path gives what toIsoUtc and fromIsoUtc give, and hands anything else to them. */
TEST(StoredTimeTest, WritesWhatToIsoUtcWrites)
{
    for (const QDateTime &time :
         {QDateTime(QDate(2026, 11, 1), QTime(0, 7), Qt::UTC), QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
          QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
          QDateTime(QDate(2026, 11, 1), QTime(9, 30), QTimeZone(9 * 3600)), // Seoul: goes through toIsoUtc
          QDateTime(QDate(2026, 11, 1), QTime(9, 30), Qt::LocalTime), QDateTime(),
          QDateTime(QDate(12345, 1, 1), QTime(1, 2), Qt::UTC)}) {
        EXPECT_EQ(StoredTime::text(time), toIsoUtc(time)) << toIsoUtc(time).toStdString();
    }
    EXPECT_EQ(StoredTime::text(QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC)),
              QStringLiteral("2026-03-04T05:06:07Z"));
}

TEST(StoredTimeTest, ReadsWhatFromIsoUtcReads)
{
    for (const QString &text : {QStringLiteral("2026-11-01T00:07:00Z"), QStringLiteral("0001-01-01T00:00:00Z"),
                                QStringLiteral("2026-11-01T09:07:00+09:00"), QStringLiteral("2026-11-01 00:07:00"),
                                QStringLiteral("2026-02-30T00:07:00Z"), QStringLiteral("2026-11-01T24:00:00Z"),
                                QStringLiteral("2026-11-01T00:61:00Z"), QStringLiteral("2026-1a-01T00:07:00Z"),
                                QStringLiteral("２０２６-11-01T00:07:00Z"), QStringLiteral("not a time"), QString()}) {
        const QDateTime fast = StoredTime::parse(text);
        const QDateTime general = fromIsoUtc(text);
        EXPECT_EQ(fast.isValid(), general.isValid()) << text.toStdString();
        EXPECT_EQ(fast, general) << text.toStdString();
        if (fast.isValid()) {
            EXPECT_EQ(fast.timeSpec(), Qt::UTC) << text.toStdString();
        }
    }
    EXPECT_FALSE(StoredTime::read(QVariant(QMetaType::fromType<QString>())).isValid()) << "NULL is no time";
    EXPECT_EQ(StoredTime::read(QStringLiteral("2026-11-01T00:07:00Z")),
              QDateTime(QDate(2026, 11, 1), QTime(0, 7), Qt::UTC));
}

TEST(StoredTimeTest, ReadsDaysAsParseIsoDateDoes)
{
    EXPECT_EQ(StoredTime::day(QStringLiteral("2026-11-07")), QDate(2026, 11, 7));
    for (const QString &text : {QStringLiteral("2026-02-30"), QStringLiteral("2026-11-7"), QStringLiteral("20261107"),
                                QStringLiteral("2026-11-07T00:00:00Z"), QStringLiteral("2026-1x-07"), QString()}) {
        EXPECT_EQ(StoredTime::day(text), parseIsoDate(text).value_or(QDate())) << text.toStdString();
        EXPECT_FALSE(StoredTime::day(text).isValid()) << text.toStdString();
    }
}

} // namespace
