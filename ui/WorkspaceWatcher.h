#pragma once

#include <QObject>
#include <QTimer>

namespace gonggu {

class ChangeAnnouncements;
class Workspace;

/** Notices changes made to the open workspace elsewhere (another coordinator on the server, gonggu-cli on the
 *  file): by the server's notifications where there is a server, and everywhere by looking every few seconds
 *  whether the change history grew past what this window saw. */
class WorkspaceWatcher : public QObject
{
    Q_OBJECT

public:
    WorkspaceWatcher(const Workspace &workspace, int pollMilliseconds, QObject *parent = nullptr);

    /** Listening to the server's notifications (a shared workspace whose driver offers them). */
    bool isListening() const;

    /** This window is about to commit changes of its own: whatever others committed before is still news. */
    void ownChangesStarting();
    /** This window's changes are committed: they are no news, but what others committed before them is. */
    void ownChangesDone();
    /** Looks at the change history now rather than at the next tick. */
    void checkNow();

signals:
    /** Someone else changed the workspace: their coordinator name, or empty when it is not known. */
    void changedElsewhere(const QString &coordinator);

private:
    /** The newest change's id; the last one seen when the workspace cannot be read just now (a server away). */
    qint64 latestId() const;
    /** Who made the newest change after `seen`. */
    QString coordinatorAfter(qint64 seen) const;

    const Workspace &m_workspace;
    ChangeAnnouncements *m_announcements; // a child
    QTimer m_poll;
    QTimer m_settle; // a burst of notifications (one per committed transaction) reloads once
    QString m_notifiedBy;
    qint64 m_seen = 0;
    bool m_othersBefore = false;
    QString m_othersBy;
};

} // namespace gonggu
