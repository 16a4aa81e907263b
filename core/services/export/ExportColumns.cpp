#include "ExportColumns.h"

#include "domain/Errors.h"

#include <QSet>

#include <algorithm>

namespace gonggu {
namespace {

using F = ExportField;
using P = ExportPart;
constexpr CellType text = CellType::Text;
constexpr CellType integer = CellType::Integer;
constexpr CellType money = CellType::Money;

// The publisher gets what it needs to fill and ship the order, and no more personal data: names, phones and
// addresses only of those it ships to, invoice details only of those who asked for one.
const std::vector<ExportColumnSpec> publisherColumns{
    {F::ItemName, P::Items, u"item", u"도서명", u"Title", text, false, true},
    {F::Isbn, P::Items, u"isbn", u"ISBN", u"ISBN", text, false, true},
    {F::Quantity, P::Items, u"quantity", u"수량", u"Quantity", integer, true, true},
    {F::UnitPrice, P::Items, u"unit_price", u"단가(원)", u"Unit price (₩)", money, false, true},
    {F::Amount, P::Items, u"amount", u"금액(원)", u"Amount (₩)", money, true, true},
    {F::Recipient, P::Recipients, u"recipient", u"받는 분", u"Recipient", text, false, true},
    {F::Phone, P::Recipients, u"phone", u"전화번호", u"Phone", text, false, true},
    {F::Address, P::Recipients, u"address", u"주소", u"Address", text, false, true},
    {F::Items, P::Recipients, u"items", u"품목", u"Items", text, false, true},
    {F::Copies, P::Recipients, u"copies", u"수량", u"Copies", integer, false, true},
    {F::Requester, P::Invoices, u"requester", u"신청인", u"Name", text, false, true},
    {F::Document, P::Invoices, u"document", u"요청 서류", u"Document", text, false, true},
    {F::BusinessNumber, P::Invoices, u"business_number", u"사업자등록번호", u"Business reg. no.", text, false, true},
    {F::Company, P::Invoices, u"company", u"상호", u"Company", text, false, true},
    {F::InvoiceEmail, P::Invoices, u"invoice_email", u"계산서 이메일", u"Invoice email", text, false, true},
    {F::ReceiptPhone, P::Invoices, u"receipt_phone", u"현금영수증 번호", u"Receipt phone", text, false, true},
    {F::InvoiceAmount, P::Invoices, u"invoice_amount", u"금액(원)", u"Amount (₩)", money, false, true},
    {F::ListPrice, P::Items, u"list_price", u"정가(원)", u"List price (₩)", money},
    {F::Memo, P::Recipients, u"memo", u"배송 메모", u"Delivery note"},
    {F::OrderNumber, P::Recipients, u"order_id", u"주문번호", u"Order no.", integer},
};

// Courier booking: one row per parcel, with the order number so that the tracking numbers can come back.
const std::vector<ExportColumnSpec> shippingColumns{
    {F::OrderNumber, P::Recipients, u"order_id", u"주문번호", u"Order no.", integer, false, true},
    {F::Recipient, P::Recipients, u"recipient", u"받는 분", u"Recipient", text, false, true},
    {F::Phone, P::Recipients, u"phone", u"전화번호", u"Phone", text, false, true},
    {F::Address, P::Recipients, u"address", u"주소", u"Address", text, false, true},
    {F::Items, P::Recipients, u"items", u"품목", u"Items", text, false, true},
    {F::Copies, P::Recipients, u"copies", u"수량", u"Copies", integer, false, true},
    {F::Memo, P::Recipients, u"memo", u"배송 메모", u"Delivery note", text, false, true},
    {F::Tracking, P::Recipients, u"tracking", u"송장번호", u"Tracking no.", text},
};

// The meetup: who takes how many, who still has to pay and how much, and room to sign.
const std::vector<ExportColumnSpec> handoverColumns{
    {F::Buyer, P::Handover, u"buyer", u"이름", u"Name", text, false, true},
    {F::Nickname, P::Handover, u"nickname", u"닉네임", u"Nickname", text, false, true},
    {F::ItemCopies, P::Handover, u"copies", u"권수", u"Copies", integer, true, true},
    {F::AmountDue, P::Handover, u"amount", u"금액(원)", u"Amount (₩)", money, true, true},
    {F::PaymentState, P::Handover, u"paid", u"입금", u"Payment", text, false, true},
    {F::Owed, P::Handover, u"owed", u"받을 돈(원)", u"To collect (₩)", money, true, true},
    {F::Signature, P::Handover, u"signature", u"서명", u"Signature", text, false, true, 14},
    {F::Phone, P::Handover, u"phone", u"전화번호", u"Phone", text},
    {F::TotalCopies, P::Handover, u"total_copies", u"총 권수", u"Total copies", integer, true},
};

const ExportColumnSpec *findSpec(ExportKind kind, const QString &key)
{
    const std::vector<ExportColumnSpec> &columns = ExportColumns::catalogue(kind);
    const auto found = std::find_if(columns.begin(), columns.end(),
                                    [&](const ExportColumnSpec &spec) { return key == QStringView(spec.key); });
    return found == columns.end() ? nullptr : &*found;
}

} // namespace

const std::vector<ExportColumnSpec> &ExportColumns::catalogue(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Publisher:
        return publisherColumns;
    case ExportKind::Recipients:
        return shippingColumns;
    case ExportKind::Handover:
        return handoverColumns;
    }
    return publisherColumns;
}

std::vector<ExportColumnChoice> ExportColumns::defaults(ExportKind kind)
{
    std::vector<ExportColumnChoice> choice;
    for (const ExportColumnSpec &spec : catalogue(kind)) {
        if (spec.byDefault)
            choice.push_back({spec.keyText(), QString()});
    }
    return choice;
}

QStringList ExportColumns::keys(ExportKind kind)
{
    QStringList keys;
    for (const ExportColumnSpec &spec : catalogue(kind))
        keys << spec.keyText();
    return keys;
}

std::vector<ExportColumnChoice> ExportColumns::parse(const QString &text)
{
    std::vector<ExportColumnChoice> choice;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        const QString key = (equals < 0 ? part : part.left(equals)).trimmed();
        if (key.isEmpty())
            throw InputError(QStringLiteral("--columns '%1' has no column key before the '='").arg(part.trimmed()));
        choice.push_back({key, equals < 0 ? QString() : part.mid(equals + 1).trimmed()});
    }
    return choice;
}

void ExportColumns::check(ExportKind kind, const std::vector<ExportColumnChoice> &choice)
{
    QSet<QString> seen;
    for (const ExportColumnChoice &column : choice) {
        if (!findSpec(kind, column.key))
            throw InputError(QStringLiteral("the %1 list has no column '%2' (its columns: %3)")
                                 .arg(toKey(kind), column.key, keys(kind).join(QStringLiteral(", "))));
        if (seen.contains(column.key))
            throw InputError(QStringLiteral("the column '%1' is chosen twice").arg(column.key));
        seen.insert(column.key);
    }
}

std::vector<ChosenColumn> ExportColumns::forPart(ExportKind kind, const std::vector<ExportColumnChoice> &choice,
                                                 ExportPart part, Language language)
{
    check(kind, choice);
    std::vector<ChosenColumn> columns;
    for (const ExportColumnChoice &column : choice.empty() ? defaults(kind) : choice) {
        const ExportColumnSpec *spec = findSpec(kind, column.key);
        if (spec->part == part)
            columns.push_back({spec, column.title.isEmpty() ? spec->title(language) : column.title});
    }
    return columns;
}

} // namespace gonggu
