#pragma once

#include "domain/ExportTemplate.h"
#include "domain/Language.h"
#include "io/TableDocument.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace gonggu {

/** Which table of a document a column belongs to. */
enum class ExportPart
{
    Items,      // publisher: copies and money per item
    Recipients, // publisher and shipping list: one row per courier delivery
    Invoices,   // publisher: tax invoice and cash receipt requests
    Handover    // meetup: one row per buyer who picks up
};

/** What a column shows. */
enum class ExportField
{
    ItemName,
    Isbn,
    ListPrice,
    UnitPrice,
    Quantity,
    Amount,
    OrderNumber,
    Recipient,
    Phone,
    Address,
    Items,
    Copies,
    Memo,
    Tracking,
    Requester,
    Document,
    ReceiptPhone,
    BusinessNumber,
    Company,
    InvoiceEmail,
    InvoiceAmount,
    Buyer,
    Nickname,
    ItemCopies, // one column per item when the round sells several
    TotalCopies,
    AmountDue,
    PaymentState,
    Owed,
    Signature
};

/** A column a kind of document can carry: its key on the command line and in templates, its default titles,
 *  and how its cells are written. */
struct ExportColumnSpec
{
    ExportField field;
    ExportPart part;
    const char16_t *key;
    const char16_t *korean;
    const char16_t *english;
    CellType type = CellType::Text;
    bool summed = false;    // added up in the totals row
    bool byDefault = false; // in the default selection
    int minimumWidth = 0;   // characters of room to write by hand

    QString keyText() const { return QString::fromUtf16(key); }
    QString title(Language language) const
    {
        return QString::fromUtf16(language == Language::Korean ? korean : english);
    }
};

/** A chosen column: what it is and the title it goes out under. */
struct ChosenColumn
{
    const ExportColumnSpec *spec;
    QString title;
};

/** The columns each kind of document can carry, and the user's choice among them (the CLI's --columns, the
 *  GUI's column list, a saved template). */
class ExportColumns
{
public:
    /** Every column of the kind, defaults first in their default order. */
    static const std::vector<ExportColumnSpec> &catalogue(ExportKind kind);
    /** The kind's default columns, with default titles (empty). */
    static std::vector<ExportColumnChoice> defaults(ExportKind kind);
    /** The keys of the kind, in catalogue order. */
    static QStringList keys(ExportKind kind);

    /** Parses "key=Title,key,…" (a key alone keeps its default title). InputError on an empty key. */
    static std::vector<ExportColumnChoice> parse(const QString &text);
    /** Checks the choice against the kind: InputError for an unknown key (listing the known ones), a key given
     *  twice, or no column at all. An empty choice means the defaults and is fine. */
    static void check(ExportKind kind, const std::vector<ExportColumnChoice> &choice);
    /** The chosen columns of one part, in the order chosen, with their titles in \a language unless the
     *  choice names one; the defaults when \a choice is empty. */
    static std::vector<ChosenColumn> forPart(ExportKind kind, const std::vector<ExportColumnChoice> &choice,
                                             ExportPart part, Language language);
};

} // namespace gonggu
