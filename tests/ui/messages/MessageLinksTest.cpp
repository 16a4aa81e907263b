#include "MessageLinks.h"
#include "services/messages/ComposedMessage.h"

#include <QUrlQuery>

#include <gtest/gtest.h>

namespace gonggu::test {
namespace {

ComposedMessage message(const QString &nickname, const QString &name, const QString &text)
{
    ComposedMessage composed;
    composed.orderId = 1;
    composed.nickname = nickname;
    composed.name = name;
    composed.text = text;
    return composed;
}

TEST(MessageLinksTest, MailtoCarriesSubjectAndBodyPercentEncodedAsUtf8)
{
    const QUrl url = MessageLinks::mailto(QStringLiteral(" tini@example.com "), QStringLiteral("[1차] 입금 안내"),
                                          QStringLiteral("tini님,\n금액: 25,200원 & 배송비=0 #1 + 50% 할인?"));
    EXPECT_EQ(url.toEncoded(),
              QByteArray("mailto:tini@example.com?subject=%5B1%EC%B0%A8%5D%20%EC%9E%85%EA%B8%88%20%EC%95%88%EB%82%B4"
                         "&body=tini%EB%8B%98%2C%0D%0A%EA%B8%88%EC%95%A1%3A%2025%2C200%EC%9B%90%20%26%20%EB%B0%B0%EC%86"
                         "%A1%EB%B9%84%3D0%20%231%20%2B%2050%25%20%ED%95%A0%EC%9D%B8%3F"));
    // Read back, the Hangul is intact and "&", "=", "+", "#" stayed inside their field.
    const QUrlQuery query(url);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), QStringLiteral("[1차] 입금 안내"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded),
              QStringLiteral("tini님,\r\n금액: 25,200원 & 배송비=0 #1 + 50% 할인?"));
    EXPECT_TRUE(url.fragment().isEmpty());
    EXPECT_EQ(url.path(), QStringLiteral("tini@example.com"));
}

TEST(MessageLinksTest, MailtoLeavesOutEmptyFields)
{
    EXPECT_EQ(MessageLinks::mailto(QStringLiteral("a@b.example"), QString(), QStringLiteral("hi")).toEncoded(),
              QByteArray("mailto:a@b.example?body=hi"));
    EXPECT_EQ(MessageLinks::mailto(QStringLiteral("a@b.example"), QString(), QString()).toEncoded(),
              QByteArray("mailto:a@b.example"));
    // An address cannot smuggle in a field of its own.
    EXPECT_EQ(MessageLinks::mailto(QStringLiteral("a@b.example?bcc=x@y"), QString(), QString()).toEncoded(),
              QByteArray("mailto:a@b.example%3Fbcc%3Dx@y"));
}

TEST(MessageLinksTest, SmsDialsTheDigitsAndCarriesTheBody)
{
    const QUrl url = MessageLinks::sms(QStringLiteral("010-2101-0001"), QStringLiteral("입금 확인\n감사합니다"));
    EXPECT_EQ(url.toEncoded(), QByteArray("sms:01021010001?body=%EC%9E%85%EA%B8%88%20%ED%99%95%EC%9D%B8%0D%0A%EA%B0"
                                          "%90%EC%82%AC%ED%95%A9%EB%8B%88%EB%8B%A4"));
    EXPECT_EQ(QUrlQuery(url).queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded),
              QStringLiteral("입금 확인\r\n감사합니다"));
    EXPECT_EQ(MessageLinks::sms(QStringLiteral("+82 10 2101 0001"), QString()).toEncoded(),
              QByteArray("sms:+821021010001"));
}

TEST(MessageLinksTest, DialableKeepsDigitsAndALeadingPlus)
{
    EXPECT_EQ(MessageLinks::dialable(QStringLiteral("(010) 2101.0001")), QStringLiteral("01021010001"));
    EXPECT_EQ(MessageLinks::dialable(QStringLiteral("+82-10-2101-0001")), QStringLiteral("+821021010001"));
    EXPECT_EQ(MessageLinks::dialable(QStringLiteral("10+2")), QStringLiteral("102"));
    EXPECT_EQ(MessageLinks::dialable(QStringLiteral("카톡으로 연락")), QString());
    EXPECT_EQ(MessageLinks::dialable(QStringLiteral("+")), QString());
    EXPECT_EQ(MessageLinks::dialable(QStringLiteral("０１０")), QString()) << "full-width digits are not dialled";
}

TEST(MessageLinksTest, ClipboardTextOfOneIsTheTextAlone)
{
    EXPECT_EQ(MessageLinks::clipboardText(
                  {message(QStringLiteral("tini"), QStringLiteral("김민준"), QStringLiteral("tini님, 안녕하세요"))}),
              QStringLiteral("tini님, 안녕하세요"));
    EXPECT_EQ(MessageLinks::clipboardText({}), QString());
}

TEST(MessageLinksTest, ClipboardTextOfSeveralHeadsEachWithItsBuyer)
{
    const QString text = MessageLinks::clipboardText(
        {message(QStringLiteral("tini"), QStringLiteral("김민준"), QStringLiteral("첫째\n둘째 줄")),
         message(QString(), QStringLiteral("이서연"), QStringLiteral("셋째")),
         message(QStringLiteral("박도윤"), QStringLiteral("박도윤"), QStringLiteral("넷째"))});
    EXPECT_EQ(text, QStringLiteral(
                        "[tini (김민준)]\n첫째\n둘째 줄\n\n----------\n[이서연]\n셋째\n\n----------\n[박도윤]\n넷째"));
}

} // namespace
} // namespace gonggu::test
