#include "ChangeAnnouncements.h"

#include "Workspace.h"

#include <QSqlDatabase>

namespace gonggu {

ChangeAnnouncements::ChangeAnnouncements(const Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_channel(workspace.changeChannel()),
      m_connectionGeneration(workspace.connectionGeneration())
{
    if (m_channel.isEmpty())
        return; // a file: nobody announces anything
    // The driver stays the same across reconnections, and so does this connection to it: a listening that failed
    // now and succeeds after a reconnection is heard too.
    connect(workspace.database().driver(), &QSqlDriver::notification, this, &ChangeAnnouncements::notified);
    listen();
}

void ChangeAnnouncements::listen()
{
    if (m_channel.isEmpty())
        return;
    QSqlDriver *driver = m_workspace.database().driver();
    m_listening =
        driver && driver->hasFeature(QSqlDriver::EventNotifications) && driver->subscribeToNotification(m_channel);
}

void ChangeAnnouncements::renewAfterReconnect()
{
    if (m_connectionGeneration == m_workspace.connectionGeneration())
        return;
    m_connectionGeneration = m_workspace.connectionGeneration();
    listen();
}

void ChangeAnnouncements::notified(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // The connection's own changes come back to it too: whoever holds it has seen them already.
    if (name == m_channel && source != QSqlDriver::SelfSource)
        emit announced(payload.toString());
}

} // namespace gonggu
