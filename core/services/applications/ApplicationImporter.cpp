#include "ApplicationImporter.h"

#include "DirectoryMatcher.h"
#include "domain/DateText.h"
#include "domain/Errors.h"
#include "storage/ItemRepository.h"
#include "storage/OrderRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <unordered_map>

namespace gonggu {
namespace {

constexpr int headerSearchRows = 10; // a title or note line may sit above the header

/** The first of the top rows that reads as an application header. */
std::pair<std::size_t, ApplicationColumns> findHeader(const SheetData &sheet, const std::vector<Item> &items,
                                                      const std::map<QString, QString> &overrides)
{
    if (sheet.rows.empty())
        throw InputError(QStringLiteral("the file has no rows"));
    ApplicationColumns::checkOverrides(overrides, items);
    const std::size_t limit = std::min<std::size_t>(sheet.rows.size(), headerSearchRows);
    QString lastProblem;
    for (std::size_t i = 0; i < limit; ++i) {
        try {
            ApplicationColumns columns = ApplicationColumns::recognise(sheet.rows[i].cells, items, overrides);
            if (columns.missingEssentials().isEmpty())
                return {i, std::move(columns)};
            if (lastProblem.isEmpty())
                lastProblem = QStringLiteral("line %1 (the header) lacks %2; name the columns with --columns, "
                                             "e.g. --columns name=이름,copies=수량")
                                  .arg(sheet.rows[i].line)
                                  .arg(columns.missingEssentials().join(QStringLiteral(" and ")));
        } catch (const InputError &error) {
            if (lastProblem.isEmpty())
                lastProblem = error.message(); // a column named in --columns is not in this row
        }
    }
    throw InputError(lastProblem);
}

/** The order a row asks for, laid over the existing order (if any); what the import would write. */
Order desiredOrder(const ApplicationRow &row, const std::optional<Order> &existing, RoundId round)
{
    Order order = existing.value_or(Order{});
    order.roundId = round;
    if (!existing)
        order.status = row.status.value_or(OrderStatus::Applied);
    else if (row.status && !(existing->status == OrderStatus::Confirmed && *row.status != OrderStatus::Cancelled))
        order.status = *row.status; // an import never takes a confirmed order back to applied
    if (row.delivery)
        order.delivery = *row.delivery;
    else if (!existing && !row.address.isEmpty())
        order.delivery = Delivery::Courier; // an address on a form without a delivery column means shipping
    if (!row.address.isEmpty())
        order.shippingAddress = row.address;
    if (row.submittedAt.isValid())
        order.submittedAt = row.submittedAt.toUTC();
    order.wantsTaxInvoice = order.wantsTaxInvoice || row.wantsTaxInvoice;
    order.wantsCashReceipt = order.wantsCashReceipt || row.wantsCashReceipt;
    if (!row.businessNumber.isEmpty())
        order.invoiceBusinessNumber = row.businessNumber;
    if (!row.company.isEmpty())
        order.invoiceCompany = row.company;
    if (!row.invoiceEmail.isEmpty())
        order.invoiceEmail = row.invoiceEmail;
    if (!row.notes.isEmpty())
        order.notes = row.notes;
    return order;
}

QStringList orderChanges(const Order &before, const std::map<ItemId, int> &linesBefore, const Order &after,
                         const std::map<ItemId, int> &linesAfter, const std::vector<Item> &items)
{
    QStringList changes;
    for (const Item &item : items) {
        const int was = linesBefore.count(item.id) ? linesBefore.at(item.id) : 0;
        const int now = linesAfter.count(item.id) ? linesAfter.at(item.id) : 0;
        if (was != now)
            changes << QStringLiteral("%1: %2 → %3 copies").arg(item.name).arg(was).arg(now);
    }
    if (before.status != after.status)
        changes << QStringLiteral("status %1 → %2").arg(toKey(before.status), toKey(after.status));
    if (before.delivery != after.delivery)
        changes << QStringLiteral("delivery %1 → %2").arg(toKey(before.delivery), toKey(after.delivery));
    if (before.shippingAddress != after.shippingAddress)
        changes << QStringLiteral("address changed");
    if (before.wantsTaxInvoice != after.wantsTaxInvoice ||
        before.invoiceBusinessNumber != after.invoiceBusinessNumber || before.invoiceCompany != after.invoiceCompany ||
        before.invoiceEmail != after.invoiceEmail)
        changes << QStringLiteral("tax invoice details");
    if (before.wantsCashReceipt != after.wantsCashReceipt)
        changes << QStringLiteral("cash receipt");
    if (before.notes != after.notes)
        changes << QStringLiteral("notes");
    return changes;
}

} // namespace

ApplicationImportPlan ApplicationImporter::plan(const Round &round, const SheetData &sheet,
                                                const std::map<QString, QString> &columnOverrides) const
{
    const std::vector<Item> items = ItemRepository(m_workspace).forRound(round.id);
    if (items.empty())
        throw InputError(QStringLiteral("round '%1' has no items yet; add the book first").arg(round.title));
    auto [headerIndex, columns] = findHeader(sheet, items, columnOverrides);

    ApplicationImportPlan plan;
    plan.encoding = sheet.encoding;
    plan.headerLine = sheet.rows[headerIndex].line;
    plan.unrecognisedColumns = columns.unrecognised();

    OrderRepository orders(m_workspace);
    std::unordered_map<PersonId, Order> orderOfPerson;
    for (Order &order : orders.forRound(round.id))
        orderOfPerson.emplace(order.personId, std::move(order));
    std::unordered_map<OrderId, std::map<ItemId, int>> linesOfOrder;
    for (const OrderLine &line : orders.linesForRound(round.id))
        linesOfOrder[line.orderId][line.itemId] = line.quantity;

    DirectoryMatcher directory(PersonRepository(m_workspace).all(), orderOfPerson);
    std::map<QString, std::size_t> latestRowOf; // person identity → index in plan.rows
    const ApplicationRowReader reader(columns, items);
    for (std::size_t i = headerIndex + 1; i < sheet.rows.size(); ++i) {
        auto parsed = reader.read(sheet.rows[i]);
        if (auto *rejected = std::get_if<RejectedRow>(&parsed)) {
            plan.rejected.push_back(*rejected);
            continue;
        }
        PlannedApplication planned;
        planned.row = std::get<ApplicationRow>(std::move(parsed));
        const DirectoryMatch match = directory.match(planned.row, plan);
        if (!match.error.isEmpty()) {
            plan.rejected.push_back({planned.row.line, match.error});
            continue;
        }
        planned.personId = match.personId;
        planned.newPersonIndex = match.newPersonIndex;
        planned.changes = match.personChanges;
        planned.conflicts = match.conflicts;

        // The same person twice in one file: the later submission wins.
        if (auto earlier = latestRowOf.find(match.identity); earlier != latestRowOf.end()) {
            PlannedApplication &other = plan.rows[earlier->second];
            const bool thisIsLater = !(planned.row.submittedAt.isValid() && other.row.submittedAt.isValid()) ||
                                     planned.row.submittedAt >= other.row.submittedAt;
            PlannedApplication &loser = thisIsLater ? other : planned;
            loser.note = QStringLiteral("line %1 is a later submission by the same person")
                             .arg(thisIsLater ? planned.row.line : other.row.line);
            loser.action = ApplicationAction::Superseded;
            if (!thisIsLater) {
                plan.rows.push_back(std::move(planned));
                continue;
            }
        }

        std::optional<Order> existing;
        if (match.personId) {
            if (auto it = orderOfPerson.find(*match.personId); it != orderOfPerson.end())
                existing = it->second;
        }
        const Order desired = desiredOrder(planned.row, existing, round.id);
        if (!existing) {
            planned.action = ApplicationAction::NewOrder;
        } else {
            planned.orderId = existing->id;
            const QStringList changes =
                orderChanges(*existing, linesOfOrder[existing->id], desired, planned.row.copies, items);
            const bool older = planned.row.submittedAt.isValid() && existing->submittedAt.isValid() &&
                               planned.row.submittedAt.toUTC() < existing->submittedAt;
            if (changes.isEmpty()) {
                planned.action = ApplicationAction::Unchanged;
            } else if (older) {
                planned.action = ApplicationAction::Unchanged;
                planned.note = QStringLiteral("the order on file was submitted later (%1); kept it")
                                   .arg(toIsoUtc(existing->submittedAt));
            } else {
                planned.action = ApplicationAction::UpdateOrder;
                planned.changes += changes;
            }
        }
        latestRowOf[match.identity] = plan.rows.size();
        plan.rows.push_back(std::move(planned));
    }
    return plan;
}

void ApplicationImporter::apply(const Round &round, const ApplicationImportPlan &plan)
{
    Transaction transaction(m_workspace);
    PersonRepository people(m_workspace);
    OrderRepository orders(m_workspace);
    std::vector<PersonId> newIds;
    for (const Person &person : plan.newPeople)
        newIds.push_back(people.add(person));
    for (const Person &person : plan.peopleToFill)
        people.update(person);

    for (const PlannedApplication &planned : plan.rows) {
        if (planned.action != ApplicationAction::NewOrder && planned.action != ApplicationAction::UpdateOrder)
            continue;
        const PersonId personId = planned.personId ? *planned.personId : newIds.at(std::size_t(planned.newPersonIndex));
        std::optional<Order> existing = orders.findFor(round.id, personId);
        Order order = desiredOrder(planned.row, existing, round.id);
        order.personId = personId;
        if (order.status == OrderStatus::Confirmed && !order.confirmedAt.isValid())
            order.confirmedAt = m_workspace.clock().nowUtc();
        if (existing) {
            orders.update(order);
            for (const OrderLine &line : orders.lines(order.id)) {
                if (!planned.row.copies.count(line.itemId))
                    orders.removeLine(order.id, line.itemId);
            }
        } else {
            order.id = orders.create(order);
        }
        for (const auto &[item, quantity] : planned.row.copies)
            orders.setQuantity(order.id, item, quantity);
    }
    transaction.commit();
}

int ApplicationImportPlan::count(ApplicationAction action) const
{
    return int(
        std::count_if(rows.begin(), rows.end(), [&](const PlannedApplication &row) { return row.action == action; }));
}

bool ApplicationImportPlan::changesSomething() const
{
    return !newPeople.empty() || !peopleToFill.empty() || count(ApplicationAction::NewOrder) > 0 ||
           count(ApplicationAction::UpdateOrder) > 0;
}

QString toKey(ApplicationAction action)
{
    switch (action) {
    case ApplicationAction::NewOrder:
        return QStringLiteral("new_order");
    case ApplicationAction::UpdateOrder:
        return QStringLiteral("updated_order");
    case ApplicationAction::Unchanged:
        return QStringLiteral("unchanged");
    case ApplicationAction::Superseded:
        return QStringLiteral("superseded");
    }
    return {};
}

} // namespace gonggu
