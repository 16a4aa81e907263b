#include "WorkspaceWatcher.h"

#include "domain/Errors.h"
#include "storage/ChangeAnnouncements.h"
#include "storage/ChangeLog.h"
#include "storage/Workspace.h"

namespace gonggu {

WorkspaceWatcher::WorkspaceWatcher(Workspace &workspace, int pollMilliseconds, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_announcements(new ChangeAnnouncements(workspace, this))
{
    try {
        m_seen = ChangeLog(workspace).latestId();
    } catch (const Error &) {
        // Read at the first tick: everything in the history then counts as news, which only reloads once.
    }
    m_workspace.takeCommittedChangeIds(); // older than what was just read
    m_poll.setInterval(pollMilliseconds);
    connect(&m_poll, &QTimer::timeout, this, &WorkspaceWatcher::checkNow);
    m_poll.start();

    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        // Told by the server, so news even when the history shows nothing new (a change that records none).
        takeNews();
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

void WorkspaceWatcher::checkNow()
{
    // Inside a transaction of this window's own (a long import) the history is not the others' to read yet.
    if (m_workspace.inTransaction())
        return;
    const std::optional<QString> coordinator = takeNews();
    m_announcements->renewAfterReconnect(); // reading the history is what finds a lost connection, most often
    if (coordinator)
        emit changedElsewhere(*coordinator);
}

std::optional<QString> WorkspaceWatcher::takeNews()
{
    for (const qint64 id : m_workspace.takeCommittedChangeIds())
        m_own.insert(id);
    std::vector<ChangeRecord> records;
    try {
        // Far more records than a few seconds bring: if ever more came, the newest of them are news enough.
        records = ChangeLog(m_workspace).recent(1000, m_seen);
    } catch (const Error &) {
        return std::nullopt; // looked at again at the next tick
    }
    std::optional<QString> newsBy;
    for (const ChangeRecord &record : records) { // newest first
        if (!m_own.contains(record.id)) {
            newsBy = record.coordinator;
            break;
        }
    }
    if (!records.empty())
        m_seen = records.front().id;
    m_own.erase(m_own.begin(), m_own.upper_bound(m_seen));
    return newsBy;
}

} // namespace gonggu
