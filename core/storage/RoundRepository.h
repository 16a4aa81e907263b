#pragma once

#include "domain/Round.h"

#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** Reads and writes rounds. */
class RoundRepository
{
public:
    explicit RoundRepository(const Workspace &workspace) : m_workspace(workspace) {}

    /** Adds a round and returns its id; a title already in use is refused (InputError). */
    RoundId create(const Round &round);
    /** Returns the round's new row version; ConflictError when it changed since round.rowVersion. */
    qint64 update(const Round &round);
    /** Deletes a round that has no orders and no payments (with its items and checklist); InputError otherwise. */
    void remove(RoundId id);
    std::optional<Round> find(RoundId id) const;
    std::vector<Round> all() const; // oldest first
    /** A round named by its id or its exact title; InputError when there is none. */
    Round resolve(const QString &reference) const;

private:
    const Workspace &m_workspace;
};

} // namespace gonggu
