#pragma once

#include "domain/Ids.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** One committed change: when, by which coordinator, for which round, and what it was. */
struct ChangeRecord
{
    qint64 id = 0;
    QDateTime at;
    QString coordinator;
    std::optional<RoundId> roundId;
    QString roundTitle; // empty when there is no round, or it was removed since
    QString summary;
};

/** The workspace's change history, as Workspace records it with every committed change. */
class ChangeLog
{
public:
    explicit ChangeLog(const Workspace &workspace) : m_workspace(workspace) {}

    /** The newest changes first; only those after the change with id `after`, when given. */
    std::vector<ChangeRecord> recent(int limit = 500, qint64 after = 0) const;
    /** The id of the newest change, 0 when none: it grows with every change, whoever made it. */
    qint64 latestId() const;

private:
    const Workspace &m_workspace;
};

} // namespace gonggu
