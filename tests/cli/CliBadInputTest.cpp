// Bad input never changes the workspace: exit 2, exactly one line on stderr naming the problem.
#include "CliProcess.h"

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

struct BadInputCase
{
    const char *label;
    QStringList arguments;
    QString messagePart; // what the one error line must mention
};

void PrintTo(const BadInputCase &c, std::ostream *os)
{
    *os << c.label;
}

/** A demo workspace on which each refused command is tried. */
class CliBadInputTest : public CliTest, public ::testing::WithParamInterface<BadInputCase>
{
};

TEST_P(CliBadInputTest, IsRefusedWithOneClearLineAndChangesNothing)
{
    useDemoWorkspace();
    const QString before = workspaceDump(workspacePath());
    ASSERT_FALSE(before.isEmpty());

    const BadInputCase &c = GetParam();
    const CliResult result = cli(c.arguments);
    EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
    ASSERT_EQ(result.errLines().size(), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(c.messagePart))
        << "stderr: " << result.err.toStdString() << " should mention: " << c.messagePart.toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    EXPECT_EQ(workspaceDump(workspacePath()), before);
}

const QStringList orderSet{u"order"_s, u"set"_s, u"--round"_s, u"1"_s, u"--person"_s, u"tini"_s, u"--item"_s, u"1"_s};
const QStringList paymentAdd{u"payment"_s, u"add"_s, u"--round"_s, u"1"_s, u"--person"_s, u"tini"_s};

INSTANTIATE_TEST_SUITE_P(
    Refusals, CliBadInputTest,
    ::testing::Values(
        BadInputCase{"quantity zero", orderSet + QStringList{u"--qty"_s, u"0"_s}, u"--qty"_s},
        BadInputCase{"quantity negative", orderSet + QStringList{u"--qty"_s, u"-2"_s}, u"--qty"_s},
        BadInputCase{"quantity not a number", orderSet + QStringList{u"--qty"_s, u"두 권"_s}, u"두 권"_s},
        BadInputCase{"quantity missing", orderSet, u"--qty is required"_s},
        BadInputCase{"unknown order status", orderSet + QStringList{u"--qty"_s, u"1"_s, u"--status"_s, u"paid"_s},
                     u"paid"_s},
        BadInputCase{"unknown delivery", orderSet + QStringList{u"--qty"_s, u"1"_s, u"--delivery"_s, u"drone"_s},
                     u"drone"_s},
        BadInputCase{"unknown round",
                     {u"order"_s, u"set"_s, u"--round"_s, u"99"_s, u"--person"_s, u"tini"_s, u"--item"_s, u"1"_s,
                      u"--qty"_s, u"1"_s},
                     u"no round '99'"_s},
        BadInputCase{"unknown person",
                     {u"order"_s, u"set"_s, u"--round"_s, u"1"_s, u"--person"_s, u"nobody"_s, u"--item"_s, u"1"_s,
                      u"--qty"_s, u"1"_s},
                     u"no person 'nobody'"_s},
        BadInputCase{"ambiguous shared name",
                     {u"order"_s, u"set"_s, u"--round"_s, u"1"_s, u"--person"_s, u"김민준"_s, u"--item"_s, u"1"_s,
                      u"--qty"_s, u"1"_s},
                     u"2 people are named"_s},
        BadInputCase{"unknown item",
                     {u"order"_s, u"set"_s, u"--round"_s, u"1"_s, u"--person"_s, u"tini"_s, u"--item"_s, u"없는 책"_s,
                      u"--qty"_s, u"1"_s},
                     u"no item"_s},
        BadInputCase{"duplicate round title",
                     {u"round"_s, u"create"_s, u"--title"_s, u"『실전 리팩터링』 공동구매"_s, u"--supplier"_s, u"x"_s},
                     u"already exists"_s},
        BadInputCase{"round date not ISO",
                     {u"round"_s, u"create"_s, u"--title"_s, u"새 공구"_s, u"--supplier"_s, u"x"_s, u"--closes"_s,
                      u"2026/12/01"_s},
                     u"YYYY-MM-DD"_s},
        BadInputCase{"round date impossible",
                     {u"round"_s, u"create"_s, u"--title"_s, u"새 공구"_s, u"--supplier"_s, u"x"_s, u"--payment-due"_s,
                      u"2026-02-30"_s},
                     u"2026-02-30"_s},
        BadInputCase{"shipping fee fraction",
                     {u"round"_s, u"create"_s, u"--title"_s, u"새 공구"_s, u"--supplier"_s, u"x"_s, u"--shipping-fee"_s,
                      u"3000.5"_s},
                     u"whole number of won"_s},
        BadInputCase{"amount fraction", paymentAdd + QStringList{u"--amount"_s, u"25200.5"_s}, u"25200.5"_s},
        BadInputCase{"amount words", paymentAdd + QStringList{u"--amount"_s, u"이만원"_s}, u"whole number of won"_s},
        BadInputCase{"amount zero", paymentAdd + QStringList{u"--amount"_s, u"0"_s}, u"0 won"_s},
        BadInputCase{"payment date not a date",
                     paymentAdd + QStringList{u"--amount"_s, u"1000"_s, u"--date"_s, u"어제"_s}, u"YYYY-MM-DD"_s},
        BadInputCase{"payment for an unknown person",
                     {u"payment"_s, u"add"_s, u"--round"_s, u"1"_s, u"--person"_s, u"hana"_s, u"--amount"_s, u"1000"_s},
                     u"no person 'hana'"_s},
        BadInputCase{"duplicate nickname",
                     {u"person"_s, u"add"_s, u"--name"_s, u"다른 사람"_s, u"--nickname"_s, u"tini"_s},
                     u"tini"_s},
        BadInputCase{"person without a name", {u"person"_s, u"add"_s, u"--nickname"_s, u"noname"_s}, u"--name"_s},
        BadInputCase{"item price negative",
                     {u"item"_s, u"add"_s, u"--round"_s, u"1"_s, u"--name"_s, u"굿즈"_s, u"--unit-price"_s, u"-100"_s},
                     u"negative"_s},
        BadInputCase{"unknown command", {u"frobnicate"_s}, u"unknown command"_s},
        BadInputCase{"unknown option", {u"round"_s, u"list"_s, u"--colour"_s}, u"colour"_s},
        BadInputCase{"unknown format", {u"round"_s, u"list"_s, u"--format"_s, u"xml"_s}, u"xml"_s},
        BadInputCase{"demo into an existing file", {u"demo"_s, u"--output"_s, u"."_s}, u"already exists"_s}),
    [](const ::testing::TestParamInfo<BadInputCase> &info) {
        std::string name = info.param.label;
        for (char &c : name)
            c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
        return name;
    });

} // namespace
} // namespace gonggu::test
