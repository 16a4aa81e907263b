#include "WorkspaceLocation.h"

#include "domain/Errors.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace gonggu {
namespace {

// libpq's conninfo quoting: single quotes around the value, backslash before ' and \.
QString quotedValue(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

} // namespace

bool WorkspaceLocation::looksLikeServerUrl(const QString &text)
{
    return text.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

WorkspaceLocation WorkspaceLocation::parse(const QString &text)
{
    WorkspaceLocation location;
    if (!looksLikeServerUrl(text)) {
        location.m_filePath = QFileInfo(text).absoluteFilePath();
        return location;
    }
    location.m_kind = Kind::Postgres;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        throw InputError(QCoreApplication::translate("Workspace", "'%1' is not a valid server address: %2")
                             .arg(text, url.errorString()));
    location.m_user = url.userName(QUrl::FullyDecoded);
    location.m_password = url.password(QUrl::FullyDecoded);
    location.m_host = url.host(QUrl::FullyDecoded);
    location.m_port = url.port(-1);
    location.m_database = url.path(QUrl::FullyDecoded).mid(1);
    if (location.m_database.isEmpty() || location.m_database.contains(u'/'))
        throw InputError(QCoreApplication::translate(
                             "Workspace", "'%1' names no database: write it as postgresql://user@host/database")
                             .arg(location.display()));
    static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!keyword.match(key).hasMatch())
            throw InputError(
                QCoreApplication::translate("Workspace", "'%1' is not a connection option of the server address")
                    .arg(key));
        if (key == u"password")
            location.m_password = value; // libpq allows it here too; it is kept out of display() all the same
        else
            location.m_options.append({key, value});
    }
    return location;
}

QString WorkspaceLocation::display() const
{
    if (m_kind == Kind::File)
        return m_filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(u'/' + m_database);
    QUrlQuery query;
    for (const auto &[key, value] : m_options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    if (m_host.isEmpty()) // QUrl drops the authority without a host; libpq then uses the local socket
        return QStringLiteral("postgresql://%1%2/%3%4")
            .arg(m_user.isEmpty() ? QString() : m_user + u'@', QString(), m_database,
                 m_options.isEmpty() ? QString() : u'?' + query.toString());
    return url.toString();
}

QString WorkspaceLocation::connectOptions() const
{
    QStringList parts;
    for (const auto &[key, value] : m_options)
        parts << key + u'=' + quotedValue(value);
    return parts.join(u';');
}

WorkspaceLocation WorkspaceLocation::withPassword(const QString &password) const
{
    WorkspaceLocation copy = *this;
    copy.m_password = password;
    return copy;
}

} // namespace gonggu
