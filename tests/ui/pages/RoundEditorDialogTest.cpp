#include "RoundEditorDialog.h"
#include "ItemsEditor.h"
#include "OptionalDateEdit.h"

#include "PageTest.h"
#include "models/ItemsTableModel.h"
#include "services/RoundLedger.h"
#include "storage/ItemRepository.h"
#include <QAbstractButton>
#include <QComboBox>
#include <QMessageBox>
#include <QTimeEdit>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace gonggu::test {
namespace {

class RoundEditorDialogTest : public PageTest
{
protected:
    static QPushButton *okButton(QDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static QLineEdit *field(QDialog &dialog, const char *name)
    {
        return dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    }
    static void setDate(QDialog &dialog, const char *name, QDate date)
    {
        dialog.findChild<OptionalDateEdit *>(QString::fromLatin1(name))->setDate(date);
    }
    /** The visible error labels of the dialog, joined. */
    static QString errors(QDialog &dialog)
    {
        QStringList texts;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->metaObject()->className() == QByteArray("gonggu::FieldError") && !label->isHidden())
                texts << label->text();
        }
        return texts.join(u'\n');
    }
    static void addItem(RoundEditorDialog &dialog, const QString &name, const QString &unitPrice)
    {
        ItemsTableModel *items = dialog.itemsEditor()->model();
        const int row = items->addItem();
        items->setData(items->index(row, int(ItemsTableModel::Column::Name)), name);
        items->setData(items->index(row, int(ItemsTableModel::Column::UnitPrice)), unitPrice);
    }
};

TEST_F(RoundEditorDialogTest, CreatesARoundWithItemsThatUndoRemovesAndRedoBringsBack)
{
    QSignalSpy roundsChanged(&session(), &WorkspaceSession::roundsChanged);
    RoundEditorDialog dialog(session(), std::nullopt);
    EXPECT_FALSE(okButton(dialog)->isEnabled()) << "a round needs a title";
    EXPECT_TRUE(errors(dialog).isEmpty()) << "nothing is pointed out before the user typed";

    typeText(field(dialog, "roundTitleEdit"), QStringLiteral("『테스트 주도 개발』 공동구매"));
    field(dialog, "shippingFeeEdit")->setText(QStringLiteral("3,500"));
    setDate(dialog, "opensOnEdit", QDate(2026, 12, 1));
    setDate(dialog, "closesOnEdit", QDate(2026, 12, 7));
    addItem(dialog, QStringLiteral("테스트 주도 개발"), QStringLiteral("21,600"));
    addItem(dialog, QStringLiteral("부록 엽서"), QStringLiteral("1000"));
    ASSERT_TRUE(okButton(dialog)->isEnabled()) << errors(dialog).toStdString();
    okButton(dialog)->click();

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.savedRound());
    const RoundId id = *dialog.savedRound();
    const std::optional<Round> round = RoundRepository(sessionWorkspace()).find(id);
    ASSERT_TRUE(round);
    EXPECT_EQ(round->shippingFee, Money::won(3'500));
    EXPECT_EQ(round->opensOn, QDate(2026, 12, 1));
    EXPECT_EQ(round->closesOn, QDate(2026, 12, 7));
    EXPECT_FALSE(round->paymentDue.isValid()) << "left unset";
    std::vector<Item> items = ItemRepository(sessionWorkspace()).forRound(id);
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].unitPrice, Money::won(21'600));
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Create round 『테스트 주도 개발』 공동구매"));
    EXPECT_EQ(roundsChanged.count(), 1);

    session().undoStack()->undo();
    EXPECT_FALSE(RoundRepository(sessionWorkspace()).find(id));
    EXPECT_TRUE(ItemRepository(sessionWorkspace()).forRound(id).empty());
    session().undoStack()->redo();
    ASSERT_TRUE(RoundRepository(sessionWorkspace()).find(id)) << "the same id comes back";
    EXPECT_EQ(ItemRepository(sessionWorkspace()).forRound(id).size(), 2u);
}

TEST_F(RoundEditorDialogTest, ADuplicateTitleKeepsTheDialogOpenAndWritesNothing)
{
    const Round demo = populateDemo();
    RoundEditorDialog dialog(session(), std::nullopt);
    typeText(field(dialog, "roundTitleEdit"), demo.title);
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(errors(dialog).contains(QStringLiteral("already exists"))) << errors(dialog).toStdString();

    dialog.accept(); // as if OK were forced
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(RoundRepository(sessionWorkspace()).all().size(), 1u);
    EXPECT_EQ(session().undoStack()->count(), 0);

    field(dialog, "roundTitleEdit")->setText(demo.title + QStringLiteral(" 2차"));
    EXPECT_TRUE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(errors(dialog).isEmpty());
}

TEST_F(RoundEditorDialogTest, RefusesBadDatesFeesAndPricesNextToTheField)
{
    RoundEditorDialog dialog(session(), std::nullopt);
    field(dialog, "roundTitleEdit")->setText(QStringLiteral("새 공구"));
    ASSERT_TRUE(okButton(dialog)->isEnabled());

    setDate(dialog, "opensOnEdit", QDate(2026, 12, 10));
    setDate(dialog, "closesOnEdit", QDate(2026, 12, 1));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(errors(dialog).contains(QStringLiteral("cannot close before"))) << errors(dialog).toStdString();
    setDate(dialog, "closesOnEdit", QDate());
    EXPECT_TRUE(okButton(dialog)->isEnabled());

    field(dialog, "shippingFeeEdit")->setText(QStringLiteral("-3500"));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(errors(dialog).contains(QStringLiteral("cannot be negative")));
    field(dialog, "shippingFeeEdit")->setText(QStringLiteral("삼천오백"));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(errors(dialog).contains(QStringLiteral("in won")));
    field(dialog, "shippingFeeEdit")->clear();

    addItem(dialog, QStringLiteral("책"), QStringLiteral("-100"));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(errors(dialog).contains(QStringLiteral("A price cannot be negative.")));
    dialog.accept();
    EXPECT_TRUE(RoundRepository(sessionWorkspace()).all().empty()) << "never a half-saved round";
}

TEST_F(RoundEditorDialogTest, ChangingTheShippingFeeChangesWhatIsDueAndUndoRestoresIt)
{
    const Round demo = populateDemo();
    const Money dueBefore = RoundLedger(sessionWorkspace()).summary(demo).amountDue;
    QSignalSpy ordersChanged(&session(), &WorkspaceSession::ordersChanged);

    RoundEditorDialog dialog(session(), demo.id);
    EXPECT_EQ(field(dialog, "roundTitleEdit")->text(), demo.title);
    EXPECT_EQ(field(dialog, "shippingFeeEdit")->text(), QStringLiteral("3,500"));
    field(dialog, "shippingFeeEdit")->setText(QStringLiteral("5,000"));
    okButton(dialog)->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << errors(dialog).toStdString();

    // One buyer has the books sent by courier.
    const Round edited = *RoundRepository(sessionWorkspace()).find(demo.id);
    EXPECT_EQ(RoundLedger(sessionWorkspace()).summary(edited).amountDue, dueBefore + Money::won(1'500));
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Edit round 『실전 리팩터링』 공동구매"));
    ASSERT_EQ(ordersChanged.count(), 1);
    EXPECT_EQ(ordersChanged.first().at(0).value<RoundId>(), demo.id);

    session().undoStack()->undo();
    const Round restored = *RoundRepository(sessionWorkspace()).find(demo.id);
    EXPECT_EQ(restored.shippingFee, Money::won(3'500));
    EXPECT_EQ(RoundLedger(sessionWorkspace()).summary(restored).amountDue, dueBefore);
}

TEST_F(RoundEditorDialogTest, RecordsTheOrderDeliveryAndMeetupAndShowsThemAgain)
{
    const Round demo = populateDemo();
    {
        RoundEditorDialog dialog(session(), demo.id);
        setDate(dialog, "meetupDateEdit", QDate());
        EXPECT_FALSE(dialog.findChild<QTimeEdit *>(QStringLiteral("meetupTimeEdit"))->isEnabled()) << "no meetup date";
        setDate(dialog, "orderedOnEdit", QDate(2026, 11, 7));
        setDate(dialog, "deliveryOnEdit", QDate(2026, 11, 12));
        setDate(dialog, "meetupDateEdit", QDate(2026, 11, 14));
        auto *time = dialog.findChild<QTimeEdit *>(QStringLiteral("meetupTimeEdit"));
        EXPECT_TRUE(time->isEnabled());
        time->setTime(QTime(19, 30));
        field(dialog, "meetupPlaceEdit")->setText(QStringLiteral("강남역 스터디룸"));
        okButton(dialog)->click();
        ASSERT_EQ(dialog.result(), QDialog::Accepted) << errors(dialog).toStdString();
    }
    const Round edited = *RoundRepository(sessionWorkspace()).find(demo.id);
    EXPECT_EQ(edited.orderedOn, QDate(2026, 11, 7));
    EXPECT_EQ(edited.deliveryOn, QDate(2026, 11, 12));
    EXPECT_EQ(edited.meetupAt, QDateTime(QDate(2026, 11, 14), QTime(10, 30), Qt::UTC)); // 19:30 in Korea
    EXPECT_EQ(edited.meetupPlace, QStringLiteral("강남역 스터디룸"));

    RoundEditorDialog again(session(), demo.id);
    EXPECT_EQ(again.findChild<QTimeEdit *>(QStringLiteral("meetupTimeEdit"))->time(), QTime(19, 30));
    EXPECT_EQ(again.findChild<OptionalDateEdit *>(QStringLiteral("deliveryOnEdit"))->date(), QDate(2026, 11, 12));
}

TEST_F(RoundEditorDialogTest, MarkingTheRoundOrderedShowsTheOpenSupplierQuestionsFirst)
{
    Round demo = populateDemo();
    demo.status = RoundStatus::Open; // still taking applications
    RoundRepository(sessionWorkspace()).update(demo);
    const auto markOrdered = [](RoundEditorDialog &dialog) {
        auto *status = dialog.findChild<QComboBox *>(QStringLiteral("statusCombo"));
        status->setCurrentIndex(status->findData(int(RoundStatus::Ordered)));
    };

    RoundEditorDialog dialog(session(), demo.id);
    markOrdered(dialog);
    QString shown;
    whenDialogShows<QMessageBox>([&shown](QMessageBox *box) {
        shown = box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::RejectRole)
                button->click(); // go back
        }
    });
    okButton(dialog)->click();
    // The question the real coordinator never asked the publisher is in the list.
    EXPECT_TRUE(shown.contains(QStringLiteral("세금계산서"))) << shown.toStdString();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(RoundRepository(sessionWorkspace()).find(demo.id)->status, RoundStatus::Open);

    whenDialogShows<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click(); // mark as ordered anyway
        }
    });
    okButton(dialog)->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(RoundRepository(sessionWorkspace()).find(demo.id)->status, RoundStatus::Ordered);
}

TEST_F(RoundEditorDialogTest, EditsItemsAndUndoPutsBackTheRemovedOneUnderItsId)
{
    const Round demo = populateDemo();
    Item postcard;
    postcard.roundId = demo.id;
    postcard.name = QStringLiteral("부록 엽서");
    postcard.unitPrice = Money::won(1'000);
    postcard.id = ItemRepository(sessionWorkspace()).add(postcard);

    RoundEditorDialog dialog(session(), demo.id);
    ItemsEditor *editor = dialog.itemsEditor();
    ItemsTableModel *items = editor->model();
    ASSERT_EQ(items->rowCount(), 2);
    // The book has 27 copies ordered: refused, and said so under the table.
    editor->table()->setCurrentIndex(items->index(0, 0));
    editor->removeCurrentItem();
    EXPECT_EQ(items->rowCount(), 2);
    EXPECT_TRUE(errors(dialog).contains(QStringLiteral("27 copies"))) << errors(dialog).toStdString();

    editor->table()->setCurrentIndex(items->index(1, 0));
    editor->removeCurrentItem();
    items->setData(items->index(0, int(ItemsTableModel::Column::UnitPrice)), QStringLiteral("24,000"));
    addItem(dialog, QStringLiteral("책갈피"), QStringLiteral("500"));
    okButton(dialog)->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << errors(dialog).toStdString();

    std::vector<Item> saved = ItemRepository(sessionWorkspace()).forRound(demo.id);
    ASSERT_EQ(saved.size(), 2u);
    EXPECT_EQ(saved[0].unitPrice, Money::won(24'000));
    EXPECT_EQ(saved[1].name, QStringLiteral("책갈피"));

    session().undoStack()->undo();
    saved = ItemRepository(sessionWorkspace()).forRound(demo.id);
    ASSERT_EQ(saved.size(), 2u);
    EXPECT_EQ(saved[0].unitPrice, Money::won(25'200));
    EXPECT_EQ(saved[1].id, postcard.id);
    EXPECT_EQ(saved[1].name, QStringLiteral("부록 엽서"));
}

TEST_F(RoundEditorDialogTest, AnUnchangedEditPushesNothing)
{
    const Round demo = populateDemo();
    RoundEditorDialog dialog(session(), demo.id);
    okButton(dialog)->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.savedRound());
    EXPECT_EQ(session().undoStack()->count(), 0);
}

} // namespace
} // namespace gonggu::test
