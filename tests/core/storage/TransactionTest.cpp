#include "storage/Transaction.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"

#include <stdexcept>

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** Transaction: all or nothing, with nested guards joining the outermost one. */
class TransactionTest : public TempWorkspaceTest
{
protected:
    std::size_t roundCount() { return RoundRepository(workspace()).all().size(); }
};

TEST_F(TransactionTest, CommittedChangesAreKept)
{
    {
        Transaction transaction(workspace());
        addRound(workspace(), QStringLiteral("1차 공구"));
        addRound(workspace(), QStringLiteral("2차 공구"));
        transaction.commit();
    }
    reopen();
    EXPECT_EQ(roundCount(), 2u);
}

TEST_F(TransactionTest, ExceptionInsideTheScopeWritesNothing)
{
    EXPECT_THROW(
        {
            Transaction transaction(workspace());
            addRound(workspace(), QStringLiteral("1차 공구"));
            addPerson(workspace(), QStringLiteral("김민준"));
            throw std::runtime_error("the import found a bad row");
        },
        std::runtime_error);
    EXPECT_EQ(roundCount(), 0u);
    reopen();
    EXPECT_EQ(roundCount(), 0u);
    EXPECT_TRUE(PersonRepository(workspace()).all().empty());
}

TEST_F(TransactionTest, ScopeLeftWithoutCommitRollsBack)
{
    {
        Transaction transaction(workspace());
        addRound(workspace(), QStringLiteral("1차 공구"));
    }
    EXPECT_EQ(roundCount(), 0u);
}

TEST_F(TransactionTest, NestedCommitJoinsTheOuterTransaction)
{
    {
        Transaction outer(workspace());
        {
            Transaction inner(workspace());
            addRound(workspace(), QStringLiteral("1차 공구"));
            inner.commit(); // not durable yet: the outer scope decides
        }
        EXPECT_EQ(roundCount(), 1u);
    }
    EXPECT_EQ(roundCount(), 0u);
    reopen();
    EXPECT_EQ(roundCount(), 0u);
}

TEST_F(TransactionTest, FailedInnerScopeDoomsTheOuterCommit)
{
    {
        Transaction outer(workspace());
        addRound(workspace(), QStringLiteral("1차 공구"));
        {
            Transaction inner(workspace());
            addRound(workspace(), QStringLiteral("2차 공구"));
        } // left without commit
        EXPECT_THROW(outer.commit(), StorageError);
    }
    EXPECT_EQ(roundCount(), 0u);
}

TEST_F(TransactionTest, WorkspaceIsUsableAfterARollback)
{
    bool refused = false;
    try {
        Transaction transaction(workspace());
        addRound(workspace(), QStringLiteral("1차 공구"));
        addRound(workspace(), QStringLiteral("1차 공구")); // duplicate title
        transaction.commit();
    } catch (const InputError &) {
        refused = true;
    }
    EXPECT_TRUE(refused);
    EXPECT_EQ(roundCount(), 0u);

    Transaction transaction(workspace());
    addRound(workspace(), QStringLiteral("1차 공구"));
    transaction.commit();
    EXPECT_EQ(roundCount(), 1u);
}

} // namespace
