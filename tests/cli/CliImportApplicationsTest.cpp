// import applications end to end: a real form export, duplicates, later submissions, rejected rows.
#include "CliProcess.h"
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

/** A workspace with one open round selling one book, ready for applications. */
class CliImportApplicationsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        create({u"round"_s, u"create"_s, u"--title"_s, u"가을 공구"_s, u"--supplier"_s, u"가나다출판사"_s,
                u"--shipping-fee"_s, u"3500"_s});
        create({u"item"_s, u"add"_s, u"--round"_s, u"1"_s, u"--name"_s, u"실전 리팩터링"_s, u"--unit-price"_s,
                u"25200"_s});
    }

    static QString fixture(const QString &name) { return dataDir() + u"/applications/"_s + name; }

    CliResult import(const QString &file, const QStringList &extra = {}) const
    {
        return cli(QStringList{u"import"_s, u"applications"_s, u"--round"_s, u"1"_s, fixture(file), u"--format"_s,
                               u"json"_s} +
                   extra);
    }

    QJsonArray people() const { return cli({u"person"_s, u"list"_s, u"--format"_s, u"json"_s}).json().array(); }
    QJsonObject summary() const
    {
        return cli({u"summary"_s, u"--round"_s, u"1"_s, u"--format"_s, u"json"_s}).json().object();
    }
};

QJsonObject rowAtLine(const QJsonObject &result, int line)
{
    for (const QJsonValue &row : result[u"rows"_s].toArray()) {
        if (row.toObject()[u"line"_s].toInt() == line)
            return row.toObject();
    }
    return {};
}

TEST_F(CliImportApplicationsTest, RejectedRowsRefuseTheWholeFileAndWriteNothing)
{
    const QString before = workspaceDump(workspacePath());
    const CliResult result = import(u"form-utf8-bom.csv"_s);
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(u"line 7: copies '두 권' is not a number"_s)) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(u"--skip-invalid"_s));
    EXPECT_FALSE(result.json().object()[u"written"_s].toBool());
    EXPECT_EQ(workspaceDump(workspacePath()), before);
}

TEST_F(CliImportApplicationsTest, DryRunShowsThePlanAndWritesNothing)
{
    const QString before = workspaceDump(workspacePath());
    const CliResult result = import(u"form-utf8-bom.csv"_s, {u"--dry-run"_s, u"--skip-invalid"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject plan = result.json().object();
    EXPECT_EQ(plan[u"encoding"_s].toString(), u"UTF-8 with BOM"_s);
    EXPECT_EQ(plan[u"new_people"_s].toInt(), 4);
    EXPECT_EQ(plan[u"new_orders"_s].toInt(), 4);
    EXPECT_EQ(plan[u"superseded"_s].toInt(), 1);
    EXPECT_EQ(plan[u"rejected"_s].toArray().size(), 1);
    EXPECT_EQ(plan[u"rejected"_s].toArray().at(0).toObject()[u"line"_s].toInt(), 7);
    EXPECT_EQ(rowAtLine(plan, 2)[u"action"_s].toString(), u"superseded"_s); // gildong resubmitted on line 8
    EXPECT_EQ(rowAtLine(plan, 8)[u"copies"_s].toInt(), 3);
    EXPECT_EQ(rowAtLine(plan, 5)[u"action"_s].toString(), u"new_order"_s); // after a two-line address
    EXPECT_FALSE(plan[u"written"_s].toBool());
    EXPECT_EQ(workspaceDump(workspacePath()), before);
}

TEST_F(CliImportApplicationsTest, SkipInvalidImportsTheGoodRowsAndTwiceChangesNothing)
{
    const CliResult first = import(u"form-utf8-bom.csv"_s, {u"--skip-invalid"_s});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.err.contains(u"line 7"_s)); // still listed
    EXPECT_TRUE(first.json().object()[u"written"_s].toBool());

    const QJsonObject totals = summary();
    EXPECT_EQ(totals[u"buyers"_s].toInt(), 4);
    EXPECT_EQ(totals[u"copies"_s].toInt(), 3 + 2 + 1 + 1);
    // Two courier buyers pay the shipping fee.
    EXPECT_EQ(totals[u"amount_due"_s].toInteger(), 7 * 25200 + 2 * 3500);

    const QJsonArray directory = people();
    ASSERT_EQ(directory.size(), 4);
    bool formulaKeptAsText = false;
    bool phoneNormalised = false;
    for (const QJsonValue &person : directory) {
        formulaKeptAsText |= person.toObject()[u"nickname"_s].toString() == u"=cmd|' /C calc'!A0"_s;
        phoneNormalised |= person.toObject()[u"phone"_s].toString() == u"010-3333-4444"_s;
    }
    EXPECT_TRUE(formulaKeptAsText);
    EXPECT_TRUE(phoneNormalised);

    const QString afterFirst = workspaceDump(workspacePath());
    const CliResult second = import(u"form-utf8-bom.csv"_s, {u"--skip-invalid"_s});
    ASSERT_EQ(second.exitCode, 0);
    const QJsonObject plan = second.json().object();
    EXPECT_EQ(plan[u"new_people"_s].toInt(), 0);
    EXPECT_EQ(plan[u"new_orders"_s].toInt(), 0);
    EXPECT_EQ(plan[u"updated_orders"_s].toInt(), 0);
    EXPECT_EQ(plan[u"unchanged"_s].toInt(), 4);
    EXPECT_EQ(workspaceDump(workspacePath()), afterFirst);
}

TEST_F(CliImportApplicationsTest, ALaterSubmissionUpdatesTheOrderAndAnOlderOneDoesNot)
{
    ASSERT_EQ(import(u"form-utf8-bom.csv"_s, {u"--skip-invalid"_s}).exitCode, 0);
    const CliResult result = import(u"later-submission.csv"_s);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject plan = result.json().object();
    EXPECT_EQ(plan[u"updated_orders"_s].toInt(), 1);
    const QJsonObject gildong = rowAtLine(plan, 2);
    EXPECT_EQ(gildong[u"action"_s].toString(), u"updated_order"_s);
    const QString changes = gildong[u"changes"_s].toVariant().toStringList().join(u" | "_s);
    EXPECT_TRUE(changes.contains(u"3 → 2 copies"_s)) << changes.toStdString();
    EXPECT_TRUE(changes.contains(u"delivery pickup → courier"_s)) << changes.toStdString();
    const QJsonObject younghee = rowAtLine(plan, 3);
    EXPECT_EQ(younghee[u"action"_s].toString(), u"unchanged"_s);
    EXPECT_TRUE(younghee[u"note"_s].toString().contains(u"submitted later"_s));
    EXPECT_EQ(summary()[u"copies"_s].toInt(), 2 + 2 + 1 + 1);
}

TEST_F(CliImportApplicationsTest, ConflictingDetailsAreShownNotOverwritten)
{
    create({u"person"_s, u"add"_s, u"--name"_s, u"홍길동"_s, u"--nickname"_s, u"gildong"_s, u"--phone"_s,
            u"010-0000-0000"_s});
    const CliResult result = import(u"form-utf8-bom.csv"_s, {u"--skip-invalid"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject gildong = rowAtLine(result.json().object(), 8);
    EXPECT_EQ(gildong[u"person_id"_s].toInt(), 1);
    EXPECT_TRUE(gildong[u"conflicts"_s].toArray().at(0).toString().contains(u"010-1111-2222"_s));
    for (const QJsonValue &person : people()) {
        if (person.toObject()[u"nickname"_s].toString() == u"gildong"_s) {
            EXPECT_EQ(person.toObject()[u"phone"_s].toString(), u"010-0000-0000"_s);
        }
    }
}

TEST_F(CliImportApplicationsTest, RowMatchingTwoPeopleIsRejected)
{
    create({u"person"_s, u"add"_s, u"--name"_s, u"홍길동"_s, u"--nickname"_s, u"gildong"_s});
    create({u"person"_s, u"add"_s, u"--name"_s, u"다른 사람"_s, u"--phone"_s, u"010-1111-2222"_s});
    const CliResult result = import(u"form-utf8-bom.csv"_s, {u"--dry-run"_s});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(u"line 8: the phone, email and nickname point to different people"_s))
        << result.err.toStdString();
}

TEST_F(CliImportApplicationsTest, Cp949SheetWithOtherHeadersIsRead)
{
    const CliResult result = import(u"sheet-cp949.csv"_s);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.json().object()[u"encoding"_s].toString(), u"CP949"_s);
    EXPECT_EQ(summary()[u"copies"_s].toInt(), 3);
    bool foreignPrefixRead = false;
    for (const QJsonValue &person : people()) {
        const QJsonObject p = person.toObject();
        foreignPrefixRead |= p[u"name"_s].toString() == u"정다운"_s && p[u"phone"_s].toString() == u"010-4444-5555"_s &&
                             p[u"depositor"_s].toString() == u"다운엄마"_s;
    }
    EXPECT_TRUE(foreignPrefixRead);
}

TEST_F(CliImportApplicationsTest, UnknownHeadersNeedAColumnMapping)
{
    const CliResult refused = import(u"custom-headers.csv"_s);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(u"--columns"_s)) << refused.err.toStdString();

    const CliResult mapped =
        import(u"custom-headers.csv"_s, {u"--columns"_s, u"name=Buyer,copies=How many,delivery=Where"_s});
    ASSERT_EQ(mapped.exitCode, 0) << mapped.err.toStdString();
    EXPECT_EQ(mapped.json().object()[u"new_orders"_s].toInt(), 2);
    EXPECT_EQ(summary()[u"copies"_s].toInt(), 3);

    const CliResult badRole = import(u"custom-headers.csv"_s, {u"--columns"_s, u"shoe_size=Buyer"_s});
    EXPECT_EQ(badRole.exitCode, 2);
    EXPECT_TRUE(badRole.err.contains(u"unknown role 'shoe_size'"_s)) << badRole.err.toStdString();
}

} // namespace
} // namespace gonggu::test
