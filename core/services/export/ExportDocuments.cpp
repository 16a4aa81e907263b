#include "ExportDocuments.h"

#include "ExportColumns.h"
#include "domain/TextNormalization.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace gonggu {
namespace {

using F = ExportField;

QString words(Language language, const char16_t *korean, const char16_t *english)
{
    return QString::fromUtf16(language == Language::Korean ? korean : english);
}

QString paymentText(PaymentState state, Language language)
{
    switch (state) {
    case PaymentState::Paid:
        return words(language, u"완료", u"Paid");
    case PaymentState::Unpaid:
        return words(language, u"미입금", u"Unpaid");
    case PaymentState::Partial:
        return words(language, u"일부 입금", u"Part paid");
    case PaymentState::Overpaid:
        return words(language, u"초과 입금", u"Overpaid");
    case PaymentState::Refunded:
        return words(language, u"환불", u"Refunded");
    }
    return {};
}

QString requestedDocuments(const ExportOrderRow &order, Language language)
{
    QStringList documents;
    if (order.wantsTaxInvoice)
        documents << words(language, u"세금계산서", u"Tax invoice");
    if (order.wantsCashReceipt)
        documents << words(language, u"현금영수증", u"Cash receipt");
    return documents.join(QStringLiteral(", "));
}

DocumentTable tableFor(const QString &title, const std::vector<ChosenColumn> &chosen)
{
    std::vector<TableColumn> columns;
    columns.reserve(chosen.size());
    for (const ChosenColumn &column : chosen)
        columns.push_back(
            {column.spec->keyText(), column.title, column.spec->type, column.spec->summed, column.spec->minimumWidth});
    return DocumentTable(title, std::move(columns));
}

/** Adds the totals row when a column is summed. */
void addTotals(DocumentTable &table, Language language)
{
    const auto &columns = table.columns();
    if (std::any_of(columns.begin(), columns.end(), [](const TableColumn &column) { return column.summed; }))
        table.setTotalsLabel(words(language, u"합계", u"Total"));
}

/** One cell of a row about an order (recipients, invoice requests, the hand-over sheet). */
void appendOrderCell(DocumentTable &table, ExportField field, const ExportSource &source, const ExportOrderRow &order,
                     Language language)
{
    switch (field) {
    case F::OrderNumber:
        table.appendNumber(order.orderId);
        return;
    case F::Recipient:
    case F::Requester:
        table.appendText(recipientName(order));
        return;
    case F::Buyer:
        table.appendText(order.displayName);
        return;
    case F::Nickname:
        table.appendText(order.nickname);
        return;
    case F::Phone:
        table.appendText(formatPhone(order.phone));
        return;
    case F::Address:
        table.appendText(order.address.simplified()); // one line, as a parcel label has it
        return;
    case F::Items:
        table.appendText(source.itemsText(order, language));
        return;
    case F::Copies:
    case F::TotalCopies:
        table.appendNumber(source.copies(order));
        return;
    case F::Memo:
        table.appendText(order.notes.simplified());
        return;
    case F::Tracking:
        table.appendText(order.trackingNumber);
        return;
    case F::Document:
        table.appendText(requestedDocuments(order, language));
        return;
    case F::ReceiptPhone: // a cash receipt is issued to a phone number; nobody else's goes out
        table.appendText(order.wantsCashReceipt ? formatPhone(order.phone) : QString());
        return;
    case F::BusinessNumber:
        table.appendText(order.invoiceBusinessNumber);
        return;
    case F::Company:
        table.appendText(order.invoiceCompany);
        return;
    case F::InvoiceEmail:
        table.appendText(order.invoiceEmail);
        return;
    case F::InvoiceAmount:
        table.appendNumber(source.goods(order).toWon());
        return;
    case F::AmountDue:
        table.appendNumber(source.money(order).due.toWon());
        return;
    case F::PaymentState:
        table.appendText(paymentText(source.money(order).state(), language));
        return;
    case F::Owed: {
        const Money owed = source.money(order).owed();
        if (owed.isZero())
            table.appendBlank(); // nothing to collect: an empty cell reads better on paper than a 0
        else
            table.appendNumber(owed.toWon());
        return;
    }
    default:
        table.appendBlank(); // the signature, and fields of other parts
        return;
    }
}

DocumentTable orderTable(const QString &title, const std::vector<ChosenColumn> &chosen,
                         const std::vector<const ExportOrderRow *> &orders, const ExportSource &source,
                         Language language)
{
    DocumentTable table = tableFor(title, chosen);
    table.reserveRows(qsizetype(orders.size()));
    for (const ExportOrderRow *order : orders) {
        for (const ChosenColumn &column : chosen)
            appendOrderCell(table, column.spec->field, source, *order, language);
    }
    return table;
}

std::vector<const ExportOrderRow *> countedBy(const ExportSource &source, Delivery delivery)
{
    std::vector<const ExportOrderRow *> orders;
    for (const ExportOrderRow *order : source.counted()) {
        if (order->delivery == delivery)
            orders.push_back(order);
    }
    return orders;
}

DocumentTable itemTable(const ExportSource &source, const std::vector<ChosenColumn> &chosen, Language language)
{
    const std::vector<int> &copies = source.copiesByItem();
    DocumentTable table = tableFor(words(language, u"주문 도서", u"Items"), chosen);
    for (std::size_t i = 0; i < source.items().size(); ++i) {
        if (copies[i] == 0)
            continue;
        const Item &item = source.items()[i];
        for (const ChosenColumn &column : chosen) {
            switch (column.spec->field) {
            case F::ItemName:
                table.appendText(item.name);
                break;
            case F::Isbn:
                table.appendText(item.isbn);
                break;
            case F::ListPrice:
                if (item.listPrice.isZero())
                    table.appendBlank(); // not known
                else
                    table.appendNumber(item.listPrice.toWon());
                break;
            case F::UnitPrice:
                table.appendNumber(item.unitPrice.toWon());
                break;
            case F::Quantity:
                table.appendNumber(copies[i]);
                break;
            case F::Amount:
                table.appendNumber((item.unitPrice * copies[i]).toWon());
                break;
            default:
                table.appendBlank();
                break;
            }
        }
    }
    addTotals(table, language);
    return table;
}

void keepIfFilled(std::vector<DocumentTable> &tables, DocumentTable table)
{
    if (table.columnCount() > 0 && !table.isEmpty())
        tables.push_back(std::move(table));
}

} // namespace

std::vector<DocumentTable> publisherOrderList(const ExportSource &source, const std::vector<ExportColumnChoice> &choice,
                                              Language language)
{
    const ExportKind kind = ExportKind::Publisher;
    std::vector<DocumentTable> tables;
    keepIfFilled(tables,
                 itemTable(source, ExportColumns::forPart(kind, choice, ExportPart::Items, language), language));
    keepIfFilled(tables, orderTable(words(language, u"배송지 목록", u"Recipients"),
                                    ExportColumns::forPart(kind, choice, ExportPart::Recipients, language),
                                    countedBy(source, Delivery::Courier), source, language));
    std::vector<const ExportOrderRow *> requests;
    for (const ExportOrderRow *order : source.counted()) {
        if (order->wantsTaxInvoice || order->wantsCashReceipt)
            requests.push_back(order);
    }
    keepIfFilled(tables, orderTable(words(language, u"세금계산서·현금영수증 요청", u"Invoice requests"),
                                    ExportColumns::forPart(kind, choice, ExportPart::Invoices, language), requests,
                                    source, language));
    return tables;
}

std::vector<DocumentTable> shippingList(const ExportSource &source, const std::vector<ExportColumnChoice> &choice,
                                        Language language)
{
    std::vector<DocumentTable> tables;
    keepIfFilled(tables,
                 orderTable(words(language, u"택배 발송", u"Shipping"),
                            ExportColumns::forPart(ExportKind::Recipients, choice, ExportPart::Recipients, language),
                            countedBy(source, Delivery::Courier), source, language));
    return tables;
}

std::vector<DocumentTable> handoverSheet(const ExportSource &source, const std::vector<ExportColumnChoice> &choice,
                                         Language language)
{
    std::vector<const ExportOrderRow *> buyers = countedBy(source, Delivery::Pickup);
    // Sort keys are made once per buyer: comparing them is a byte compare, where QCollator::compare would run
    // the whole collation for every comparison.
    QCollator collator{QLocale(QLocale::Korean, QLocale::SouthKorea)};
    std::vector<std::pair<QCollatorSortKey, const ExportOrderRow *>> keyed;
    keyed.reserve(buyers.size());
    for (const ExportOrderRow *buyer : buyers)
        keyed.emplace_back(collator.sortKey(buyer->displayName + QChar(0) + buyer->nickname), buyer);
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
    for (std::size_t i = 0; i < keyed.size(); ++i)
        buyers[i] = keyed[i].second;

    // Copies are one column per item the buyers take, when the round sells more than one.
    std::vector<const Item *> taken;
    for (const Item &item : source.items()) {
        if (std::any_of(buyers.begin(), buyers.end(),
                        [&](const ExportOrderRow *buyer) { return source.copiesOf(*buyer, item.id) > 0; }))
            taken.push_back(&item);
    }
    const std::vector<ChosenColumn> chosen =
        ExportColumns::forPart(ExportKind::Handover, choice, ExportPart::Handover, language);
    std::vector<TableColumn> columns;
    for (const ChosenColumn &column : chosen) {
        const ExportColumnSpec &spec = *column.spec;
        if (spec.field == F::ItemCopies && taken.size() > 1) {
            for (const Item *item : taken)
                columns.push_back(
                    {QStringLiteral("copies:%1").arg(item->id), item->name, spec.type, spec.summed, spec.minimumWidth});
        } else {
            columns.push_back({spec.keyText(), column.title, spec.type, spec.summed, spec.minimumWidth});
        }
    }

    DocumentTable table(words(language, u"수령 확인", u"Hand-over"), std::move(columns));
    table.setRoomToSign(true);
    table.reserveRows(qsizetype(buyers.size()));
    for (const ExportOrderRow *buyer : buyers) {
        for (const ChosenColumn &column : chosen) {
            if (column.spec->field != F::ItemCopies) {
                appendOrderCell(table, column.spec->field, source, *buyer, language);
                continue;
            }
            if (taken.size() <= 1) {
                table.appendNumber(source.copies(*buyer));
                continue;
            }
            for (const Item *item : taken) {
                const int copies = source.copiesOf(*buyer, item->id);
                if (copies > 0)
                    table.appendNumber(copies);
                else
                    table.appendBlank();
            }
        }
    }
    addTotals(table, language);
    std::vector<DocumentTable> tables;
    keepIfFilled(tables, std::move(table));
    return tables;
}

} // namespace gonggu
