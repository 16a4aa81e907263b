#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace gonggu {

/** Where a workspace lives: a file (the embedded SQLite workspace, the default) or a shared PostgreSQL database
 *  named by a URL `postgresql://user[:password]@host[:port]/database[?sslmode=…&…]`. The query parameters are
 *  libpq's own connection keywords (sslmode, sslrootcert, sslcert, sslkey, connect_timeout, options…) and pass
 *  through unchanged. A password in the URL is accepted but never shown: display() leaves it out. */
class WorkspaceLocation
{
public:
    enum class Kind
    {
        File,
        Postgres
    };

    /** Parses what the user gave to --workspace; throws InputError for a malformed server URL. */
    static WorkspaceLocation parse(const QString &text);
    static bool looksLikeServerUrl(const QString &text);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Postgres; }
    /** The file path (absolute) or the URL without its password: safe to show, log and remember. */
    QString display() const;

    QString filePath() const { return m_filePath; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    /** libpq keywords from the URL's query, in their order. */
    const QList<QPair<QString, QString>> &options() const { return m_options; }
    /** The options as QPSQL connect options ("key='value';…"), quoted as libpq wants. */
    QString connectOptions() const;

    WorkspaceLocation withPassword(const QString &password) const;

private:
    Kind m_kind = Kind::File;
    QString m_filePath;
    QString m_user;
    QString m_password;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QList<QPair<QString, QString>> m_options;
};

} // namespace gonggu
