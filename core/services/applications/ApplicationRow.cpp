#include "ApplicationRow.h"

#include "ApplicationValues.h"
#include "domain/Person.h"
#include "domain/TextNormalization.h"
#include "services/OrderBook.h"

namespace gonggu {

int ApplicationRow::totalCopies() const
{
    int total = 0;
    for (const auto &[item, quantity] : copies)
        total += quantity;
    return total;
}

QString ApplicationRow::label() const
{
    if (!name.isEmpty() && !nickname.isEmpty())
        return QStringLiteral("%1 (%2)").arg(name, nickname);
    return name.isEmpty() ? nickname : name;
}

ApplicationRowReader::ApplicationRowReader(const ApplicationColumns &columns, const std::vector<Item> &items)
    : m_columns(columns), m_items(items)
{
}

QString ApplicationRowReader::cell(const SheetRow &row, ApplicationField field) const
{
    const std::optional<int> index = m_columns.indexOf(field);
    if (!index || *index >= row.cells.size())
        return {};
    return row.cells.at(*index).trimmed();
}

std::variant<ApplicationRow, RejectedRow> ApplicationRowReader::read(const SheetRow &sheetRow) const
{
    auto reject = [&](const QString &reason) { return RejectedRow{sheetRow.line, reason}; };
    ApplicationRow row;
    row.line = sheetRow.line;
    row.name = cell(sheetRow, ApplicationField::Name).simplified();
    row.nickname = cell(sheetRow, ApplicationField::Nickname).simplified();
    if (row.name.isEmpty() && row.nickname.isEmpty())
        return reject(QStringLiteral("no name or nickname"));

    for (const ApplicationColumn &column : m_columns.copiesColumns()) {
        const QString text =
            column.index < sheetRow.cells.size() ? sheetRow.cells.at(column.index).trimmed() : QString();
        const std::optional<int> copies = ApplicationValues::copies(text);
        if (!copies && text.startsWith(u'-') && ApplicationValues::copies(text.mid(1)))
            return reject(QStringLiteral("copies '%1' cannot be negative").arg(text));
        if (!copies)
            return reject(QStringLiteral("copies '%1' is not a number").arg(text));
        if (*copies > OrderBook::maxQuantityPerLine)
            return reject(QStringLiteral("copies '%1' is more than one order can take").arg(text));
        std::optional<ItemId> item = column.itemId;
        if (!item && m_items.size() == 1)
            item = m_items.front().id;
        if (!item)
            return reject(QStringLiteral("the round has several items; say which one the copies column is for "
                                         "(--columns copies:ITEM=Header)"));
        if (*copies > 0)
            row.copies[*item] += *copies;
    }
    if (row.copies.empty())
        return reject(QStringLiteral("no copies ordered"));

    const QString phone = cell(sheetRow, ApplicationField::Phone);
    row.phone = phone.isEmpty() ? QString() : formatPhone(phone);
    const QString email = cell(sheetRow, ApplicationField::Email);
    row.email = normalizedEmail(email);
    if (!email.isEmpty() && row.email.isEmpty())
        return reject(QStringLiteral("email '%1' is not an email address").arg(email));

    const QString delivery = cell(sheetRow, ApplicationField::Delivery);
    row.delivery = ApplicationValues::delivery(delivery);
    if (!delivery.isEmpty() && !row.delivery)
        return reject(QStringLiteral("delivery '%1' is neither courier (택배) nor pickup (현장 수령)").arg(delivery));
    const QString status = cell(sheetRow, ApplicationField::Status);
    row.status = ApplicationValues::status(status);
    if (!status.isEmpty() && !row.status)
        return reject(QStringLiteral("status '%1' is not interested, applied, confirmed or cancelled").arg(status));

    const QString submitted = cell(sheetRow, ApplicationField::Timestamp);
    if (ApplicationValues::isImpossibleTimestamp(submitted))
        return reject(QStringLiteral("time '%1' is not a real date and time").arg(submitted));
    row.submittedAt = ApplicationValues::timestamp(submitted);
    row.depositor = cell(sheetRow, ApplicationField::Depositor).simplified();
    row.address = cell(sheetRow, ApplicationField::Address);
    row.notes = cell(sheetRow, ApplicationField::Notes);
    // What the directory would refuse on import (PersonRepository), refused here with the line.
    const std::pair<const QString &, const char16_t *> personFields[] = {{row.name, u"name"},
                                                                         {row.nickname, u"nickname"},
                                                                         {row.depositor, u"depositor name"},
                                                                         {row.address, u"address"}};
    for (const auto &[text, field] : personFields) {
        if (const QString reason = overlongPersonField(text, QString::fromUtf16(field)); !reason.isEmpty())
            return reject(reason);
    }
    row.businessNumber = cell(sheetRow, ApplicationField::BusinessNumber);
    row.company = cell(sheetRow, ApplicationField::Company);
    row.invoiceEmail = normalizedEmail(cell(sheetRow, ApplicationField::InvoiceEmail));
    // A request may sit in its own column or only in the notes ("세금계산서 필요").
    row.wantsTaxInvoice = ApplicationValues::asksFor(cell(sheetRow, ApplicationField::TaxInvoice)) ||
                          !row.businessNumber.isEmpty() ||
                          (row.notes.contains(QStringLiteral("세금계산서")) && ApplicationValues::asksFor(row.notes));
    row.wantsCashReceipt = ApplicationValues::asksFor(cell(sheetRow, ApplicationField::CashReceipt)) ||
                           (row.notes.contains(QStringLiteral("현금영수증")) && ApplicationValues::asksFor(row.notes));
    return row;
}

} // namespace gonggu
