#pragma once

#include "domain/Clock.h"
#include "storage/Workspace.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace gonggu::test {

/** A fresh workspace file in its own temporary folder, with a clock fixed at 2026-11-10 12:00 UTC. */
class TempWorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    /** Path of a file in this test's temporary folder. */
    QString pathFor(const QString &fileName) const { return m_dir.filePath(fileName); }
    Workspace &workspace() { return *m_workspace; }
    /** Closes and reopens the workspace (to check what was really committed). */
    void reopen();

    FixedClock m_clock{QDateTime(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC)};

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

/** SHA-256 of a file's bytes, to prove a refused file was left untouched. */
QByteArray fileDigest(const QString &path);

} // namespace gonggu::test

namespace gonggu::test {

/** The file's POSIX permission bits (e.g. 0600), or -1 when it does not exist. */
int posixMode(const QString &path);

} // namespace gonggu::test
