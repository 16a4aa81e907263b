#pragma once

#include "CliRun.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <ostream>

namespace gonggu::test {

/** What the workspace named by --workspace is when the command runs. */
enum class WorkspaceFile
{
    Sound,          // a round with one book, a buyer who ordered it and paid
    TextFile,       // a CSV saved under the workspace's name
    RandomBytes,    // binary junk
    ZeroLength,     // an empty file
    Truncated,      // the first half of a sound workspace
    OtherProgram,   // an SQLite database of some other program
    NewerSchema,    // a Gonggu workspace from a later version
    ReadOnly,       // a sound workspace the user may not write
    Folder,         // a directory
    InMissingFolder // a path whose folder does not exist
};

/** Where the input file named by {input} comes from. */
enum class InputFile
{
    Bytes,  // a file holding the case's bytes
    Folder, // a directory
    Missing // nothing at that path
};

struct BadInputCase
{
    const char *name;
    QStringList arguments; // after --workspace PATH; {input} stands for the input file
    QString messagePart;   // what the refusal must mention
    std::function<QByteArray()> bytes = {};
    QString inputName = QStringLiteral("input.csv");
    InputFile input = InputFile::Bytes;
    WorkspaceFile workspace = WorkspaceFile::Sound;
    bool listsRejectedRows = false; // a line per rejected row comes before the refusal
    int exitCode = 2;
};

inline void PrintTo(const BadInputCase &c, std::ostream *os)
{
    *os << c.name;
}

/** The name of a case in the test's name. */
inline std::string caseName(const ::testing::TestParamInfo<BadInputCase> &info)
{
    return info.param.name;
}

/** One malformed input or workspace given to gonggu-cli, in a temporary folder of its own. */
class BadInputMatrixTest : public ::testing::TestWithParam<BadInputCase>
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString pathFor(const QString &name) const { return m_dir.filePath(name); }
    QString dataHome() const { return pathFor(QStringLiteral("xdg-data")); }
    CliOutcome cli(const QStringList &arguments, const std::function<void()> &childSetup = {}) const;

    /** A round with one book, and a buyer who ordered it and paid. */
    void makeSoundWorkspace(const QString &path) const;
    /** Puts the case's workspace in place and returns its path. */
    QString prepareWorkspace(WorkspaceFile kind);
    void makeReadOnly(const QString &path);
    /** Puts the case's input in place and returns its path. */
    QString prepareInput(const BadInputCase &c);

    QTemporaryDir m_dir;
    std::function<void()> m_childSetup; // runs in gonggu-cli's process before it starts
};

} // namespace gonggu::test
