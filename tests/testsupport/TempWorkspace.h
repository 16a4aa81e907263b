#pragma once

#include "domain/Clock.h"
#include "storage/Workspace.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

/** For a test of what only a workspace file has (its header, pragmas, file mode, SQLite's own backups): skipped
 *  when the suite runs against the PostgreSQL test server. */
#define GONGGU_FILE_WORKSPACE_ONLY()                                                                                   \
    if (::gonggu::test::TempWorkspaceTest::onServer())                                                                 \
    GTEST_SKIP() << "a workspace file's own property; this run keeps its workspaces on a PostgreSQL server"

namespace gonggu::test {

/** A fresh workspace in its own temporary folder, with a clock fixed at 2026-11-10 12:00 UTC: a file, or a fresh
 *  schema on the test server when the suite runs against PostgreSQL (TestServer). */
class TempWorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    /** Path of a file in this test's temporary folder. */
    QString pathFor(const QString &fileName) const { return m_dir.filePath(fileName); }
    Workspace &workspace() { return *m_workspace; }
    /** What workspace() was opened from: its file path, or its server URL. */
    QString workspaceLocation() const { return m_location; }
    /** The workspace is on the test server rather than in a file (file-only tests skip themselves). */
    static bool onServer();
    /** Closes and reopens the workspace (to check what was really committed). */
    void reopen();

    FixedClock m_clock{QDateTime(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC)};

private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Workspace> m_workspace;
};

/** SHA-256 of a file's bytes, to prove a refused file was left untouched. */
QByteArray fileDigest(const QString &path);

} // namespace gonggu::test

namespace gonggu::test {

/** The file's POSIX permission bits (e.g. 0600), or -1 when it does not exist. */
int posixMode(const QString &path);

} // namespace gonggu::test
