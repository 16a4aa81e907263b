#include "models/PaymentsTableModel.h"
#include "DemoModelTest.h"
#include "models/SearchFilterModel.h"
#include "storage/PaymentRepository.h"

#include <QAbstractItemModelTester>

namespace gonggu::test {
namespace {

using PaymentsTableModelTest = DemoModelTest;
using Column = PaymentsTableModel::Column;

QVariant cell(const QAbstractItemModel &model, int row, Column column, int role = Qt::DisplayRole)
{
    return model.index(row, int(column)).data(role);
}

TEST_F(PaymentsTableModelTest, ListsARoundsPaymentsWithTheirBuyers)
{
    const Round round = populateDemo();
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    PaymentsTableModel model(workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);

    model.showRound(round);
    ASSERT_EQ(model.rowCount(), 21); // 22 buyers, 2 unpaid; and a deposit nobody is matched to yet
    EXPECT_EQ(model.roundId(), round.id);
    // 24 paid copies at 25,200원 and one courier fee, and the deposit waiting for review.
    EXPECT_EQ(model.total(), Money::won(25 * 25'200 + 3'500));
    EXPECT_EQ(model.unassigned(), Money::won(25'200));
    EXPECT_EQ(cell(model, 0, Column::Name).toString(), QStringLiteral("김민준"));
    EXPECT_EQ(cell(model, 0, Column::Nickname).toString(), QStringLiteral("tini"));
    EXPECT_EQ(cell(model, 0, Column::Amount).toString(), QStringLiteral("25,200원"));
    EXPECT_EQ(cell(model, 0, Column::Amount, PaymentsTableModel::SortRole).toLongLong(), 25'200);
    EXPECT_EQ(cell(model, 0, Column::Date).toString(), QLocale().toString(QDate(2026, 11, 3), QLocale::ShortFormat));
    EXPECT_EQ(cell(model, 0, Column::Method).toString(), QStringLiteral("Bank transfer"));
    EXPECT_EQ(model.paymentAt(0).id, cell(model, 0, Column::Date, PaymentsTableModel::PaymentIdRole).toLongLong());
    EXPECT_EQ(model.rowOf(model.paymentAt(5).id), 5);

    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.roundId());
}

TEST_F(PaymentsTableModelTest, ShowsAnUnmatchedDepositAndARefund)
{
    const Round round = populateDemo();
    Payment deposit;
    deposit.roundId = round.id;
    deposit.amount = Money::won(25'200);
    deposit.paidOn = QDate(2026, 11, 7);
    deposit.depositorName = QStringLiteral("전다인맘");
    PaymentRepository(workspace()).add(deposit);
    Payment refund;
    refund.roundId = round.id;
    refund.personId = 1;
    refund.amount = Money::won(-5'000);
    refund.paidOn = QDate(2026, 11, 8);
    refund.note = QStringLiteral("파본 할인");
    PaymentRepository(workspace()).add(refund);

    PaymentsTableModel model(workspace());
    SearchFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.showRound(round);
    ASSERT_EQ(model.rowCount(), 23);
    EXPECT_EQ(cell(model, 21, Column::Name).toString(), QStringLiteral("Not matched yet"));
    EXPECT_FALSE(cell(model, 21, Column::Name, PaymentsTableModel::PersonIdRole).isValid());
    EXPECT_EQ(cell(model, 22, Column::Amount).toString(), QStringLiteral("-₩5,000"));

    filter.setSearchText(QStringLiteral("전다인맘"));
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(cell(filter, 0, Column::Depositor).toString(), QStringLiteral("전다인맘"));
    filter.setSearchText(QStringLiteral("TINI"));
    EXPECT_EQ(filter.rowCount(), 2); // the payment and the refund
    filter.setSearchText({});

    filter.sort(int(Column::Amount), Qt::AscendingOrder);
    EXPECT_EQ(cell(filter, 0, Column::Amount, PaymentsTableModel::SortRole).toLongLong(), -5'000);
    filter.sort(int(Column::Amount), Qt::DescendingOrder);
    EXPECT_EQ(cell(filter, 0, Column::Amount).toString(), QStringLiteral("₩79,100")); // 3 copies by courier
    filter.sort(int(Column::Date), Qt::DescendingOrder);
    EXPECT_EQ(cell(filter, 0, Column::Note).toString(), QStringLiteral("파본 할인"));
    for (int column = 0; column < PaymentsTableModel::columns; ++column) {
        filter.sort(column, Qt::AscendingOrder);
        EXPECT_EQ(filter.rowCount(), 23);
    }
}

TEST_F(PaymentsTableModelTest, ADepositSetAsideIsListedButNotCounted)
{
    const Round round = populateDemo();
    PaymentsTableModel model(workspace());
    model.showRound(round);
    const Money before = model.total();
    const PaymentId waiting =
        PaymentRepository(workspace()).deposits(round.id, PaymentRepository::DepositFilter::Unassigned).front().id;
    PaymentRepository(workspace()).setIgnored(waiting, true);
    model.showRound(round);
    EXPECT_EQ(model.total(), before - Money::won(25'200));
    EXPECT_EQ(model.unassigned(), Money());
    EXPECT_EQ(cell(model, model.rowOf(waiting), Column::Name).toString(), QStringLiteral("Set aside"));
}

} // namespace
} // namespace gonggu::test
