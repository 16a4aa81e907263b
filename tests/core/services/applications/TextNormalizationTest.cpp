#include "domain/TextNormalization.h"

#include <gtest/gtest.h>

namespace gonggu {
namespace {
using namespace Qt::StringLiterals;

TEST(TextNormalizationTest, FoldsWidthCaseAndSpaces)
{
    EXPECT_EQ(foldForMatching(u"Ｋｉｍ 하나"_s), u"kim하나"_s);
    EXPECT_EQ(foldForMatching(u" 김 영 희 "_s), u"김영희"_s);
    EXPECT_EQ(foldForMatching(u"닉네임(커뮤니티 아이디)"_s), u"닉네임(커뮤니티아이디)"_s);
}

TEST(TextNormalizationTest, PhoneNumbersInEverySpellingMeetInTheSameDigits)
{
    for (const QString &phone : {u"010-1111-2222"_s, u"01011112222"_s, u"010.1111.2222"_s, u"010 1111 2222"_s,
                                 u"+82 10-1111-2222"_s, u"+821011112222"_s, u"1011112222"_s})
        EXPECT_EQ(phoneDigits(phone), u"01011112222"_s) << phone.toStdString();
    EXPECT_EQ(formatPhone(u"+82 10 1111 2222"_s), u"010-1111-2222"_s);
    EXPECT_EQ(formatPhone(u"0212345678"_s), u"02-1234-5678"_s);
    EXPECT_EQ(formatPhone(u"call me"_s), u"call me"_s);
}

TEST(TextNormalizationTest, EmailsAreLowerCasedOrRefused)
{
    EXPECT_EQ(normalizedEmail(u" YH@Example.com "_s), u"yh@example.com"_s);
    EXPECT_TRUE(normalizedEmail(u"not an email"_s).isEmpty());
    EXPECT_TRUE(normalizedEmail(u"@example.com"_s).isEmpty());
    EXPECT_TRUE(normalizedEmail(u"a@"_s).isEmpty());
}

} // namespace
} // namespace gonggu
