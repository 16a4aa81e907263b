#include "WorkspaceWatcher.h"

#include "domain/Errors.h"
#include "storage/ChangeAnnouncements.h"
#include "storage/ChangeLog.h"
#include "storage/Workspace.h"

namespace gonggu {

WorkspaceWatcher::WorkspaceWatcher(const Workspace &workspace, int pollMilliseconds, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_announcements(new ChangeAnnouncements(workspace, this))
{
    m_seen = latestId();
    m_poll.setInterval(pollMilliseconds);
    connect(&m_poll, &QTimer::timeout, this, &WorkspaceWatcher::checkNow);
    m_poll.start();

    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        // Told by the server, so news even when the history shows nothing new (a change that records none).
        m_seen = latestId();
        const QString coordinator = m_notifiedBy;
        m_notifiedBy.clear();
        emit changedElsewhere(coordinator);
    });

    connect(m_announcements, &ChangeAnnouncements::announced, this, [this](const QString &coordinator) {
        m_notifiedBy = coordinator;
        m_settle.start();
    });
}

bool WorkspaceWatcher::isListening() const
{
    return m_announcements->isListening();
}

void WorkspaceWatcher::ownChangesStarting()
{
    // Who, asked now: once this window's changes are in, the newest change is its own.
    m_othersBefore = latestId() != m_seen;
    m_othersBy = m_othersBefore ? coordinatorAfter(m_seen) : QString();
}

void WorkspaceWatcher::ownChangesDone()
{
    m_seen = latestId();
    if (m_othersBefore) {
        m_othersBefore = false;
        emit changedElsewhere(m_othersBy);
    }
}

void WorkspaceWatcher::checkNow()
{
    // Inside a transaction of this window's own (a long import) the counter is not the others' to read yet.
    if (m_workspace.inTransaction())
        return;
    const qint64 latest = latestId();
    if (latest == m_seen)
        return;
    const QString coordinator = coordinatorAfter(m_seen);
    m_seen = latest;
    emit changedElsewhere(coordinator);
}

qint64 WorkspaceWatcher::latestId() const
{
    try {
        return ChangeLog(m_workspace).latestId();
    } catch (const Error &) {
        return m_seen; // looked at again at the next tick
    }
}

QString WorkspaceWatcher::coordinatorAfter(qint64 seen) const
{
    try {
        for (const ChangeRecord &record : ChangeLog(m_workspace).recent(1)) {
            if (record.id > seen)
                return record.coordinator;
        }
    } catch (const Error &) {
    }
    return {};
}

} // namespace gonggu
