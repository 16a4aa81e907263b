#include "SampleRows.h"
#include "TempWorkspace.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>

#include <chrono>
#include <future>
#include <thread>

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** Two connections on one workspace file (as a window and a command line have): the second writer waits for the
 *  first instead of failing, and neither change is lost. */
class WorkspaceConcurrencyTest : public TempWorkspaceTest
{
};

TEST_F(WorkspaceConcurrencyTest, EveryConnectionWaitsFiveSecondsForALock)
{
    GONGGU_FILE_WORKSPACE_ONLY();
    EXPECT_EQ(SqlStatement(workspace(), QStringLiteral("PRAGMA busy_timeout")).scalar().toInt(), 5000);
}

TEST_F(WorkspaceConcurrencyTest, ASecondWriterWaitsForTheFirstAndBothChangesStay)
{
    const QString path = workspaceLocation();
    std::promise<void> holding;
    std::future<void> held = holding.get_future();
    // The other writer has a connection of its own on its own thread, and keeps its transaction open a while.
    std::thread other([&] {
        Workspace second(path, m_clock);
        Transaction transaction(second);
        addPerson(second, QStringLiteral("먼저 쓴 사람"), QStringLiteral("first"));
        holding.set_value();
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        transaction.commit();
    });
    held.wait();

    QElapsedTimer waited;
    waited.start();
    EXPECT_NO_THROW(addPerson(workspace(), QStringLiteral("나중에 쓴 사람"), QStringLiteral("second")));
    const qint64 elapsed = waited.elapsed();
    other.join();

    EXPECT_GE(elapsed, 200) << "the second writer waited for the first";
    const std::optional<Person> first = PersonRepository(workspace()).find(1);
    const std::optional<Person> second = PersonRepository(workspace()).find(2);
    ASSERT_TRUE(first && second) << "both changes are there";
    EXPECT_EQ(first->nickname, QStringLiteral("first")) << "committed first";
    EXPECT_EQ(second->nickname, QStringLiteral("second"));
    EXPECT_EQ(PersonRepository(workspace()).all().size(), 2u);
    EXPECT_TRUE(workspace().integrityProblems().isEmpty());
}

} // namespace
