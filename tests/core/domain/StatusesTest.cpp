#include "domain/Statuses.h"

#include <QSet>

#include <gtest/gtest.h>

#include <functional>

using namespace gonggu;

namespace {

/** One family of stored keys: its list, and a key → enum → key round trip. */
struct KeyFamily
{
    const char *name;
    std::function<QStringList()> keys;
    std::function<std::optional<QString>(const QString &)> roundTrip;
    int expectedCount;
};

template <typename Enum>
std::function<std::optional<QString>(const QString &)> roundTripVia(std::optional<Enum> (*fromKey)(const QString &))
{
    return [fromKey](const QString &key) -> std::optional<QString> {
        const std::optional<Enum> value = fromKey(key);
        return value ? std::optional<QString>(toKey(*value)) : std::nullopt;
    };
}

void PrintTo(const KeyFamily &family, std::ostream *out)
{
    *out << family.name;
}

/** The text keys stored in the workspace and printed by the CLI: every one maps back to itself. */
class StatusKeysTest : public ::testing::TestWithParam<KeyFamily>
{
};

TEST_P(StatusKeysTest, EveryKeyRoundTrips)
{
    const KeyFamily &family = GetParam();
    const QStringList keys = family.keys();
    ASSERT_EQ(keys.size(), family.expectedCount);
    for (const QString &key : keys) {
        const std::optional<QString> back = family.roundTrip(key);
        ASSERT_TRUE(back.has_value()) << key.toStdString();
        EXPECT_EQ(*back, key);
    }
}

TEST_P(StatusKeysTest, KeysAreDistinctLowercaseAscii)
{
    const QStringList keys = GetParam().keys();
    EXPECT_EQ(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
    for (const QString &key : keys) {
        EXPECT_FALSE(key.isEmpty());
        for (const QChar c : key)
            EXPECT_TRUE((c >= u'a' && c <= u'z') || c == u'_') << key.toStdString();
    }
}

TEST_P(StatusKeysTest, UnknownKeysGiveNothing)
{
    const KeyFamily &family = GetParam();
    const QString first = family.keys().constFirst();
    for (const QString &unknown : {QString(), QStringLiteral("unknown"), first.toUpper(), QStringLiteral(" ") + first,
                                   first + QStringLiteral(" "), QStringLiteral("in person"), QStringLiteral("확정")})
        EXPECT_FALSE(family.roundTrip(unknown).has_value()) << '"' << unknown.toStdString() << '"';
}

INSTANTIATE_TEST_SUITE_P(
    Families, StatusKeysTest,
    ::testing::Values(KeyFamily{"round_status", roundStatusKeys, roundTripVia(roundStatusFromKey), 7},
                      KeyFamily{"order_status", orderStatusKeys, roundTripVia(orderStatusFromKey), 4},
                      KeyFamily{"delivery", deliveryKeys, roundTripVia(deliveryFromKey), 2},
                      KeyFamily{"payment_state", paymentStateKeys, roundTripVia(paymentStateFromKey), 5},
                      KeyFamily{"contact_channel", contactChannelKeys, roundTripVia(contactChannelFromKey), 5},
                      KeyFamily{"contact_kind", contactKindKeys, roundTripVia(contactKindFromKey), 7},
                      KeyFamily{"payment_source", paymentSourceKeys, roundTripVia(paymentSourceFromKey), 2},
                      KeyFamily{"expense_kind", expenseKindKeys, roundTripVia(expenseKindFromKey), 3},
                      KeyFamily{"payment_event_action", paymentEventActionKeys, roundTripVia(paymentEventActionFromKey), 10}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(StatusesTest, KeysAreThePublicSpelling)
{
    // These strings are in users' workspaces and scripts: changing one breaks them.
    EXPECT_EQ(roundStatusKeys(),
              QStringList({QStringLiteral("planning"), QStringLiteral("open"), QStringLiteral("closed"),
                           QStringLiteral("ordered"), QStringLiteral("delivered"), QStringLiteral("settled"),
                           QStringLiteral("cancelled")}));
    EXPECT_EQ(orderStatusKeys(), QStringList({QStringLiteral("interested"), QStringLiteral("applied"),
                                              QStringLiteral("confirmed"), QStringLiteral("cancelled")}));
    EXPECT_EQ(toKey(Delivery::Courier), QStringLiteral("courier"));
    EXPECT_EQ(toKey(Delivery::Pickup), QStringLiteral("pickup"));
    EXPECT_EQ(toKey(ContactChannel::InPerson), QStringLiteral("in_person"));
    EXPECT_EQ(toKey(PaymentSource::BankImport), QStringLiteral("bank_import"));
    EXPECT_EQ(toKey(PaymentState::Overpaid), QStringLiteral("overpaid"));
}

TEST(StatusesTest, OnlyCancelledOrdersStopCountingAsBuyers)
{
    EXPECT_TRUE(countsAsBuyer(OrderStatus::Interested));
    EXPECT_TRUE(countsAsBuyer(OrderStatus::Applied));
    EXPECT_TRUE(countsAsBuyer(OrderStatus::Confirmed));
    EXPECT_FALSE(countsAsBuyer(OrderStatus::Cancelled));
}

} // namespace
