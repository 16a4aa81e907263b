#include "SettlementPage.h"
#include "ExpenseDialog.h"
#include "PageTest.h"
#include "commands/PaymentCommands.h"
#include "io/CsvReader.h"
#include "models/ExpensesTableModel.h"
#include "storage/ExpenseRepository.h"
#include "storage/LedgerQueries.h"
#include "storage/PersonRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

namespace gonggu::test {
namespace {

/** The Settlement tab over the demo round (27 copies at 25,200, one courier at 3,500; two buyers owe
 *  75,600), driven through its real actions and dialog. */
class SettlementPageTest : public PageTest
{
protected:
    void SetUp() override
    {
        PageTest::SetUp();
        m_round = populateDemo();
    }
    void TearDown() override
    {
        QLocale::setDefault(m_savedLocale);
        PageTest::TearDown();
    }
    static QPushButton *okButton(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    template <typename T> static T *child(QWidget *widget, const char *name)
    {
        return widget->findChild<T *>(QString::fromLatin1(name));
    }
    static QString figure(const SettlementPage &page, SettlementFigure figure) { return page.figureText(figure); }
    /** Records an expense through the page's Add Expense action and dialog. */
    static void addThroughDialog(SettlementPage &page, int kindIndex, const QString &amount, const QString &note)
    {
        whenDialogShows<ExpenseDialog>([=](ExpenseDialog *dialog) {
            child<QComboBox>(dialog, "kindCombo")->setCurrentIndex(kindIndex);
            typeText(child<QLineEdit>(dialog, "amountEdit"), amount);
            typeText(child<QLineEdit>(dialog, "noteEdit"), note);
            okButton(dialog)->click();
        });
        page.addExpenseAction()->trigger();
    }

    Round m_round;
    QLocale m_savedLocale;
};

TEST_F(SettlementPageTest, ShowsEachFigureInWonWithTheWalkSigned)
{
    SettlementPage page(session());
    page.show(); // a hidden page reads its round only when shown
    page.showRound(m_round);
    const Money unassigned = LedgerQueries(sessionWorkspace()).unassignedPayments(m_round.id);

    EXPECT_EQ(figure(page, SettlementFigure::AmountDue), QStringLiteral("₩683,900"));
    EXPECT_EQ(figure(page, SettlementFigure::Outstanding), QStringLiteral("₩75,600"));
    EXPECT_EQ(figure(page, SettlementFigure::SupplierCost), QStringLiteral("₩680,400"));
    EXPECT_EQ(figure(page, SettlementFigure::UnassignedDeposits), unassigned.format(false));
    EXPECT_EQ(figure(page, SettlementFigure::Collected), QStringLiteral("+ ₩608,300"));
    EXPECT_EQ(figure(page, SettlementFigure::RefundsPaid), QStringLiteral("\u2212 ₩0"));
    EXPECT_EQ(figure(page, SettlementFigure::Left), QStringLiteral("₩608,300"));
    // 608,300 − 680,400 still owed to the supplier
    EXPECT_EQ(figure(page, SettlementFigure::LeftAfterSettling), QStringLiteral("-₩72,100"));
    EXPECT_EQ(child<QLabel>(&page, "walk_supplier_still_to_pay")->text(), QStringLiteral("\u2212 ₩680,400"));

    const QString hints = child<QLabel>(&page, "settlementHints")->text();
    // Once the 75,600 comes in: 683,900 collected − 680,400 for the supplier.
    EXPECT_TRUE(hints.contains(QStringLiteral("Buyers still owe ₩75,600; once they have paid it, ₩3,500 is left.")))
        << hints.toStdString();
    EXPECT_EQ(hints.contains(QStringLiteral("not matched to a buyer")), unassigned > Money());
}

TEST_F(SettlementPageTest, KoreanShowsWonAfterTheNumber)
{
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    SettlementPage page(session());
    page.show();
    page.showRound(m_round);
    EXPECT_EQ(figure(page, SettlementFigure::AmountDue), QStringLiteral("683,900원"));
    EXPECT_EQ(figure(page, SettlementFigure::Collected), QStringLiteral("+ 608,300원"));
    EXPECT_EQ(figure(page, SettlementFigure::LeftAfterSettling), QStringLiteral("-72,100원"));
}

TEST_F(SettlementPageTest, AddingAnExpenseUpdatesTheFiguresAndUndoRedoKeepsItsId)
{
    SettlementPage page(session());
    page.show();
    page.showRound(m_round);
    QSignalSpy expensesChanged(&session(), &WorkspaceSession::expensesChanged);

    addThroughDialog(page, 0, QStringLiteral("500,000"), QStringLiteral("1차 입금"));
    const std::vector<Expense> stored = ExpenseRepository(sessionWorkspace()).forRound(m_round.id);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].kind, ExpenseKind::Supplier);
    EXPECT_EQ(stored[0].amount, Money::won(500'000));
    EXPECT_EQ(stored[0].spentOn, m_clock.today());
    EXPECT_EQ(stored[0].note, QStringLiteral("1차 입금"));
    EXPECT_EQ(expensesChanged.count(), 1);
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Add payment of ₩500,000 to the supplier"));

    EXPECT_EQ(page.expensesModel()->rowCount(), 1);
    EXPECT_TRUE(page.expensesTable()->selectionModel()->isRowSelected(0, {})) << "the new expense is selected";
    EXPECT_EQ(figure(page, SettlementFigure::PaidToSupplier), QStringLiteral("₩500,000"));
    EXPECT_EQ(figure(page, SettlementFigure::SupplierStillToPay), QStringLiteral("₩180,400"));
    EXPECT_EQ(figure(page, SettlementFigure::Left), QStringLiteral("₩108,300"));

    session().undoStack()->undo();
    EXPECT_TRUE(ExpenseRepository(sessionWorkspace()).forRound(m_round.id).empty());
    EXPECT_EQ(page.expensesModel()->rowCount(), 0);
    EXPECT_EQ(figure(page, SettlementFigure::PaidToSupplier), QStringLiteral("₩0"));

    session().undoStack()->redo();
    const std::optional<Expense> back = ExpenseRepository(sessionWorkspace()).find(stored[0].id);
    ASSERT_TRUE(back) << "redo puts the expense back under its id";
    EXPECT_EQ(back->createdAt, stored[0].createdAt);
    EXPECT_EQ(figure(page, SettlementFigure::Left), QStringLiteral("₩108,300"));
}

TEST_F(SettlementPageTest, TheDialogRefusesZeroNegativeAndWords)
{
    ExpenseDialog dialog(session(), m_round);
    auto *amount = child<QLineEdit>(&dialog, "amountEdit");
    EXPECT_FALSE(okButton(&dialog)->isEnabled()) << "nothing typed yet";
    for (const QString &text : {QStringLiteral("0"), QStringLiteral("-5,000"), QStringLiteral("오천원")}) {
        amount->clear();
        typeText(amount, text);
        EXPECT_FALSE(okButton(&dialog)->isEnabled()) << text.toStdString();
        EXPECT_FALSE(child<QLabel>(&dialog, "amountError")->isHidden()) << text.toStdString();
    }
    dialog.accept();
    EXPECT_TRUE(ExpenseRepository(sessionWorkspace()).forRound(m_round.id).empty());
    amount->clear();
    typeText(amount, QStringLiteral("4,000원"));
    EXPECT_TRUE(okButton(&dialog)->isEnabled());
    EXPECT_TRUE(child<QLabel>(&dialog, "amountError")->isHidden());
}

TEST_F(SettlementPageTest, RemovingTheSelectedExpenseIsUndoable)
{
    SettlementPage page(session());
    page.show();
    page.showRound(m_round);
    addThroughDialog(page, 1, QStringLiteral("4000"), QStringLiteral("택배"));
    addThroughDialog(page, 2, QStringLiteral("1200"), QStringLiteral("테이프"));
    ASSERT_EQ(page.expensesModel()->rowCount(), 2);
    EXPECT_EQ(figure(page, SettlementFigure::ShippingCosts), QStringLiteral("\u2212 ₩4,000"));
    EXPECT_EQ(figure(page, SettlementFigure::OtherCosts), QStringLiteral("\u2212 ₩1,200"));

    page.expensesTable()->clearSelection();
    EXPECT_FALSE(page.removeExpenseAction()->isEnabled()) << "nothing selected";
    const int shipping = page.expensesModel()->rowOf(page.expensesModel()->expenses()[0].kind == ExpenseKind::Shipping
                                                         ? page.expensesModel()->expenses()[0].id
                                                         : page.expensesModel()->expenses()[1].id);
    page.expensesTable()->selectRow(shipping);
    ASSERT_TRUE(page.removeExpenseAction()->isEnabled());
    const ExpenseId removed = page.expensesModel()->expenseAt(shipping).id;
    page.removeExpenseAction()->trigger();
    EXPECT_FALSE(ExpenseRepository(sessionWorkspace()).find(removed));
    EXPECT_EQ(page.expensesModel()->rowCount(), 1);
    EXPECT_EQ(figure(page, SettlementFigure::ShippingCosts), QStringLiteral("\u2212 ₩0"));
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Remove shipping cost of ₩4,000"));

    session().undoStack()->undo();
    EXPECT_TRUE(ExpenseRepository(sessionWorkspace()).find(removed)) << "back under its own id";
    EXPECT_EQ(figure(page, SettlementFigure::ShippingCosts), QStringLiteral("\u2212 ₩4,000"));
}

TEST_F(SettlementPageTest, FollowsPaymentsRecordedElsewhereAndCatchesUpWhenShown)
{
    SettlementPage page(session());
    page.show();
    page.showRound(m_round);
    const PersonId dain = PersonRepository(sessionWorkspace()).resolve(QStringLiteral("dain")).id;
    Payment payment;
    payment.personId = dain;
    payment.amount = Money::won(25'200);
    payment.paidOn = m_clock.today();
    session().execute(std::make_unique<AddPaymentCommand>(session(), m_round, payment, QStringLiteral("dain")));
    EXPECT_EQ(figure(page, SettlementFigure::Collected), QStringLiteral("+ ₩633,500"));
    EXPECT_EQ(figure(page, SettlementFigure::Outstanding), QStringLiteral("₩50,400"));

    // Hidden, the page waits; shown again, it catches up.
    page.hide();
    session().undoStack()->undo();
    EXPECT_EQ(figure(page, SettlementFigure::Collected), QStringLiteral("+ ₩633,500")) << "not reloaded while hidden";
    page.show();
    EXPECT_EQ(figure(page, SettlementFigure::Collected), QStringLiteral("+ ₩608,300"));
}

TEST_F(SettlementPageTest, ExportWritesTheReportAndShowsWhereOrWhyNot)
{
    SettlementPage page(session());
    page.show();
    page.showRound(m_round);
    const QString path = pathFor(QStringLiteral("정산.csv"));
    ASSERT_TRUE(page.exportCsv(path, CsvEncoding::Utf8WithBom));
    EXPECT_EQ(posixMode(path), 0600);
    const SheetData sheet = CsvReader::readFile(path);
    EXPECT_EQ(sheet.encoding, QStringLiteral("UTF-8 with BOM"));
    ASSERT_GE(sheet.rows.size(), 3u);
    EXPECT_EQ(sheet.rows[0].cells.value(1), m_round.title);
    EXPECT_EQ(sheet.rows[2].cells.mid(0, 2), (QStringList{QStringLiteral("Amount due"), QStringLiteral("683900")}));
    EXPECT_TRUE(child<QLabel>(&page, "exportStatus")->text().contains(QStringLiteral("정산.csv")));
    EXPECT_FALSE(page.findChild<QMessageBox *>());

    EXPECT_FALSE(page.exportCsv(pathFor(QStringLiteral("missing/정산.csv")), CsvEncoding::Utf8WithBom));
    auto *box = child<QMessageBox>(&page, "exportErrorBox");
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->isVisible());
    EXPECT_TRUE(box->text().contains(QStringLiteral("folder does not exist"))) << box->text().toStdString();
    EXPECT_TRUE(child<QLabel>(&page, "exportStatus")->text().isEmpty());
    box->close();
}

TEST_F(SettlementPageTest, WithoutARoundNothingCanBeDone)
{
    SettlementPage page(session());
    page.show();
    EXPECT_FALSE(page.addExpenseAction()->isEnabled());
    EXPECT_FALSE(page.exportCsvAction()->isEnabled());
    EXPECT_EQ(figure(page, SettlementFigure::AmountDue), QStringLiteral("—"));
    page.showRound(m_round);
    EXPECT_TRUE(page.addExpenseAction()->isEnabled());
    EXPECT_TRUE(page.exportCsvAction()->isEnabled());
    page.clear();
    EXPECT_FALSE(page.addExpenseAction()->isEnabled());
    EXPECT_FALSE(page.exportCsv(pathFor(QStringLiteral("x.csv")), CsvEncoding::Utf8WithBom));
    EXPECT_FALSE(QFile::exists(pathFor(QStringLiteral("x.csv"))));
}

TEST_F(SettlementPageTest, OnANarrowPaneTheExplanationsGiveWayAndTheWindowNeedNotGrow)
{
    const auto explanationsShown = [](const SettlementPage &page) {
        int shown = 0;
        for (const QLabel *label : page.findChildren<QLabel *>()) {
            if (label->wordWrap() && label->objectName().isEmpty() && label->isVisible())
                ++shown;
        }
        return shown;
    };
    SettlementPage page(session());
    page.showRound(m_round);
    EXPECT_LT(page.minimumSizeHint().width(), 500) << "the figures (600 wide) scroll rather than widen the window";

    page.resize(1100, 600);
    page.show();
    QApplication::processEvents();
    EXPECT_EQ(explanationsShown(page), 7) << "one beside each figure of the buyers' and supplier's boxes";

    page.resize(640, 600);
    QApplication::processEvents();
    EXPECT_EQ(explanationsShown(page), 0);
    auto *amountDue = child<QLabel>(&page, "figure_amount_due");
    EXPECT_TRUE(amountDue->visibleRegion().boundingRect().width() >= amountDue->sizeHint().width())
        << "the amount is whole, not cut";
    EXPECT_FALSE(amountDue->toolTip().isEmpty()) << "the explanation is still a tooltip away";
}

} // namespace
} // namespace gonggu::test
