#include "TempWorkspace.h"
#include "domain/Errors.h"
#include "storage/RawSqlite.h"

#include <QDir>
#include <QFile>

using namespace gonggu;
using gonggu::test::fileDigest;
using gonggu::test::RawSqlite;

namespace {

/** Files Gonggu must refuse to open, and leave exactly as they were (bytes and folder). */
class WorkspaceRefusalTest : public gonggu::test::TempWorkspaceTest
{
protected:
    // Opens `path` as a workspace, expecting an InputError; returns its message.
    QString refusalOf(const QString &path)
    {
        const QByteArray digestBefore = fileDigest(path);
        const QStringList folderBefore = QDir(pathFor(QString())).entryList(QDir::Files);
        QString message;
        try {
            Workspace opened(path, m_clock);
            ADD_FAILURE() << "opened " << path.toStdString();
        } catch (const InputError &error) {
            message = error.message();
        }
        EXPECT_FALSE(digestBefore.isEmpty());
        EXPECT_EQ(fileDigest(path), digestBefore) << "a refused file was modified";
        EXPECT_EQ(QDir(pathFor(QString())).entryList(QDir::Files), folderBefore) << "files appeared next to it";
        return message;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = pathFor(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
};

TEST_F(WorkspaceRefusalTest, WorkspaceOfANewerVersion)
{
    const QString path = pathFor(QStringLiteral("future.gonggu"));
    {
        RawSqlite raw(path);
        raw.exec(QStringLiteral("CREATE TABLE round (id INTEGER PRIMARY KEY, title TEXT)"));
        raw.exec(QStringLiteral("CREATE TABLE hologram (id INTEGER PRIMARY KEY)"));
        raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Workspace::applicationId));
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Workspace::currentSchemaVersion + 1));
    }
    const QString message = refusalOf(path);
    EXPECT_TRUE(message.contains(QStringLiteral("newer"))) << message.toStdString();
}

TEST_F(WorkspaceRefusalTest, SqliteFileOfAnotherProgram)
{
    const QString path = pathFor(QStringLiteral("contacts.db"));
    {
        RawSqlite raw(path);
        raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)"));
        raw.exec(QStringLiteral("INSERT INTO contacts VALUES ('김민준', '010-0000-0000')"));
    }
    const QString message = refusalOf(path);
    EXPECT_TRUE(message.contains(QStringLiteral("another program"))) << message.toStdString();
}

TEST_F(WorkspaceRefusalTest, EmptySqliteFileMarkedByAnotherProgram)
{
    const QString path = pathFor(QStringLiteral("other.db"));
    {
        RawSqlite raw(path);
        raw.exec(QStringLiteral("PRAGMA application_id = 305419896")); // 0x12345678
    }
    const QString message = refusalOf(path);
    EXPECT_TRUE(message.contains(QStringLiteral("another program"))) << message.toStdString();
}

TEST_F(WorkspaceRefusalTest, SqliteHeaderFollowedByGarbage)
{
    QByteArray bytes("SQLite format 3", 16);
    for (int i = 0; i < 4096; ++i)
        bytes.append(char((i * 37 + 11) & 0xff));
    const QString message = refusalOf(writeFile(QStringLiteral("broken.gonggu"), bytes));
    EXPECT_FALSE(message.isEmpty());
}

struct NotSqliteCase
{
    const char *name;
    QByteArray bytes;
};

void PrintTo(const NotSqliteCase &c, std::ostream *out)
{
    *out << c.name;
}

QByteArray pseudoRandomBytes()
{
    QByteArray bytes;
    quint32 state = 20261110;
    for (int i = 0; i < 8192; ++i) {
        state = state * 1664525u + 1013904223u;
        bytes.append(char(state >> 24));
    }
    return bytes;
}

/** Files that are not SQLite at all are refused by their first bytes, before SQLite touches them. */
class NotSqliteFileTest : public WorkspaceRefusalTest, public ::testing::WithParamInterface<NotSqliteCase>
{
};

TEST_P(NotSqliteFileTest, IsRefusedUntouched)
{
    const QString message = refusalOf(writeFile(QStringLiteral("not-a-workspace.gonggu"), GetParam().bytes));
    EXPECT_TRUE(message.contains(QStringLiteral("not an SQLite database"))) << message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Contents, NotSqliteFileTest,
                         ::testing::Values(NotSqliteCase{"text", QStringLiteral("이름,금액\n김민준,30000\n").toUtf8()},
                                           NotSqliteCase{"random_bytes", pseudoRandomBytes()},
                                           NotSqliteCase{"png_header",
                                                         QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01", 20)},
                                           NotSqliteCase{"truncated_sqlite_magic", QByteArray("SQLite fo")},
                                           NotSqliteCase{"one_newline", QByteArray("\n")}),
                         [](const auto &info) { return std::string(info.param.name); });

} // namespace
