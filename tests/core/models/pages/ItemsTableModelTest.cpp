#include "models/ItemsTableModel.h"
#include "DemoModelTest.h"

#include <QAbstractItemModelTester>

namespace gonggu::test {
namespace {

using ItemsTableModelTest = DemoModelTest;
using Column = ItemsTableModel::Column;

QModelIndex at(const ItemsTableModel &model, int row, Column column)
{
    return model.index(row, int(column));
}

TEST_F(ItemsTableModelTest, LoadsARoundsItemsAndRefusesToRemoveAnOrderedOne)
{
    const Round round = populateDemo();
    ItemsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.loadRound(workspace(), round.id);

    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(at(model, 0, Column::Name).data().toString(), QStringLiteral("실전 리팩터링"));
    EXPECT_EQ(at(model, 0, Column::UnitPrice).data().toString(), QStringLiteral("₩25,200"));
    EXPECT_EQ(at(model, 0, Column::UnitPrice).data(Qt::EditRole).toString(), QStringLiteral("25200"));
    EXPECT_EQ(at(model, 0, Column::Ordered).data().toString(), QStringLiteral("27"));
    EXPECT_FALSE(model.flags(at(model, 0, Column::Ordered)).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(model.problems().isEmpty());

    const QString refusal = model.removeItem(0);
    EXPECT_TRUE(refusal.contains(QStringLiteral("27 copies"))) << refusal.toStdString();
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_TRUE(model.removedItems().empty());
}

TEST_F(ItemsTableModelTest, ChecksEveryCellAsItIsTyped)
{
    ItemsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int row = model.addItem();
    EXPECT_EQ(model.problems().size(), 2) << "a name and a group price are needed";

    EXPECT_TRUE(model.setData(at(model, row, Column::Name), QStringLiteral(" 테스트 주도 개발 ")));
    EXPECT_TRUE(model.setData(at(model, row, Column::UnitPrice), QStringLiteral("21,600원")));
    EXPECT_TRUE(model.problems().isEmpty()) << model.problems().join(u'\n').toStdString();

    model.setData(at(model, row, Column::ListPrice), QStringLiteral("-24000"));
    EXPECT_EQ(model.problems(), QStringList{QStringLiteral("A price cannot be negative.")});
    EXPECT_FALSE(at(model, row, Column::ListPrice).data(ItemsTableModel::ProblemRole).toString().isEmpty());
    model.setData(at(model, row, Column::ListPrice), QStringLiteral("24천원"));
    ASSERT_EQ(model.problems().size(), 1);
    EXPECT_TRUE(model.problems().first().contains(QStringLiteral("24천원")));
    EXPECT_EQ(at(model, row, Column::ListPrice).data().toString(), QStringLiteral("24천원")) << "shown as typed";
    model.setData(at(model, row, Column::ListPrice), QStringLiteral("24,000"));
    EXPECT_TRUE(model.problems().isEmpty());

    const int second = model.addItem();
    model.setData(at(model, second, Column::Name), QStringLiteral("테스트 주도 개발"));
    model.setData(at(model, second, Column::UnitPrice), QStringLiteral("0"));
    ASSERT_EQ(model.problems().size(), 1);
    EXPECT_TRUE(model.problems().first().contains(QStringLiteral("Two items")));
    model.setData(at(model, second, Column::Name), QStringLiteral("부록 엽서"));
    EXPECT_TRUE(model.problems().isEmpty());

    const std::vector<Item> items = model.items();
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].name, QStringLiteral("테스트 주도 개발"));
    EXPECT_EQ(items[0].listPrice, Money::won(24'000));
    EXPECT_EQ(items[0].unitPrice, Money::won(21'600));
    EXPECT_EQ(items[0].id, 0);
    EXPECT_EQ(items[1].unitPrice, Money());

    EXPECT_TRUE(model.removeItem(0).isEmpty());
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_TRUE(model.removedItems().empty()) << "a drafted item was never saved";
}

} // namespace
} // namespace gonggu::test
