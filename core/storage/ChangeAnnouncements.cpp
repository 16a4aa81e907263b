#include "ChangeAnnouncements.h"

#include "Workspace.h"

#include <QSqlDatabase>

namespace gonggu {

ChangeAnnouncements::ChangeAnnouncements(const Workspace &workspace, QObject *parent) : QObject(parent)
{
    m_channel = workspace.changeChannel();
    if (m_channel.isEmpty())
        return;
    QSqlDriver *driver = workspace.database().driver();
    if (driver && driver->hasFeature(QSqlDriver::EventNotifications)) {
        m_listening = driver->subscribeToNotification(m_channel);
        connect(driver, &QSqlDriver::notification, this, &ChangeAnnouncements::notified);
    }
}

void ChangeAnnouncements::notified(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // The connection's own changes come back to it too: whoever holds it has seen them already.
    if (name == m_channel && source != QSqlDriver::SelfSource)
        emit announced(payload.toString());
}

} // namespace gonggu
