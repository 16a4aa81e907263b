#include "DemoWorkspace.h"

#include "OrderBook.h"
#include "PaymentBook.h"
#include "domain/Clock.h"
#include "domain/Errors.h"
#include "domain/PaymentRules.h"
#include "storage/ItemRepository.h"
#include "storage/OrderRepository.h"
#include "storage/PaymentEventRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoundRepository.h"
#include "storage/RoundTaskRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <array>

namespace gonggu {
namespace {

// The demo's people are fictional. Two share the name 김민준 (동명이인), told apart by nickname.
struct DemoBuyer
{
    const char16_t *name;
    const char16_t *nickname;
    const char16_t *depositor; // empty: deposits under their own name
    const char16_t *phone;
    int copies;
    bool courier;
    bool paid;
    int appliedDay; // day of November 2026 on which they applied
};

constexpr std::array<DemoBuyer, DemoWorkspace::realRoundBuyers> realBuyers{{
    {u"김민준", u"tini", u"", u"010-2101-0001", 1, false, true, 1},
    {u"이서연", u"seoyeon", u"", u"010-2101-0002", 2, false, true, 1},
    {u"박도윤", u"doyun", u"", u"010-2101-0003", 1, false, true, 1},
    {u"최지우", u"jiwoo_c", u"", u"010-2101-0004", 1, false, true, 1},
    {u"정하은", u"haeun", u"", u"010-2101-0005", 3, true, true, 1},
    {u"강예준", u"yejun", u"", u"010-2101-0006", 1, false, true, 1},
    {u"조수아", u"sua", u"", u"010-2101-0007", 1, false, true, 1},
    {u"윤시우", u"siwoo", u"", u"010-2101-0008", 2, false, true, 1},
    {u"장지호", u"jiho", u"", u"010-2101-0009", 1, false, true, 2},
    {u"임서준", u"seojun", u"", u"010-2101-0010", 1, false, true, 2},
    {u"한지아", u"jia", u"", u"010-2101-0011", 1, false, true, 2},
    {u"오은우", u"eunwoo", u"", u"010-2101-0012", 1, false, true, 2},
    {u"서하윤", u"hayoon", u"서하윤엄마", u"010-2101-0013", 1, false, true, 2},
    {u"신주원", u"juwon", u"", u"010-2101-0014", 1, false, true, 2},
    {u"권민서", u"minseo", u"", u"010-2101-0015", 1, false, true, 2},
    {u"황건우", u"gunwoo", u"", u"010-2101-0016", 1, false, true, 2},
    {u"안지유", u"jiyu", u"", u"010-2101-0017", 1, false, true, 3},
    {u"송현우", u"hyunwoo", u"", u"010-2101-0018", 1, false, true, 3},
    {u"김민준", u"mj_kim", u"", u"010-2101-0019", 1, false, true, 3},
    {u"유채원", u"chaewon", u"", u"010-2101-0020", 1, false, true, 3},
    {u"홍승민", u"seungmin", u"", u"010-2101-0021", 2, false, false, 3},
    {u"전다인", u"dain", u"", u"010-2101-0022", 1, false, false, 3},
}};

QString text(const char16_t *utf16)
{
    return QString::fromUtf16(utf16);
}

// Seoul has no daylight saving: a fixed +09:00 offset keeps the demo identical on every machine.
QDateTime seoulTime(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone(9 * 3600)).toUTC();
}

/** SplitMix64: a tiny generator whose sequence is the same on every platform, unlike std's distributions. */
class DeterministicRandom
{
public:
    explicit DeterministicRandom(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int bound) { return int(next() % quint64(bound)); }

private:
    quint64 m_state;
};

/** Fictional Korean names with the variety of a real community: a family name drawn by how common it is
 *  (김 one in five, 진 one in three hundred) and a two-syllable given name, some 60,000 combinations in all.
 *  A round of 100,000 buyers then shares a name between a handful of people (동명이인), as real rounds do,
 *  rather than between hundreds, which would make every bank deposit an ambiguous one. */
class KoreanNames
{
public:
    explicit KoreanNames(quint64 seed) : m_random(seed) {}

    QString next()
    {
        int draw = m_random.below(familyWeightTotal());
        std::size_t family = 0;
        while (draw >= familyNames[family].second)
            draw -= familyNames[family++].second;
        const std::size_t first = std::size_t(m_random.below(int(firstSyllables.size())));
        std::size_t second = std::size_t(m_random.below(int(secondSyllables.size())));
        if (firstSyllables[first] == secondSyllables[second]) // no 진진 or 윤윤
            second = (second + 1) % secondSyllables.size();
        const std::array<QChar, 3> name{familyNames[family].first, firstSyllables[first], secondSyllables[second]};
        return QString(name.data(), qsizetype(name.size()));
    }

private:
    // Family names with roughly how many in a thousand Koreans bear them.
    static constexpr std::array<std::pair<char16_t, int>, 40> familyNames{{
        {u'김', 215}, {u'이', 147}, {u'박', 84}, {u'최', 47}, {u'정', 44}, {u'강', 24}, {u'조', 21}, {u'윤', 20},
        {u'장', 20},  {u'임', 17},  {u'한', 15}, {u'오', 15}, {u'서', 15}, {u'신', 15}, {u'권', 14}, {u'황', 14},
        {u'안', 13},  {u'송', 13},  {u'전', 11}, {u'홍', 11}, {u'유', 20}, {u'고', 9},  {u'문', 9},  {u'양', 9},
        {u'손', 9},   {u'배', 8},   {u'백', 7},  {u'허', 6},  {u'남', 6},  {u'심', 5},  {u'노', 4},  {u'하', 4},
        {u'곽', 4},   {u'성', 4},   {u'차', 4},  {u'주', 4},  {u'우', 4},  {u'구', 4},  {u'민', 3},  {u'진', 3},
    }};
    static constexpr std::array<char16_t, 40> firstSyllables{
        u'민', u'서', u'지', u'도', u'하', u'예', u'수', u'시', u'주', u'은', u'건', u'현', u'우', u'준',
        u'유', u'채', u'다', u'승', u'태', u'재', u'윤', u'나', u'소', u'아', u'연', u'영', u'정', u'성',
        u'동', u'혜', u'경', u'상', u'진', u'선', u'미', u'희', u'보', u'가', u'라', u'한'};
    static constexpr std::array<char16_t, 40> secondSyllables{
        u'준', u'연', u'우', u'윤', u'은', u'서', u'아', u'호', u'원', u'민', u'진', u'현', u'훈', u'혁',
        u'빈', u'율', u'린', u'희', u'영', u'수', u'경', u'주', u'인', u'기', u'재', u'석', u'규', u'하',
        u'온', u'솔', u'결', u'람', u'별', u'담', u'슬', u'이', u'나', u'겸', u'찬', u'혜'};

    static int familyWeightTotal()
    {
        int total = 0;
        for (const auto &family : familyNames)
            total += family.second;
        return total;
    }

    DeterministicRandom m_random;
};

} // namespace

void DemoWorkspace::populate(Workspace &workspace, int scaleBuyers)
{
    if (!RoundRepository(workspace).all().empty())
        throw InputError(QStringLiteral("the demo goes into a new, empty workspace only"));
    // Named in the change history for what it is, rather than summed up by the hundreds of rows it writes.
    workspace.describeNextChanges(std::nullopt, QCoreApplication::translate("DemoWorkspace", "Demo workspace "
                                                                                             "written"));
    Transaction transaction(workspace);
    addRealRound(workspace);
    if (scaleBuyers > 0)
        addScaleRound(workspace, scaleBuyers);
    transaction.commit();
}

void DemoWorkspace::addRealRound(Workspace &workspace)
{
    Round round;
    round.title = QStringLiteral("『실전 리팩터링』 공동구매");
    round.supplier = QStringLiteral("가나다출판사");
    round.supplierContact = QStringLiteral("영업부 김담당 02-555-0100 sales@ganada.example");
    round.status = RoundStatus::Ordered;
    round.opensOn = QDate(2026, 11, 1);
    round.closesOn = QDate(2026, 11, 3);
    round.paymentDue = QDate(2026, 11, 6);
    round.orderedOn = QDate(2026, 11, 8);
    round.deliveryOn = QDate(2026, 11, 13);
    round.meetupAt = seoulTime(14, 14, 0);
    round.meetupPlace = QStringLiteral("판교역 2번 출구 앞 카페, 2층 모임방");
    round.bankAccount = QStringLiteral("가나은행 123-456-789012 (예금주 공구지기)");
    round.shippingFee = Money::won(3500);
    round.notes = QStringLiteral("정가 28,000원 → 공구가 25,200원 (10% 할인). 책은 11월 14일 모임에서 전달.");
    round.id = RoundRepository(workspace).create(round);

    Item book;
    book.roundId = round.id;
    book.name = QStringLiteral("실전 리팩터링");
    book.isbn = QStringLiteral("979-11-0000-001-2");
    book.listPrice = Money::won(28000);
    book.unitPrice = Money::won(25200);
    book.id = ItemRepository(workspace).add(book);

    PersonRepository people(workspace);
    OrderRepository orders(workspace);
    PaymentBook payments(workspace);
    RoundTaskRepository tasks(workspace);
    for (const DemoBuyer &buyer : realBuyers) {
        Person person;
        person.displayName = text(buyer.name);
        person.nickname = text(buyer.nickname);
        person.realName = text(buyer.name);
        person.depositorName = text(buyer.depositor);
        person.phone = text(buyer.phone);
        person.email = text(buyer.nickname) + QStringLiteral("@example.com");
        if (buyer.courier)
            person.address = QStringLiteral("경기도 성남시 분당구 판교로 1, 2층");
        person.id = people.add(person);

        // Each order is stamped at the time the buyer applied, not at demo creation time.
        const QDateTime applied = seoulTime(buyer.appliedDay, 9 + int(person.id % 12), int(person.id * 7 % 60));
        const FixedClock orderClock(applied);
        const OrderId orderId =
            OrderBook(workspace, orderClock)
                .setQuantity(round, person.id, book, buyer.copies,
                             {OrderStatus::Confirmed, buyer.courier ? Delivery::Courier : Delivery::Pickup});
        if (buyer.courier) {
            Order order = *orders.find(orderId);
            order.shippingAddress = person.address;
            order.wantsTaxInvoice = true; // the question the real coordinator could not answer
            orders.update(order);
        }
        tasks.logContact(
            {0, orderId, ContactChannel::Chat, ContactKind::Confirmation, applied.addSecs(600),
             QStringLiteral("%1님, 『실전 리팩터링』 %2권 신청 확인했습니다.").arg(person.nickname).arg(buyer.copies)});

        if (buyer.paid) {
            Payment payment;
            payment.personId = person.id;
            payment.amount = amountDue(OrderStatus::Confirmed, buyer.courier ? Delivery::Courier : Delivery::Pickup,
                                       book.unitPrice * buyer.copies, round.shippingFee);
            payment.paidOn = QDate(2026, 11, std::min(buyer.appliedDay + 2, 6));
            payment.depositorName = person.depositorName.isEmpty() ? person.displayName : person.depositorName;
            payments.record(round, payment);
        }
    }

    // A deposit from the bank statement nobody could be sure of: the name is not a buyer's, and only the
    // amount points at one of the two who have not paid. It waits on the reconciliation page.
    Payment waiting;
    waiting.roundId = round.id;
    waiting.amount = book.unitPrice;
    waiting.paidOn = QDate(2026, 11, 7);
    waiting.depositorName = QStringLiteral("다인맘");
    waiting.source = PaymentSource::BankImport;
    waiting.sourceRef = QStringLiteral("2026-11-07 20:14:05|25200|다인맘||1");
    waiting.note = QStringLiteral("모바일");
    const PaymentId waitingId = PaymentRepository(workspace).add(waiting);
    PaymentEventRepository(workspace).add({0,
                                           round.id,
                                           waitingId,
                                           std::nullopt,
                                           PaymentEventAction::Imported,
                                           QStringLiteral("line 14: no buyer by this name"),
                                           {}});

    for (const auto &[chore, done] :
         {std::pair{u"출판사에 공구가(10% 할인)와 최소 수량 확인", true},
          std::pair{u"세금계산서 발행 가능한지 출판사에 문의", false}, std::pair{u"택배비 확인 (1박스 3,500원)", true},
          std::pair{u"모임 장소 예약 (11월 14일)", false}})
        tasks.addChecklistItem({0, round.id, text(chore), done});
    // Reminders about the round's dates are worked out from them (ReminderPlanner); these are the
    // coordinator's own.
    tasks.addReminder({0,
                       round.id,
                       std::nullopt,
                       QStringLiteral("manual"),
                       seoulTime(9, 10, 0),
                       {},
                       QStringLiteral("출판사에 세금계산서 발행 여부 다시 묻기"),
                       {}});
    tasks.addReminder({0,
                       round.id,
                       std::nullopt,
                       QStringLiteral("manual"),
                       seoulTime(12, 18, 0),
                       {},
                       QStringLiteral("모임 장소 예약 확인 전화"),
                       {}});
}

void DemoWorkspace::addScaleRound(Workspace &workspace, int buyers)
{
    DeterministicRandom random(20261125);
    // Names come from a generator of their own, so that the orders and payments stay what they always were.
    KoreanNames names(20261126);

    Round round;
    round.title = QStringLiteral("대규모 공동구매 (%1명)").arg(buyers);
    round.supplier = QStringLiteral("가나다출판사");
    round.status = RoundStatus::Open;
    round.opensOn = QDate(2026, 11, 1);
    round.closesOn = QDate(2026, 11, 30);
    round.paymentDue = QDate(2026, 12, 4);
    round.bankAccount = QStringLiteral("가나은행 123-456-789012 (예금주 공구지기)");
    round.shippingFee = Money::won(3500);
    round.id = RoundRepository(workspace).create(round);

    std::array<Item, 3> items;
    const std::array<std::pair<const char16_t *, qint64>, 3> catalogue{
        {{u"실전 리팩터링", 25200}, {u"테스트 주도 개발 입문", 21600}, {u"함께 읽는 알고리즘", 30600}}};
    for (std::size_t i = 0; i < items.size(); ++i) {
        items[i].roundId = round.id;
        items[i].name = text(catalogue[i].first);
        items[i].unitPrice = Money::won(catalogue[i].second);
        items[i].id = ItemRepository(workspace).add(items[i]);
    }

    PersonRepository people(workspace);
    OrderRepository orders(workspace);
    PaymentRepository payments(workspace);
    for (int n = 1; n <= buyers; ++n) {
        Person person;
        person.displayName = names.next();
        person.nickname = QStringLiteral("buyer%1").arg(n, 6, 10, QLatin1Char('0'));
        person.phone = QStringLiteral("010-%1-%2").arg(3000 + n / 10000).arg(n % 10000, 4, 10, QLatin1Char('0'));
        person.id = people.add(person);

        Order order;
        order.roundId = round.id;
        order.personId = person.id;
        const int roll = random.below(100);
        order.status = roll < 3 ? OrderStatus::Cancelled : roll < 10 ? OrderStatus::Applied : OrderStatus::Confirmed;
        order.delivery = random.below(4) == 0 ? Delivery::Courier : Delivery::Pickup;
        order.createdAt = seoulTime(1 + n * 29 / (buyers + 1), 9 + random.below(12), random.below(60));
        if (order.status == OrderStatus::Confirmed)
            order.confirmedAt = order.createdAt.addSecs(3600);
        order.id = orders.create(order);

        // About 1.5 lines per order: the first item always, the others now and then.
        Money due;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0 && random.below(4) != 0)
                continue;
            const int quantity = 1 + (random.below(5) == 0 ? 1 : 0);
            orders.setQuantity(order.id, items[i].id, quantity);
            due += items[i].unitPrice * quantity;
        }
        if (order.delivery == Delivery::Courier)
            due += round.shippingFee;

        // About 1.2 payments per buyer: most pay in full, some in two parts, some not yet.
        const int payRoll = random.below(100);
        if (order.status == OrderStatus::Cancelled || payRoll < 10)
            continue;
        Payment payment;
        payment.roundId = round.id;
        payment.personId = person.id;
        payment.depositorName = person.displayName;
        payment.paidOn = QDate(2026, 11, 2 + random.below(28));
        if (payRoll < 45) {
            payment.amount = Money::won(due.toWon() / 2);
            payments.add(payment);
            payment.amount = due - payment.amount;
        } else {
            payment.amount = due;
        }
        payments.add(payment);
    }
}

} // namespace gonggu
