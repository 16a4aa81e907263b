#include "TempWorkspace.h"

#include "TestServer.h"

#include <QCryptographicHash>
#include <QFile>

#include <sys/stat.h>

namespace gonggu::test {

void TempWorkspaceTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_location = onServer() ? TestServer::newWorkspaceUrl() : pathFor(QStringLiteral("test.gonggu"));
    m_workspace = std::make_unique<Workspace>(m_location, m_clock);
}

void TempWorkspaceTest::TearDown()
{
    m_workspace.reset();
    if (onServer())
        TestServer::dropWorkspace(m_location);
}

bool TempWorkspaceTest::onServer()
{
    return TestServer::inUse();
}

void TempWorkspaceTest::reopen()
{
    m_workspace.reset();
    m_workspace = std::make_unique<Workspace>(m_location, m_clock);
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace gonggu::test

namespace gonggu::test {

int posixMode(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

} // namespace gonggu::test
