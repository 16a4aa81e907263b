#pragma once

#include "domain/PersonAlias.h"

#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** Reads and writes the names people's deposits arrive under. */
class PersonAliasRepository
{
public:
    explicit PersonAliasRepository(const Workspace &workspace) : m_workspace(workspace) {}

    /** Remembers `alias` for a person; nullopt when the person already has it (nothing written). */
    std::optional<PersonAliasId> add(PersonId personId, const QString &alias);
    void remove(PersonAliasId id);
    std::vector<PersonAlias> forPerson(PersonId personId) const;
    /** Every alias of the directory (the matcher indexes them by key). */
    std::vector<PersonAlias> all() const;

private:
    const Workspace &m_workspace;
};

} // namespace gonggu
