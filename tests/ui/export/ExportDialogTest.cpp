#include "ExportDialog.h"
#include "AppLanguage.h"
#include "ExportColumnsEditor.h"
#include "ExportPageTest.h"
#include "io/CsvReader.h"
#include "services/export/ExportColumns.h"
#include "services/export/RoundExport.h"
#include "storage/ExportTemplateRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

namespace gonggu::test {
namespace {

class ExportDialogTest : public ExportPageTest
{
protected:
    template <typename T> static T *child(QDialog &dialog, const QString &name)
    {
        T *found = dialog.findChild<T *>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }
    static void choose(QDialog &dialog, const QString &combo, int value)
    {
        QComboBox *box = child<QComboBox>(dialog, combo);
        const int index = box->findData(value);
        ASSERT_GE(index, 0);
        box->setCurrentIndex(index);
    }
    /** The dialog set to the shipping list, in Korean, as CSV. */
    static void shippingListAsCsv(ExportDialog &dialog)
    {
        choose(dialog, QStringLiteral("documentCombo"), int(ExportKind::Recipients));
        choose(dialog, QStringLiteral("languageCombo"), int(Language::Korean));
        choose(dialog, QStringLiteral("formatCombo"), int(ExportFormat::Csv));
    }
    static QTreeWidget *columnsList(QDialog &dialog)
    {
        return child<ExportColumnsEditor>(dialog, QStringLiteral("columnsEditor"))->list();
    }
    static QTreeWidgetItem *column(QDialog &dialog, const QString &title)
    {
        const QList<QTreeWidgetItem *> found = columnsList(dialog)->findItems(title, Qt::MatchExactly, 0);
        EXPECT_EQ(found.size(), 1) << title.toStdString();
        return found.value(0);
    }
    static std::vector<QStringList> csvRows(const QString &path)
    {
        std::vector<QStringList> rows;
        for (const SheetRow &row : CsvReader::readFile(path).rows)
            rows.push_back(row.cells);
        return rows;
    }
    static QString errorText(QDialog &dialog) { return child<QLabel>(dialog, QStringLiteral("exportError"))->text(); }
    static bool isPrivate(const QString &path)
    {
        const QFileDevice::Permissions others =
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        return (QFile::permissions(path) & others) == 0;
    }
};

TEST_F(ExportDialogTest, OffersTheSuppliersSavedColumnsAndOrders)
{
    ExportTemplate saved;
    saved.kind = ExportKind::Recipients;
    saved.paidOnly = true;
    saved.columns = {{QStringLiteral("tracking"), {}}, {QStringLiteral("recipient"), QStringLiteral("수령인")}};
    saved.contact = QStringLiteral("총무 010-9999-0000");
    RoundExport(sessionWorkspace(), m_clock).saveTemplate(m_round, saved);

    ExportDialog dialog(session(), m_round);
    shippingListAsCsv(dialog);
    EXPECT_EQ(dialog.currentChoice().columns, saved.columns);
    EXPECT_TRUE(child<QRadioButton>(dialog, QStringLiteral("paidOnlyRadio"))->isChecked());
    EXPECT_EQ(child<QLineEdit>(dialog, QStringLiteral("contactEdit"))->text(), saved.contact);
    // The saved columns come first and ticked, under their titles; the others follow, unticked.
    QTreeWidget *list = columnsList(dialog);
    EXPECT_EQ(list->topLevelItem(0)->text(0), QStringLiteral("송장번호"));
    EXPECT_EQ(list->topLevelItem(1)->text(0), QStringLiteral("수령인"));
    EXPECT_EQ(list->topLevelItem(1)->checkState(0), Qt::Checked);
    ASSERT_GT(list->topLevelItemCount(), 2);
    EXPECT_EQ(list->topLevelItem(2)->checkState(0), Qt::Unchecked);

    // The publisher's list has no template: its defaults, every confirmed order.
    choose(dialog, QStringLiteral("documentCombo"), int(ExportKind::Publisher));
    QStringList keys, defaultKeys;
    for (const ExportColumnChoice &choice : dialog.currentChoice().columns)
        keys << choice.key;
    for (const ExportColumnChoice &choice : ExportColumns::defaults(ExportKind::Publisher))
        defaultKeys << choice.key;
    EXPECT_EQ(keys, defaultKeys);
    EXPECT_TRUE(child<QRadioButton>(dialog, QStringLiteral("allConfirmedRadio"))->isChecked());
}

TEST_F(ExportDialogTest, UntickedMovedAndRenamedColumnsChangeTheWrittenCsv)
{
    ExportDialog dialog(session(), m_round);
    shippingListAsCsv(dialog);
    const QString before = path(QStringLiteral("before.csv"));
    ASSERT_TRUE(dialog.exportTo(before));
    const std::vector<QStringList> defaults = csvRows(before);
    ASSERT_FALSE(defaults.empty());
    EXPECT_EQ(defaults.front().mid(0, 3),
              (QStringList{QStringLiteral("주문번호"), QStringLiteral("받는 분"), QStringLiteral("전화번호")}));

    column(dialog, QStringLiteral("주문번호"))->setCheckState(0, Qt::Unchecked);
    column(dialog, QStringLiteral("받는 분"))->setText(0, QStringLiteral("수령인"));
    auto *editor = child<ExportColumnsEditor>(dialog, QStringLiteral("columnsEditor"));
    columnsList(dialog)->setCurrentItem(column(dialog, QStringLiteral("전화번호")));
    editor->moveCurrent(-1); // above 받는 분, now 수령인
    const QString after = path(QStringLiteral("after.csv"));
    ASSERT_TRUE(dialog.exportTo(after));
    const std::vector<QStringList> rows = csvRows(after);
    ASSERT_EQ(rows.size(), defaults.size());
    EXPECT_EQ(rows.front().mid(0, 2), (QStringList{QStringLiteral("전화번호"), QStringLiteral("수령인")}));
    EXPECT_FALSE(rows.front().contains(QStringLiteral("주문번호")));
    EXPECT_EQ(rows.front().size(), defaults.front().size() - 1);
    // The preview shows the same header.
    auto *preview = child<QTableWidget>(dialog, QStringLiteral("previewTable"));
    ASSERT_GE(preview->columnCount(), 2);
    EXPECT_EQ(preview->horizontalHeaderItem(0)->text(), QStringLiteral("전화번호"));
    EXPECT_EQ(preview->horizontalHeaderItem(1)->text(), QStringLiteral("수령인"));

    // A renamed column keeps its title in the template; the others follow the language.
    const std::vector<ExportColumnChoice> choice = dialog.currentChoice().columns;
    EXPECT_EQ(choice.at(0), (ExportColumnChoice{QStringLiteral("phone"), {}}));
    EXPECT_EQ(choice.at(1), (ExportColumnChoice{QStringLiteral("recipient"), QStringLiteral("수령인")}));
    choose(dialog, QStringLiteral("languageCombo"), int(Language::English));
    // The unticked 주문번호 keeps its place at the top of the list.
    EXPECT_EQ(columnsList(dialog)->topLevelItem(0)->text(0), QStringLiteral("Order no."));
    EXPECT_EQ(columnsList(dialog)->topLevelItem(1)->text(0), QStringLiteral("Phone"));
    EXPECT_EQ(columnsList(dialog)->topLevelItem(2)->text(0), QStringLiteral("수령인"));
}

TEST_F(ExportDialogTest, PaidOnlyNarrowsTheRows)
{
    ExportDialog dialog(session(), m_round);
    shippingListAsCsv(dialog);
    const QString every = path(QStringLiteral("every.csv"));
    ASSERT_TRUE(dialog.exportTo(every));
    const std::vector<QStringList> all = csvRows(every);
    const auto names = [](const std::vector<QStringList> &rows) {
        QStringList found;
        for (const QStringList &row : rows)
            found << row.value(1);
        return found;
    };
    EXPECT_TRUE(names(all).contains(QStringLiteral("이두리")));
    EXPECT_TRUE(names(all).contains(QStringLiteral("박세나")));
    EXPECT_FALSE(names(all).contains(QStringLiteral("최다섯"))) << "only applied";

    child<QRadioButton>(dialog, QStringLiteral("paidOnlyRadio"))->setChecked(true);
    EXPECT_TRUE(child<QLabel>(dialog, QStringLiteral("summaryLabel"))->text().startsWith(QStringLiteral("1 parcel")));
    const QString paid = path(QStringLiteral("paid.csv"));
    ASSERT_TRUE(dialog.exportTo(paid));
    const std::vector<QStringList> paidRows = csvRows(paid);
    EXPECT_TRUE(names(paidRows).contains(QStringLiteral("이두리")));
    EXPECT_FALSE(names(paidRows).contains(QStringLiteral("박세나"))) << "nothing paid";
    EXPECT_EQ(paidRows.size(), all.size() - 1);
}

TEST_F(ExportDialogTest, SaveAsTemplateKeepsTheChoiceUndoably)
{
    ExportDialog dialog(session(), m_round);
    shippingListAsCsv(dialog);
    child<QRadioButton>(dialog, QStringLiteral("paidOnlyRadio"))->setChecked(true);
    column(dialog, QStringLiteral("배송 메모"))->setCheckState(0, Qt::Unchecked);
    column(dialog, QStringLiteral("송장번호"))->setCheckState(0, Qt::Checked);
    child<QLineEdit>(dialog, QStringLiteral("contactEdit"))->setText(QStringLiteral("총무 김총무"));

    // Not ticked: exporting keeps no template.
    ASSERT_TRUE(dialog.exportTo(path(QStringLiteral("first.csv"))));
    RoundExport exporter(sessionWorkspace(), m_clock);
    EXPECT_FALSE(ExportTemplateRepository(sessionWorkspace()).find(m_round.supplier, ExportKind::Recipients));

    child<QCheckBox>(dialog, QStringLiteral("saveTemplateCheck"))->setChecked(true);
    ASSERT_TRUE(dialog.exportTo(path(QStringLiteral("second.csv"))));
    const ExportTemplate saved = exporter.templateFor(m_round, ExportKind::Recipients);
    EXPECT_TRUE(saved.paidOnly);
    EXPECT_EQ(saved.columns, dialog.currentChoice().columns);
    EXPECT_EQ(saved.contact, QStringLiteral("총무 김총무"));
    const auto has = [&](const QString &key) {
        return std::any_of(saved.columns.begin(), saved.columns.end(),
                           [&](const ExportColumnChoice &c) { return c.key == key; });
    };
    EXPECT_TRUE(has(QStringLiteral("tracking")));
    EXPECT_FALSE(has(QStringLiteral("memo")));

    ASSERT_TRUE(session().undoStack()->canUndo());
    session().undoStack()->undo();
    EXPECT_FALSE(ExportTemplateRepository(sessionWorkspace()).find(m_round.supplier, ExportKind::Recipients));
    EXPECT_TRUE(QFileInfo::exists(path(QStringLiteral("second.csv")))) << "undo takes back the template, not the file";
}

TEST_F(ExportDialogTest, AnEmptySelectionSaysSoAndWritesNothing)
{
    Round empty;
    empty.title = QStringLiteral("빈 공구");
    empty.supplier = QStringLiteral("가나다출판사");
    empty.id = RoundRepository(sessionWorkspace()).create(empty);
    ExportDialog dialog(session(), empty);
    choose(dialog, QStringLiteral("formatCombo"), int(ExportFormat::Csv));
    EXPECT_TRUE(errorText(dialog).contains(QStringLiteral("nothing to export"))) << errorText(dialog).toStdString();
    EXPECT_TRUE(child<QLabel>(dialog, QStringLiteral("exportError"))->isVisibleTo(&dialog));
    EXPECT_FALSE(child<QPushButton>(dialog, QStringLiteral("exportButton"))->isEnabled());
    EXPECT_FALSE(child<QPushButton>(dialog, QStringLiteral("printButton"))->isEnabled());

    const QString target = path(QStringLiteral("empty.csv"));
    EXPECT_FALSE(dialog.exportTo(target));
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_TRUE(errorText(dialog).contains(QStringLiteral("nothing to export")));

    // The real round's hand-over sheet has one buyer picking up; paid only still has her (paid in full).
    ExportDialog real(session(), m_round);
    choose(real, QStringLiteral("documentCombo"), int(ExportKind::Handover));
    EXPECT_TRUE(errorText(real).isEmpty());
    // No column ticked would mean the defaults to core: the dialog refuses it instead.
    for (int row = 0; row < columnsList(real)->topLevelItemCount(); ++row)
        columnsList(real)->topLevelItem(row)->setCheckState(0, Qt::Unchecked);
    const QString noColumns = path(QStringLiteral("no-columns.pdf"));
    EXPECT_FALSE(real.exportTo(noColumns)) << "no column at all";
    EXPECT_FALSE(QFileInfo::exists(noColumns));
    EXPECT_FALSE(errorText(real).isEmpty());
    EXPECT_FALSE(child<QPushButton>(real, QStringLiteral("exportButton"))->isEnabled());
}

TEST_F(ExportDialogTest, InKoreanAnEmptySelectionSaysSoInKorean)
{
    Round empty;
    empty.title = QStringLiteral("빈 공구");
    empty.id = RoundRepository(sessionWorkspace()).create(empty);
    ASSERT_TRUE(installTranslations(QLocale(QLocale::Korean, QLocale::SouthKorea)));
    ExportDialog dialog(session(), empty);
    const QString error = errorText(dialog);
    installTranslations(QLocale::c()); // untranslated, as the other tests of the process expect
    EXPECT_EQ(error, QStringLiteral("내보낼 것이 없습니다: '빈 공구'에 확정된 주문이 없습니다"));
}

TEST_F(ExportDialogTest, WritesXlsxAndPdfPrivately)
{
    ExportDialog dialog(session(), m_round);
    for (const ExportFormat format : {ExportFormat::Xlsx, ExportFormat::Pdf}) {
        choose(dialog, QStringLiteral("formatCombo"), int(format));
        const QString target = path(QStringLiteral("list.") + toKey(format));
        ASSERT_TRUE(dialog.exportTo(target)) << errorText(dialog).toStdString();
        EXPECT_GT(QFileInfo(target).size(), 0);
        EXPECT_TRUE(isPrivate(target));
        EXPECT_TRUE(
            child<QLabel>(dialog, QStringLiteral("writtenLabel"))->text().contains(QFileInfo(target).fileName()));
    }
    QFile pdf(path(QStringLiteral("list.pdf")));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
    EXPECT_TRUE(dialog.suggestedFileName().endsWith(QStringLiteral(".pdf")));
    EXPECT_TRUE(dialog.suggestedFileName().startsWith(QStringLiteral("2차 공구 - ")));
}

TEST_F(ExportDialogTest, PrintingPaintsTheDocumentOnAPrinter)
{
    ExportDialog dialog(session(), m_round);
    choose(dialog, QStringLiteral("documentCombo"), int(ExportKind::Handover));
    const QString target = path(QStringLiteral("printed.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(target);
        EXPECT_GE(dialog.printTo(printer), 1);
        EXPECT_EQ(printer.pageLayout().pageSize().id(), QPageSize::A4);
    }
    EXPECT_GT(QFileInfo(target).size(), 0);
    QFile pdf(target);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));

    // Nothing to print paints nothing.
    Round empty;
    empty.title = QStringLiteral("빈 공구");
    empty.id = RoundRepository(sessionWorkspace()).create(empty);
    ExportDialog none(session(), empty);
    const QString nothing = path(QStringLiteral("nothing.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(nothing);
    EXPECT_EQ(none.printTo(printer), 0);
    EXPECT_FALSE(errorText(none).isEmpty());
}

} // namespace
} // namespace gonggu::test
