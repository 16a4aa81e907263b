#include "services/tracking/TrackingImport.h"
#include "ExportTestSupport.h"
#include "domain/Errors.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "services/export/RoundExport.h"
#include "storage/OrderRepository.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** TrackingImport: tracking numbers back to the fixture round's two courier orders (이두리, and the buyer with
 *  the formula-looking name, evil), from courier sheets, the shipping list and pasted lines. */
class TrackingImportTest : public ExportRoundTest
{
protected:
    TrackingImportPlan planText(const QString &text) { return TrackingImport(workspace()).planText(m_round, text); }
    QString trackingOf(OrderId order) { return OrderRepository(workspace()).find(order)->trackingNumber; }
    static std::string rejections(const TrackingImportPlan &plan)
    {
        std::string text;
        for (const RejectedRow &row : plan.rejected)
            text += std::to_string(row.line) + ": " + row.reason.toStdString() + "\n";
        return text;
    }
};

TEST_F(TrackingImportTest, ACourierExportFindsOrdersByNameAndPhone)
{
    // As a courier's booking site gives it back: a title line, then its own header.
    const TrackingImportPlan plan = planText(QStringLiteral("예약 결과 2026-11-12\n"
                                                            "받는분,받는분 전화번호,받는분 주소,운송장번호\n"
                                                            "이두리,010-1111-0002,서울시 강남구,6543-2109-8765\n"
                                                            "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"클릭\"\")\","
                                                            "01011110004,@서울,654321098766\n"));
    EXPECT_TRUE(plan.rejected.empty()) << rejections(plan);
    EXPECT_EQ(plan.headerLine, 2);
    ASSERT_EQ(plan.rows.size(), 2u);
    EXPECT_EQ(plan.rows[0].orderId, m_duriOrder);
    EXPECT_EQ(plan.rows[0].trackingNumber, QStringLiteral("654321098765")); // dashes dropped
    EXPECT_EQ(plan.rows[0].matchedBy, QStringLiteral("name+phone"));
    EXPECT_EQ(plan.rows[0].line, 3);
    EXPECT_EQ(plan.rows[1].orderId, m_evilOrder);
    EXPECT_EQ(plan.count(TrackingAction::Set), 2);
    EXPECT_TRUE(trackingOf(m_duriOrder).isEmpty()) << "planning writes nothing";
}

TEST_F(TrackingImportTest, TheShippingListFilledInComesBackByOrderNumber)
{
    ExportTemplate choice;
    choice.kind = ExportKind::Recipients;
    choice.columns = {{QStringLiteral("order_id"), {}},
                      {QStringLiteral("recipient"), {}},
                      {QStringLiteral("address"), {}},
                      {QStringLiteral("tracking"), {}}};
    const TableDocument list = RoundExport(workspace(), m_clock).document(m_round, choice, Language::Korean);
    // The coordinator types the numbers into the empty 송장번호 column and saves the file.
    CsvWriter filled;
    for (const QStringList &row : tableText(list.tables.at(0))) {
        QList<CsvCell> cellsOut;
        for (const QString &cell : row)
            cellsOut << CsvCell::text(cell);
        if (row.front() == QString::number(m_duriOrder))
            cellsOut.back() = CsvCell::text(QStringLiteral("111122223333"));
        if (row.front() == QString::number(m_evilOrder))
            cellsOut.back() = CsvCell::text(QStringLiteral("444455556666"));
        filled.addRow(cellsOut);
    }
    const SheetData sheet = CsvReader::readBytes(filled.toBytes(), QStringLiteral("shipping.csv"));
    TrackingImport importer(workspace());
    const TrackingImportPlan plan = importer.plan(m_round, sheet);
    ASSERT_TRUE(plan.rejected.empty()) << rejections(plan);
    ASSERT_EQ(plan.rows.size(), 2u);
    EXPECT_EQ(plan.rows[0].matchedBy, QStringLiteral("order"));

    importer.apply(m_round, plan);
    EXPECT_EQ(trackingOf(m_duriOrder), QStringLiteral("111122223333"));
    EXPECT_EQ(trackingOf(m_evilOrder), QStringLiteral("444455556666"));
}

TEST_F(TrackingImportTest, PastedNameOrPhoneAndNumberNeedNoHeader)
{
    const TrackingImportPlan plan = planText(QStringLiteral("이두리\t111122223333\n010-1111-0004\t444455556666\n"));
    EXPECT_TRUE(plan.rejected.empty()) << rejections(plan);
    EXPECT_EQ(plan.headerLine, 0);
    ASSERT_EQ(plan.rows.size(), 2u);
    EXPECT_EQ(plan.rows[0].orderId, m_duriOrder);
    EXPECT_EQ(plan.rows[0].matchedBy, QStringLiteral("name"));
    EXPECT_EQ(plan.rows[1].orderId, m_evilOrder);
    EXPECT_EQ(plan.rows[1].matchedBy, QStringLiteral("phone"));
}

TEST_F(TrackingImportTest, AMaskedPhoneMatchesOnTheDigitsShown)
{
    const TrackingImportPlan plan =
        planText(QStringLiteral("수령인\t연락처\t송장번호\n이두리\t010-****-0002\t111122223333\n"));
    EXPECT_TRUE(plan.rejected.empty()) << rejections(plan);
    ASSERT_EQ(plan.rows.size(), 1u);
    EXPECT_EQ(plan.rows[0].orderId, m_duriOrder);
}

TEST_F(TrackingImportTest, RowsThatFindNoCourierOrderAreRejectedWithTheirLineAndReason)
{
    const TrackingImportPlan plan = planText(QStringLiteral("이름\t송장번호\n"
                                                            "김하나\t111122223333\n" // two people, and pickups
                                                            "박세나\t111122224444\n" // picks up at the meetup
                                                            "홍길동\t111122225555\n" // nobody of that name
                                                            "이두리\t\n"             // no number
                                                            "이두리\t6.54321E+11\n"  // Excel shortened it
                                                            "이두리\t12-34\n"));     // too short
    EXPECT_TRUE(plan.rows.empty());
    ASSERT_EQ(plan.rejected.size(), 6u) << rejections(plan);
    EXPECT_EQ(plan.rejected[0].line, 2);
    EXPECT_TRUE(plan.rejected[0].reason.contains(QStringLiteral("picks up at the meetup"))) << rejections(plan);
    EXPECT_TRUE(plan.rejected[1].reason.contains(QStringLiteral("박세나 (sena) picks up"))) << rejections(plan);
    EXPECT_TRUE(plan.rejected[2].reason.contains(QStringLiteral("no courier order of this round matches 홍길동")))
        << rejections(plan);
    EXPECT_EQ(plan.rejected[3].reason, QStringLiteral("no tracking number"));
    EXPECT_TRUE(plan.rejected[4].reason.contains(QStringLiteral("shortened"))) << rejections(plan);
    EXPECT_TRUE(plan.rejected[5].reason.contains(QStringLiteral("not a tracking number"))) << rejections(plan);
}

TEST_F(TrackingImportTest, ANameTwoCourierOrdersShareAsksForThePhone)
{
    OrderRepository orders(workspace());
    // Both 김하나 (hana and hana2) go by courier now.
    for (const Order &order : orders.forRound(m_round.id)) {
        if (order.delivery == Delivery::Pickup && order.status == OrderStatus::Confirmed && order.id != m_senaOrder) {
            Order courier = order;
            courier.delivery = Delivery::Courier;
            orders.update(courier);
        }
    }
    const TrackingImportPlan byName = planText(QStringLiteral("김하나\t111122223333\n"));
    ASSERT_EQ(byName.rejected.size(), 1u);
    EXPECT_TRUE(byName.rejected[0].reason.contains(QStringLiteral("2 courier orders match 김하나; add the phone")))
        << rejections(byName);
    const TrackingImportPlan byBoth = planText(QStringLiteral("김하나\t010-1111-0001\t111122223333\n"));
    EXPECT_TRUE(byBoth.rejected.empty()) << rejections(byBoth);
    ASSERT_EQ(byBoth.rows.size(), 1u);
    EXPECT_EQ(byBoth.rows[0].orderId, m_hanaOrder);
}

TEST_F(TrackingImportTest, AnOrderNumberNotOfTheRoundIsRejected)
{
    const TrackingImportPlan plan =
        planText(QStringLiteral("주문번호,송장번호\n99999,111122223333\n%1,111122224444\n").arg(m_hanaOrder));
    ASSERT_EQ(plan.rejected.size(), 2u);
    EXPECT_TRUE(plan.rejected[0].reason.contains(QStringLiteral("not an order of this round")));
    EXPECT_TRUE(plan.rejected[1].reason.contains(QStringLiteral("picked up at the meetup")));
}

TEST_F(TrackingImportTest, ReplacingKeepingAndRepeatingAreToldApart)
{
    Order duri = *OrderRepository(workspace()).find(m_duriOrder);
    duri.trackingNumber = QStringLiteral("999988887777");
    OrderRepository(workspace()).update(duri);
    Order evil = *OrderRepository(workspace()).find(m_evilOrder);
    evil.trackingNumber = QStringLiteral("444455556666");
    OrderRepository(workspace()).update(evil);

    const TrackingImportPlan plan = planText(QStringLiteral("이두리\t111122223333\n"
                                                            "010-1111-0004\t444455556666\n"
                                                            "이두리\t111122223333\n"
                                                            "이두리\t555566667777\n"));
    ASSERT_EQ(plan.rows.size(), 3u) << rejections(plan);
    EXPECT_EQ(plan.rows[0].action, TrackingAction::Replace);
    EXPECT_EQ(plan.rows[0].previous, QStringLiteral("999988887777"));
    EXPECT_EQ(plan.rows[1].action, TrackingAction::Unchanged);
    EXPECT_EQ(plan.rows[2].action, TrackingAction::Unchanged); // the same number twice
    ASSERT_EQ(plan.rejected.size(), 1u);
    EXPECT_EQ(plan.rejected[0].line, 4);
    EXPECT_TRUE(plan.rejected[0].reason.contains(QStringLiteral("already gets 111122223333 from line 1")))
        << rejections(plan);
}

TEST_F(TrackingImportTest, ApplyWritesInOneGoAndReturnsWhatWasThereForUndo)
{
    TrackingImport importer(workspace());
    const TrackingImportPlan plan =
        importer.planText(m_round, QStringLiteral("이두리\t111122223333\n010-1111-0004\t444455556666\n"));
    const std::vector<Order> before = importer.apply(m_round, plan);
    ASSERT_EQ(before.size(), 2u);
    EXPECT_TRUE(before[0].trackingNumber.isEmpty());
    EXPECT_EQ(trackingOf(m_duriOrder), QStringLiteral("111122223333"));
    reopen();
    EXPECT_EQ(trackingOf(m_evilOrder), QStringLiteral("444455556666"));
}

TEST_F(TrackingImportTest, APlanWhoseOrderWentAwayWritesNothing)
{
    TrackingImport importer(workspace());
    TrackingImportPlan plan =
        importer.planText(m_round, QStringLiteral("이두리\t111122223333\n010-1111-0004\t444455556666\n"));
    plan.rows[1].orderId = 99999;
    EXPECT_THROW(importer.apply(m_round, plan), InputError);
    EXPECT_TRUE(trackingOf(m_duriOrder).isEmpty());
}

TEST_F(TrackingImportTest, TextWithoutTrackingNumbersIsRefusedSayingWhatIsNeeded)
{
    try {
        planText(QStringLiteral("이름,주소\n이두리,서울\n"));
        ADD_FAILURE() << "expected an InputError";
    } catch (const InputError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("송장번호"))) << error.message().toStdString();
    }
    EXPECT_THROW(planText(QString()), InputError);
}

} // namespace
