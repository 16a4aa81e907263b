// Two command lines writing one workspace at once, and text that looks like SQL kept as text.
#include "CliProcess.h"
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

using CliReliabilityTest = CliTest;

TEST_F(CliReliabilityTest, TwoCommandLinesAddingPaymentsAtOnceLoseNone)
{
    create({u"round"_s, u"create"_s, u"--title"_s, u"동시 입금"_s, u"--supplier"_s, u"가나다출판사"_s});
    create({u"person"_s, u"add"_s, u"--name"_s, u"김하나"_s, u"--nickname"_s, u"hana"_s});
    create({u"person"_s, u"add"_s, u"--name"_s, u"이둘"_s, u"--nickname"_s, u"dul"_s});
    create({u"item"_s, u"add"_s, u"--round"_s, u"1"_s, u"--name"_s, u"실전 리팩터링"_s, u"--unit-price"_s, u"25200"_s});
    for (const QString &buyer : {u"hana"_s, u"dul"_s})
        ASSERT_EQ(cli({u"order"_s, u"set"_s, u"--round"_s, u"1"_s, u"--person"_s, buyer, u"--item"_s, u"1"_s,
                       u"--qty"_s, u"1"_s})
                      .exitCode,
                  0);

    // Each shell runs 20 payment adds one after another; the two shells run side by side, started together.
    const QString loop = u"for i in $(seq 20); do \"$0\" --workspace \"$1\" payment add --round 1 --person \"$2\" "
                         u"--amount \"$3\" >/dev/null || exit 1; done"_s;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, pathFor(u"xdg-data"_s));
    QProcess first;
    QProcess second;
    for (QProcess *process : {&first, &second})
        process->setProcessEnvironment(environment);
    first.start(u"/bin/sh"_s, {u"-c"_s, loop, cliPath(), workspacePath(), u"hana"_s, u"1000"_s});
    second.start(u"/bin/sh"_s, {u"-c"_s, loop, cliPath(), workspacePath(), u"dul"_s, u"10"_s});
    for (QProcess *process : {&first, &second}) {
        ASSERT_TRUE(process->waitForFinished(180000));
        EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardError().toStdString();
    }

    const QString dump = workspaceDump(workspacePath());
    EXPECT_EQ(dump.count(u"\npayment:"_s) + (dump.startsWith(u"payment:"_s) ? 1 : 0), 40);
    const QJsonObject summary = cli({u"summary"_s, u"--round"_s, u"1"_s, u"--format"_s, u"json"_s}).json().object();
    EXPECT_EQ(summary[u"paid"_s].toInteger(), 20 * 1000 + 20 * 10);
    const CliResult check = cli({u"check"_s});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
}

TEST_F(CliReliabilityTest, ANameThatLooksLikeSqlIsStoredAndListedVerbatim)
{
    const QString name = u"'); DROP TABLE person;--"_s;
    const QString nickname = u"\" OR 1=1 --"_s;
    create({u"person"_s, u"add"_s, u"--name"_s, name, u"--nickname"_s, nickname, u"--phone"_s, u"010-0000-0000"_s});
    create({u"person"_s, u"add"_s, u"--name"_s, u"김하나"_s});

    const QJsonArray people = cli({u"person"_s, u"list"_s, u"--format"_s, u"json"_s}).json().array();
    ASSERT_EQ(people.size(), 2) << "the person table is still there, with both rows";
    QJsonObject stored;
    for (const QJsonValue person : people) {
        if (person.toObject()[u"nickname"_s].toString() == nickname)
            stored = person.toObject();
    }
    EXPECT_EQ(stored[u"name"_s].toString(), name);
    const CliResult csv = cli({u"person"_s, u"list"_s, u"--format"_s, u"csv"_s});
    EXPECT_TRUE(csv.out.contains(name)) << csv.out.toStdString();
    const CliResult table = cli({u"person"_s, u"list"_s});
    EXPECT_TRUE(table.out.contains(name)) << table.out.toStdString();
    // A round titled so is named by that title like any other.
    const QString title = u"'; DELETE FROM round; --"_s;
    ASSERT_EQ(cli({u"round"_s, u"create"_s, u"--title"_s, title, u"--supplier"_s, u"가나다출판사"_s}).exitCode, 0);
    const CliResult shown = cli({u"round"_s, u"show"_s, title, u"--format"_s, u"json"_s});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(u"DELETE FROM round"_s)) << shown.out.toStdString();
    EXPECT_EQ(cli({u"round"_s, u"list"_s, u"--format"_s, u"json"_s}).json().array().size(), 1);
    EXPECT_EQ(cli({u"check"_s}).exitCode, 0);
}

} // namespace
} // namespace gonggu::test
