#include "services/export/ExportColumns.h"
#include "domain/Errors.h"

#include <QSet>

#include <gtest/gtest.h>

#include <functional>

using namespace gonggu;

namespace {

QString inputErrorOf(const std::function<void()> &call)
{
    try {
        call();
    } catch (const InputError &error) {
        return error.message();
    }
    ADD_FAILURE() << "expected an InputError";
    return {};
}

TEST(ExportColumnsTest, ParsesKeysWithAndWithoutTitles)
{
    const std::vector<ExportColumnChoice> choice =
        ExportColumns::parse(QStringLiteral(" item = 도서 이름 ,quantity,,amount="));
    const std::vector<ExportColumnChoice> expected{
        {QStringLiteral("item"), QStringLiteral("도서 이름")},
        {QStringLiteral("quantity"), {}},
        {QStringLiteral("amount"), {}},
    };
    EXPECT_EQ(choice, expected);
}

TEST(ExportColumnsTest, ATitleWithoutAKeyIsRefused)
{
    EXPECT_TRUE(inputErrorOf([] {
                    ExportColumns::parse(QStringLiteral("item,=수량"));
                }).contains(QStringLiteral("no column key")));
}

TEST(ExportColumnsTest, CheckRefusesUnknownAndRepeatedKeys)
{
    EXPECT_NO_THROW(ExportColumns::check(ExportKind::Handover, {}));
    EXPECT_TRUE(inputErrorOf([] {
                    ExportColumns::check(ExportKind::Handover, {{QStringLiteral("address"), {}}});
                }).contains(QStringLiteral("the handover list has no column 'address'")));
    EXPECT_TRUE(
        inputErrorOf([] {
            ExportColumns::check(ExportKind::Handover, {{QStringLiteral("buyer"), {}}, {QStringLiteral("buyer"), {}}});
        }).contains(QStringLiteral("chosen twice")));
}

TEST(ExportColumnsTest, DefaultsComeFirstInTheCatalogue)
{
    for (const ExportKind kind : {ExportKind::Publisher, ExportKind::Recipients, ExportKind::Handover}) {
        const std::vector<ExportColumnChoice> defaults = ExportColumns::defaults(kind);
        const QStringList keys = ExportColumns::keys(kind);
        ASSERT_FALSE(defaults.empty());
        for (std::size_t i = 0; i < defaults.size(); ++i)
            EXPECT_EQ(defaults[i].key, keys.at(qsizetype(i))) << toKey(kind).toStdString();
        EXPECT_EQ(keys.size(), QSet<QString>(keys.begin(), keys.end()).size())
            << "keys repeat in " << toKey(kind).toStdString();
    }
}

TEST(ExportColumnsTest, APartGetsItsColumnsInTheChosenOrderWithTitlesInTheLanguage)
{
    const std::vector<ExportColumnChoice> choice{{QStringLiteral("amount"), {}},
                                                 {QStringLiteral("recipient"), QStringLiteral("수취인")},
                                                 {QStringLiteral("item"), {}}};
    const std::vector<ChosenColumn> items =
        ExportColumns::forPart(ExportKind::Publisher, choice, ExportPart::Items, Language::English);
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].title, QStringLiteral("Amount (₩)"));
    EXPECT_EQ(items[1].title, QStringLiteral("Title"));
    const std::vector<ChosenColumn> recipients =
        ExportColumns::forPart(ExportKind::Publisher, choice, ExportPart::Recipients, Language::English);
    ASSERT_EQ(recipients.size(), 1u);
    EXPECT_EQ(recipients[0].title, QStringLiteral("수취인"));
    EXPECT_TRUE(ExportColumns::forPart(ExportKind::Publisher, choice, ExportPart::Invoices, Language::Korean).empty());
}

} // namespace
