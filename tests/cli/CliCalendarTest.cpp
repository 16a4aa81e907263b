// The calendar, reminders and checklist commands through gonggu-cli: files, exit codes, refusals.
#include "CliProcess.h"
#include "TempWorkspace.h"
#include "core/services/schedule/CalendarLines.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList uidsOf(const CalendarLines &lines)
{
    QStringList uids;
    for (const QStringList &event : lines.events())
        uids << CalendarLines::value(event, u"UID"_s);
    return uids;
}

class CliCalendarTest : public CliTest
{
protected:
    CliResult calendar(const QString &round, const QString &file, const QStringList &more = {}) const
    {
        return cli(QStringList{u"calendar"_s, u"--round"_s, round, u"--output"_s, file} + more);
    }
    QJsonArray json(const QStringList &arguments) const
    {
        const CliResult result = cli(arguments + QStringList{u"--format"_s, u"json"_s});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        return result.json().array();
    }
};

TEST_F(CliCalendarTest, DemoRoundBecomesAPrivateCalendarFile)
{
    useDemoWorkspace();
    const QString file = pathFor(u"round.ics"_s);
    const CliResult result = calendar(u"1"_s, file);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(posixMode(file), 0600);

    const CalendarLines lines(readAll(file));
    EXPECT_TRUE(lines.problems.isEmpty()) << lines.problems.join(u'\n').toStdString();
    const QList<QStringList> events = lines.events();
    ASSERT_EQ(events.size(), 6);
    EXPECT_EQ(CalendarLines::value(events[1], u"SUMMARY"_s), u"『실전 리팩터링』 공구 신청 마감"_s);
    EXPECT_EQ(CalendarLines::value(events[1], u"DTSTART;VALUE=DATE"_s), u"20261103"_s);
    EXPECT_EQ(CalendarLines::value(events[1], u"DTEND;VALUE=DATE"_s), u"20261104"_s);
    EXPECT_EQ(CalendarLines::value(events[5], u"DTSTART;TZID=Asia/Seoul"_s), u"20261114T140000"_s);
    EXPECT_FALSE(CalendarLines::value(events[5], u"LOCATION"_s).isEmpty());
}

TEST_F(CliCalendarTest, ExportingAgainKeepsTheUids)
{
    useDemoWorkspace();
    ASSERT_EQ(calendar(u"1"_s, pathFor(u"a.ics"_s)).exitCode, 0);
    ASSERT_EQ(calendar(u"1"_s, pathFor(u"b.ics"_s), {u"--language"_s, u"en"_s}).exitCode, 0);
    const CalendarLines first(readAll(pathFor(u"a.ics"_s)));
    const CalendarLines second(readAll(pathFor(u"b.ics"_s)));
    EXPECT_EQ(uidsOf(first), uidsOf(second));
    EXPECT_EQ(uidsOf(first).value(0), u"round-1-opens@gonggu"_s);
    EXPECT_EQ(CalendarLines::value(second.events().value(2), u"SUMMARY"_s),
              u"『실전 리팩터링』 공동구매: payment due"_s);
}

TEST_F(CliCalendarTest, RoundWithoutDatesWritesNothing)
{
    const qint64 round = create({u"round"_s, u"create"_s, u"--title"_s, u"날짜 없음"_s, u"--supplier"_s, u"출판사"_s});
    const QString file = pathFor(u"none.ics"_s);
    const CliResult result = calendar(QString::number(round), file);
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.errLines(), QStringList{u"gonggu-cli: the round has no dates to put in a calendar"_s});
    EXPECT_FALSE(QFileInfo::exists(file));
}

TEST_F(CliCalendarTest, BadInputIsRefusedWithoutAFile)
{
    useDemoWorkspace();
    const QString file = pathFor(u"x.ics"_s);
    const CliResult language = calendar(u"1"_s, file, {u"--language"_s, u"fr"_s});
    EXPECT_EQ(language.exitCode, 2);
    EXPECT_TRUE(language.err.contains(u"--language 'fr'"_s)) << language.err.toStdString();
    EXPECT_EQ(cli({u"calendar"_s, u"--round"_s, u"1"_s}).exitCode, 2);
    EXPECT_EQ(calendar(u"없는 공구"_s, file).exitCode, 2);
    EXPECT_EQ(calendar(u"1"_s, pathFor(u"missing/x.ics"_s)).exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(file));
}

TEST_F(CliCalendarTest, PythonIcalendarReadsTheFileBack)
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        GTEST_SKIP() << "no python3";
    QProcess probe;
    probe.start(python, {u"-c"_s, u"import icalendar"_s});
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        GTEST_SKIP() << "python3 has no icalendar module";

    useDemoWorkspace();
    const QString file = pathFor(u"round.ics"_s);
    ASSERT_EQ(calendar(u"1"_s, file).exitCode, 0);
    const QString script = uR"(import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for event in cal.walk('VEVENT'):
    start = event.decoded('DTSTART')
    print(event['UID'], start.isoformat(), str(event['SUMMARY']), sep='|')
)"_s;
    QProcess reader;
    reader.start(python, {u"-c"_s, script, file});
    ASSERT_TRUE(reader.waitForFinished(30000));
    ASSERT_EQ(reader.exitCode(), 0) << reader.readAllStandardError().toStdString();
    const QStringList rows = QString::fromUtf8(reader.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 6);
    EXPECT_EQ(rows[1], u"round-1-closes@gonggu|2026-11-03|『실전 리팩터링』 공구 신청 마감"_s);
    EXPECT_TRUE(rows[5].startsWith(u"round-1-meetup@gonggu|2026-11-14T14:00:00"_s)) << rows[5].toStdString();
}

TEST_F(CliCalendarTest, ChecklistDefaultsTickingAndRefusals)
{
    const QString round = QString::number(create(
        {u"round"_s, u"create"_s, u"--title"_s, u"새 공구"_s, u"--supplier"_s, u"출판사"_s, u"--minimum"_s, u"10"_s}));
    EXPECT_EQ(json({u"checklist"_s, u"--round"_s, round, u"--defaults"_s}).size(), 7);
    const QJsonArray items =
        json({u"checklist"_s, u"--round"_s, round, u"--defaults"_s, u"--add"_s, u"모임 장소 예약"_s});
    ASSERT_EQ(items.size(), 8);
    const QString first = QString::number(items[0].toObject()[u"id"_s].toInteger());
    EXPECT_EQ(items[7].toObject()[u"text"_s].toString(), u"모임 장소 예약"_s);

    const QJsonArray ticked = json({u"checklist"_s, u"--round"_s, round, u"--done"_s, first});
    EXPECT_TRUE(ticked[0].toObject()[u"done"_s].toBool());

    const QString before = workspaceDump(workspacePath());
    const CliResult unknown = cli({u"checklist"_s, u"--round"_s, round, u"--add"_s, u"x"_s, u"--done"_s, u"999"_s});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_EQ(unknown.errLines(), QStringList{u"gonggu-cli: checklist item 999 is not in this round"_s});
    EXPECT_EQ(workspaceDump(workspacePath()), before);

    const QJsonArray warnings = json({u"checklist"_s, u"--round"_s, round, u"--before-ordering"_s});
    ASSERT_EQ(warnings.size(), 8); // 7 open items and the minimum
    EXPECT_EQ(warnings[7].toObject()[u"warning"_s].toString(), u"minimum_not_reached"_s);
    EXPECT_EQ(warnings[7].toObject()[u"text"_s].toString(), u"최소 주문 수량 10권 중 0권 신청 (10권 부족)"_s);
}

TEST_F(CliCalendarTest, RemindersOfTheDemoRound)
{
    useDemoWorkspace();
    const QJsonArray all = json({u"reminders"_s, u"--round"_s, u"1"_s, u"--all"_s});
    QStringList kinds;
    for (const QJsonValue &row : all)
        kinds << row.toObject()[u"kind"_s].toString();
    EXPECT_EQ(kinds, (QStringList{u"payment_due_d1"_s, u"payment_due_d0"_s, u"manual"_s, u"manual"_s, u"delivery_day"_s,
                                  u"meetup_d1"_s}));
    EXPECT_TRUE(all[0].toObject()[u"id"_s].isNull());
    EXPECT_EQ(all[0].toObject()[u"text"_s].toString(), u"입금 마감 D-1 (11월 6일): 미입금 2명, 75,600원"_s);

    const QJsonArray done = json({u"reminders"_s, u"--round"_s, u"1"_s, u"--all"_s, u"--done"_s, u"payment_due_d1"_s});
    EXPECT_EQ(done[0].toObject()[u"state"_s].toString(), u"done"_s);
    EXPECT_GT(done[0].toObject()[u"id"_s].toInteger(), 0);

    const QString before = workspaceDump(workspacePath());
    const CliResult unknown = cli({u"reminders"_s, u"--round"_s, u"1"_s, u"--done"_s, u"closing_d1"_s});
    EXPECT_EQ(unknown.exitCode, 2); // the round is ordered: applications closed long ago
    EXPECT_EQ(cli({u"reminders"_s, u"--round"_s, u"1"_s, u"--snooze"_s, u"meetup_d1"_s}).exitCode, 2);
    EXPECT_EQ(workspaceDump(workspacePath()), before);
}

} // namespace
} // namespace gonggu::test
