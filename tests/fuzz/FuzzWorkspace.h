#pragma once

#include "FuzzCheck.h"
#include "domain/Errors.h"
#include "domain/Round.h"
#include "io/SheetReader.h"
#include "services/DemoWorkspace.h"
#include "storage/RoundRepository.h"
#include "storage/Transaction.h"
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

/** One importer input: read as a sheet, planned against the demo round (\a checkPlan checks the plan's own
 *  invariants), then applied inside a transaction that is rolled back, so that every input meets the same round.
 *  Refusals must say why. */
template <typename Importer, typename CheckPlan>
void importOnce(const uint8_t *data, std::size_t size, CheckPlan checkPlan)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (isLegacyXls(bytes))
        return;
    FuzzWorkspace &fixture = FuzzWorkspace::instance();
    Importer importer(fixture.workspace());
    try {
        const SheetData sheet = SheetReader::readBytes(bytes, QStringLiteral("fuzz.csv"));
        const auto plan = importer.plan(fixture.round(), sheet);
        for (const RejectedRow &rejected : plan.rejected)
            GONGGU_FUZZ_CHECK(!rejected.reason.isEmpty());
        checkPlan(plan);
        Transaction undone(fixture.workspace()); // never committed: rolled back when it goes
        importer.apply(fixture.round(), plan);
    } catch (const InputError &error) {
        GONGGU_FUZZ_CHECK(!QString::fromUtf8(error.what()).isEmpty());
    }
}

} // namespace gonggu::fuzz
