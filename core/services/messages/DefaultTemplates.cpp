#include "DefaultTemplates.h"

namespace gonggu {
namespace {

struct Wording
{
    const char16_t *subject;
    const char16_t *body;
};

// Korean: polite 해요체/합쇼체 as a coordinator writes in a community chat; short enough that most fit in an
// LMS. English: the same content, plainly.
Wording korean(ContactKind kind, bool severalItems)
{
    switch (kind) {
    case ContactKind::Confirmation:
        if (severalItems)
            return {u"[{round}] 신청 확인", u"{nickname}님, 신청 확인했습니다.\n{item_lines}\n총 {copies}권, "
                                            u"{amount_due}입니다. 감사합니다!"};
        return {u"[{round}] 신청 확인", u"{nickname}님, 『{items}』 {copies}권 신청 확인했습니다. 감사합니다!"};
    case ContactKind::Progress:
        if (severalItems)
            return {u"[{round}] 신청 현황", u"[{round}] 신청 현황 안내드립니다.\n현재 {buyers}명 {total_copies}권 "
                                            u"신청\n{item_lines}\n참여해 주셔서 감사합니다!"};
        return {u"[{round}] 신청 현황", u"[{round}] 신청 현황 안내드립니다.\n현재 {buyers}명 {total_copies}권 "
                                        u"신청\n참여해 주셔서 감사합니다!"};
    case ContactKind::PaymentRequest:
        return {u"[{round}] 입금 안내", u"{nickname}님, [{round}] 입금 안내드립니다.\n금액: {amount}\n계좌: "
                                        u"{account}\n{deadline}까지 입금 부탁드립니다. 감사합니다!"};
    case ContactKind::UnpaidReminder:
        return {u"[{round}] 입금 확인 요청",
                u"{nickname}님, [{round}] 입금이 아직 확인되지 않아 다시 안내드립니다.\n남은 금액: {amount}\n계좌: "
                u"{account}\n입금 기한: {deadline}\n이미 보내셨다면 말씀해 주세요. 감사합니다!"};
    case ContactKind::ReconfirmInterest:
        return {u"[{round}] 신청 의사 확인", u"{nickname}님, [{round}]에 관심 주셔서 감사합니다.\n{item_lines}\n"
                                             u"이대로 신청하실지 답장 주시면 주문에 넣겠습니다."};
    case ContactKind::ShippingNotice:
        return {u"[{round}] 발송 안내", u"{nickname}님, [{round}] 주문하신 책을 택배로 보내드렸습니다.\n"
                                        u"송장번호: {tracking}\n받으시면 알려 주세요. 감사합니다!"};
    case ContactKind::Handover:
        return {u"[{round}] 전달 안내", u"{nickname}님, [{round}] 책 전달 안내드립니다.\n일시: {meetup}\n장소: "
                                        u"{place}\n{item_lines}\n못 오시게 되면 미리 알려 주세요!"};
    }
    return {u"", u""};
}

Wording english(ContactKind kind, bool severalItems)
{
    switch (kind) {
    case ContactKind::Confirmation:
        if (severalItems)
            return {u"[{round}] Order confirmed", u"Hi {nickname}, your order is confirmed:\n{item_lines}\n{copies} "
                                                  u"copies in all, {amount_due}. Thank you!"};
        return {u"[{round}] Order confirmed",
                u"Hi {nickname}, your order for \u201c{items}\u201d (qty {copies}) is confirmed. Thank you!"};
    case ContactKind::Progress:
        if (severalItems)
            return {u"[{round}] Update", u"[{round}] update: {buyers} people have ordered {total_copies} copies so "
                                         u"far.\n{item_lines}\nThank you for joining!"};
        return {u"[{round}] Update", u"[{round}] update: {buyers} people have ordered {total_copies} copies so far. "
                                     u"Thank you for joining!"};
    case ContactKind::PaymentRequest:
        return {u"[{round}] Payment details", u"Hi {nickname}, here are the payment details for [{round}].\nAmount: "
                                              u"{amount}\nAccount: {account}\nPlease pay by {deadline}. Thank you!"};
    case ContactKind::UnpaidReminder:
        return {u"[{round}] Payment reminder",
                u"Hi {nickname}, we have not received your payment for [{round}] yet.\nStill to pay: "
                u"{amount}\nAccount: {account}\nDue: {deadline}\nIf you have already paid, please let us know. "
                u"Thank you!"};
    case ContactKind::ReconfirmInterest:
        return {u"[{round}] Still interested?", u"Hi {nickname}, thank you for your interest in [{round}].\n"
                                                u"{item_lines}\nReply to confirm and we will add it to the order."};
    case ContactKind::ShippingNotice:
        return {u"[{round}] Shipped", u"Hi {nickname}, your [{round}] order has been shipped.\nTracking number: "
                                      u"{tracking}\nPlease let us know when it arrives. Thank you!"};
    case ContactKind::Handover:
        return {u"[{round}] Pick-up", u"Hi {nickname}, your [{round}] order is ready for pick-up.\nWhen: "
                                      u"{meetup}\nWhere: {place}\n{item_lines}\nIf you cannot make it, please let "
                                      u"us know in advance!"};
    }
    return {u"", u""};
}

} // namespace

MessageTemplate defaultTemplate(ContactKind kind, Language language, bool severalItems)
{
    const Wording wording = language == Language::Korean ? korean(kind, severalItems) : english(kind, severalItems);
    return {kind, language, QString::fromUtf16(wording.subject), QString::fromUtf16(wording.body)};
}

} // namespace gonggu
