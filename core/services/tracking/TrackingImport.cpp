#include "TrackingImport.h"

#include "domain/Errors.h"
#include "domain/TextNormalization.h"
#include "io/CsvReader.h"
#include "storage/LedgerQueries.h"
#include "storage/OrderRepository.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QRegularExpression>

#include <array>
#include <optional>

namespace gonggu {
namespace {

constexpr int headerSearchRows = 10; // a courier's export may put a title line or two above its header

enum class Role
{
    Tracking,
    Order,
    Ignored,
    Phone,
    Name
};

struct RoleRule
{
    Role role;
    std::initializer_list<const char16_t *> keywords; // folded: lower case, no spaces
};

// First match wins: "받는분 전화번호" is a phone, "받는분 주소" an address (ignored), not a name.
const std::array<RoleRule, 5> rules{{
    {Role::Tracking, {u"송장", u"운송장", u"tracking", u"waybill", u"invoiceno", u"invoicenumber", u"trackingno"}},
    {Role::Order, {u"주문번호", u"주문id", u"orderno", u"ordernumber", u"orderid"}},
    {Role::Ignored,
     {u"주소", u"address", u"우편", u"zip", u"postal", u"메모", u"memo", u"note", u"품목", u"상품", u"item", u"수량",
      u"qty", u"copies", u"요청", u"택배사", u"courier", u"carrier"}},
    {Role::Phone, {u"전화", u"연락처", u"휴대폰", u"핸드폰", u"phone", u"mobile", u"tel", u"contact"}},
    {Role::Name,
     {u"받는", u"수취인", u"수령인", u"수하인", u"이름", u"성함", u"성명", u"고객명", u"닉네임", u"recipient", u"name",
      u"nickname"}},
}};

std::optional<Role> roleOf(const QString &header)
{
    const QString folded = foldForMatching(header);
    if (folded == u"order")
        return Role::Order;
    for (const RoleRule &rule : rules) {
        for (const char16_t *keyword : rule.keywords) {
            if (folded.contains(QStringView(keyword)))
                return rule.role;
        }
    }
    return std::nullopt;
}

/** Where the columns are; -1 for a column the sheet does not have. */
struct Columns
{
    int tracking = -1;
    int order = -1;
    int phone = -1;
    int name = -1;

    bool usable() const { return tracking >= 0 && (order >= 0 || phone >= 0 || name >= 0); }
};

Columns recognise(const QStringList &header)
{
    Columns columns;
    for (int i = 0; i < header.size(); ++i) {
        const std::optional<Role> role = roleOf(header[i]);
        int *slot = !role                     ? nullptr
                    : *role == Role::Tracking ? &columns.tracking
                    : *role == Role::Order    ? &columns.order
                    : *role == Role::Phone    ? &columns.phone
                    : *role == Role::Name     ? &columns.name
                                              : nullptr;
        if (slot && *slot < 0)
            *slot = i;
    }
    return columns;
}

QString cellAt(const QStringList &cells, int index)
{
    return index >= 0 && index < cells.size() ? cells[index].trimmed() : QString();
}

/** The tracking number in a cell, spaces and dashes dropped; nullopt with the reason when it is not one. */
std::optional<QString> trackingNumber(const QString &cell, QString *problem)
{
    static const QRegularExpression shortened(QStringLiteral("^\\d+(\\.\\d+)?[eE]\\+\\d+$"));
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9]{8,30}$"));
    QString number = cell.trimmed();
    number.remove(u' ').remove(u'-');
    if (number.endsWith(QStringLiteral(".0")))
        number.chop(2); // a spreadsheet that stored the number as a number
    if (number.isEmpty())
        *problem = TrackingImport::tr("no tracking number");
    else if (shortened.match(number).hasMatch())
        *problem = TrackingImport::tr("'%1' is a number the spreadsheet shortened; format the column as text and "
                                      "export it again")
                       .arg(cell.trimmed());
    else if (!valid.match(number).hasMatch())
        *problem = QStringLiteral("'%1' is not a tracking number (8 to 30 letters or digits)").arg(cell.trimmed());
    else
        return number;
    return std::nullopt;
}

bool looksLikePhone(const QString &text)
{
    static const QRegularExpression phone(QStringLiteral("^[+0-9*()\\-.\\s]{9,}$"));
    return phone.match(text.trimmed()).hasMatch() && phoneDigits(text).size() >= 4;
}

/** Whether \a given (possibly masked: "010-****-5678") is the phone whose digits are \a stored. */
bool phoneMatches(const QString &given, const QString &stored)
{
    if (stored.isEmpty())
        return false;
    if (!given.contains(u'*'))
        return phoneDigits(given) == stored;
    QString pattern;
    for (const QChar c : given) {
        if (c.isDigit() || c == u'*')
            pattern += c;
    }
    if (pattern.size() != stored.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != u'*' && pattern[i] != stored[i])
            return false;
    }
    return true;
}

/** A non-cancelled order of the round as the rows are matched against it. */
struct Candidate
{
    OrderId id = 0;
    bool courier = false;
    QString label;
    QStringList names; // folded display name, real name and nickname
    QString phone;     // digits
    QString tracking;
};

/** What one row says about whom. */
struct RowKeys
{
    QString order;
    QString name;
    QString phone;
    QString tracking;
};

class Matcher
{
public:
    Matcher(const Workspace &workspace, const Round &round)
    {
        QHash<OrderId, QString> tracking;
        for (const Order &order : OrderRepository(workspace).forRound(round.id))
            tracking.insert(order.id, order.trackingNumber.trimmed());
        for (const BuyerLedgerRow &row : LedgerQueries(workspace).buyerRows(round.id)) {
            if (!countsAsBuyer(row.status))
                continue;
            Candidate candidate;
            candidate.id = row.orderId;
            candidate.courier = row.delivery == Delivery::Courier;
            candidate.label =
                row.nickname.isEmpty() ? row.displayName : QStringLiteral("%1 (%2)").arg(row.displayName, row.nickname);
            for (const QString &name : {row.displayName, row.realName, row.nickname}) {
                if (!name.trimmed().isEmpty())
                    candidate.names << foldForMatching(name);
            }
            candidate.phone = phoneDigits(row.phone);
            candidate.tracking = tracking.value(row.orderId);
            m_candidates.push_back(std::move(candidate));
        }
    }

    /** The courier order the row names, with how it was found; nullopt with the reason otherwise. */
    std::optional<std::pair<const Candidate *, QString>> match(const RowKeys &keys, QString *problem) const
    {
        if (!keys.order.isEmpty()) {
            bool ok = false;
            const OrderId id = keys.order.toLongLong(&ok);
            const auto found = std::find_if(m_candidates.begin(), m_candidates.end(),
                                            [&](const Candidate &candidate) { return ok && candidate.id == id; });
            if (found == m_candidates.end())
                *problem = TrackingImport::tr("order '%1' is not an order of this round").arg(keys.order);
            else if (!found->courier)
                *problem = TrackingImport::tr("order %1 (%2) is picked up at the meetup, not sent by courier")
                               .arg(keys.order, found->label);
            else
                return std::pair{&*found, QStringLiteral("order")};
            return std::nullopt;
        }
        if (keys.name.isEmpty() && keys.phone.isEmpty()) {
            *problem = TrackingImport::tr("no order number, name or phone to find the order by");
            return std::nullopt;
        }
        const QString name = foldForMatching(keys.name);
        std::vector<const Candidate *> courier;
        std::vector<const Candidate *> pickup;
        for (const Candidate &candidate : m_candidates) {
            if (!keys.phone.isEmpty() && !phoneMatches(keys.phone, candidate.phone))
                continue;
            if (!name.isEmpty() && !candidate.names.contains(name))
                continue;
            (candidate.courier ? courier : pickup).push_back(&candidate);
        }
        QStringList given;
        for (const QString &key : {keys.name, keys.phone}) {
            if (!key.isEmpty())
                given << key;
        }
        const QString who = given.join(QStringLiteral(" / "));
        if (courier.size() == 1)
            return std::pair{courier.front(), !keys.name.isEmpty() && !keys.phone.isEmpty()
                                                  ? QStringLiteral("name+phone")
                                              : keys.phone.isEmpty() ? QStringLiteral("name")
                                                                     : QStringLiteral("phone")};
        if (courier.size() > 1)
            *problem = (keys.phone.isEmpty()
                            ? TrackingImport::tr("%1 courier orders match %2; add the phone or the order number")
                            : TrackingImport::tr("%1 courier orders match %2; add the name or the order number"))
                           .arg(courier.size())
                           .arg(who);
        else if (!pickup.empty())
            *problem = TrackingImport::tr("%1 picks up at the meetup: set the order to courier delivery first")
                           .arg(pickup.front()->label);
        else
            *problem = TrackingImport::tr("no courier order of this round matches %1").arg(who);
        return std::nullopt;
    }

private:
    std::vector<Candidate> m_candidates;
};

/** The header row and its columns, or nullopt when the rows come without one. */
std::optional<std::pair<std::size_t, Columns>> findHeader(const SheetData &sheet)
{
    const std::size_t limit = std::min<std::size_t>(sheet.rows.size(), headerSearchRows);
    for (std::size_t i = 0; i < limit; ++i) {
        const Columns columns = recognise(sheet.rows[i].cells);
        if (columns.usable())
            return std::pair{i, columns};
    }
    return std::nullopt;
}

/** A row without a header: the last cell is the tracking number, the cells before it a phone or a name. */
RowKeys headerlessKeys(const QStringList &cells)
{
    QStringList filled;
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            filled << cell.trimmed();
    }
    RowKeys keys;
    if (filled.size() < 2)
        return keys;
    keys.tracking = filled.takeLast();
    for (const QString &cell : filled) {
        QString &slot = looksLikePhone(cell) ? keys.phone : keys.name;
        if (slot.isEmpty())
            slot = cell;
    }
    return keys;
}

} // namespace

QString toKey(TrackingAction action)
{
    switch (action) {
    case TrackingAction::Set:
        return QStringLiteral("set");
    case TrackingAction::Replace:
        return QStringLiteral("replace");
    case TrackingAction::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

int TrackingImportPlan::count(TrackingAction action) const
{
    return int(
        std::count_if(rows.begin(), rows.end(), [&](const PlannedTracking &row) { return row.action == action; }));
}

TrackingImportPlan TrackingImport::plan(const Round &round, const SheetData &sheet) const
{
    if (sheet.rows.empty())
        throw InputError(TrackingImport::tr("there are no rows to import"));
    TrackingImportPlan plan;
    plan.encoding = sheet.encoding;
    const auto header = findHeader(sheet);
    std::size_t first = 0;
    if (header) {
        plan.headerLine = sheet.rows[header->first].line;
        first = header->first + 1;
        // A header alone is the wrong file or an empty export, not "nothing to change".
        if (first == sheet.rows.size())
            throw InputError(TrackingImport::tr("there are no rows under the header (line %1)").arg(plan.headerLine));
    } else {
        QString problem;
        if (!trackingNumber(headerlessKeys(sheet.rows.front().cells).tracking, &problem))
            throw InputError(
                TrackingImport::tr("no column of tracking numbers found: the header needs one (송장번호, "
                                   "운송장번호 or Tracking no.) with the order number, name or phone, or give "
                                   "lines of name or phone and the number, separated by a tab"));
    }

    const Matcher matcher(m_workspace, round);
    QHash<OrderId, std::size_t> planned; // order → its row in plan.rows
    for (std::size_t i = first; i < sheet.rows.size(); ++i) {
        const SheetRow &row = sheet.rows[i];
        const RowKeys keys =
            header ? RowKeys{cellAt(row.cells, header->second.order), cellAt(row.cells, header->second.name),
                             cellAt(row.cells, header->second.phone), cellAt(row.cells, header->second.tracking)}
                   : headerlessKeys(row.cells);
        QString problem;
        const std::optional<QString> number = trackingNumber(keys.tracking, &problem);
        std::optional<std::pair<const Candidate *, QString>> match;
        if (number)
            match = matcher.match(keys, &problem);
        if (!match) {
            plan.rejected.push_back({row.line, problem});
            continue;
        }
        const Candidate &order = *match->first;
        PlannedTracking tracking{row.line,     order.id, order.label, *number, order.tracking, TrackingAction::Set,
                                 match->second};
        if (const auto earlier = planned.constFind(order.id); earlier != planned.constEnd()) {
            const PlannedTracking &before = plan.rows[*earlier];
            if (before.trackingNumber != *number) {
                plan.rejected.push_back({row.line, TrackingImport::tr("%1 already gets %2 from line %3")
                                                       .arg(order.label, before.trackingNumber)
                                                       .arg(before.line)});
                continue;
            }
            tracking.action = TrackingAction::Unchanged;
        } else if (order.tracking == *number) {
            tracking.action = TrackingAction::Unchanged;
        } else if (!order.tracking.isEmpty()) {
            tracking.action = TrackingAction::Replace;
        }
        if (!planned.contains(order.id))
            planned.insert(order.id, plan.rows.size());
        plan.rows.push_back(std::move(tracking));
    }
    return plan;
}

TrackingImportPlan TrackingImport::planText(const Round &round, const QString &text) const
{
    SheetData sheet;
    sheet.rows = CsvReader::parse(text, QStringLiteral("the pasted text"));
    sheet.encoding = QStringLiteral("pasted text");
    return plan(round, sheet);
}

std::vector<Order> TrackingImport::apply(const Round &round, const TrackingImportPlan &plan)
{
    OrderRepository orders(m_workspace);
    std::vector<Order> before;
    Transaction transaction(m_workspace);
    for (const PlannedTracking &row : plan.rows) {
        if (row.action == TrackingAction::Unchanged)
            continue;
        std::optional<Order> order = orders.find(row.orderId);
        if (!order || order->roundId != round.id)
            throw InputError(
                TrackingImport::tr("order %1 is no longer in the round; plan the import again").arg(row.orderId));
        before.push_back(*order);
        order->trackingNumber = row.trackingNumber;
        before.back().rowVersion = orders.update(*order); // what undo writes back over
    }
    transaction.commit();
    return before;
}

} // namespace gonggu
