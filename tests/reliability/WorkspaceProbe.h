#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace gonggu::test {

/** A direct SQLite connection to a workspace file, for checking from outside what gonggu-cli left in it. */
class WorkspaceProbe
{
public:
    enum class Mode
    {
        ReadOnly, // never writes, not even the journal: proves a refused command changed nothing
        ReadWrite // as the next gonggu-cli would open it: recovers what a killed one left behind
    };

    WorkspaceProbe(const QString &path, Mode mode);
    ~WorkspaceProbe();
    WorkspaceProbe(const WorkspaceProbe &) = delete;
    WorkspaceProbe &operator=(const WorkspaceProbe &) = delete;

    bool isOpen() const { return m_open; }
    QString openError() const { return m_openError; }

    /** The rows of PRAGMA integrity_check: {"ok"} for a sound file. */
    QStringList integrityCheck() const;
    /** The rows of PRAGMA foreign_key_check, one "table rowid → parent" each: empty when every reference holds. */
    QStringList foreignKeyViolations() const;
    /** The first column of the first row of \a sql with \a values bound in order; invalid when there is no row. */
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;
    /** Schema, application_id, user_version and every row of every table, in a stable order. */
    QString content() const;

private:
    QString m_connectionName;
    bool m_open = false;
    QString m_openError;
};

/** The content of the workspace at \a path (see WorkspaceProbe::content), or a line saying why it cannot be read. */
QString workspaceContent(const QString &path);

} // namespace gonggu::test
