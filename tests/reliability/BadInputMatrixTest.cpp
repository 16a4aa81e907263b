// Malformed files and workspaces given to gonggu-cli: each is refused with exit 2 and one line naming the problem
// (an import with rejected rows lists them first, one line each), never a crash or a hang, and the workspace is
// left exactly as it was. The cases are in BadInputCases.cpp.
#include "BadInputMatrix.h"

#include "MalformedInputs.h"
#include "TempWorkspace.h"
#include "WorkspaceProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

/** An SQLite file made by hand, with the given application_id and user_version. */
void makeSqliteFile(const QString &path, int applicationId, int userVersion)
{
    const QString name = u"bad-input-maker"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(u"CREATE TABLE notes (body TEXT)"_s));
        ASSERT_TRUE(query.exec(u"INSERT INTO notes VALUES ('다른 프로그램의 메모')"_s));
        ASSERT_TRUE(query.exec(u"PRAGMA application_id = %1"_s.arg(applicationId)));
        ASSERT_TRUE(query.exec(u"PRAGMA user_version = %1"_s.arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/** The user the read-only case runs as when the tests run as root (who may write any file). */
const passwd *unprivilegedUser()
{
    return ::geteuid() == 0 ? ::getpwnam("nobody") : nullptr;
}

bool isSqlite(WorkspaceFile kind)
{
    return kind == WorkspaceFile::Sound || kind == WorkspaceFile::ReadOnly || kind == WorkspaceFile::OtherProgram ||
           kind == WorkspaceFile::NewerSchema || kind == WorkspaceFile::ZeroLength;
}

} // namespace

CliOutcome BadInputMatrixTest::cli(const QStringList &arguments, const std::function<void()> &childSetup) const
{
    return runCli(arguments, dataHome(), 30000, childSetup);
}

void BadInputMatrixTest::makeSoundWorkspace(const QString &path) const
{
    const std::vector<QStringList> steps{
        {u"round"_s, u"create"_s, u"--title"_s, u"가을 공구"_s, u"--supplier"_s, u"가나다출판사"_s},
        {u"item"_s, u"add"_s, u"--round"_s, u"1"_s, u"--name"_s, u"실전 리팩터링"_s, u"--unit-price"_s, u"25200"_s},
        {u"person"_s, u"add"_s, u"--name"_s, u"김하나"_s, u"--nickname"_s, u"tini"_s},
        {u"order"_s, u"set"_s, u"--round"_s, u"1"_s, u"--person"_s, u"tini"_s, u"--item"_s, u"1"_s, u"--qty"_s, u"1"_s},
        {u"payment"_s, u"add"_s, u"--round"_s, u"1"_s, u"--person"_s, u"tini"_s, u"--amount"_s, u"25200"_s}};
    for (const QStringList &step : steps) {
        const CliOutcome outcome = cli(QStringList{u"--workspace"_s, path} + step);
        ASSERT_EQ(outcome.exitCode, 0) << outcome.errText().toStdString();
    }
}

QString BadInputMatrixTest::prepareWorkspace(WorkspaceFile kind)
{
    const QString path = pathFor(u"ws.gonggu"_s);
    switch (kind) {
    case WorkspaceFile::Sound:
    case WorkspaceFile::ReadOnly:
        makeSoundWorkspace(path);
        break;
    case WorkspaceFile::TextFile:
        writeFile(path, u"이름,수량\n김하나,1\n"_s.toUtf8());
        break;
    case WorkspaceFile::RandomBytes:
        writeFile(path, MalformedInputs::randomBytes(8192));
        break;
    case WorkspaceFile::ZeroLength:
        writeFile(path, {});
        break;
    case WorkspaceFile::Truncated: {
        const QString whole = pathFor(u"whole.gonggu"_s);
        makeSoundWorkspace(whole);
        QFile file(whole);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        writeFile(path, file.read(file.size() / 2));
        break;
    }
    case WorkspaceFile::OtherProgram:
        makeSqliteFile(path, 0, 0);
        break;
    case WorkspaceFile::NewerSchema:
        makeSqliteFile(path, Workspace::applicationId, Workspace::currentSchemaVersion + 1);
        break;
    case WorkspaceFile::Folder:
        EXPECT_TRUE(QDir().mkpath(path));
        break;
    case WorkspaceFile::InMissingFolder:
        return pathFor(u"no-such-folder/ws.gonggu"_s);
    }
    if (kind == WorkspaceFile::ReadOnly)
        makeReadOnly(path);
    return path;
}

void BadInputMatrixTest::makeReadOnly(const QString &path)
{
    EXPECT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner));
    const passwd *user = unprivilegedUser();
    if (!user)
        return;
    // Root writes whatever the mode says: hand the folder and file to an ordinary user and run as them.
    for (const QString &owned : {m_dir.path(), path}) {
        EXPECT_EQ(::chown(QFile::encodeName(owned).constData(), user->pw_uid, user->pw_gid), 0);
    }
    const uid_t uid = user->pw_uid;
    const gid_t gid = user->pw_gid;
    m_childSetup = [uid, gid] {
        if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
            ::_exit(126);
    };
}

QString BadInputMatrixTest::prepareInput(const BadInputCase &c)
{
    const QString path = pathFor(c.inputName);
    if (c.input == InputFile::Folder) {
        EXPECT_TRUE(QDir().mkpath(path));
    } else if (c.input == InputFile::Bytes && c.bytes) {
        writeFile(path, c.bytes());
    }
    return path;
}

TEST_P(BadInputMatrixTest, IsRefusedClearlyAndLeavesTheWorkspaceAsItWas)
{
    const BadInputCase &c = GetParam();
    const QString workspace = prepareWorkspace(c.workspace);
    const QString input = prepareInput(c);
    if (HasFatalFailure())
        return;
    const bool sqlite = isSqlite(c.workspace);
    const QString contentBefore = sqlite ? workspaceContent(workspace) : QString();
    const QByteArray bytesBefore = fileDigest(workspace);

    QStringList arguments{u"--workspace"_s, workspace};
    for (const QString &argument : c.arguments)
        arguments << (argument == u"{input}" ? input : argument);
    const CliOutcome outcome = cli(arguments, m_childSetup);

    // Safety first: it ended by itself, said no more than it must, and changed nothing.
    ASSERT_TRUE(outcome.finished) << "crashed or hung; stderr: " << outcome.errText().toStdString();
    EXPECT_NE(outcome.exitCode, 0) << outcome.out.toStdString();
    const QStringList lines = outcome.errLines();
    ASSERT_FALSE(lines.isEmpty());
    for (const QString &line : lines) {
        EXPECT_TRUE(line.startsWith(u"gonggu-cli: "_s)) << line.toStdString();
    }
    if (c.listsRejectedRows) {
        EXPECT_GE(lines.size(), 2) << outcome.errText().toStdString();
    } else {
        EXPECT_EQ(lines.size(), 1) << outcome.errText().toStdString();
    }
    // A file refused as unreadable gets no journal next to it either.
    if (!sqlite) {
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
            EXPECT_FALSE(QFileInfo::exists(workspace + suffix)) << suffix.toStdString();
        }
    }
    if (c.workspace == WorkspaceFile::InMissingFolder) {
        EXPECT_FALSE(QFileInfo::exists(workspace));
    }

    const QString contentAfter = sqlite ? workspaceContent(workspace) : QString();
    if (sqlite) {
        EXPECT_EQ(contentAfter.toStdString(), contentBefore.toStdString());
    } else {
        EXPECT_EQ(fileDigest(workspace), bytesBefore);
    }
    EXPECT_EQ(outcome.exitCode, c.exitCode) << outcome.errText().toStdString();
    EXPECT_TRUE(outcome.errText().contains(c.messagePart))
        << "stderr: " << outcome.errText().toStdString() << "should mention: " << c.messagePart.toStdString();
}

} // namespace gonggu::test
