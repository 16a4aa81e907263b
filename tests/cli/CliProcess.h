#pragma once

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace gonggu::test {

/** What one gonggu-cli run returned. */
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
};

/** Runs the built gonggu-cli against a workspace in a fresh temporary folder. */
class CliTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    /** gonggu-cli --workspace <this test's workspace> ARGS... */
    CliResult cli(const QStringList &arguments) const;
    /** gonggu-cli ARGS... with no --workspace added. */
    CliResult cliRaw(const QStringList &arguments) const;
    /** The same, in an environment of the test's making (start from environment()). */
    CliResult cliRaw(const QStringList &arguments, const QProcessEnvironment &environment) const;
    /** What every run gets: this process's environment, with the user's default workspace out of reach. */
    QProcessEnvironment environment() const;
    /** Runs a command that must succeed and returns the id it printed with --format json. */
    qint64 create(QStringList arguments) const;
    /** Fills the workspace with the demo round (round 1). */
    void useDemoWorkspace();

    QString workspacePath() const { return m_dir.filePath(QStringLiteral("ws.gonggu")); }
    QString pathFor(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

/** Every row of every table of a workspace, read without writing: proves a refused command changed nothing. */
QString workspaceDump(const QString &path);

} // namespace gonggu::test
