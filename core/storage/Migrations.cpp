#include "Migrations.h"

namespace gonggu {

// The schema's history. A released step never changes: later needs get a new step. The DDL stays
// portable (no SQLite-only syntax) so that a PostgreSQL workspace can share it later; CHECK lists
// spell out the keys of domain/Statuses.h (a test keeps both in step).
// Times are ISO-8601 UTC text, dates YYYY-MM-DD, money whole won in INTEGER.
const std::vector<MigrationStep> &migrationSteps()
{
    static const std::vector<MigrationStep> steps{
        {1,
         {
             QStringLiteral(R"(CREATE TABLE round (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL UNIQUE CHECK (length(trim(title)) > 0),
    supplier TEXT NOT NULL DEFAULT '',
    supplier_contact TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN
        ('planning', 'open', 'closed', 'ordered', 'delivered', 'settled', 'cancelled')),
    opens_on TEXT,
    closes_on TEXT,
    payment_due TEXT,
    bank_account TEXT NOT NULL DEFAULT '',
    shipping_fee INTEGER NOT NULL DEFAULT 0 CHECK (shipping_fee >= 0),
    minimum_quantity INTEGER CHECK (minimum_quantity IS NULL OR minimum_quantity > 0),
    currency TEXT NOT NULL DEFAULT 'KRW' CHECK (currency = 'KRW'),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
))"),
             QStringLiteral(R"(CREATE TABLE item (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    isbn TEXT NOT NULL DEFAULT '',
    list_price INTEGER NOT NULL DEFAULT 0 CHECK (list_price >= 0),
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    max_quantity INTEGER CHECK (max_quantity IS NULL OR max_quantity > 0),
    UNIQUE (round_id, name)
))"),
             QStringLiteral(R"(CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    nickname TEXT UNIQUE CHECK (nickname IS NULL OR length(trim(nickname)) > 0),
    real_name TEXT NOT NULL DEFAULT '',
    depositor_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    messenger TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
))"),
             QStringLiteral(R"(CREATE TABLE buyer_order (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'applied' CHECK (status IN ('interested', 'applied', 'confirmed', 'cancelled')),
    delivery TEXT NOT NULL DEFAULT 'pickup' CHECK (delivery IN ('courier', 'pickup')),
    shipping_address TEXT NOT NULL DEFAULT '',
    tracking_number TEXT NOT NULL DEFAULT '',
    shipped_at TEXT,
    handed_over_at TEXT,
    received_at TEXT,
    wants_tax_invoice INTEGER NOT NULL DEFAULT 0 CHECK (wants_tax_invoice IN (0, 1)),
    wants_cash_receipt INTEGER NOT NULL DEFAULT 0 CHECK (wants_cash_receipt IN (0, 1)),
    confirmed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (round_id, person_id)
))"),
             QStringLiteral(R"(CREATE TABLE order_line (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES buyer_order (id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE RESTRICT,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    UNIQUE (order_id, item_id)
))"),
             QStringLiteral(R"(CREATE TABLE payment (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    amount INTEGER NOT NULL CHECK (amount <> 0),
    paid_on TEXT,
    depositor_name TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL DEFAULT 'transfer' CHECK (method IN ('transfer', 'cash', 'card', 'other')),
    source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'bank_import')),
    source_ref TEXT,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (round_id, source, source_ref)
))"),
             // The lookups the services make: a round's orders and payments, a person's history,
             // the directory matched by phone, email and depositor name.
             QStringLiteral("CREATE INDEX item_by_round ON item (round_id)"),
             QStringLiteral("CREATE INDEX order_by_person ON buyer_order (person_id)"),
             QStringLiteral("CREATE INDEX order_by_round_status ON buyer_order (round_id, status)"),
             QStringLiteral("CREATE INDEX order_line_by_item ON order_line (item_id)"),
             QStringLiteral("CREATE INDEX payment_by_round_person ON payment (round_id, person_id)"),
             QStringLiteral("CREATE INDEX payment_by_person ON payment (person_id)"),
             QStringLiteral("CREATE INDEX person_by_display_name ON person (display_name)"),
             QStringLiteral("CREATE INDEX person_by_phone ON person (phone)"),
             QStringLiteral("CREATE INDEX person_by_email ON person (email)"),
             QStringLiteral("CREATE INDEX person_by_depositor ON person (depositor_name)"),
         }},
        {2,
         {
             QStringLiteral(R"(CREATE TABLE contact_log (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES buyer_order (id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'chat', 'phone', 'in_person')),
    kind TEXT NOT NULL CHECK (kind IN ('confirmation', 'progress', 'payment_request', 'unpaid_reminder',
        'reconfirm_interest', 'shipping_notice', 'handover')),
    sent_at TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT ''
))"),
             QStringLiteral(R"(CREATE TABLE reminder (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    order_id INTEGER REFERENCES buyer_order (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (length(trim(kind)) > 0),
    due_at TEXT NOT NULL,
    done_at TEXT,
    snoozed_until TEXT,
    note TEXT NOT NULL DEFAULT ''
))"),
             QStringLiteral(R"(CREATE TABLE checklist_item (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
))"),
             QStringLiteral("CREATE INDEX contact_log_by_order ON contact_log (order_id, kind)"),
             QStringLiteral("CREATE INDEX reminder_by_round_due ON reminder (round_id, due_at)"),
             QStringLiteral("CREATE INDEX reminder_by_order ON reminder (order_id)"),
             QStringLiteral("CREATE INDEX checklist_by_round ON checklist_item (round_id, position)"),
         }},
        {3,
         {
             // Applications come in from forms: when the buyer submitted (a later submission updates the
             // order) and what a tax invoice needs (business registration number, company, email).
             QStringLiteral("ALTER TABLE buyer_order ADD COLUMN submitted_at TEXT"),
             QStringLiteral("ALTER TABLE buyer_order ADD COLUMN invoice_business_number TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE buyer_order ADD COLUMN invoice_company TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE buyer_order ADD COLUMN invoice_email TEXT NOT NULL DEFAULT ''"),
             // The column mapping a user chose for a kind of file, keyed by its header row.
             QStringLiteral(R"(CREATE TABLE import_mapping (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('applications', 'bank')),
    header_key TEXT NOT NULL,
    mapping TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (kind, header_key)
))"),
         }},
        {4,
         {
             // Reconciliation: a bank deposit nobody could be matched to stays unassigned (person_id
             // NULL) for review; one the coordinator says is not part of the round is ignored but kept, so
             // that the next overlapping statement does not bring it back. A deposit split between buyers
             // keeps the statement row on the first part; the other parts point at it.
             QStringLiteral(
                 "ALTER TABLE payment ADD COLUMN ignored INTEGER NOT NULL DEFAULT 0 CHECK (ignored IN (0, 1))"),
             QStringLiteral(
                 "ALTER TABLE payment ADD COLUMN split_of INTEGER REFERENCES payment (id) ON DELETE CASCADE"),
             QStringLiteral("CREATE INDEX payment_by_split_of ON payment (split_of)"),
             // The names a person's deposits arrive under, learned from manual matches.
             QStringLiteral(R"(CREATE TABLE person_alias (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    alias TEXT NOT NULL CHECK (length(trim(alias)) > 0),
    alias_key TEXT NOT NULL CHECK (length(alias_key) > 0),
    created_at TEXT NOT NULL,
    UNIQUE (person_id, alias_key)
))"),
             QStringLiteral("CREATE INDEX person_alias_by_key ON person_alias (alias_key)"),
             // What happened to each payment during reconciliation, for the history a coordinator checks
             // when a buyer asks "did you get my money?".
             QStringLiteral(R"(CREATE TABLE payment_event (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    payment_id INTEGER REFERENCES payment (id) ON DELETE SET NULL,
    person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    action TEXT NOT NULL CHECK (action IN ('imported', 'matched', 'assigned', 'unassigned', 'split', 'merged',
        'ignored', 'restored', 'alias_learned', 'alias_forgotten')),
    detail TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
))"),
             QStringLiteral("CREATE INDEX payment_event_by_round ON payment_event (round_id, at)"),
             // Money going out of the round: to the supplier, for courier shipping, anything else.
             QStringLiteral(R"(CREATE TABLE round_expense (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('supplier', 'shipping', 'other')),
    amount INTEGER NOT NULL CHECK (amount > 0),
    spent_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
))"),
             QStringLiteral("CREATE INDEX round_expense_by_round ON round_expense (round_id)"),
         }},
        {5,
         {
             // The round's later milestones, for reminders and the calendar: when the order went to the
             // supplier, when the books arrive, and the meetup where they are handed over.
             QStringLiteral("ALTER TABLE round ADD COLUMN ordered_on TEXT"),
             QStringLiteral("ALTER TABLE round ADD COLUMN delivery_on TEXT"),
             QStringLiteral("ALTER TABLE round ADD COLUMN meetup_at TEXT"),
             QStringLiteral("ALTER TABLE round ADD COLUMN meetup_place TEXT NOT NULL DEFAULT ''"),
             // A round's own wording of a message kind, in one language; the built-in defaults apply where
             // a round has none.
             QStringLiteral(R"(CREATE TABLE message_template (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('confirmation', 'progress', 'payment_request', 'unpaid_reminder',
        'reconfirm_interest', 'shipping_notice', 'handover')),
    language TEXT NOT NULL CHECK (language IN ('ko', 'en')),
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (round_id, kind, language)
))"),
         }},
        {6,
         {
             // How a supplier wants each kind of document (the publisher's order list, the shipping list, the
             // hand-over sheet): which orders count, the columns as a JSON array of {"key", "title"} in their
             // order, and the contact printed in the header.
             QStringLiteral(R"(CREATE TABLE export_template (
    id INTEGER PRIMARY KEY,
    supplier TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('publisher', 'recipients', 'handover')),
    paid_only INTEGER NOT NULL DEFAULT 0 CHECK (paid_only IN (0, 1)),
    column_list TEXT NOT NULL DEFAULT '[]',
    contact TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    UNIQUE (supplier, kind)
))"),
         }},
        {7,
         {
             // A workspace shared by several coordinators: who changed what, for the history (one row per
             // committed change; a deleted round leaves its rows, with round_id NULL) ...
             QStringLiteral(R"(CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    coordinator TEXT NOT NULL,
    round_id INTEGER REFERENCES round (id) ON DELETE SET NULL,
    summary TEXT NOT NULL DEFAULT ''
))"),
             QStringLiteral("CREATE INDEX change_log_by_round ON change_log (round_id, id)"),
             // ... and a version on each row a coordinator saves whole from a form (a round with its items, a
             // person, an order), so that saving over another coordinator's newer change is refused instead of
             // silently undoing it. Payments change one field at a time (assign, ignore, amount), and the app
             // adds and removes expenses rather than editing them.
             QStringLiteral("ALTER TABLE round ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE person ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE buyer_order ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0"),
         }},
    };
    return steps;
}

} // namespace gonggu
