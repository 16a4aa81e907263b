// remind and template: rendered messages per the contract, the contact log, and refusals that write nothing.
#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

class CliRemindTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        useDemoWorkspace();
    }
    CliResult remind(const QStringList &more) const
    {
        return cli(QStringList{u"remind"_s, u"--round"_s, u"1"_s} + more);
    }
    /** Stores a template behind the CLI's back, as an older or hand-edited workspace might hold it. */
    void storeRawTemplate(const QString &kind, const QString &body) const
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-template"_s);
            db.setDatabaseName(workspacePath());
            ASSERT_TRUE(db.open());
            QSqlQuery insert(db);
            insert.prepare(u"INSERT INTO message_template (round_id, kind, language, subject, body, updated_at) "
                           "VALUES (1, :kind, 'ko', '', :body, '2026-11-10T12:00:00Z')"_s);
            insert.bindValue(u":kind"_s, kind);
            insert.bindValue(u":body"_s, body);
            ASSERT_TRUE(insert.exec());
        }
        QSqlDatabase::removeDatabase(u"raw-template"_s);
    }
};

TEST_F(CliRemindTest, UnpaidRemindersFollowTheContractShape)
{
    const CliResult result = remind({u"--kind"_s, u"unpaid"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray messages = result.json().array();
    ASSERT_EQ(messages.size(), 2);
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        for (const QString &key : {u"person_id"_s, u"nickname"_s, u"name"_s, u"kind"_s, u"channel"_s, u"text"_s})
            EXPECT_TRUE(message.contains(key)) << key.toStdString();
        EXPECT_TRUE(message[u"person_id"_s].isDouble());
        EXPECT_EQ(message[u"kind"_s].toString(), u"unpaid"_s);
        EXPECT_EQ(message[u"channel"_s].toString(), u"chat"_s);
        EXPECT_EQ(message[u"already_contacted"_s].toBool(), false);
    }
    const QJsonObject first = messages.at(0).toObject();
    EXPECT_EQ(first[u"name"_s].toString(), u"홍승민"_s);
    EXPECT_EQ(first[u"nickname"_s].toString(), u"seungmin"_s);
    EXPECT_TRUE(first[u"text"_s].toString().contains(u"50,400원"_s)) << first[u"text"_s].toString().toStdString();
    EXPECT_EQ(first[u"sms_kind"_s].toString(), u"lms"_s);
    EXPECT_GT(first[u"bytes"_s].toInt(), 90);
    EXPECT_TRUE(messages.at(1).toObject()[u"text"_s].toString().contains(u"25,200원"_s));
}

TEST_F(CliRemindTest, ProgressIsOneCommunityPost)
{
    const CliResult result = remind({u"--kind"_s, u"progress"_s, u"--language"_s, u"en"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray messages = result.json().array();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.at(0).toObject()[u"person_id"_s].isNull());
    EXPECT_TRUE(messages.at(0).toObject()[u"text"_s].toString().contains(u"22 people have ordered 27 copies"_s));
}

TEST_F(CliRemindTest, LogRecordsEachPrintedMessageOnce)
{
    const CliResult logged =
        remind({u"--kind"_s, u"payment-request"_s, u"--channel"_s, u"sms"_s, u"--log"_s, u"--format"_s, u"csv"_s});
    ASSERT_EQ(logged.exitCode, 0) << logged.err.toStdString();
    EXPECT_EQ(logged.out.count(u"\r\n"_s), 3); // header and two buyers
    const QJsonArray again = remind({u"--kind"_s, u"payment-request"_s, u"--format"_s, u"json"_s}).json().array();
    ASSERT_EQ(again.size(), 2);
    for (const QJsonValue &value : again) {
        EXPECT_TRUE(value.toObject()[u"already_contacted"_s].toBool());
        EXPECT_FALSE(value.toObject()[u"last_contacted"_s].toString().isEmpty());
    }
    // Without --log nothing is recorded: another kind stays uncontacted.
    EXPECT_FALSE(remind({u"--kind"_s, u"unpaid"_s, u"--format"_s, u"json"_s})
                     .json()
                     .array()
                     .at(0)
                     .toObject()[u"already_contacted"_s]
                     .toBool());
    const QString dump = workspaceDump(workspacePath());
    EXPECT_EQ(dump.count(u"payment_request"_s), 2) << dump.toStdString();
}

TEST_F(CliRemindTest, BadInputExitsTwoAndWritesNothing)
{
    const QString before = workspaceDump(workspacePath());
    const QList<QStringList> bad{
        {u"--kind"_s, u"gossip"_s, u"--log"_s},
        {u"--kind"_s, u"unpaid"_s, u"--channel"_s, u"pigeon"_s, u"--log"_s},
        {u"--kind"_s, u"unpaid"_s, u"--language"_s, u"fr"_s, u"--log"_s},
        {u"--kind"_s, u"progress"_s, u"--log"_s},
    };
    for (const QStringList &arguments : bad) {
        const CliResult result = remind(arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(u' ').toStdString();
        EXPECT_EQ(result.errLines().size(), 1) << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty());
    }
    const CliResult noRound = cli({u"remind"_s, u"--round"_s, u"99"_s, u"--kind"_s, u"unpaid"_s, u"--log"_s});
    EXPECT_EQ(noRound.exitCode, 2);
    EXPECT_TRUE(noRound.out.isEmpty());
    EXPECT_EQ(workspaceDump(workspacePath()), before);
}

TEST_F(CliRemindTest, ATemplateWithATypoIsRefusedBeforeAnythingIsPrintedOrLogged)
{
    storeRawTemplate(u"unpaid_reminder"_s, u"{nickname}님, {amout} 입금 부탁드려요"_s);
    const QString before = workspaceDump(workspacePath());
    const CliResult result = remind({u"--kind"_s, u"unpaid"_s, u"--log"_s, u"--format"_s, u"json"_s});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.out.isEmpty());
    ASSERT_EQ(result.errLines().size(), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(u"{amout}"_s));
    EXPECT_EQ(workspaceDump(workspacePath()), before);
}

TEST_F(CliRemindTest, TemplateSetShowAndReset)
{
    const CliResult typo = cli({u"template"_s, u"set"_s, u"--round"_s, u"1"_s, u"--kind"_s, u"unpaid"_s, u"--body"_s,
                                u"{nickname}님 {typo}"_s});
    EXPECT_EQ(typo.exitCode, 2);
    EXPECT_TRUE(typo.err.contains(u"{typo}"_s));

    const CliResult set = cli({u"template"_s, u"set"_s, u"--round"_s, u"1"_s, u"--kind"_s, u"unpaid"_s, u"--body"_s,
                               u"{nickname}님, {amount} 보내 주세요. {{공지}}"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_TRUE(set.json().object()[u"customised"_s].toBool());

    const QJsonArray messages = remind({u"--kind"_s, u"unpaid"_s, u"--format"_s, u"json"_s}).json().array();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.at(0).toObject()[u"text"_s].toString(), u"seungmin님, 50,400원 보내 주세요. {공지}"_s);
    // English keeps its default.
    const QJsonObject english = cli({u"template"_s, u"show"_s, u"--round"_s, u"1"_s, u"--kind"_s, u"unpaid"_s,
                                     u"--language"_s, u"en"_s, u"--format"_s, u"json"_s})
                                    .json()
                                    .object();
    EXPECT_FALSE(english[u"customised"_s].toBool());

    const CliResult reset =
        cli({u"template"_s, u"reset"_s, u"--round"_s, u"1"_s, u"--kind"_s, u"unpaid"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(reset.exitCode, 0) << reset.err.toStdString();
    EXPECT_FALSE(reset.json().object()[u"customised"_s].toBool());
    EXPECT_TRUE(remind({u"--kind"_s, u"unpaid"_s, u"--format"_s, u"json"_s})
                    .json()
                    .array()
                    .at(0)
                    .toObject()[u"text"_s]
                    .toString()
                    .contains(u"입금이 아직 확인되지 않아"_s));
}

TEST_F(CliRemindTest, MissingDataIsAWarningNotAFailure)
{
    // Pick-up buyers have no tracking number: a template that asks for one still prints, with a warning.
    cli({u"template"_s, u"set"_s, u"--round"_s, u"1"_s, u"--kind"_s, u"handover"_s, u"--body"_s,
         u"{nickname}님, {tracking}"_s});
    const CliResult result = remind({u"--kind"_s, u"handover"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.json().array().size(), 21);
    ASSERT_EQ(result.errLines().size(), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(u"{tracking}"_s));
    EXPECT_EQ(result.json().array().at(0).toObject()[u"missing"_s].toArray().at(0).toString(), u"{tracking}"_s);
}

} // namespace
} // namespace gonggu::test
