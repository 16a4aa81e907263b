#pragma once

#include "domain/Item.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace gonggu {

/** What a column of an application sheet holds. */
enum class ApplicationField
{
    Timestamp,
    Name,
    Nickname,
    Phone,
    Email,
    Copies, // of the round's only item, or split by item via itemId
    Delivery,
    Address,
    Depositor,
    TaxInvoice,
    CashReceipt,
    BusinessNumber,
    Company,
    InvoiceEmail,
    Status,
    Notes,
};

/** One recognised column: its index in the sheet and what it holds (for Copies, which item). */
struct ApplicationColumn
{
    int index = -1;
    ApplicationField field = ApplicationField::Notes;
    std::optional<ItemId> itemId;
};

/** Which column holds what, found from the header row in Korean or English, or given by the user
 *  as `role=Header` pairs (the CLI's --columns, the GUI's column chooser). */
class ApplicationColumns
{
public:
    /** Recognises the header's columns for a round with these items; `overrides` ("phone" →
     *  "연락처(필수)", "copies:실전 리팩터링" → "1권 수량") win over recognition, and an empty header
     *  ("phone" → "") says the file has no such column even if one looks like it. InputError when an
     *  override names an unknown role, item or header. */
    static ApplicationColumns recognise(const QStringList &header, const std::vector<Item> &items,
                                        const std::map<QString, QString> &overrides = {});
    /** InputError when an override names a role or item that does not exist (checked before any
     *  header row is looked at, so the message is about the mapping, not the file). */
    static void checkOverrides(const std::map<QString, QString> &overrides, const std::vector<Item> &items);
    /** Parses "role=Header,role=Header" as the CLI takes it; InputError on a malformed pair. */
    static std::map<QString, QString> parseOverrides(const QString &text);
    /** The role keys users may name ("name", "nickname", "phone", …, "copies:ITEM"). */
    static QStringList roleKeys();

    const std::vector<ApplicationColumn> &columns() const { return m_columns; }
    std::optional<int> indexOf(ApplicationField field) const;
    /** Copies columns: one per item, or one without item when the round has a single item. */
    std::vector<ApplicationColumn> copiesColumns() const;
    /** Headers nobody recognised (shown so the user can map them). */
    const QStringList &unrecognised() const { return m_unrecognised; }
    /** What is missing for an import to make sense (a name or nickname, and copies); empty if fine. */
    QStringList missingEssentials() const;

private:
    std::vector<ApplicationColumn> m_columns;
    QStringList m_unrecognised;
};

QString toKey(ApplicationField field);
std::optional<ApplicationField> applicationFieldFromKey(const QString &key);

} // namespace gonggu
