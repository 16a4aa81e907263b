#include "RecipientsModel.h"
#include "MessageText.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace gonggu::test {
namespace {

Recipient recipient(OrderId order, const QString &nickname, const QDateTime &sent = {})
{
    Recipient row;
    row.orderId = order;
    row.nickname = nickname;
    row.name = nickname.toUpper();
    row.lastSentAt = sent;
    return row;
}

/** The check boxes of the recipients list: defaults, the "include already sent" box, hand-made choices. */
class RecipientsModelTest : public ::testing::Test
{
protected:
    RecipientsModel m_model;
    QAbstractItemModelTester m_tester{&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    const QDateTime m_sent{QDate(2026, 11, 9), QTime(3, 0), Qt::UTC};
};

TEST_F(RecipientsModelTest, BuyersAlreadySentStartUncheckedAndFlagged)
{
    m_model.setRecipients({recipient(1, QStringLiteral("tini")), recipient(2, QStringLiteral("dain"), m_sent)});
    EXPECT_EQ(m_model.checkedOrders(), std::vector<OrderId>{1});
    EXPECT_EQ(m_model.alreadySentCount(), 1);
    EXPECT_EQ(m_model.index(0, 0).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_EQ(m_model.index(1, 0).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    EXPECT_TRUE(m_model.index(0, 1).data().toString().isEmpty());
    EXPECT_EQ(m_model.index(1, 1).data().toString(), MessageText::sentTime(m_sent));
    EXPECT_FALSE(m_model.index(1, 1).data().toString().isEmpty());
    EXPECT_TRUE(m_model.index(0, 0).flags().testFlag(Qt::ItemIsUserCheckable));
    EXPECT_FALSE(m_model.index(0, 1).flags().testFlag(Qt::ItemIsUserCheckable));
    EXPECT_EQ(m_model.index(0, 0).data().toString(), QStringLiteral("tini (TINI)"));
}

TEST_F(RecipientsModelTest, IncludingThoseAlreadySentChecksThemAndOverridesHandChoices)
{
    m_model.setRecipients({recipient(1, QStringLiteral("tini"), m_sent), recipient(2, QStringLiteral("dain"), m_sent)});
    m_model.setChecked(0, true);
    EXPECT_EQ(m_model.checkedOrders(), std::vector<OrderId>{1});
    QSignalSpy checked(&m_model, &RecipientsModel::checkedChanged);
    m_model.setIncludeAlreadySent(true);
    EXPECT_EQ(m_model.checkedOrders(), (std::vector<OrderId>{1, 2}));
    m_model.setIncludeAlreadySent(false);
    EXPECT_TRUE(m_model.checkedOrders().empty());
    EXPECT_EQ(checked.count(), 2);
}

TEST_F(RecipientsModelTest, HandChoicesLastUntilTheBuyersSentStateChanges)
{
    m_model.setRecipients({recipient(1, QStringLiteral("tini")), recipient(2, QStringLiteral("dain"))});
    EXPECT_TRUE(m_model.setData(m_model.index(1, 0), int(Qt::Unchecked), Qt::CheckStateRole));
    EXPECT_FALSE(m_model.setData(m_model.index(1, 1), int(Qt::Checked), Qt::CheckStateRole)) << "no box there";
    m_model.setRecipients({recipient(1, QStringLiteral("tini")), recipient(2, QStringLiteral("dain"))});
    EXPECT_EQ(m_model.checkedOrders(), std::vector<OrderId>{1}) << "kept across a reload";

    // dain was sent the message elsewhere, then it was undone: the default speaks again each time.
    m_model.setChecked(1, true);
    m_model.setRecipients({recipient(1, QStringLiteral("tini")), recipient(2, QStringLiteral("dain"), m_sent)});
    EXPECT_EQ(m_model.checkedOrders(), std::vector<OrderId>{1});
    m_model.setRecipients({recipient(1, QStringLiteral("tini")), recipient(2, QStringLiteral("dain"))});
    EXPECT_EQ(m_model.checkedOrders(), (std::vector<OrderId>{1, 2}));
}

TEST_F(RecipientsModelTest, CheckAllFollowsTheIncludeBoxAndClearForgets)
{
    m_model.setRecipients({recipient(1, QStringLiteral("tini")), recipient(2, QStringLiteral("dain"), m_sent)});
    m_model.checkNone();
    EXPECT_TRUE(m_model.checkedOrders().empty());
    m_model.checkAll();
    EXPECT_EQ(m_model.checkedOrders(), std::vector<OrderId>{1});
    m_model.checkNone();
    m_model.clear();
    m_model.setRecipients({recipient(1, QStringLiteral("tini"))});
    EXPECT_EQ(m_model.checkedOrders(), std::vector<OrderId>{1}) << "choices of another kind are forgotten";
    EXPECT_EQ(m_model.rowOf(1), 0);
    EXPECT_EQ(m_model.rowOf(7), -1);
}

} // namespace
} // namespace gonggu::test
