#pragma once

#include <QObject>
#include <QTimer>

#include <optional>
#include <set>

namespace gonggu {

class ChangeAnnouncements;
class Workspace;

/** Notices changes made to the open workspace elsewhere (another coordinator on the server, gonggu-cli on the
 *  file): by the server's notifications where there is a server, and everywhere by looking every few seconds
 *  whether the change history holds records past what this window saw that its own connection did not commit. */
class WorkspaceWatcher : public QObject
{
    Q_OBJECT

public:
    WorkspaceWatcher(Workspace &workspace, int pollMilliseconds, QObject *parent = nullptr);

    /** Listening to the server's notifications (a shared workspace whose driver offers them). */
    bool isListening() const;

    /** Looks at the change history now rather than at the next tick (this window's own changes just committed:
     *  whatever others committed before or between them is news). */
    void checkNow();

signals:
    /** Someone else changed the workspace: their coordinator name, or empty when it is not known. */
    void changedElsewhere(const QString &coordinator);

private:
    /** Marks the history read up to its newest record and says who made the newest one that this connection
     *  did not; nothing when there is none, or when the workspace cannot be read just now (a server away). */
    std::optional<QString> takeNews();

    Workspace &m_workspace;
    ChangeAnnouncements *m_announcements; // a child
    QTimer m_poll;
    QTimer m_settle; // a burst of notifications (one per committed transaction) reloads once
    QString m_notifiedBy;
    qint64 m_seen = 0;
    std::set<qint64> m_own; // records this connection committed, not yet read back from the history
};

} // namespace gonggu
