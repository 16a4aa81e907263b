#pragma once

#include "domain/Round.h"
#include "io/SheetReader.h"
#include "services/DemoWorkspace.h"
#include "storage/RoundRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace gonggu::fuzz {

/** The demo workspace the importer targets plan and apply against, made once per process in a temporary
 *  folder (the SQLite driver is a plugin: a QCoreApplication finds it). */
class FuzzWorkspace
{
public:
    static FuzzWorkspace &instance()
    {
        static FuzzWorkspace workspace;
        return workspace;
    }

    Workspace &workspace() { return *m_workspace; }
    const Round &round() const { return m_round; }

private:
    FuzzWorkspace()
    {
        static int argc = 1;
        static char name[] = "fuzz";
        static char *argv[] = {name, nullptr};
        if (!QCoreApplication::instance())
            new QCoreApplication(argc, argv); // lives as long as the process
        m_workspace = std::make_unique<Workspace>(m_folder.filePath(QStringLiteral("fuzz.gonggu")));
        DemoWorkspace::populate(*m_workspace);
        m_round = RoundRepository(*m_workspace).all().front();
    }

    QTemporaryDir m_folder;
    std::unique_ptr<Workspace> m_workspace;
    Round m_round;
};

/** Whether SheetReader would hand \a bytes to the legacy .xls reader, which runs in a child process of its
 *  own (a fork per input would only measure fork): the importer targets leave those to the XLS tests. */
inline bool isLegacyXls(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1"));
}

} // namespace gonggu::fuzz
