// The longest cells a spreadsheet can hold cost an import time in proportion to their length, not its square.
#include "CliRun.h"
#include "MalformedInputs.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

TEST(LongCellTest, DepositorNamesOfSpreadsheetLengthAreMatchedPromptly)
{
    const QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString workspace = dir.filePath(u"ws.gonggu"_s);
    const QString dataHome = dir.filePath(u"xdg-data"_s);
    ASSERT_EQ(runCli({u"demo"_s, u"--output"_s, workspace}, dataHome).exitCode, 0);

    // Two hundred deposits whose names are as long as a cell may be; each could hold a buyer's name with more text
    // after it ("김영희엄마"), which the matcher looks for.
    QStringList lines;
    for (int row = 0; row < 200; ++row) {
        lines << u"2026-11-02,10:%1:00,타행이체,,30000,%2,%3,"_s.arg(row % 60, 2, 10, QLatin1Char('0'))
                     .arg(QString(32767 - 3, QChar(u'홍')) + u"%1"_s.arg(row, 3, 10, QLatin1Char('0')))
                     .arg(1'000'000 + row);
    }
    QFile statement(dir.filePath(u"statement.csv"_s));
    ASSERT_TRUE(statement.open(QIODevice::WriteOnly));
    statement.write(MalformedInputs::bank(lines));
    statement.close();

    QElapsedTimer clock;
    clock.start();
    const CliOutcome outcome = runCli({u"--workspace"_s, workspace, u"import"_s, u"bank"_s, u"--round"_s, u"1"_s,
                                       statement.fileName(), u"--dry-run"_s, u"--format"_s, u"json"_s},
                                      dataHome, 120000);
    ASSERT_TRUE(outcome.finished);
    EXPECT_EQ(outcome.exitCode, 0) << outcome.errText().toStdString();
    // About 2 s in a debug build; looking up every prefix of every name took about 40.
    EXPECT_LT(clock.elapsed(), 15000);
}

} // namespace
} // namespace gonggu::test
