#include "TrackingImportDialog.h"
#include "AppLanguage.h"
#include "ExportPageTest.h"
#include "services/export/ExportFiles.h"
#include "services/export/RoundExport.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUndoStack>

namespace gonggu::test {
namespace {

class TrackingImportDialogTest : public ExportPageTest
{
protected:
    template <typename T> static T *child(QDialog &dialog, const QString &name)
    {
        T *found = dialog.findChild<T *>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }
    static QPushButton *applyButton(QDialog &dialog)
    {
        return child<QPushButton>(dialog, QStringLiteral("applyButton"));
    }
    /** One column of the preview table, top to bottom. */
    static QStringList tableColumn(QDialog &dialog, int column)
    {
        auto *table = child<QTableWidget>(dialog, QStringLiteral("planTable"));
        QStringList cells;
        for (int row = 0; row < table->rowCount(); ++row)
            cells << table->item(row, column)->text();
        return cells;
    }
    QString trackingOf(OrderId id) { return orderOf(id).trackingNumber; }
};

TEST_F(TrackingImportDialogTest, PastedLinesArePlannedAppliedAndUndone)
{
    TrackingImportDialog dialog(session(), m_round);
    EXPECT_FALSE(applyButton(dialog)->isEnabled());
    dialog.setPastedText(QStringLiteral("이두리\t612345678901\n010-2222-0003\t612345678902\n"));

    ASSERT_TRUE(dialog.plan().has_value());
    EXPECT_EQ(child<QLabel>(dialog, QStringLiteral("summaryLabel"))->text(),
              QStringLiteral("2 to set · 0 to replace · 0 unchanged · 0 rejected"));
    EXPECT_EQ(tableColumn(dialog, 0), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    EXPECT_EQ(tableColumn(dialog, 2), (QStringList{QStringLiteral("612345678901"), QStringLiteral("612345678902")}));
    EXPECT_EQ(tableColumn(dialog, 4), (QStringList{QStringLiteral("Set"), QStringLiteral("Set")}));
    EXPECT_EQ(tableColumn(dialog, 5), (QStringList{QStringLiteral("by name"), QStringLiteral("by phone")}));
    EXPECT_TRUE(trackingOf(m_duriOrder).isEmpty()) << "the preview writes nothing";

    ASSERT_TRUE(applyButton(dialog)->isEnabled());
    EXPECT_EQ(applyButton(dialog)->text(), QStringLiteral("Apply 2 Numbers"));
    QSignalSpy ordersChanged(&session(), &WorkspaceSession::ordersChanged);
    applyButton(dialog)->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(trackingOf(m_duriOrder), QStringLiteral("612345678901"));
    EXPECT_EQ(trackingOf(m_senaOrder), QStringLiteral("612345678902"));
    ASSERT_EQ(ordersChanged.count(), 1);
    EXPECT_EQ(ordersChanged.at(0).at(0).value<RoundId>(), m_round.id);
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Import 2 tracking numbers"));

    session().undoStack()->undo();
    EXPECT_TRUE(trackingOf(m_duriOrder).isEmpty());
    EXPECT_TRUE(trackingOf(m_senaOrder).isEmpty());
    EXPECT_EQ(orderOf(m_duriOrder).status, OrderStatus::Confirmed) << "the rest of the order as it was";
    session().undoStack()->redo();
    EXPECT_EQ(trackingOf(m_senaOrder), QStringLiteral("612345678902"));
}

TEST_F(TrackingImportDialogTest, RejectedRowsShowTheirLineAndReasonAndHoldBackApplyUntilSkipped)
{
    Order duri = orderOf(m_duriOrder);
    duri.trackingNumber = QStringLiteral("612345678901");
    OrderRepository(sessionWorkspace()).update(duri);

    TrackingImportDialog dialog(session(), m_round);
    dialog.setPastedText(QStringLiteral("이두리\t612345678901\n"    // already has it
                                        "김하나\t612345678909\n"    // picks up at the meetup
                                        "박세나\t612345678902\n")); // a new number
    ASSERT_TRUE(dialog.plan().has_value());
    EXPECT_EQ(child<QLabel>(dialog, QStringLiteral("summaryLabel"))->text(),
              QStringLiteral("1 to set · 0 to replace · 1 unchanged · 1 rejected"));
    EXPECT_EQ(tableColumn(dialog, 0), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    EXPECT_EQ(tableColumn(dialog, 4),
              (QStringList{QStringLiteral("Unchanged"), QStringLiteral("Rejected"), QStringLiteral("Set")}));
    EXPECT_TRUE(tableColumn(dialog, 5).at(1).contains(QStringLiteral("meetup")))
        << tableColumn(dialog, 5).at(1).toStdString();

    EXPECT_FALSE(applyButton(dialog)->isEnabled()) << "a rejected row holds the import back";
    dialog.accept();
    EXPECT_TRUE(trackingOf(m_senaOrder).isEmpty());
    child<QCheckBox>(dialog, QStringLiteral("skipRejectedCheck"))->setChecked(true);
    ASSERT_TRUE(applyButton(dialog)->isEnabled());
    applyButton(dialog)->click();
    EXPECT_EQ(trackingOf(m_senaOrder), QStringLiteral("612345678902"));
    EXPECT_EQ(trackingOf(m_duriOrder), QStringLiteral("612345678901"));
    EXPECT_TRUE(orderOf(m_hanaOrder).trackingNumber.isEmpty());
}

TEST_F(TrackingImportDialogTest, InKoreanTheReasonsAreKorean)
{
    ASSERT_TRUE(installTranslations(QLocale(QLocale::Korean, QLocale::SouthKorea)));
    TrackingImportDialog dialog(session(), m_round);
    dialog.setPastedText(QStringLiteral("김하나\t612345678909\n")); // picks up at the meetup
    const QString reason = dialog.plan() ? tableColumn(dialog, 5).value(0) : QString();
    installTranslations(QLocale::c()); // untranslated, as the other tests of the process expect
    EXPECT_EQ(reason, QStringLiteral("김하나 (hana) 님은 모임에서 받습니다. 먼저 주문을 택배 배송으로 바꿔 주세요"));
}

TEST_F(TrackingImportDialogTest, TheShippingListFileComesBackByOrderNumber)
{
    // The shipping list as the export dialog writes it, with the courier's numbers filled in.
    ExportTemplate choice;
    choice.kind = ExportKind::Recipients;
    choice.columns = {
        {QStringLiteral("order_id"), {}}, {QStringLiteral("recipient"), {}}, {QStringLiteral("tracking"), {}}};
    TableDocument list = RoundExport(sessionWorkspace(), m_clock).document(m_round, choice, Language::Korean);
    const DocumentTable &table = list.tables.front();
    DocumentTable filled(table.title(), table.columns());
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        filled.appendNumber(table.cell(row, 0).number);
        filled.appendText(table.cell(row, 1).text);
        filled.appendText(QStringLiteral("61234567890") + QString::number(row));
    }
    list.tables = {filled};
    const QString file = path(QStringLiteral("shipping.xlsx"));
    writeDocument(list, ExportFormat::Xlsx, file);

    TrackingImportDialog dialog(session(), m_round);
    dialog.loadFile(file);
    ASSERT_TRUE(dialog.plan().has_value()) << child<QLabel>(dialog, QStringLiteral("planError"))->text().toStdString();
    EXPECT_EQ(dialog.plan()->count(TrackingAction::Set), 2);
    EXPECT_EQ(child<QLabel>(dialog, QStringLiteral("fileLabel"))->text(), QStringLiteral("shipping.xlsx"));
    EXPECT_EQ(tableColumn(dialog, 5),
              (QStringList{QStringLiteral("by order number"), QStringLiteral("by order number")}));
    applyButton(dialog)->click();
    EXPECT_FALSE(trackingOf(m_duriOrder).isEmpty());
    EXPECT_FALSE(trackingOf(m_senaOrder).isEmpty());
}

TEST_F(TrackingImportDialogTest, TextWithoutNumbersOrAnUnreadableFileIsRefusedAndChangesNothing)
{
    TrackingImportDialog dialog(session(), m_round);
    dialog.setPastedText(QStringLiteral("그냥 메모\n"));
    EXPECT_FALSE(applyButton(dialog)->isEnabled());
    const bool explained = !child<QLabel>(dialog, QStringLiteral("planError"))->text().isEmpty() ||
                           (dialog.plan() && !dialog.plan()->rejected.empty());
    EXPECT_TRUE(explained);

    dialog.loadFile(path(QStringLiteral("missing.xlsx")));
    EXPECT_FALSE(dialog.plan().has_value());
    EXPECT_FALSE(child<QLabel>(dialog, QStringLiteral("planError"))->text().isEmpty());
    EXPECT_FALSE(applyButton(dialog)->isEnabled());
    EXPECT_EQ(session().undoStack()->count(), 0);
}

} // namespace
} // namespace gonggu::test
