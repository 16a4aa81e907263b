// reconfirm: people who only said they were interested are listed, then confirmed or declined.
#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

using CliReconfirmTest = CliTest;

TEST_F(CliReconfirmTest, InterestedPeopleAreListedAndSettledOnce)
{
    create({u"round"_s, u"create"_s, u"--title"_s, u"관심 공구"_s, u"--supplier"_s, u"출판사"_s});
    create({u"item"_s, u"add"_s, u"--round"_s, u"1"_s, u"--name"_s, u"책"_s, u"--unit-price"_s, u"20000"_s});
    for (const QString &nickname : {u"early1"_s, u"early2"_s, u"early3"_s}) {
        create({u"person"_s, u"add"_s, u"--name"_s, nickname, u"--nickname"_s, nickname});
        create({u"order"_s, u"set"_s, u"--round"_s, u"1"_s, u"--person"_s, nickname, u"--item"_s, u"1"_s, u"--qty"_s,
                u"1"_s, u"--status"_s, u"interested"_s});
    }
    create({u"person"_s, u"add"_s, u"--name"_s, u"applied"_s, u"--nickname"_s, u"applied"_s});
    create({u"order"_s, u"set"_s, u"--round"_s, u"1"_s, u"--person"_s, u"applied"_s, u"--item"_s, u"1"_s, u"--qty"_s,
            u"1"_s});

    QJsonArray pending = cli({u"reconfirm"_s, u"--round"_s, u"1"_s, u"--format"_s, u"json"_s}).json().array();
    ASSERT_EQ(pending.size(), 3); // the applied buyer is not waiting

    const CliResult settled = cli({u"reconfirm"_s, u"--round"_s, u"1"_s, u"--confirm"_s, u"early1"_s, u"--decline"_s,
                                   u"early2"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(settled.exitCode, 0) << settled.err.toStdString();
    pending = settled.json().array();
    ASSERT_EQ(pending.size(), 1);
    EXPECT_EQ(pending.at(0).toObject()[u"nickname"_s].toString(), u"early3"_s);

    const QJsonObject summary = cli({u"summary"_s, u"--round"_s, u"1"_s, u"--format"_s, u"json"_s}).json().object();
    EXPECT_EQ(summary[u"order_status"_s].toObject()[u"confirmed"_s].toInt(), 1);
    EXPECT_EQ(summary[u"order_status"_s].toObject()[u"cancelled"_s].toInt(), 1);
    EXPECT_EQ(summary[u"buyers"_s].toInt(), 3); // early1, early3 and the applied buyer

    // Settling someone who is not waiting is refused and changes nothing.
    const QString before = workspaceDump(workspacePath());
    const CliResult again = cli({u"reconfirm"_s, u"--round"_s, u"1"_s, u"--confirm"_s, u"early3"_s, u"--decline"_s,
                                 u"early1"_s});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(u"early1"_s)) << again.err.toStdString();
    EXPECT_EQ(workspaceDump(workspacePath()), before);
}

} // namespace
} // namespace gonggu::test
