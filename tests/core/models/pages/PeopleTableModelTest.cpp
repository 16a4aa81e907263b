#include "models/PeopleTableModel.h"
#include "DemoModelTest.h"
#include "models/SearchFilterModel.h"
#include "storage/PersonRepository.h"

#include <QAbstractItemModelTester>

namespace gonggu::test {
namespace {

using PeopleTableModelTest = DemoModelTest;
using Column = PeopleTableModel::Column;

QString cell(const QAbstractItemModel &model, int row, Column column, int role = Qt::DisplayRole)
{
    return model.index(row, int(column)).data(role).toString();
}

TEST_F(PeopleTableModelTest, ListsTheDirectoryInKoreanOrder)
{
    populateDemo();
    PeopleTableModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    ASSERT_EQ(model.rowCount(), DemoWorkspace::realRoundBuyers);
    EXPECT_EQ(model.columnCount(), PeopleTableModel::columns);
    EXPECT_EQ(cell(model, 0, Column::Name), QStringLiteral("강예준")); // ㄱ comes first
    EXPECT_EQ(model.headerData(int(Column::Depositor), Qt::Horizontal).toString(), QStringLiteral("Depositor"));

    const int hayoon = model.rowOf(PersonRepository(workspace()).resolve(QStringLiteral("hayoon")).id);
    ASSERT_GE(hayoon, 0);
    EXPECT_EQ(cell(model, hayoon, Column::Name), QStringLiteral("서하윤"));
    EXPECT_EQ(cell(model, hayoon, Column::Depositor), QStringLiteral("서하윤엄마"));
    EXPECT_EQ(cell(model, hayoon, Column::Phone), QStringLiteral("010-2101-0013"));
    EXPECT_EQ(model.index(hayoon, 0).data(PeopleTableModel::PersonIdRole).toLongLong(), model.personAt(hayoon).id);
}

TEST_F(PeopleTableModelTest, ReloadShowsAnAddedPerson)
{
    populateDemo();
    PeopleTableModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Person added;
    added.displayName = QStringLiteral("김하나");
    added.nickname = QStringLiteral("hana");
    added.id = PersonRepository(workspace()).add(added);
    EXPECT_EQ(model.rowOf(added.id), -1) << "the model reads the workspace only when asked";
    model.reload();
    EXPECT_EQ(model.rowCount(), DemoWorkspace::realRoundBuyers + 1);
    EXPECT_GE(model.rowOf(added.id), 0);
}

TEST_F(PeopleTableModelTest, FiltersByNameNicknameOrPhoneAndSortsEveryColumn)
{
    populateDemo();
    PeopleTableModel model(workspace());
    SearchFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);

    filter.setSearchText(QStringLiteral("김민준")); // 동명이인: both show
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setSearchText(QStringLiteral("MJ_KIM"));
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(cell(filter, 0, Column::Phone), QStringLiteral("010-2101-0019"));
    filter.setSearchText(QStringLiteral("01021010013"));
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(cell(filter, 0, Column::Nickname), QStringLiteral("hayoon"));
    filter.setSearchText(QStringLiteral("엄마")); // the depositor name
    EXPECT_EQ(filter.rowCount(), 1);
    filter.setSearchText({});

    for (int column = 0; column < PeopleTableModel::columns; ++column) {
        filter.sort(column, Qt::DescendingOrder);
        EXPECT_EQ(filter.rowCount(), DemoWorkspace::realRoundBuyers);
    }
    filter.sort(int(Column::Nickname), Qt::AscendingOrder);
    EXPECT_EQ(cell(filter, 0, Column::Nickname), QStringLiteral("chaewon"));
    filter.sort(int(Column::Phone), Qt::DescendingOrder);
    EXPECT_EQ(cell(filter, 0, Column::Phone), QStringLiteral("010-2101-0022"));
}

} // namespace
} // namespace gonggu::test
