#pragma once

#include "ExportFiles.h"
#include "domain/ExportTemplate.h"
#include "domain/Language.h"
#include "domain/Round.h"
#include "io/TableDocument.h"

namespace gonggu {

class Clock;
class Workspace;

/** Makes a round's documents for the people outside the app: the publisher's order list, the courier
 *  shipping list and the meetup's hand-over sheet, as CSV, XLSX or PDF, with the columns a template chooses.
 *  The one entry point for the command line and the export dialog. */
class RoundExport
{
public:
    RoundExport(const Workspace &workspace, const Clock &clock) : m_workspace(workspace), m_clock(clock) {}

    /** The round's supplier's saved template for the kind, or the defaults (every confirmed order, the
     *  kind's default columns, no contact). */
    ExportTemplate templateFor(const Round &round, ExportKind kind) const;
    /** Saves the choice as the template of the round's supplier for its kind. InputError for unknown columns. */
    void saveTemplate(const Round &round, const ExportTemplate &choice);
    /** Forgets the supplier's saved template for the kind; false when there was none. */
    bool forgetTemplate(const Round &round, ExportKind kind);

    /** The document the choice makes of the round, headed by its title, the round, the supplier, today's
     *  date and the contact. InputError when the columns are unknown, or when no order goes in it ("nothing to
     *  export"), so that no empty file is ever written. */
    TableDocument document(const Round &round, const ExportTemplate &choice, Language language) const;

    /** document() written to \a path in \a format; nothing is written when it fails. */
    void write(const Round &round, const ExportTemplate &choice, Language language, ExportFormat format,
               const QString &path, const CsvFormat &csvFormat = {}) const;

    /** What the kind's document is called: "출판사 주문서", "Shipping list"… */
    static QString documentTitle(ExportKind kind, Language language);

private:
    const Workspace &m_workspace;
    const Clock &m_clock;
};

} // namespace gonggu
