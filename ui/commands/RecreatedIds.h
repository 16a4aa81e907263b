#pragma once

#include <QObject>
#include <QString>

#include <map>

namespace gonggu {

class WorkspaceSession;

/** Where the records that undo added back went: old id → new id. Undoing a removal adds a record back under a new
 *  id (the workspace cannot restore the old one); the commands further down the undo stack still name the old id
 *  and follow it here to the new one. One map per kind of record, kept by the session for as long as its undo
 *  stack lives. */
class RecreatedIds : public QObject
{
public:
    /** The session's map for one kind of record (e.g. "checklistItems"), made on first use. */
    static RecreatedIds &of(WorkspaceSession &session, const QString &kind);

    qint64 current(qint64 id) const;
    void moved(qint64 from, qint64 to);

private:
    using QObject::QObject;
    std::map<qint64, qint64> m_next;
};

/** A record as the Edit menu names it: a long text cut short. */
QString quotedForMenu(const QString &text);

} // namespace gonggu
