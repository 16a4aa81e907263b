#pragma once

#include <QString>

namespace gonggu::test {

/** The test suite runs its workspaces either as SQLite files (the default) or, when GONGGU_TEST_POSTGRES names a
 *  server (postgresql://user@host:port/database, password in PGPASSWORD), on that server: each workspace is a
 *  fresh schema of that database, dropped again when the test ends. */
class TestServer
{
public:
    /** The server URL the suite runs against, or empty for SQLite files. */
    static QString url();
    static bool inUse() { return !url().isEmpty(); }

    /** A new, empty schema on the server, as a workspace URL that opens it. */
    static QString newWorkspaceUrl();
    /** Drops the schema behind a URL newWorkspaceUrl() gave. */
    static void dropWorkspace(const QString &workspaceUrl);
};

} // namespace gonggu::test
