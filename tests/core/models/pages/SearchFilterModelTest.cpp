#include "models/SearchFilterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace gonggu::test {
namespace {

/** Names with a rank to sort by, as a page's table model gives them. */
class RankedNames : public QAbstractListModel
{
public:
    explicit RankedNames(QList<std::pair<QString, int>> rows) : m_rows(std::move(rows)) {}
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto &[name, rank] = m_rows.at(index.row());
        if (role == Qt::DisplayRole)
            return name;
        if (role == SearchFilterModel::SortRole)
            return rank;
        if (role == SearchFilterModel::SearchKeyRole)
            return SearchFilterModel::searchKey({name});
        return {};
    }

private:
    QList<std::pair<QString, int>> m_rows;
};

bool found(const QStringList &fields, const QString &typed)
{
    return SearchFilterModel::searchKey(fields).contains(SearchFilterModel::normalizedNeedle(typed));
}

TEST(SearchFilterModelTest, FindsHangulLatinAndPhoneDigitsIgnoringCase)
{
    const QStringList kim{QStringLiteral("김하나"), QStringLiteral("Tini"), QStringLiteral("010-2101-0001")};
    EXPECT_TRUE(found(kim, QStringLiteral("하나")));
    EXPECT_TRUE(found(kim, QStringLiteral("TINI")));
    EXPECT_TRUE(found(kim, QStringLiteral(" tin ")));
    EXPECT_TRUE(found(kim, QStringLiteral("2101-0001")));
    EXPECT_TRUE(found(kim, QStringLiteral("01021010001")));
    EXPECT_FALSE(found(kim, QStringLiteral("이서연")));
}

TEST(SearchFilterModelTest, FindsHangulByInitialConsonants)
{
    const QStringList kim{QStringLiteral("김하나")};
    EXPECT_TRUE(found(kim, QStringLiteral("ㄱㅎㄴ")));
    EXPECT_TRUE(found(kim, QStringLiteral("ㅎㄴ")));
    EXPECT_FALSE(found(kim, QStringLiteral("ㄴㅎ")));
}

TEST(SearchFilterModelTest, NeverMatchesAcrossTwoFields)
{
    EXPECT_FALSE(found({QStringLiteral("ab"), QStringLiteral("cd")}, QStringLiteral("bc")));
}

TEST(SearchFilterModelTest, FiltersRowsAndSortsByTheSortRole)
{
    RankedNames source({{QStringLiteral("이서연"), 3}, {QStringLiteral("김민준"), 1}, {QStringLiteral("박도윤"), 2}});
    SearchFilterModel filter;
    filter.setSourceModel(&source);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);

    filter.sort(0);
    EXPECT_EQ(filter.index(0, 0).data().toString(), QStringLiteral("김민준"));
    EXPECT_EQ(filter.index(2, 0).data().toString(), QStringLiteral("이서연"));

    filter.setSearchText(QStringLiteral("ㅂㄷ"));
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(filter.index(0, 0).data().toString(), QStringLiteral("박도윤"));
    EXPECT_TRUE(filter.isFiltering());

    filter.setSearchText(QStringLiteral("   "));
    EXPECT_EQ(filter.rowCount(), 3);
    EXPECT_FALSE(filter.isFiltering());
}

TEST(SearchFilterModelTest, AScatteredFilterIsOneLayoutChangeThatKeepsTheSelection)
{
    // Every other row matches: announced run by run, 5,000 removals would each reach the views (seconds at
    // 100,000 rows); the model re-lays itself out once instead, and a selected row that still shows stays selected.
    QList<std::pair<QString, int>> rows;
    for (int i = 0; i < 10'000; ++i)
        rows.append({i % 2 ? QStringLiteral("김민준%1").arg(i) : QStringLiteral("이서연%1").arg(i), i});
    RankedNames source(rows);
    SearchFilterModel filter;
    filter.setSourceModel(&source);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QPersistentModelIndex selected = filter.index(1, 0); // 김민준1
    QSignalSpy removals(&filter, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layouts(&filter, &QAbstractItemModel::layoutChanged);

    filter.setSearchText(QStringLiteral("김"));
    EXPECT_EQ(filter.rowCount(), 5'000);
    EXPECT_EQ(removals.size(), 0);
    EXPECT_EQ(layouts.size(), 1);
    ASSERT_TRUE(selected.isValid());
    EXPECT_EQ(selected.data().toString(), QStringLiteral("김민준1"));
    EXPECT_EQ(selected.row(), 0);

    filter.setSearchText(QString());
    EXPECT_EQ(filter.rowCount(), 10'000);
    EXPECT_EQ(selected.row(), 1);
}

} // namespace
} // namespace gonggu::test
