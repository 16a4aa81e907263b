#pragma once

#include "ApplicationColumns.h"
#include "domain/Statuses.h"
#include "io/SheetTable.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <variant>

namespace gonggu {

/** One application as read from a sheet row, values already checked and normalised. */
struct ApplicationRow
{
    int line = 0;
    QDateTime submittedAt; // null when the sheet has no readable timestamp
    QString name;
    QString nickname;
    QString phone; // formatted "010-1111-2222"
    QString email; // lower case
    QString depositor;
    QString address;
    QString notes;
    std::map<ItemId, int> copies; // items with more than zero copies
    std::optional<Delivery> delivery;
    std::optional<OrderStatus> status;
    bool wantsTaxInvoice = false;
    bool wantsCashReceipt = false;
    QString businessNumber;
    QString company;
    QString invoiceEmail;

    int totalCopies() const;
    /** "김하나 (hana)" or whichever of the two is known. */
    QString label() const;
};

/** Turns sheet rows into ApplicationRows using the recognised columns. */
class ApplicationRowReader
{
public:
    /** `items` are the round's; a single-item round takes an item-less copies column as that item. */
    ApplicationRowReader(const ApplicationColumns &columns, const std::vector<Item> &items);

    std::variant<ApplicationRow, RejectedRow> read(const SheetRow &row) const;

private:
    QString cell(const SheetRow &row, ApplicationField field) const;

    const ApplicationColumns &m_columns;
    const std::vector<Item> &m_items;
};

} // namespace gonggu
