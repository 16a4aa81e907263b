#include "ImportApplicationsCommand.h"

#include "WorkspaceSession.h"
#include "services/applications/ApplicationImporter.h"
#include "storage/OrderRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <algorithm>
#include <set>

namespace gonggu {
namespace {

int changedRows(const ApplicationImportPlan &plan)
{
    return plan.count(ApplicationAction::NewOrder) + plan.count(ApplicationAction::UpdateOrder);
}

std::set<OrderId> orderIds(const Workspace &workspace, RoundId round)
{
    std::set<OrderId> ids;
    for (const Order &order : OrderRepository(workspace).forRound(round))
        ids.insert(order.id);
    return ids;
}

std::set<PersonId> personIds(const Workspace &workspace)
{
    std::set<PersonId> ids;
    for (const Person &person : PersonRepository(workspace).all())
        ids.insert(person.id);
    return ids;
}

} // namespace

ImportApplicationsCommand::ImportApplicationsCommand(WorkspaceSession &session, Round round, ApplicationImportPlan plan)
    : EditCommand(session, tr("Import %n application(s) into %1", nullptr, changedRows(plan)).arg(round.title)),
      m_round(std::move(round)), m_plan(std::move(plan))
{
    setRound(m_round.id);
    const OrderRepository orders(session.workspace());
    for (const PlannedApplication &planned : m_plan.rows) {
        if (planned.action != ApplicationAction::UpdateOrder || !planned.orderId)
            continue;
        if (std::optional<Order> order = orders.find(*planned.orderId))
            m_updatedOrders.push_back({std::move(*order), orders.lines(*planned.orderId)});
    }
    const PersonRepository people(session.workspace());
    for (const Person &filled : m_plan.peopleToFill) {
        if (std::optional<Person> person = people.find(filled.id))
            m_filledPeople.push_back(std::move(*person));
    }
}

void ImportApplicationsCommand::apply()
{
    Workspace &workspace = session().workspace();
    const std::set<OrderId> ordersBefore = orderIds(workspace, m_round.id);
    const std::set<PersonId> peopleBefore = personIds(workspace);
    ApplicationImporter(workspace).apply(m_round, m_plan);

    m_createdOrders.clear();
    for (const OrderId id : orderIds(workspace, m_round.id)) {
        if (!ordersBefore.count(id))
            m_createdOrders.push_back(id);
    }
    m_createdPeople.clear();
    for (const PersonId id : personIds(workspace)) {
        if (!peopleBefore.count(id))
            m_createdPeople.push_back(id);
    }
}

void ImportApplicationsCommand::revert()
{
    Workspace &workspace = session().workspace();
    Transaction transaction(workspace);
    OrderRepository orders(workspace);
    PersonRepository people(workspace);
    for (const OrderId id : m_createdOrders)
        orders.remove(id);
    // The import moved the rows' versions on: undo puts back what it changed, at the version it left.
    for (OrderSnapshot &snapshot : m_updatedOrders) {
        if (const std::optional<Order> now = orders.find(snapshot.order.id))
            snapshot.order.rowVersion = now->rowVersion;
        orders.update(snapshot.order);
        for (const OrderLine &line : orders.lines(snapshot.order.id)) {
            const bool kept = std::any_of(snapshot.lines.begin(), snapshot.lines.end(),
                                          [&](const OrderLine &old) { return old.itemId == line.itemId; });
            if (!kept)
                orders.removeLine(snapshot.order.id, line.itemId);
        }
        for (const OrderLine &line : snapshot.lines)
            orders.setQuantity(snapshot.order.id, line.itemId, line.quantity);
    }
    for (Person &person : m_filledPeople) {
        if (const std::optional<Person> now = people.find(person.id))
            person.rowVersion = now->rowVersion;
        people.update(person);
    }
    for (const PersonId id : m_createdPeople)
        people.remove(id);
    transaction.commit();
    m_createdOrders.clear();
    m_createdPeople.clear();
}

void ImportApplicationsCommand::announce()
{
    emit session().peopleChanged();
    emit session().ordersChanged(m_round.id, {});
}

} // namespace gonggu
