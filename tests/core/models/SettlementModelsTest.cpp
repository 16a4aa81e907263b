#include "DemoModelTest.h"
#include "models/ExpensesTableModel.h"
#include "models/SettlementReport.h"
#include "storage/ExpenseRepository.h"

#include <QAbstractItemModelTester>

namespace gonggu::test {
namespace {

/** The expenses table and the settlement report's texts and CSV over the demo round. */
class SettlementModelsTest : public DemoModelTest
{
protected:
    void SetUp() override
    {
        DemoModelTest::SetUp();
        m_round = populateDemo();
    }
    ExpenseId spend(ExpenseKind kind, qint64 won, QDate on, const QString &note = QString())
    {
        Expense expense;
        expense.roundId = m_round.id;
        expense.kind = kind;
        expense.amount = Money::won(won);
        expense.spentOn = on;
        expense.note = note;
        return ExpenseRepository(workspace()).add(expense);
    }

    Round m_round;
};

TEST_F(SettlementModelsTest, ExpensesTableShowsDateKindAmountAndNote)
{
    ExpensesTableModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.showRound(m_round.id);
    EXPECT_EQ(model.rowCount(), 0);

    const ExpenseId supplier = spend(ExpenseKind::Supplier, 680400, QDate(2026, 11, 12), QStringLiteral("1차 입금"));
    spend(ExpenseKind::Shipping, 3500, QDate(2026, 11, 3));
    model.showRound(m_round.id);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOf(supplier), 1) << "by date";
    using Column = ExpensesTableModel::Column;
    const auto cell = [&](int row, Column column, int role = Qt::DisplayRole) {
        return model.index(row, int(column)).data(role);
    };
    EXPECT_EQ(cell(1, Column::Kind).toString(), QStringLiteral("Supplier"));
    EXPECT_EQ(cell(1, Column::Amount).toString(), QStringLiteral("₩680,400"));
    EXPECT_EQ(cell(1, Column::Amount, ExpensesTableModel::SortRole).toLongLong(), 680400);
    EXPECT_EQ(cell(1, Column::Note).toString(), QStringLiteral("1차 입금"));
    EXPECT_EQ(cell(0, Column::Kind).toString(), QStringLiteral("Shipping"));
    EXPECT_EQ(cell(0, Column::Date, ExpensesTableModel::SortRole).toLongLong(), QDate(2026, 11, 3).toJulianDay());
    EXPECT_EQ(cell(1, Column::Amount, ExpensesTableModel::ExpenseIdRole).toLongLong(), supplier);

    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    EXPECT_EQ(cell(1, Column::Amount).toString(), QStringLiteral("680,400원"));

    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(SettlementModelsTest, ReportCsvListsEveryFigureThenTheExpenses)
{
    spend(ExpenseKind::Supplier, 680400, QDate(2026, 11, 12), QStringLiteral("=HYPERLINK(\"x\")"));
    const Settlement settlement = RoundSettlement(workspace()).settle(m_round);
    const std::vector<Expense> expenses = ExpenseRepository(workspace()).forRound(m_round.id);
    const QString csv =
        QString::fromUtf8(SettlementReport::csv(settlement, expenses, {CsvEncoding::Utf8, true}).toBytes());
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 20);
    EXPECT_EQ(lines[0], QStringLiteral("Settlement,『실전 리팩터링』 공동구매"));
    EXPECT_EQ(lines[1], QString());
    EXPECT_EQ(lines[2], QStringLiteral("Figure,Amount (won),How it is worked out"));
    EXPECT_EQ(lines[3], QStringLiteral("Amount due,683900,What 22 buyers owe for 27 copies and courier shipping; "
                                       "cancelled orders owe nothing"));
    EXPECT_EQ(lines[10], QStringLiteral("Paid to the supplier,680400,Expenses recorded as paid to the supplier"));
    // collected 608,300 − paid to the supplier 680,400
    EXPECT_TRUE(lines[14].startsWith(QStringLiteral("Left now,-72100,"))) << lines[14].toStdString();
    EXPECT_EQ(lines[17], QStringLiteral("Expenses"));
    EXPECT_EQ(lines[18], QStringLiteral("Date,Kind,Amount (won),Note"));
    EXPECT_EQ(lines[19], QStringLiteral("2026-11-12,Supplier,680400,\"'=HYPERLINK(\"\"x\"\")\"")) << "a note is text";
}

TEST_F(SettlementModelsTest, EveryFigureHasALabelAndAnExplanation)
{
    const Settlement settlement = RoundSettlement(workspace()).settle(m_round);
    QStringList labels;
    for (const SettlementFigure figure : settlementFigures()) {
        const QString label = SettlementReport::label(figure);
        EXPECT_NE(label, toKey(figure));
        EXPECT_FALSE(SettlementReport::explanation(figure, settlement).isEmpty()) << label.toStdString();
        labels << label;
    }
    labels.removeDuplicates();
    EXPECT_EQ(labels.size(), qsizetype(settlementFigures().size()));
}

} // namespace
} // namespace gonggu::test
