#include "services/export/RoundExport.h"
#include "ExportTestSupport.h"
#include "domain/Errors.h"
#include "storage/ExportTemplateRepository.h"
#include "storage/OrderRepository.h"
#include "storage/PersonRepository.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** RoundExport: what each document holds, cell by cell, built from the fixture round. */
class RoundExportTest : public ExportRoundTest
{
protected:
    TableDocument build(ExportKind kind, bool paidOnly = false, std::vector<ExportColumnChoice> columns = {},
                        Language language = Language::Korean)
    {
        ExportTemplate choice;
        choice.kind = kind;
        choice.paidOnly = paidOnly;
        choice.columns = std::move(columns);
        choice.contact = QStringLiteral("공구지기 010-9999-0000");
        return RoundExport(workspace(), m_clock).document(m_round, choice, language);
    }
    QString nothingToExport(ExportKind kind, bool paidOnly = false)
    {
        try {
            build(kind, paidOnly);
        } catch (const InputError &error) {
            return error.message();
        }
        ADD_FAILURE() << "expected nothing to export";
        return {};
    }
    void expectTable(const DocumentTable &table, const std::vector<QStringList> &expected)
    {
        const std::vector<QStringList> actual = tableText(table);
        EXPECT_EQ(actual, expected) << describeRows(actual);
    }
};

TEST_F(RoundExportTest, PublisherListTotalsEachItemOverConfirmedOrders)
{
    const TableDocument document = build(ExportKind::Publisher);
    ASSERT_EQ(document.tables.size(), 3u);
    EXPECT_EQ(document.tables[0].title(), QStringLiteral("주문 도서"));
    // 최다섯 (applied) and 정여섯 (cancelled) are not in it.
    expectTable(document.tables[0], {
                                        cells({u"도서명", u"ISBN", u"수량", u"단가(원)", u"금액(원)"}),
                                        cells({u"실전 리팩터링", u"979-11-0000-001-2", u"5", u"25200", u"126000"}),
                                        cells({u"테스트 주도 개발", u"", u"2", u"21600", u"43200"}),
                                        cells({u"합계", u"", u"7", u"", u"169200"}),
                                    });
}

TEST_F(RoundExportTest, PublisherListNamesOnlyThoseItShipsToOrInvoices)
{
    const TableDocument document = build(ExportKind::Publisher);
    ASSERT_EQ(document.tables.size(), 3u);
    expectTable(document.tables[1],
                {
                    cells({u"받는 분", u"전화번호", u"주소", u"품목", u"수량"}),
                    cells({u"이두리", u"010-1111-0002", u"서울시 강남구 테헤란로 1, 101호",
                           u"실전 리팩터링 1권, 테스트 주도 개발 1권", u"2"}),
                    {evilName, QStringLiteral("010-1111-0004"), QStringLiteral("@서울 -3층, \"지하\""),
                     QStringLiteral("실전 리팩터링 1권"), QStringLiteral("1")},
                });
    expectTable(document.tables[2],
                {
                    cells({u"신청인", u"요청 서류", u"사업자등록번호", u"상호", u"계산서 이메일", u"현금영수증 번호",
                           u"금액(원)"}),
                    cells({u"이두리", u"세금계산서", u"123-45-67890", u"두리상사", u"duri@example.com", u"", u"46800"}),
                    {evilName,
                     QStringLiteral("현금영수증"),
                     {},
                     {},
                     {},
                     QStringLiteral("010-1111-0004"),
                     QStringLiteral("25200")},
                });
}

TEST_F(RoundExportTest, PaidOnlyLeavesOutThoseWhoOweAnything)
{
    const TableDocument document = build(ExportKind::Publisher, true);
    // 박세나 (nothing paid) and the partly paid courier buyer drop out: their copies, parcel and receipt too.
    ASSERT_EQ(document.tables.size(), 3u);
    expectTable(document.tables[0], {
                                        cells({u"도서명", u"ISBN", u"수량", u"단가(원)", u"금액(원)"}),
                                        cells({u"실전 리팩터링", u"979-11-0000-001-2", u"4", u"25200", u"100800"}),
                                        cells({u"테스트 주도 개발", u"", u"1", u"21600", u"21600"}),
                                        cells({u"합계", u"", u"5", u"", u"122400"}),
                                    });
    EXPECT_EQ(document.tables[1].rowCount(), 1);
    EXPECT_EQ(document.tables[2].rowCount(), 1);
    EXPECT_TRUE(document.details.contains(QStringLiteral("입금 완료 주문만")))
        << document.details.join(u'\n').toStdString();
}

TEST_F(RoundExportTest, ShippingListHasOneRowPerCourierOrderWithItsNumber)
{
    const TableDocument document = build(ExportKind::Recipients);
    ASSERT_EQ(document.tables.size(), 1u);
    expectTable(document.tables[0],
                {
                    cells({u"주문번호", u"받는 분", u"전화번호", u"주소", u"품목", u"수량", u"배송 메모"}),
                    {QString::number(m_duriOrder), QStringLiteral("이두리"), QStringLiteral("010-1111-0002"),
                     QStringLiteral("서울시 강남구 테헤란로 1, 101호"),
                     QStringLiteral("실전 리팩터링 1권, 테스트 주도 개발 1권"), QStringLiteral("2"),
                     QStringLiteral("문 앞에 놓아 주세요")}, // one line, as a label takes it
                    {QString::number(m_evilOrder), evilName, QStringLiteral("010-1111-0004"),
                     QStringLiteral("@서울 -3층, \"지하\""), QStringLiteral("실전 리팩터링 1권"), QStringLiteral("1"),
                     QStringLiteral("-경비실에 맡겨 주세요")},
                });
    EXPECT_FALSE(document.tables[0].hasTotals()); // a courier's bulk upload takes every row as a parcel
}

TEST_F(RoundExportTest, HandoverSheetSortsByNameSplitsCopiesByItemAndLeavesRoomToSign)
{
    const TableDocument document = build(ExportKind::Handover);
    ASSERT_EQ(document.tables.size(), 1u);
    EXPECT_TRUE(document.tables[0].roomToSign());
    expectTable(document.tables[0], {
                                        cells({u"이름", u"닉네임", u"실전 리팩터링", u"테스트 주도 개발", u"금액(원)",
                                               u"입금", u"받을 돈(원)", u"서명"}),
                                        cells({u"김하나", u"hana", u"2", u"", u"50400", u"완료", u"", u""}),
                                        cells({u"김하나", u"hana2", u"1", u"", u"25200", u"완료", u"", u""}),
                                        cells({u"박세나", u"sena", u"", u"1", u"21600", u"미입금", u"21600", u""}),
                                        cells({u"합계", u"", u"3", u"1", u"97200", u"", u"21600", u""}),
                                    });
}

TEST_F(RoundExportTest, HandoverOfARoundWithOneItemHasOneCopiesColumn)
{
    OrderRepository orders(workspace());
    orders.removeLine(m_senaOrder, m_tdd);
    orders.setQuantity(m_senaOrder, m_refactoring, 1);
    const TableDocument document = build(ExportKind::Handover);
    ASSERT_EQ(document.tables.size(), 1u);
    EXPECT_EQ(tableText(document.tables[0]).front(),
              cells({u"이름", u"닉네임", u"권수", u"금액(원)", u"입금", u"받을 돈(원)", u"서명"}));
}

TEST_F(RoundExportTest, HeaderCarriesTheRoundSupplierDateContactAndMeetup)
{
    const TableDocument document = build(ExportKind::Handover);
    EXPECT_EQ(document.title, QStringLiteral("수령 확인표"));
    EXPECT_EQ(document.subtitle, m_round.title);
    const QString details = document.details.join(u'\n');
    EXPECT_TRUE(details.contains(QStringLiteral("공급처: 가나다출판사"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("작성일: 2026-11-10"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("담당: 공구지기 010-9999-0000"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("오후 2:00, 판교역 카페"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("수령 3명 · 4권"))) << details.toStdString();
}

TEST_F(RoundExportTest, CoverageCountsConfirmedOrdersWithCopiesTheSameWayWhetherPaidOnlyOrNot)
{
    // A confirmed order whose last line was taken away has nothing to order.
    OrderRepository orders(workspace());
    Order empty;
    empty.roundId = m_round.id;
    Person nobody;
    nobody.displayName = QStringLiteral("빈주문");
    empty.personId = PersonRepository(workspace()).add(nobody);
    empty.status = OrderStatus::Confirmed;
    orders.create(empty);

    EXPECT_TRUE(build(ExportKind::Publisher).details.contains(QStringLiteral("주문 5건 · 7권")))
        << build(ExportKind::Publisher).details.join(u'\n').toStdString();
    EXPECT_TRUE(build(ExportKind::Publisher, true).details.contains(QStringLiteral("주문 3건 · 5권")))
        << build(ExportKind::Publisher, true).details.join(u'\n').toStdString();
    EXPECT_TRUE(build(ExportKind::Recipients).details.contains(QStringLiteral("택배 2건 · 3권")));
}

TEST_F(RoundExportTest, EnglishTitlesAndWords)
{
    const TableDocument document = build(ExportKind::Handover, false, {}, Language::English);
    EXPECT_EQ(document.title, QStringLiteral("Hand-over sheet"));
    const std::vector<QStringList> rows = tableText(document.tables.at(0));
    EXPECT_EQ(rows.front(),
              (QStringList{QStringLiteral("Name"), QStringLiteral("Nickname"), QStringLiteral("실전 리팩터링"),
                           QStringLiteral("테스트 주도 개발"), QStringLiteral("Amount (₩)"), QStringLiteral("Payment"),
                           QStringLiteral("To collect (₩)"), QStringLiteral("Signature")}));
    EXPECT_EQ(rows.at(3).at(5), QStringLiteral("Unpaid"));
    EXPECT_TRUE(document.details.contains(QStringLiteral("3 buyers · 4 copies")))
        << document.details.join(u'\n').toStdString();
    EXPECT_TRUE(build(ExportKind::Recipients, true, {}, Language::English)
                    .details.contains(QStringLiteral("1 parcel · 2 copies")));
    EXPECT_EQ(rows.back().front(), QStringLiteral("Total"));
}

TEST_F(RoundExportTest, ChosenColumnsComeInTheirOrderUnderTheirTitles)
{
    const TableDocument document = build(ExportKind::Recipients, false,
                                         {{QStringLiteral("phone"), QStringLiteral("연락처")},
                                          {QStringLiteral("recipient"), {}},
                                          {QStringLiteral("tracking"), QStringLiteral("운송장")}});
    expectTable(document.tables.at(0), {
                                           cells({u"연락처", u"받는 분", u"운송장"}),
                                           cells({u"010-1111-0002", u"이두리", u""}),
                                           {QStringLiteral("010-1111-0004"), evilName, QString()},
                                       });
}

TEST_F(RoundExportTest, APartWithNoChosenColumnIsLeftOut)
{
    const TableDocument document =
        build(ExportKind::Publisher, false, {{QStringLiteral("item"), {}}, {QStringLiteral("quantity"), {}}});
    ASSERT_EQ(document.tables.size(), 1u);
    EXPECT_EQ(document.tables[0].title(), QStringLiteral("주문 도서"));
}

TEST_F(RoundExportTest, AnUnknownColumnIsRefusedNamingTheKnownOnes)
{
    try {
        build(ExportKind::Recipients, false, {{QStringLiteral("주소"), {}}});
        ADD_FAILURE() << "expected an InputError";
    } catch (const InputError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("no column '주소'"))) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains(QStringLiteral("recipient, phone, address")))
            << error.message().toStdString();
    }
}

TEST_F(RoundExportTest, NothingToExportSaysWhyForEachKind)
{
    OrderRepository orders(workspace());
    for (const OrderId id : {m_duriOrder, m_evilOrder}) {
        Order order = *orders.find(id);
        order.delivery = Delivery::Pickup;
        orders.update(order);
    }
    EXPECT_TRUE(
        nothingToExport(ExportKind::Recipients).contains(QStringLiteral("no confirmed orders delivered by courier")));

    for (const Order &order : orders.forRound(m_round.id)) {
        Order changed = order;
        changed.status = OrderStatus::Applied;
        orders.update(changed);
    }
    EXPECT_TRUE(nothingToExport(ExportKind::Publisher).startsWith(QStringLiteral("nothing to export")));
    EXPECT_TRUE(nothingToExport(ExportKind::Handover, true).contains(QStringLiteral("paid in full")));
}

TEST_F(RoundExportTest, TemplateForASupplierComesBackAndDefaultsOtherwise)
{
    RoundExport exporter(workspace(), m_clock);
    const ExportTemplate defaults = exporter.templateFor(m_round, ExportKind::Recipients);
    EXPECT_FALSE(defaults.paidOnly);
    EXPECT_TRUE(defaults.columns.empty());

    ExportTemplate choice = defaults;
    choice.paidOnly = true;
    choice.columns = {{QStringLiteral("recipient"), QStringLiteral("수취인")}, {QStringLiteral("address"), {}}};
    choice.contact = QStringLiteral("공구지기");
    exporter.saveTemplate(m_round, choice);
    const ExportTemplate saved = exporter.templateFor(m_round, ExportKind::Recipients);
    EXPECT_TRUE(saved.paidOnly);
    EXPECT_EQ(saved.columns, choice.columns);
    EXPECT_EQ(saved.contact, QStringLiteral("공구지기"));
    EXPECT_EQ(saved.supplier, QStringLiteral("가나다출판사"));
    EXPECT_TRUE(exporter.templateFor(m_round, ExportKind::Handover).columns.empty()); // per kind
}

TEST_F(RoundExportTest, ASavedTemplateWithAColumnNoLongerKnownFallsBackToTheDefaultColumns)
{
    ExportTemplate stale;
    stale.supplier = m_round.supplier;
    stale.kind = ExportKind::Handover;
    stale.paidOnly = true;
    stale.columns = {{QStringLiteral("buyer"), {}}, {QStringLiteral("shoe_size"), {}}};
    ExportTemplateRepository(workspace()).save(stale);
    const ExportTemplate loaded = RoundExport(workspace(), m_clock).templateFor(m_round, ExportKind::Handover);
    EXPECT_TRUE(loaded.columns.empty());
    EXPECT_TRUE(loaded.paidOnly);
}

TEST_F(RoundExportTest, SavingATemplateWithAnUnknownColumnIsRefused)
{
    ExportTemplate choice;
    choice.kind = ExportKind::Publisher;
    choice.columns = {{QStringLiteral("price"), {}}};
    EXPECT_THROW(RoundExport(workspace(), m_clock).saveTemplate(m_round, choice), InputError);
    EXPECT_TRUE(ExportTemplateRepository(workspace()).all().empty());
}

} // namespace
