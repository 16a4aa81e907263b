#include "services/applications/ApplicationColumns.h"
#include "domain/Errors.h"

#include <gtest/gtest.h>

namespace gonggu {
namespace {
using namespace Qt::StringLiterals;

Item item(ItemId id, const QString &name)
{
    Item result;
    result.id = id;
    result.roundId = 1;
    result.name = name;
    return result;
}

TEST(ApplicationColumnsTest, RecognisesAKoreanFormHeader)
{
    const QStringList header{
        u"타임스탬프"_s, u"이름"_s,      u"닉네임(커뮤니티 아이디)"_s, u"휴대폰 번호"_s, u"이메일"_s,
        u"구매 수량"_s,  u"수령 방법"_s, u"주소(택배 선택 시)"_s,      u"입금자명"_s,    u"비고"_s};
    const ApplicationColumns columns = ApplicationColumns::recognise(header, {item(1, u"책"_s)});
    EXPECT_EQ(columns.indexOf(ApplicationField::Timestamp), 0);
    EXPECT_EQ(columns.indexOf(ApplicationField::Name), 1);
    EXPECT_EQ(columns.indexOf(ApplicationField::Nickname), 2);
    EXPECT_EQ(columns.indexOf(ApplicationField::Phone), 3);
    EXPECT_EQ(columns.indexOf(ApplicationField::Email), 4);
    EXPECT_EQ(columns.indexOf(ApplicationField::Copies), 5);
    EXPECT_EQ(columns.indexOf(ApplicationField::Delivery), 6);
    EXPECT_EQ(columns.indexOf(ApplicationField::Address), 7);   // not "delivery" despite 택배
    EXPECT_EQ(columns.indexOf(ApplicationField::Depositor), 8); // not "name" despite 명
    EXPECT_EQ(columns.indexOf(ApplicationField::Notes), 9);
    EXPECT_TRUE(columns.missingEssentials().isEmpty());
}

TEST(ApplicationColumnsTest, RecognisesEnglishHeaders)
{
    const QStringList header{u"Timestamp"_s, u"Name"_s,     u"Nickname"_s,    u"Phone"_s,           u"Email"_s,
                             u"Qty"_s,       u"Delivery"_s, u"Tax invoice"_s, u"Business number"_s, u"Company"_s};
    const ApplicationColumns columns = ApplicationColumns::recognise(header, {item(1, u"Book"_s)});
    EXPECT_EQ(columns.indexOf(ApplicationField::Nickname), 2); // not "name"
    EXPECT_EQ(columns.indexOf(ApplicationField::Copies), 5);
    EXPECT_EQ(columns.indexOf(ApplicationField::TaxInvoice), 7);
    EXPECT_EQ(columns.indexOf(ApplicationField::BusinessNumber), 8);
    EXPECT_EQ(columns.indexOf(ApplicationField::Company), 9);
}

TEST(ApplicationColumnsTest, PerItemCopiesColumnsForSeveralItems)
{
    const std::vector<Item> items{item(1, u"실전 리팩터링"_s), item(2, u"TDD 입문"_s)};
    const ApplicationColumns columns =
        ApplicationColumns::recognise({u"이름"_s, u"실전 리팩터링 수량"_s, u"TDD 입문 (권)"_s}, items);
    const std::vector<ApplicationColumn> copies = columns.copiesColumns();
    ASSERT_EQ(copies.size(), 2u);
    EXPECT_EQ(copies[0].itemId, 1);
    EXPECT_EQ(copies[1].itemId, 2);
}

TEST(ApplicationColumnsTest, OverridesWinAndBadOnesAreRefused)
{
    const QStringList header{u"Buyer"_s, u"How many"_s, u"연락처"_s};
    const auto overrides = ApplicationColumns::parseOverrides(u"name=Buyer, copies=How many"_s);
    const ApplicationColumns columns = ApplicationColumns::recognise(header, {item(1, u"책"_s)}, overrides);
    EXPECT_EQ(columns.indexOf(ApplicationField::Name), 0);
    EXPECT_EQ(columns.indexOf(ApplicationField::Copies), 1);
    EXPECT_EQ(columns.indexOf(ApplicationField::Phone), 2);

    EXPECT_THROW(ApplicationColumns::parseOverrides(u"name"_s), InputError);
    EXPECT_THROW(ApplicationColumns::recognise(header, {}, {{u"name"_s, u"없는 열"_s}}), InputError);
    EXPECT_THROW(ApplicationColumns::recognise(header, {}, {{u"size"_s, u"Buyer"_s}}), InputError);
    EXPECT_THROW(ApplicationColumns::recognise(header, {item(1, u"책"_s)}, {{u"copies:없는 책"_s, u"How many"_s}}),
                 InputError);
}

TEST(ApplicationColumnsTest, SaysWhatIsMissing)
{
    const ApplicationColumns columns = ApplicationColumns::recognise({u"Buyer"_s, u"연락처"_s}, {});
    EXPECT_EQ(columns.missingEssentials().size(), 2);
    EXPECT_TRUE(columns.unrecognised().contains(u"Buyer"_s));
}

} // namespace
} // namespace gonggu

namespace gonggu {
namespace {
using namespace Qt::StringLiterals;

TEST(ApplicationColumnsOverrideTest, AnEmptyHeaderUnmapsARecognisedColumn)
{
    Item book;
    book.id = 1;
    book.name = u"책"_s;
    const QStringList header{u"이름"_s, u"연락처"_s, u"수량"_s};
    const ApplicationColumns columns =
        ApplicationColumns::recognise(header, {book}, ApplicationColumns::parseOverrides(u"phone="_s));
    EXPECT_FALSE(columns.indexOf(ApplicationField::Phone).has_value());
    EXPECT_EQ(columns.indexOf(ApplicationField::Name), 0);
    EXPECT_TRUE(columns.unrecognised().contains(u"연락처"_s));
}

} // namespace
} // namespace gonggu
