#pragma once

#include "domain/Person.h"

#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** Reads and writes the people directory. */
class PersonRepository
{
public:
    explicit PersonRepository(const Workspace &workspace) : m_workspace(workspace) {}

    /** Adds a person; a nickname already used by someone else is refused (InputError). Names may repeat. */
    PersonId add(const Person &person);
    /** Returns the person's new row version; ConflictError when it changed since person.rowVersion. */
    qint64 update(const Person &person);
    /** Deletes a person who has no orders and no payments; InputError saying why otherwise. */
    void remove(PersonId id);
    /** Puts a person deleted by remove() back under their old id (undoing the deletion), so that
     *  everything still holding that id finds them again; InputError when the id or nickname is taken. */
    void restore(const Person &person);
    std::optional<Person> find(PersonId id) const;
    std::vector<Person> all() const; // sorted by name as Korean readers sort (QCollator)
    /** A person named by id, nickname or a display name only one person has; InputError when there is
     *  none, or when the name is shared (listing who shares it). */
    Person resolve(const QString &reference) const;

private:
    const Workspace &m_workspace;
};

} // namespace gonggu
