// gonggu-cli killed with SIGKILL at random moments while it writes payments and imports: every change it reported
// as committed is still there, nothing is half-written, and the file stays sound.
//
// GONGGU_CRASH_KILLS sets how many kills (50 by default, for CI); the long local run is
//   GONGGU_CRASH_KILLS=500 reliability_crash_tests
// and GONGGU_CRASH_SEED=N repeats the run that printed that seed.
#include "CliRun.h"
#include "CommittedLedger.h"
#include "MarkedSheets.h"
#include "TestPaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <map>
#include <optional>
#include <thread>
#include <utility>

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

constexpr int defaultKills = 50;
// A fresh workspace every so many kills keeps every import as fast as the first, however long the run.
constexpr int killsPerWorkspace = 10;
// Enough rows that an import takes a good part of a second, so that many kills land inside one.
constexpr int importRows = 2000;
constexpr int maxKillDelayMs = 900;
constexpr int maxCommitDelayUs = 1500; // a 2,000-row import's commit reaches the page cache in 1 to 10 ms
constexpr qint64 walHeaderBytes = 32;
constexpr int buyers = 3;

int environmentNumber(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && value > 0 ? int(value) : int(fallback);
}

/** When a kill comes: a time after the first write starts, or (a little after) the moment a commit starts to be
 *  written to the -wal file. */
struct KillMoment
{
    bool whenCommitIsWritten = false;
    qint64 delayUs = 0; // from the start, or from the commit's first frames
    std::optional<CrashWrite::Kind> firstWrite;
};

/** Starts one write after another on a workspace until the kill time, then kills the one running with SIGKILL. */
class WriteDriver
{
public:
    WriteDriver(const QTemporaryDir &folder, QString workspace, QRandomGenerator &random)
        : m_folder(folder), m_workspace(std::move(workspace)), m_random(random)
    {
    }

    /** Runs writes until \a moment, recording in \a ledger each one that reports success; returns the write that
     *  was killed. Any write that fails on its own is a problem. */
    CrashWrite runUntilKilled(const KillMoment &moment, CommittedLedger &ledger, QStringList *problems)
    {
        QElapsedTimer clock;
        clock.start();
        std::optional<CrashWrite::Kind> first = moment.firstWrite;
        for (;;) {
            const CrashWrite write = nextWrite(std::exchange(first, std::nullopt));
            QProcess process;
            process.setProcessEnvironment(cliEnvironment(m_folder.filePath(u"xdg-data"_s)));
            process.start(cliPath(), argumentsFor(write));
            if (killedAt(process, moment, clock))
                return write;
            record(write, process, ledger, problems);
            if (!problems->isEmpty())
                return write;
        }
    }

private:
    CrashWrite nextWrite(std::optional<CrashWrite::Kind> kind)
    {
        CrashWrite write;
        write.serial = ++m_serial;
        if (!kind) {
            const int dice = int(m_random.bounded(10));
            kind = dice < 4 ? CrashWrite::Kind::Payment
                            : (dice < 7 ? CrashWrite::Kind::Applications : CrashWrite::Kind::Bank);
        }
        write.kind = *kind;
        if (write.kind == CrashWrite::Kind::Payment)
            write.amount = 1000 + write.serial;
        else
            write.rows = importRows;
        return write;
    }

    /** Waits for the run to end, or kills it (SIGKILL) at the moment: true when it was killed. */
    bool killedAt(QProcess &process, const KillMoment &moment, const QElapsedTimer &clock) const
    {
        if (moment.whenCommitIsWritten) {
            // SQLite writes nothing to the -wal file before the commit: its first frames mark the commit's start.
            const QString journal = m_workspace + u"-wal"_s;
            // Frames go to the page cache in a millisecond or two, so the file is watched closely.
            while (process.state() != QProcess::NotRunning && !process.waitForFinished(0)) {
                if (QFileInfo(journal).size() > walHeaderBytes) {
                    std::this_thread::sleep_for(std::chrono::microseconds(moment.delayUs));
                    break;
                }
                std::this_thread::sleep_for(std::chrono::microseconds(100));
            }
        } else {
            process.waitForFinished(int(std::max<qint64>(0, moment.delayUs / 1000 - clock.elapsed())));
        }
        if (process.state() == QProcess::NotRunning)
            return false;
        process.kill();
        process.waitForFinished();
        return true;
    }

    QStringList argumentsFor(const CrashWrite &write) const
    {
        const QStringList workspace{u"--workspace"_s, m_workspace};
        if (write.kind == CrashWrite::Kind::Payment) {
            return workspace + QStringList{u"payment"_s,  u"add"_s,
                                           u"--round"_s,  u"1"_s,
                                           u"--person"_s, u"buyer%1"_s.arg(write.serial % buyers),
                                           u"--amount"_s, QString::number(write.amount),
                                           u"--date"_s,   u"2026-11-05"_s,
                                           u"--note"_s,   u"crash-pay-%1"_s.arg(write.serial),
                                           u"--format"_s, u"json"_s};
        }
        const bool applications = write.kind == CrashWrite::Kind::Applications;
        const QString file = m_folder.filePath(u"batch.csv"_s);
        QFile sheet(file);
        if (sheet.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            sheet.write(applications ? MarkedSheets::applications(write.serial, write.rows)
                                     : MarkedSheets::bankStatement(write.serial, write.rows));
        }
        return workspace + QStringList{u"import"_s,  applications ? u"applications"_s : u"bank"_s,
                                       u"--round"_s, u"1"_s,
                                       file,         u"--format"_s,
                                       u"json"_s};
    }

    static void record(const CrashWrite &write, QProcess &process, CommittedLedger &ledger, QStringList *problems)
    {
        const QJsonObject reply = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            *problems << u"%1 failed on its own (exit %2): %3"_s.arg(write.describe())
                             .arg(process.exitCode())
                             .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
        } else if (write.kind == CrashWrite::Kind::Payment) {
            const qint64 id = reply.value(u"id"_s).toInteger(-1);
            if (id <= 0)
                *problems << u"%1 printed no id"_s.arg(write.describe());
            else
                ledger.paymentCommitted(write, id);
        } else if (!reply.value(u"written"_s).toBool()) {
            *problems << u"%1 exited 0 but did not say it was written"_s.arg(write.describe());
        } else {
            ledger.importCommitted(write);
        }
    }

    const QTemporaryDir &m_folder;
    QString m_workspace;
    QRandomGenerator &m_random;
    int m_serial = 0;
};

/** Kills tallied by what was running: how many of those writes had landed all the same, and how many were cut
 *  off mid-commit (the killed process had written to the -wal file, yet none of its change is there). */
struct KillTally
{
    struct Counts
    {
        int kills = 0;
        int landed = 0;
        int cutMidCommit = 0;
    };
    std::map<QString, Counts> byKind;

    void add(const CrashWrite &write, bool landed, bool journalWritten)
    {
        static const std::map<CrashWrite::Kind, QString> names{
            {CrashWrite::Kind::Payment, u"payment add"_s},
            {CrashWrite::Kind::Applications, u"import applications"_s},
            {CrashWrite::Kind::Bank, u"import bank"_s}};
        Counts &counts = byKind[names.at(write.kind)];
        ++counts.kills;
        counts.landed += landed ? 1 : 0;
        counts.cutMidCommit += journalWritten && !landed ? 1 : 0;
    }

    QString summary() const
    {
        QStringList parts;
        for (const auto &[kind, counts] : byKind) {
            parts << u"%1 %2 (%3 landed before the kill, %4 cut off mid-commit)"_s.arg(kind)
                         .arg(counts.kills)
                         .arg(counts.landed)
                         .arg(counts.cutMidCommit);
        }
        return parts.join(u", "_s);
    }
};

class CrashSafetyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_folder.isValid());
        // A round with one book and a few buyers who have ordered, so that payments can be added for them.
        const QString workspace = m_folder.filePath(u"template.gonggu"_s);
        std::vector<QStringList> setup{
            {u"round"_s, u"create"_s, u"--title"_s, u"크래시 공구"_s, u"--supplier"_s, u"가나다출판사"_s},
            {u"item"_s, u"add"_s, u"--round"_s, u"1"_s, u"--name"_s, u"실전 리팩터링"_s, u"--unit-price"_s,
             u"25200"_s}};
        for (int buyer = 0; buyer < buyers; ++buyer) {
            setup.push_back({u"person"_s, u"add"_s, u"--name"_s, u"구매자 %1"_s.arg(buyer), u"--nickname"_s,
                             u"buyer%1"_s.arg(buyer)});
            setup.push_back({u"order"_s, u"set"_s, u"--round"_s, u"1"_s, u"--person"_s, u"buyer%1"_s.arg(buyer),
                             u"--item"_s, u"1"_s, u"--qty"_s, u"1"_s});
        }
        for (const QStringList &arguments : setup) {
            const CliOutcome outcome = runCli(QStringList{u"--workspace"_s, workspace} + arguments, dataHome());
            ASSERT_EQ(outcome.exitCode, 0) << outcome.errText().toStdString();
        }
        QFile::remove(m_folder.filePath(u"template.gonggu-wal"_s));
        QFile::remove(m_folder.filePath(u"template.gonggu-shm"_s));
    }

    /** A copy of the prepared workspace under a new name. */
    QString freshWorkspace(int number) const
    {
        const QString path = m_folder.filePath(u"crash-%1.gonggu"_s.arg(number));
        EXPECT_TRUE(QFile::copy(m_folder.filePath(u"template.gonggu"_s), path));
        return path;
    }

    QString dataHome() const { return m_folder.filePath(u"xdg-data"_s); }

    QTemporaryDir m_folder;
};

TEST_F(CrashSafetyTest, SigkillAtRandomMomentsLosesNoCommittedWriteAndHalfWritesNothing)
{
    const int kills = environmentNumber("GONGGU_CRASH_KILLS", defaultKills);
    const quint32 seed =
        quint32(environmentNumber("GONGGU_CRASH_SEED", QRandomGenerator::system()->bounded(1, 1 << 30)));
    SCOPED_TRACE(u"GONGGU_CRASH_SEED=%1 repeats this run"_s.arg(seed).toStdString());
    QRandomGenerator random(seed);
    QElapsedTimer clock;
    clock.start();

    KillTally tally;
    std::size_t reported = 0;
    for (int first = 0; first < kills; first += killsPerWorkspace) {
        const QString workspace = freshWorkspace(first / killsPerWorkspace);
        CommittedLedger ledger;
        WriteDriver driver(m_folder, workspace, random);
        for (int kill = first; kill < std::min(kills, first + killsPerWorkspace); ++kill) {
            // Mostly a moment anywhere in a run of writes; one kill in three while an import's commit is being
            // written, the few milliseconds in which SQLite's own crash safety is at stake.
            KillMoment moment;
            if (random.bounded(3) == 0) {
                moment.whenCommitIsWritten = true;
                moment.delayUs = random.bounded(maxCommitDelayUs + 1);
                moment.firstWrite = random.bounded(2) ? CrashWrite::Kind::Applications : CrashWrite::Kind::Bank;
            } else {
                moment.delayUs = qint64(random.bounded(maxKillDelayMs + 1)) * 1000;
            }
            QStringList problems;
            const CrashWrite killed = driver.runUntilKilled(moment, ledger, &problems);
            ASSERT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
            // Every finished run checkpoints and removes the -wal file, so frames in it are the killed run's.
            const bool journalWritten = QFileInfo(workspace + u"-wal"_s).size() > walHeaderBytes;
            ledger.killedDuring(killed);
            bool landed = false;
            problems = ledger.verify(workspace, &landed);
            ASSERT_TRUE(problems.isEmpty())
                << "after kill " << kill + 1 << " during " << killed.describe().toStdString() << ":\n"
                << problems.join(u'\n').toStdString();
            tally.add(killed, landed, journalWritten);
        }
        reported += ledger.paymentCount() + ledger.importCount();
        QFile::remove(workspace);
    }
    std::cout << kills << " kills in " << clock.elapsed() / 1000.0 << " s (seed " << seed
              << "): " << tally.summary().toStdString() << "; " << reported << " writes committed, all found whole\n";
}

} // namespace
} // namespace gonggu::test
