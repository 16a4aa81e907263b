// The crash test's oracle catches what it is there to catch: a lost or changed payment, a half-written import.
#include "CommittedLedger.h"
#include "CliRun.h"
#include "MarkedSheets.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

constexpr int batchRows = 10;

/** A workspace with one applications batch of ten rows and one payment noted as the crash test notes them. */
class CommittedLedgerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QFile sheet(m_dir.filePath(u"batch.csv"_s));
        ASSERT_TRUE(sheet.open(QIODevice::WriteOnly));
        sheet.write(MarkedSheets::applications(1, batchRows));
        sheet.close();
        for (const QStringList &step : std::vector<QStringList>{
                 {u"round"_s, u"create"_s, u"--title"_s, u"공구"_s, u"--supplier"_s, u"출판사"_s},
                 {u"item"_s, u"add"_s, u"--round"_s, u"1"_s, u"--name"_s, u"책"_s, u"--unit-price"_s, u"10000"_s},
                 {u"import"_s, u"applications"_s, u"--round"_s, u"1"_s, sheet.fileName()}}) {
            ASSERT_EQ(cli(step).exitCode, 0);
        }
        const CliOutcome payment =
            cli({u"payment"_s, u"add"_s, u"--round"_s, u"1"_s, u"--person"_s, u"app1x0"_s, u"--amount"_s, u"1001"_s,
                 u"--note"_s, u"crash-pay-1"_s, u"--format"_s, u"json"_s});
        ASSERT_EQ(payment.exitCode, 0) << payment.errText().toStdString();
        m_paymentId = QJsonDocument::fromJson(payment.out).object().value(u"id"_s).toInteger();
    }

    CliOutcome cli(const QStringList &arguments) const
    {
        return runCli(QStringList{u"--workspace"_s, workspace()} + arguments, m_dir.filePath(u"xdg-data"_s));
    }

    QString workspace() const { return m_dir.filePath(u"ws.gonggu"_s); }

    /** Changes the workspace behind gonggu-cli's back, as a broken commit would have left it. */
    void tamper(const QStringList &statements) const
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(workspace());
            ASSERT_TRUE(db.open());
            QSqlQuery query(db);
            for (const QString &sql : statements)
                ASSERT_TRUE(query.exec(sql)) << sql.toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
    }

    static CrashWrite payment() { return {CrashWrite::Kind::Payment, 1, 1001, 0}; }
    static CrashWrite batch() { return {CrashWrite::Kind::Applications, 1, 0, batchRows}; }

    QTemporaryDir m_dir;
    qint64 m_paymentId = 0;
};

const QString withoutFirstThreeApplicants =
    u"(SELECT id FROM person WHERE nickname IN ('app1x1', 'app1x2', 'app1x3'))"_s;

TEST_F(CommittedLedgerTest, EverythingReportedAndWholeIsSound)
{
    CommittedLedger ledger;
    ledger.paymentCommitted(payment(), m_paymentId);
    ledger.importCommitted(batch());
    EXPECT_EQ(ledger.verify(workspace()), QStringList());
}

TEST_F(CommittedLedgerTest, AKilledImportFoundInPartIsCaught)
{
    tamper({u"DELETE FROM order_line WHERE order_id IN (SELECT id FROM buyer_order WHERE person_id IN %1)"_s.arg(
                withoutFirstThreeApplicants),
            u"DELETE FROM buyer_order WHERE person_id IN %1"_s.arg(withoutFirstThreeApplicants),
            u"DELETE FROM person WHERE id IN %1"_s.arg(withoutFirstThreeApplicants)});
    CommittedLedger ledger;
    ledger.paymentCommitted(payment(), m_paymentId);
    ledger.killedDuring(batch());
    bool landed = true;
    const QStringList problems = ledger.verify(workspace(), &landed);
    EXPECT_FALSE(landed);
    ASSERT_EQ(problems.size(), 1) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems.first().contains(u"is there in part: 7 of 10 rows"_s)) << problems.first().toStdString();
}

TEST_F(CommittedLedgerTest, AKilledImportFoundWholeCountsAsCommittedFromThenOn)
{
    CommittedLedger ledger;
    ledger.paymentCommitted(payment(), m_paymentId);
    ledger.killedDuring(batch());
    bool landed = false;
    EXPECT_EQ(ledger.verify(workspace(), &landed), QStringList());
    EXPECT_TRUE(landed);
    EXPECT_EQ(ledger.importCount(), 1u);

    tamper({u"DELETE FROM order_line"_s});
    const QStringList problems = ledger.verify(workspace());
    ASSERT_EQ(problems.size(), 1) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems.first().contains(u"its tables disagree (10, 10, 0)"_s)) << problems.first().toStdString();
}

TEST_F(CommittedLedgerTest, AChangedOrLostPaymentIsCaught)
{
    CommittedLedger ledger;
    ledger.paymentCommitted(payment(), m_paymentId);
    ledger.importCommitted(batch());
    tamper({u"UPDATE payment SET amount = 5 WHERE id = %1"_s.arg(m_paymentId)});
    QStringList problems = ledger.verify(workspace());
    ASSERT_EQ(problems.size(), 1) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems.first().contains(u"now has 5 won"_s)) << problems.first().toStdString();

    tamper({u"DELETE FROM payment WHERE id = %1"_s.arg(m_paymentId)});
    problems = ledger.verify(workspace());
    ASSERT_EQ(problems.size(), 2) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems.first().contains(u"which is gone"_s)) << problems.first().toStdString();
    EXPECT_TRUE(problems.last().contains(u"0 test payments in the workspace, 1 reported"_s))
        << problems.last().toStdString();
}

TEST_F(CommittedLedgerTest, APaymentThatWasNeverReportedIsCaught)
{
    CommittedLedger ledger;
    ledger.importCommitted(batch());
    const QStringList problems = ledger.verify(workspace());
    ASSERT_EQ(problems.size(), 1) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems.first().contains(u"1 test payments in the workspace, 0 reported"_s))
        << problems.first().toStdString();
}

} // namespace
} // namespace gonggu::test
