#pragma once

#include <QObject>
#include <QSqlDriver>

namespace gonggu {

class Workspace;

/** The changes other programs commit to a shared workspace, as its server announces them (LISTEN/NOTIFY on
 *  Workspace::changeChannel()). A workspace file has no such announcements: isListening() is false. */
class ChangeAnnouncements : public QObject
{
    Q_OBJECT

public:
    explicit ChangeAnnouncements(const Workspace &workspace, QObject *parent = nullptr);

    bool isListening() const { return m_listening; }
    /** Listens again when the workspace made its lost connection to the server again (the listening went with
     *  the old one). */
    void renewAfterReconnect();

signals:
    /** Another connection committed a change; the coordinator who made it. */
    void announced(const QString &coordinator);

private:
    void notified(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    void listen();

    const Workspace &m_workspace;
    QString m_channel;
    int m_connectionGeneration = 0;
    bool m_listening = false;
};

} // namespace gonggu
