#include "RecreatedIds.h"

#include "WorkspaceSession.h"

namespace gonggu {

RecreatedIds &RecreatedIds::of(WorkspaceSession &session, const QString &kind)
{
    const QString name = QStringLiteral("recreated-") + kind;
    if (QObject *found = session.findChild<QObject *>(name, Qt::FindDirectChildrenOnly))
        return *static_cast<RecreatedIds *>(found);
    auto *created = new RecreatedIds(&session);
    created->setObjectName(name);
    return *created;
}

qint64 RecreatedIds::current(qint64 id) const
{
    for (auto next = m_next.find(id); next != m_next.end(); next = m_next.find(id))
        id = next->second;
    return id;
}

void RecreatedIds::moved(qint64 from, qint64 to)
{
    m_next.erase(to); // SQLite may hand out a freed id again: the new record is not the old one
    if (from != to)
        m_next[from] = to;
}

QString quotedForMenu(const QString &text)
{
    constexpr int longest = 40;
    const QString simple = text.simplified();
    return simple.size() <= longest ? simple : simple.left(longest - 1).trimmed() + u'…';
}

} // namespace gonggu
