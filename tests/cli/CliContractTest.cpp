// The CLI contract of ARCHITECTURE.md, checked end to end: commands, JSON keys, values, exit codes.
#include "CliProcess.h"
#include "TempWorkspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

const QStringList summaryKeys{QStringLiteral("round"),        QStringLiteral("title"),
                              QStringLiteral("buyers"),       QStringLiteral("copies"),
                              QStringLiteral("amount_due"),   QStringLiteral("paid"),
                              QStringLiteral("outstanding"),  QStringLiteral("items"),
                              QStringLiteral("order_status"), QStringLiteral("payment_state")};

void expectKeys(const QJsonObject &object, const QStringList &keys)
{
    for (const QString &key : keys)
        EXPECT_TRUE(object.contains(key)) << "missing key " << key.toStdString();
}

using CliContractTest = CliTest;

TEST_F(CliContractTest, SmallRoundFromCreationToUnpaidList)
{
    const qint64 round = create({u"round"_s, u"create"_s, u"--title"_s, u"스모크 공구"_s, u"--supplier"_s, u"출판사"_s,
                                 u"--shipping-fee"_s, u"3000"_s, u"--payment-due"_s, u"2026-12-04"_s});
    EXPECT_EQ(round, 1);
    const QString r = QString::number(round);
    const QString item = QString::number(
        create({u"item"_s, u"add"_s, u"--round"_s, r, u"--name"_s, u"책"_s, u"--unit-price"_s, u"20000"_s}));
    // Two people may share a name; the nickname tells them apart.
    const qint64 a = create({u"person"_s, u"add"_s, u"--name"_s, u"김하나"_s, u"--nickname"_s, u"hana"_s});
    const qint64 b = create({u"person"_s, u"add"_s, u"--name"_s, u"김하나"_s, u"--nickname"_s, u"hana2"_s});
    EXPECT_NE(a, b);

    EXPECT_EQ(cli({u"order"_s, u"set"_s, u"--round"_s, r, u"--person"_s, u"hana"_s, u"--item"_s, item, u"--qty"_s,
                   u"2"_s, u"--status"_s, u"confirmed"_s, u"--delivery"_s, u"courier"_s})
                  .exitCode,
              0);
    EXPECT_EQ(cli({u"order"_s, u"set"_s, u"--round"_s, u"스모크 공구"_s, u"--person"_s, u"hana2"_s, u"--item"_s,
                   u"책"_s, u"--qty"_s, u"1"_s, u"--status"_s, u"confirmed"_s})
                  .exitCode,
              0);
    EXPECT_GT(create({u"payment"_s, u"add"_s, u"--round"_s, r, u"--person"_s, QString::number(b), u"--amount"_s,
                      u"20000"_s, u"--date"_s, u"2026-12-01"_s}),
              0);

    const QJsonObject summary = cli({u"summary"_s, u"--round"_s, r, u"--format"_s, u"json"_s}).json().object();
    expectKeys(summary, summaryKeys);
    EXPECT_EQ(summary[u"round"_s].toInteger(), round);
    EXPECT_EQ(summary[u"title"_s].toString(), u"스모크 공구"_s);
    EXPECT_EQ(summary[u"buyers"_s].toInteger(), 2);
    EXPECT_EQ(summary[u"copies"_s].toInteger(), 3);
    EXPECT_EQ(summary[u"amount_due"_s].toInteger(), 2 * 20000 + 3000 + 20000);
    EXPECT_EQ(summary[u"paid"_s].toInteger(), 20000);
    EXPECT_EQ(summary[u"outstanding"_s].toInteger(), 43000);
    EXPECT_EQ(summary[u"items"_s].toArray().at(0).toObject()[u"copies"_s].toInteger(), 3);
    EXPECT_EQ(summary[u"order_status"_s].toObject()[u"confirmed"_s].toInteger(), 2);
    EXPECT_EQ(summary[u"payment_state"_s].toObject()[u"paid"_s].toInteger(), 1);
    EXPECT_EQ(summary[u"payment_state"_s].toObject()[u"unpaid"_s].toInteger(), 1);

    const QJsonArray unpaid = cli({u"unpaid"_s, u"--round"_s, r, u"--format"_s, u"json"_s}).json().array();
    ASSERT_EQ(unpaid.size(), 1);
    const QJsonObject hana = unpaid.at(0).toObject();
    expectKeys(hana, {u"person_id"_s, u"name"_s, u"nickname"_s, u"amount_due"_s, u"paid"_s, u"owed"_s,
                      u"days_since_confirmed"_s});
    EXPECT_EQ(hana[u"person_id"_s].toInteger(), a);
    EXPECT_EQ(hana[u"nickname"_s].toString(), u"hana"_s);
    EXPECT_EQ(hana[u"owed"_s].toInteger(), 43000);
    EXPECT_TRUE(hana[u"days_since_confirmed"_s].isDouble()); // confirmed today: a number (0), not null
    EXPECT_EQ(hana[u"days_since_confirmed"_s].toInteger(), 0);
}

TEST_F(CliContractTest, PaymentNeedsAnOrderInTheRound)
{
    useDemoWorkspace();
    create({u"person"_s, u"add"_s, u"--name"_s, u"새사람"_s, u"--nickname"_s, u"newbie"_s});
    const QString before = workspaceDump(workspacePath());
    const CliResult result =
        cli({u"payment"_s, u"add"_s, u"--round"_s, u"1"_s, u"--person"_s, u"newbie"_s, u"--amount"_s, u"25200"_s});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(u"has no order"_s)) << result.err.toStdString();
    EXPECT_EQ(workspaceDump(workspacePath()), before);
}

TEST_F(CliContractTest, RefundMakesAnOverpaidBuyerSettled)
{
    useDemoWorkspace();
    // tini paid 25,200 for one copy; ordering a second copy makes them owe again, a refund after
    // cancelling it brings them back.
    ASSERT_EQ(cli({u"order"_s, u"set"_s, u"--round"_s, u"1"_s, u"--person"_s, u"tini"_s, u"--item"_s, u"1"_s,
                   u"--qty"_s, u"2"_s})
                  .exitCode,
              0);
    QJsonArray unpaid = cli({u"unpaid"_s, u"--round"_s, u"1"_s, u"--format"_s, u"json"_s}).json().array();
    ASSERT_EQ(unpaid.size(), 3);
    bool tiniOwes = false;
    for (const QJsonValue &buyer : unpaid)
        tiniOwes = tiniOwes || (buyer.toObject()[u"nickname"_s].toString() == u"tini"_s &&
                                buyer.toObject()[u"owed"_s].toInteger() == 25200);
    EXPECT_TRUE(tiniOwes);

    // Paying 50,400 more overpays by 25,200: a refund is due, then recorded as a negative payment.
    create({u"payment"_s, u"add"_s, u"--round"_s, u"1"_s, u"--person"_s, u"tini"_s, u"--amount"_s, u"50,400"_s});
    QJsonObject summary = cli({u"summary"_s, u"--round"_s, u"1"_s, u"--format"_s, u"json"_s}).json().object();
    EXPECT_EQ(summary[u"payment_state"_s].toObject()[u"overpaid"_s].toInteger(), 1);
    EXPECT_EQ(summary[u"refund_due"_s].toInteger(), 25200);
    create({u"payment"_s, u"add"_s, u"--round"_s, u"1"_s, u"--person"_s, u"tini"_s, u"--amount"_s, u"-25200"_s});
    summary = cli({u"summary"_s, u"--round"_s, u"1"_s, u"--format"_s, u"json"_s}).json().object();
    EXPECT_EQ(summary[u"payment_state"_s].toObject()[u"overpaid"_s].toInteger(), 0);
    EXPECT_EQ(summary[u"refund_due"_s].toInteger(), 0);
    EXPECT_EQ(summary[u"payment_state"_s].toObject()[u"paid"_s].toInteger(), 20);
}

TEST_F(CliContractTest, ListsCarryTheContractKeys)
{
    create({u"round"_s, u"create"_s, u"--title"_s, u"목록 공구"_s, u"--supplier"_s, u"출판사"_s});
    create({u"person"_s, u"add"_s, u"--name"_s, u"이둘"_s, u"--nickname"_s, u"dul"_s, u"--depositor"_s, u"이둘엄마"_s,
            u"--phone"_s, u"010-1234-5678"_s, u"--email"_s, u"dul@example.com"_s});

    const QJsonArray rounds = cli({u"round"_s, u"list"_s, u"--format"_s, u"json"_s}).json().array();
    ASSERT_EQ(rounds.size(), 1);
    expectKeys(rounds.at(0).toObject(), {u"id"_s, u"title"_s, u"status"_s, u"buyers"_s, u"copies"_s});
    EXPECT_EQ(rounds.at(0).toObject()[u"status"_s].toString(), u"open"_s);

    const QJsonArray people = cli({u"person"_s, u"list"_s, u"--format"_s, u"json"_s}).json().array();
    ASSERT_EQ(people.size(), 1);
    const QJsonObject dul = people.at(0).toObject();
    expectKeys(dul, {u"id"_s, u"name"_s, u"nickname"_s, u"real_name"_s, u"depositor"_s, u"phone"_s, u"email"_s});
    EXPECT_EQ(dul[u"depositor"_s].toString(), u"이둘엄마"_s);
    EXPECT_EQ(dul[u"phone"_s].toString(), u"010-1234-5678"_s);
}

TEST_F(CliContractTest, CsvOutputIsParsableAndKeepsHangul)
{
    create({u"person"_s, u"add"_s, u"--name"_s, u"박, 셋"_s, u"--nickname"_s, u"set\"3"_s});
    const CliResult csv = cli({u"person"_s, u"list"_s, u"--format"_s, u"csv"_s});
    ASSERT_EQ(csv.exitCode, 0);
    const QStringList lines = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0], u"id,name,nickname,real_name,depositor,phone,email"_s);
    EXPECT_EQ(lines[1], u"1,\"박, 셋\",\"set\"\"3\",,,,"_s); // RFC 4180 quoting
}

TEST_F(CliContractTest, DemoRoundIsTheRealRoundModel)
{
    useDemoWorkspace();
    const QJsonObject summary = cli({u"summary"_s, u"--round"_s, u"1"_s, u"--format"_s, u"json"_s}).json().object();
    EXPECT_EQ(summary[u"buyers"_s].toInteger(), 22);
    EXPECT_EQ(summary[u"copies"_s].toInteger(), 27);
    EXPECT_EQ(summary[u"items"_s].toArray().size(), 1);
    EXPECT_EQ(summary[u"payment_state"_s].toObject()[u"paid"_s].toInteger(), 20);
    EXPECT_EQ(summary[u"payment_state"_s].toObject()[u"unpaid"_s].toInteger(), 2);
    EXPECT_EQ(summary[u"outstanding"_s].toInteger() + summary[u"paid"_s].toInteger(),
              summary[u"amount_due"_s].toInteger());

    const QJsonArray unpaid = cli({u"unpaid"_s, u"--round"_s, u"1"_s, u"--format"_s, u"json"_s}).json().array();
    ASSERT_EQ(unpaid.size(), 2);
    qint64 owed = 0;
    for (const QJsonValue &buyer : unpaid)
        owed += buyer.toObject()[u"owed"_s].toInteger();
    EXPECT_EQ(owed, summary[u"outstanding"_s].toInteger());

    // One courier buyer pays the shipping fee on top of the books.
    const QJsonObject round = cli({u"round"_s, u"show"_s, u"1"_s, u"--format"_s, u"json"_s}).json().object();
    const qint64 unitPrice = round[u"items"_s].toArray().at(0).toObject()[u"unit_price"_s].toInteger();
    EXPECT_EQ(summary[u"amount_due"_s].toInteger(), 27 * unitPrice + round[u"shipping_fee"_s].toInteger());
}

TEST_F(CliContractTest, DemoAtScaleAddsALargeRound)
{
    const CliResult demo = cliRaw({u"demo"_s, u"--output"_s, workspacePath(), u"--buyers"_s, u"500"_s});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const QJsonArray rounds = cli({u"round"_s, u"list"_s, u"--format"_s, u"json"_s}).json().array();
    ASSERT_EQ(rounds.size(), 2);
    EXPECT_EQ(rounds.at(0).toObject()[u"id"_s].toInteger(), 1); // the real round stays first
    EXPECT_EQ(rounds.at(0).toObject()[u"buyers"_s].toInteger(), 22);
    const QJsonObject big = cli({u"summary"_s, u"--round"_s, u"2"_s, u"--format"_s, u"json"_s}).json().object();
    const QJsonObject statuses = big[u"order_status"_s].toObject();
    qint64 orders = 0;
    for (const QString &status : statuses.keys())
        orders += statuses[status].toInteger();
    EXPECT_EQ(orders, 500);
    EXPECT_EQ(big[u"buyers"_s].toInteger(), 500 - statuses[u"cancelled"_s].toInteger());
}

TEST_F(CliContractTest, BackupIsPrivateAndPassesCheck)
{
    useDemoWorkspace();
    const QString backup = pathFor(u"backup.gonggu"_s);
    const CliResult result = cli({u"backup"_s, u"--output"_s, backup});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(posixMode(backup), 0600);
    const CliResult check = cliRaw({u"--workspace"_s, backup, u"check"_s, u"--format"_s, u"json"_s});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.json().object()[u"ok"_s].toBool());
    const QJsonObject copy =
        cliRaw({u"--workspace"_s, backup, u"summary"_s, u"--round"_s, u"1"_s, u"--format"_s, u"json"_s})
            .json()
            .object();
    EXPECT_EQ(copy[u"buyers"_s].toInteger(), 22);
}

TEST_F(CliContractTest, HelpAndVersionSucceed)
{
    const CliResult help = cliRaw({u"--help"_s});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(u"order set"_s));
    const CliResult version = cliRaw({u"--version"_s});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(u"gonggu-cli "_s));
    EXPECT_TRUE(version.out.contains(QStringLiteral(GONGGU_VERSION)));
}

} // namespace
} // namespace gonggu::test
