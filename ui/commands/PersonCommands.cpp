#include "PersonCommands.h"

#include "WorkspaceSession.h"
#include "storage/OrderRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoundRepository.h"

namespace gonggu {

AddPersonCommand::AddPersonCommand(WorkspaceSession &session, Person person)
    : EditCommand(session, tr("Add person %1").arg(person.displayName.trimmed())), m_person(std::move(person))
{
    m_person.id = 0;
}

void AddPersonCommand::apply()
{
    PersonRepository people(session().workspace());
    if (m_added) {
        people.restore(m_person); // the same id as before, in case something refers to it
        return;
    }
    m_person.id = people.add(m_person);
    m_added = true;
}

void AddPersonCommand::revert()
{
    PersonRepository(session().workspace()).remove(m_person.id);
}

void AddPersonCommand::announce()
{
    emit session().peopleChanged();
}

EditPersonCommand::EditPersonCommand(WorkspaceSession &session, Person before, Person after)
    : EditCommand(session, tr("Edit person %1").arg(after.displayName.trimmed())), m_before(std::move(before)),
      m_after(std::move(after))
{
    m_after.id = m_before.id;
    m_after.rowVersion = m_before.rowVersion; // the version the edit was made on
}

// Each save moves the row's version on: the other side of the edit names the version this one left, so that undo
// and redo go through while another coordinator's change in between is refused (ConflictError).
void EditPersonCommand::apply()
{
    m_before.rowVersion = PersonRepository(session().workspace()).update(m_after);
}

void EditPersonCommand::revert()
{
    m_after.rowVersion = PersonRepository(session().workspace()).update(m_before);
}

void EditPersonCommand::announce()
{
    emit session().peopleChanged();
    // Names and nicknames show in every round the person buys in.
    const OrderRepository orders(session().workspace());
    for (const Round &round : RoundRepository(session().workspace()).all()) {
        if (const std::optional<Order> order = orders.findFor(round.id, m_before.id))
            emit session().ordersChanged(round.id, {order->id});
    }
}

RemovePersonCommand::RemovePersonCommand(WorkspaceSession &session, Person person)
    : EditCommand(session, tr("Delete person %1").arg(person.displayName)), m_person(std::move(person))
{
}

void RemovePersonCommand::apply()
{
    PersonRepository(session().workspace()).remove(m_person.id);
}

void RemovePersonCommand::revert()
{
    PersonRepository(session().workspace()).restore(m_person);
}

void RemovePersonCommand::announce()
{
    emit session().peopleChanged();
}

} // namespace gonggu
