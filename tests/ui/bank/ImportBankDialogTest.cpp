#include "ImportBankDialog.h"
#include "BankPageTest.h"
#include "models/BankPlanTableModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

namespace gonggu::test {
namespace {

class ImportBankDialogTest : public BankPageTest
{
protected:
    template <typename T> static T *child(QDialog &dialog, const QString &name) { return dialog.findChild<T *>(name); }
    static QPushButton *importButton(QDialog &dialog)
    {
        return child<QPushButton>(dialog, QStringLiteral("importButton"));
    }
    static QString summaryText(QDialog &dialog)
    {
        return child<QLabel>(dialog, QStringLiteral("summaryLabel"))->text();
    }
    /** The plan table's cells of one column, in the plan's order. */
    static QStringList planColumn(QDialog &dialog, BankPlanTableModel::Column column)
    {
        QAbstractItemModel *model = child<QTableView>(dialog, QStringLiteral("planTable"))->model();
        QStringList cells;
        for (int row = 0; row < model->rowCount(); ++row)
            cells << model->index(row, int(column)).data().toString();
        return cells;
    }
};

TEST_F(ImportBankDialogTest, PreviewsTheMatchesAndImportsThemAsOneUndoableEdit)
{
    ImportBankDialog dialog(session(), m_round);
    QAbstractItemModelTester tester(child<QTableView>(dialog, QStringLiteral("planTable"))->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.loadFile(fixture(QStringLiteral("shinhan-style-utf8bom.csv")));

    // The preamble above the header is skipped; the withdrawal (커피) is counted, not listed.
    EXPECT_EQ(summaryText(dialog),
              QStringLiteral("3 matched · 2 to review · 0 already imported · 1 withdrawals skipped · 0 rejected"));
    using Column = BankPlanTableModel::Column;
    EXPECT_EQ(planColumn(dialog, Column::Line),
              (QStringList{QStringLiteral("6"), QStringLiteral("8"), QStringLiteral("9"), QStringLiteral("10"),
                           QStringLiteral("11")}));
    EXPECT_EQ(planColumn(dialog, Column::Depositor),
              (QStringList{QStringLiteral("홍길동"), QStringLiteral("김 영 희"), QStringLiteral("박철수0042"),
                           QStringLiteral("성춘향(향단대납)"), QStringLiteral("홍길동")}));
    EXPECT_EQ(planColumn(dialog, Column::Action),
              (QStringList{QStringLiteral("Matched"), QStringLiteral("Matched"), QStringLiteral("Matched"),
                           QStringLiteral("To review"), QStringLiteral("To review")}));
    const QStringList candidates = planColumn(dialog, Column::Candidate);
    EXPECT_EQ(candidates.at(0), QStringLiteral("gildong (홍길동)"));
    EXPECT_EQ(candidates.at(3), QStringLiteral("chunhyang (성춘향)")) << "paid on her behalf: asked, not assumed";
    for (const QString &reason : planColumn(dialog, Column::Reason))
        EXPECT_FALSE(reason.isEmpty());
    EXPECT_FALSE(child<QListWidget>(dialog, QStringLiteral("rejectedList"))->isVisibleTo(&dialog));
    EXPECT_FALSE(child<QWidget>(dialog, QStringLiteral("columnsBox"))->isVisibleTo(&dialog))
        << "a statement the importer reads as it is needs no column chooser";
    child<QPushButton>(dialog, QStringLiteral("columnsButton"))->click();
    EXPECT_TRUE(child<QWidget>(dialog, QStringLiteral("columnsBox"))->isVisibleTo(&dialog));
    EXPECT_EQ(child<QComboBox>(dialog, QStringLiteral("column_depositor"))->currentText(), QStringLiteral("내용"));
    EXPECT_TRUE(payments().empty()) << "the preview writes nothing";

    ASSERT_TRUE(importButton(dialog)->isEnabled());
    EXPECT_EQ(importButton(dialog)->text(), QStringLiteral("Import 5 Deposits"));
    QSignalSpy paymentsChanged(&session(), &WorkspaceSession::paymentsChanged);
    importButton(dialog)->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(paymentsChanged.count(), 1);
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Import bank statement: 3 matched, 2 to review"));
    EXPECT_EQ(payments().size(), 5u);
    EXPECT_EQ(paidBy(m_gildong), Money::won(30000));
    EXPECT_EQ(paidBy(m_younghee), Money::won(60000));
    EXPECT_EQ(waiting().size(), 2u);
    EXPECT_EQ(summary().unassigned, Money::won(55000));

    session().undoStack()->undo();
    EXPECT_TRUE(payments().empty());
    EXPECT_EQ(summary().paid, Money());
    EXPECT_EQ(summary().unassigned, Money());
    session().undoStack()->redo();
    EXPECT_EQ(payments().size(), 5u);
    EXPECT_EQ(paidBy(m_chulsoo), Money::won(30000));
    EXPECT_EQ(waiting().size(), 2u);
    // Undo after redo removes the payments the redo created (new ids), not those of the first import.
    session().undoStack()->undo();
    EXPECT_TRUE(payments().empty());
}

TEST_F(ImportBankDialogTest, AnOverlappingStatementBringsOnlyItsNewLines)
{
    importDirectly(fixture(QStringLiteral("overlap-1.csv")));
    ImportBankDialog dialog(session(), m_round);
    dialog.loadFile(fixture(QStringLiteral("overlap-2.csv")));
    EXPECT_EQ(summaryText(dialog),
              QStringLiteral("0 matched · 2 to review · 2 already imported · 0 withdrawals skipped · 0 rejected"));
    EXPECT_EQ(planColumn(dialog, BankPlanTableModel::Column::Action).mid(0, 2),
              (QStringList{QStringLiteral("Already imported"), QStringLiteral("Already imported")}));
    EXPECT_EQ(importButton(dialog)->text(), QStringLiteral("Import 2 Deposits"));
    importButton(dialog)->click();
    EXPECT_EQ(payments().size(), 5u);

    ImportBankDialog again(session(), m_round);
    again.loadFile(fixture(QStringLiteral("overlap-2.csv")));
    EXPECT_TRUE(summaryText(again).contains(QStringLiteral("4 already imported"))) << summaryText(again).toStdString();
    EXPECT_FALSE(importButton(again)->isEnabled()) << "nothing new to import";
}

TEST_F(ImportBankDialogTest, UnknownHeadersAreMappedByHandRejectedRowsSkippedAndTheMappingRemembered)
{
    const QString path =
        writeStatement(QStringLiteral("custom.csv"), QByteArrayLiteral("Posted,Counterpart,Money received,Money sent\n"
                                                                       "2026-11-02,홍길동,30000,\n"
                                                                       "sometime,박철수,30000,\n"
                                                                       "2026-11-03,이몽룡,25000,\n"
                                                                       "2026-11-04,관리비,,50000\n"));
    {
        ImportBankDialog dialog(session(), m_round);
        dialog.loadFile(path);
        EXPECT_FALSE(importButton(dialog)->isEnabled());
        EXPECT_FALSE(child<QLabel>(dialog, QStringLiteral("planError"))->text().isEmpty())
            << "no header the importer knows: it says what is missing";
        EXPECT_TRUE(child<QWidget>(dialog, QStringLiteral("columnsBox"))->isVisibleTo(&dialog))
            << "and opens the column chooser";

        child<QComboBox>(dialog, QStringLiteral("column_date"))->setCurrentText(QStringLiteral("Posted"));
        child<QComboBox>(dialog, QStringLiteral("column_depositor"))->setCurrentText(QStringLiteral("Counterpart"));
        child<QComboBox>(dialog, QStringLiteral("column_deposit"))->setCurrentText(QStringLiteral("Money received"));
        child<QComboBox>(dialog, QStringLiteral("column_withdrawal"))->setCurrentText(QStringLiteral("Money sent"));
        ASSERT_TRUE(dialog.plan().has_value())
            << child<QLabel>(dialog, QStringLiteral("planError"))->text().toStdString();
        EXPECT_EQ(summaryText(dialog),
                  QStringLiteral("2 matched · 0 to review · 0 already imported · 1 withdrawals skipped · 1 rejected"));
        auto *rejected = child<QListWidget>(dialog, QStringLiteral("rejectedList"));
        ASSERT_EQ(rejected->count(), 1);
        EXPECT_TRUE(rejected->item(0)->text().startsWith(QStringLiteral("line 3: ")))
            << rejected->item(0)->text().toStdString();

        EXPECT_FALSE(importButton(dialog)->isEnabled()) << "rejected rows must be skipped explicitly";
        child<QCheckBox>(dialog, QStringLiteral("skipRejectedCheck"))->setChecked(true);
        ASSERT_TRUE(importButton(dialog)->isEnabled());
        importButton(dialog)->click();
        ASSERT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(paidBy(m_gildong), Money::won(30000));
        EXPECT_EQ(paidBy(m_mongryong), Money::won(25000));
        EXPECT_EQ(paidBy(m_chulsoo), Money());
    }

    ImportBankDialog again(session(), m_round);
    again.loadFile(path);
    EXPECT_EQ(child<QComboBox>(again, QStringLiteral("column_depositor"))->currentText(),
              QStringLiteral("Counterpart"));
    EXPECT_TRUE(summaryText(again).contains(QStringLiteral("2 already imported"))) << summaryText(again).toStdString();
}

TEST_F(ImportBankDialogTest, AFileThatIsNoStatementSaysWhyAndImportsNothing)
{
    const QString path = writeStatement(QStringLiteral("notes.csv"), QByteArrayLiteral("shopping list\nmilk\neggs\n"));
    ImportBankDialog dialog(session(), m_round);
    dialog.loadFile(path);
    EXPECT_FALSE(child<QLabel>(dialog, QStringLiteral("planError"))->text().isEmpty());
    EXPECT_FALSE(importButton(dialog)->isEnabled());
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(payments().empty());
}

} // namespace
} // namespace gonggu::test
