#include "models/ChecklistModel.h"
#include "DemoModelTest.h"
#include "storage/RoundTaskRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

namespace gonggu::test {
namespace {

/** The demo round's checklist: 공구가·최소 수량 (done), 세금계산서 (open), 택배비 (done), 모임 장소 (open). */
class ChecklistModelTest : public DemoModelTest
{
protected:
    void SetUp() override
    {
        DemoModelTest::SetUp();
        m_round = populateDemo();
    }

    Round m_round;
};

TEST_F(ChecklistModelTest, ListsTheItemsWithTheirTicks)
{
    ChecklistModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.showRound(m_round.id);

    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.data(model.index(1)).toString(), QStringLiteral("세금계산서 발행 가능한지 출판사에 문의"));
    EXPECT_EQ(model.data(model.index(0), Qt::CheckStateRole).toInt(), int(Qt::Checked));
    EXPECT_EQ(model.data(model.index(1), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    EXPECT_EQ(model.openCount(), 2);
    EXPECT_TRUE(model.flags(model.index(1)).testFlag(Qt::ItemIsUserCheckable));
    EXPECT_TRUE(model.flags(model.index(1)).testFlag(Qt::ItemIsEditable));
    EXPECT_EQ(model.rowOf(model.itemAt(2).id), 2);
    EXPECT_EQ(model.rowOf(9999), -1);
}

TEST_F(ChecklistModelTest, PassesTicksAndNewTextsOnWithoutChangingAnything)
{
    ChecklistModel model(workspace());
    model.showRound(m_round.id);
    QSignalSpy ticks(&model, &ChecklistModel::doneChangeRequested);
    QSignalSpy texts(&model, &ChecklistModel::textChangeRequested);
    const qint64 id = model.itemAt(1).id;

    EXPECT_FALSE(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
    ASSERT_EQ(ticks.count(), 1);
    EXPECT_EQ(ticks.at(0).at(0).toLongLong(), id);
    EXPECT_TRUE(ticks.at(0).at(1).toBool());
    EXPECT_EQ(model.data(model.index(1), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    EXPECT_FALSE(RoundTaskRepository(workspace()).checklist(m_round.id).at(1).done);

    model.setData(model.index(1), Qt::Unchecked, Qt::CheckStateRole); // as it is: nothing to ask
    EXPECT_EQ(ticks.count(), 1);

    model.setData(model.index(1), QStringLiteral("  세금계산서 발행 가능한지 출판사에 문의 "), Qt::EditRole);
    EXPECT_EQ(texts.count(), 0);
    model.setData(model.index(1), QStringLiteral("세금계산서 발행일 확인"), Qt::EditRole);
    ASSERT_EQ(texts.count(), 1);
    EXPECT_EQ(texts.at(0).at(1).toString(), QStringLiteral("세금계산서 발행일 확인"));
    EXPECT_EQ(model.data(model.index(1)).toString(), QStringLiteral("세금계산서 발행 가능한지 출판사에 문의"));
}

TEST_F(ChecklistModelTest, ReloadKeepsRowsInPlaceUnlessItemsCameOrWent)
{
    ChecklistModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.showRound(m_round.id);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    RoundTaskRepository tasks(workspace());

    tasks.setChecklistItemDone(model.itemAt(1).id, true);
    model.reload();
    EXPECT_EQ(resets.count(), 0);
    ASSERT_EQ(changes.count(), 1);
    EXPECT_EQ(changes.at(0).at(0).toModelIndex().row(), 1);
    EXPECT_EQ(model.openCount(), 1);

    tasks.removeChecklistItem(model.itemAt(0).id);
    model.reload();
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(model.rowCount(), 3);

    model.clear();
    model.reload();
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace
} // namespace gonggu::test
