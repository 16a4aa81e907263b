#include "SupplierChecklist.h"

#include "RoundLedger.h"
#include "domain/Clock.h"
#include "storage/RoundTaskRepository.h"
#include "storage/Transaction.h"

#include <QTimeZone>

#include <algorithm>
#include <array>

namespace gonggu {
namespace {

/** A default question in both languages, and words that show a checklist item already asks it. */
struct DefaultQuestion
{
    const char16_t *korean;
    const char16_t *english;
    std::array<const char16_t *, 5> coveredBy; // lower-case; unused slots are null
};

// Each question's own texts contain one of its words, so adding the defaults twice adds nothing.
const std::array<DefaultQuestion, 7> defaults{{
    {u"세금계산서·현금영수증 발행이 가능한가요?",
     u"Can the supplier issue a tax invoice or a cash receipt?",
     {u"세금계산서", u"현금영수증", u"tax invoice", u"cash receipt", nullptr}},
    {u"배송비는 얼마이고 누가 부담하나요?",
     u"What is the shipping cost, and who pays it?",
     {u"배송비", u"택배비", u"shipping cost", u"shipping fee", nullptr}},
    {u"입고(배송) 예정일은 언제인가요?",
     u"On what date will the books be delivered?",
     {u"입고", u"배송 예정", u"도착 예정", u"delivery date", u"be delivered"}},
    {u"최소 주문 수량이 있나요?",
     u"Is there a minimum order quantity?",
     {u"최소 수량", u"최소 주문", u"minimum quantity", u"minimum order", nullptr}},
    {u"출판사 대금은 어떻게 결제하나요? (계좌이체, 카드, 후불)",
     u"How is the supplier paid (bank transfer, card, invoice)?",
     {u"대금", u"supplier paid", u"pay the supplier", nullptr, nullptr}},
    {u"할인이 도서정가제 안인가요? (정가의 10% 할인 + 5% 적립까지)",
     u"Is the discount within the book-price law (도서정가제: at most 10% off plus 5% in points)?",
     {u"도서정가제", u"book-price law", u"book price law", nullptr, nullptr}},
    {u"서점에 재고가 있나요? (출판사 물량이 모자랄 때)",
     u"Is the book in stock at bookstores (if the supplier runs short)?",
     {u"재고", u"in stock", nullptr, nullptr, nullptr}},
}};

QString normalized(const QString &text)
{
    return text.simplified().toCaseFolded();
}

bool asks(const DefaultQuestion &question, const QString &normalizedText)
{
    return std::any_of(question.coveredBy.begin(), question.coveredBy.end(),
                       [&](const char16_t *word) { return word && normalizedText.contains(QString::fromUtf16(word)); });
}

QString buyerNotice(const Round &round, int copies, int minimum, Language language)
{
    const int missing = minimum - copies;
    if (language == Language::Korean)
        return QStringLiteral("[%1] 안내드립니다. 신청이 마감되었지만 최소 주문 수량 %2권 중 %3권만 모여 아직 "
                              "주문하지 못했습니다. %4권이 더 모이면 바로 주문하겠습니다. 함께하실 분이 있으면 알려 "
                              "주세요. 끝내 모이지 않으면 공동구매를 취소하고 입금하신 금액은 전액 돌려드립니다.")
            .arg(round.title)
            .arg(minimum)
            .arg(copies)
            .arg(missing);
    return QStringLiteral("[%1] Applications have closed, but with %3 of the supplier's minimum of %2 copies we "
                          "cannot order yet. As soon as %4 more copies are requested we will place the order; "
                          "please tell anyone who may want to join. If the minimum is not reached, the group buy "
                          "is cancelled and every payment is refunded in full.")
        .arg(round.title)
        .arg(minimum)
        .arg(copies)
        .arg(missing);
}

} // namespace

QStringList SupplierChecklist::defaultQuestions(Language language)
{
    QStringList questions;
    for (const DefaultQuestion &question : defaults)
        questions << QString::fromUtf16(language == Language::Korean ? question.korean : question.english);
    return questions;
}

int SupplierChecklist::addDefaults(const Round &round, Language language)
{
    RoundTaskRepository tasks(m_workspace);
    QStringList existing;
    for (const ChecklistItem &item : tasks.checklist(round.id))
        existing << normalized(item.text);

    Transaction transaction(m_workspace);
    int added = 0;
    for (const DefaultQuestion &question : defaults) {
        if (std::any_of(existing.begin(), existing.end(), [&](const QString &text) { return asks(question, text); }))
            continue;
        const QString text = QString::fromUtf16(language == Language::Korean ? question.korean : question.english);
        tasks.addChecklistItem({0, round.id, text, false});
        existing << normalized(text);
        ++added;
    }
    transaction.commit();
    return added;
}

std::vector<ChecklistItem> SupplierChecklist::openItems(const Round &round) const
{
    std::vector<ChecklistItem> open;
    for (ChecklistItem &item : RoundTaskRepository(m_workspace).checklist(round.id)) {
        if (!item.done)
            open.push_back(std::move(item));
    }
    return open;
}

OrderingCheck SupplierChecklist::checkBeforeOrdering(const Round &round, Language language,
                                                     const RoundSummaryLookup &summaries) const
{
    const bool korean = language == Language::Korean;
    OrderingCheck check;
    for (const ChecklistItem &item : openItems(round)) {
        check.warnings.push_back(
            {OrderingWarningKind::OpenChecklistItem,
             (korean ? QStringLiteral("아직 확인하지 않은 항목: %1") : QStringLiteral("Not settled yet: %1"))
                 .arg(item.text),
             item.id});
    }
    check.copies = RoundLedger(m_workspace).summary(round, summaries).copies;
    check.minimumQuantity = round.minimumQuantity;
    if (!check.minimumReached()) {
        const int minimum = *round.minimumQuantity;
        check.warnings.push_back({OrderingWarningKind::MinimumNotReached,
                                  korean ? QStringLiteral("최소 주문 수량 %1권 중 %2권 신청 (%3권 부족)")
                                               .arg(minimum)
                                               .arg(check.copies)
                                               .arg(minimum - check.copies)
                                         : QStringLiteral("%2 of the minimum %1 copies requested (%3 short)")
                                               .arg(minimum)
                                               .arg(check.copies)
                                               .arg(minimum - check.copies),
                                  std::nullopt});
        // Closing day counts as still open: the notice is for after it, in Korea.
        const QDate today = m_clock.nowUtc().toTimeZone(QTimeZone(9 * 3600)).date();
        if (round.closesOn.isValid() && today > round.closesOn)
            check.buyerNotice = buyerNotice(round, check.copies, minimum, language);
    }
    return check;
}

} // namespace gonggu
