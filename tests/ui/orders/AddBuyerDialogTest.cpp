#include "OrdersPageFixture.h"

#include "AddBuyerDialog.h"
#include "storage/PersonRepository.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

namespace gonggu::test {
namespace {

class AddBuyerDialogTest : public OrdersPageFixture
{
protected:
    std::unique_ptr<AddBuyerDialog> openDialog()
    {
        auto dialog = std::make_unique<AddBuyerDialog>(*m_session, m_round, orders().items(), m_page.get());
        dialog->show();
        return dialog;
    }

    template <typename Widget> static Widget *field(const QWidget &dialog, const QString &name)
    {
        auto *widget = dialog.findChild<Widget *>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }

    static QPushButton *okButton(const QWidget &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    /** Types text as a Korean input method commits it (QTest::keyClicks knows only ASCII keys). */
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QCoreApplication::sendEvent(edit, &commit);
    }

    static QString errorText(const QWidget &dialog)
    {
        return field<QLabel>(dialog, QStringLiteral("errorLabel"))->text();
    }

    std::optional<Order> orderFor(PersonId person) { return OrderRepository(ws()).findFor(m_round.id, person); }
};

TEST_F(AddBuyerDialogTest, AddsANewPersonWithTheirOrderAndUndoRemovesBoth)
{
    const auto dialog = openDialog();
    type(field<QLineEdit>(*dialog, QStringLiteral("nameEdit")), QStringLiteral("김하나"));
    field<QLineEdit>(*dialog, QStringLiteral("nicknameEdit"))->setText(QStringLiteral("hana"));
    field<QLineEdit>(*dialog, QStringLiteral("phoneEdit"))->setText(QStringLiteral("010-9999-0000"));
    field<QSpinBox>(*dialog, QStringLiteral("copiesSpin0"))->setValue(2);
    auto *status = field<QComboBox>(*dialog, QStringLiteral("statusCombo"));
    status->setCurrentIndex(status->findData(int(OrderStatus::Confirmed)));
    EXPECT_TRUE(field<QLabel>(*dialog, QStringLiteral("amountLabel"))->text().contains(QStringLiteral("50,400")));
    ASSERT_TRUE(okButton(*dialog)->isEnabled()) << errorText(*dialog).toStdString();
    QTest::mouseClick(okButton(*dialog), Qt::LeftButton);

    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    const Person hana = PersonRepository(ws()).resolve(QStringLiteral("hana"));
    EXPECT_EQ(hana.displayName, QStringLiteral("김하나"));
    EXPECT_EQ(hana.phone, QStringLiteral("010-9999-0000"));
    const std::optional<Order> order = orderFor(hana.id);
    ASSERT_TRUE(order.has_value());
    EXPECT_EQ(dialog->addedOrderId(), order->id);
    EXPECT_EQ(order->status, OrderStatus::Confirmed);
    EXPECT_EQ(order->confirmedAt, m_clock.nowUtc());
    EXPECT_EQ(copiesOf(QStringLiteral("hana")), 2);
    EXPECT_EQ(view().rowCount(), 23);
    EXPECT_EQ(undo().undoText(), QStringLiteral("Add buyer 김하나"));

    undo().undo();
    EXPECT_FALSE(PersonRepository(ws()).find(hana.id).has_value());
    EXPECT_FALSE(OrderRepository(ws()).find(order->id).has_value());
    EXPECT_EQ(view().rowCount(), 22);

    undo().redo();
    const Person again = PersonRepository(ws()).resolve(QStringLiteral("hana"));
    EXPECT_EQ(again.id, hana.id) << "SQLite gives the freed ids back, so later commands still match";
    EXPECT_EQ(orderFor(again.id)->id, order->id);
    EXPECT_EQ(view().rowCount(), 23);
    EXPECT_TRUE(m_errors.isEmpty()) << m_errors.join(u'\n').toStdString();
}

TEST_F(AddBuyerDialogTest, FindsSomeoneInTheDirectoryByPhoneAndAddsOnlyTheOrder)
{
    Person known;
    known.displayName = QStringLiteral("박서준");
    known.nickname = QStringLiteral("seojun_p");
    known.phone = QStringLiteral("010-5555-1234");
    known.id = PersonRepository(ws()).add(known);

    const auto dialog = openDialog();
    auto *name = field<QLineEdit>(*dialog, QStringLiteral("nameEdit"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("5555"));
    QCompleter *completer = name->completer();
    ASSERT_NE(completer, nullptr);
    ASSERT_EQ(completer->completionCount(), 1);
    EXPECT_TRUE(completer->popup()->isVisible());
    EXPECT_TRUE(completer->popup()->model()->index(0, 0).data().toString().contains(QStringLiteral("seojun_p")));
    completer->setCompletionPrefix(QStringLiteral("ㅂㅅㅈ"));
    EXPECT_EQ(completer->completionCount(), 1) << "박서준 by the initials a Korean keyboard types";
    completer->setCompletionPrefix(QStringLiteral("5555"));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);

    EXPECT_EQ(dialog->chosenPerson(), known.id);
    EXPECT_EQ(name->text(), QStringLiteral("박서준"));
    EXPECT_EQ(field<QLineEdit>(*dialog, QStringLiteral("nicknameEdit"))->text(), QStringLiteral("seojun_p"));
    EXPECT_TRUE(field<QLineEdit>(*dialog, QStringLiteral("phoneEdit"))->isReadOnly());
    const qsizetype people = qsizetype(PersonRepository(ws()).all().size());
    QTest::mouseClick(okButton(*dialog), Qt::LeftButton);

    ASSERT_TRUE(orderFor(known.id).has_value());
    EXPECT_EQ(qsizetype(PersonRepository(ws()).all().size()), people) << "nobody new in the directory";
    EXPECT_EQ(undo().undoText(), QStringLiteral("Add buyer 박서준"));
    undo().undo();
    EXPECT_FALSE(orderFor(known.id).has_value());
    EXPECT_TRUE(PersonRepository(ws()).find(known.id).has_value()) << "the directory entry stays";
}

TEST_F(AddBuyerDialogTest, RefusesInPlaceWhatCannotBeAdded)
{
    const auto dialog = openDialog();
    EXPECT_FALSE(okButton(*dialog)->isEnabled()) << "no name yet";

    // Someone already buying in this round is edited in the table, not added twice.
    dialog->choosePerson(orderOf(QStringLiteral("tini")).personId);
    EXPECT_FALSE(okButton(*dialog)->isEnabled());
    EXPECT_TRUE(errorText(*dialog).contains(QStringLiteral("already has an order")))
        << errorText(*dialog).toStdString();

    // Typing over the chosen name starts a new person, whose nickname must be free.
    auto *name = field<QLineEdit>(*dialog, QStringLiteral("nameEdit"));
    name->clear();
    type(name, QStringLiteral("새사람"));
    EXPECT_FALSE(dialog->chosenPerson().has_value());
    field<QLineEdit>(*dialog, QStringLiteral("nicknameEdit"))->setText(QStringLiteral("dain"));
    EXPECT_FALSE(okButton(*dialog)->isEnabled());
    EXPECT_TRUE(errorText(*dialog).contains(QStringLiteral("전다인"))) << errorText(*dialog).toStdString();
    field<QLineEdit>(*dialog, QStringLiteral("nicknameEdit"))->setText(QStringLiteral("newbie"));
    EXPECT_TRUE(okButton(*dialog)->isEnabled());

    // No copies is only for someone merely interested.
    field<QSpinBox>(*dialog, QStringLiteral("copiesSpin0"))->setValue(0);
    EXPECT_FALSE(okButton(*dialog)->isEnabled());
    auto *status = field<QComboBox>(*dialog, QStringLiteral("statusCombo"));
    status->setCurrentIndex(status->findData(int(OrderStatus::Interested)));
    EXPECT_TRUE(okButton(*dialog)->isEnabled());
    EXPECT_EQ(undo().count(), 0);
}

TEST_F(AddBuyerDialogTest, AStockRefusalKeepsTheDialogOpenAndTheWorkspaceUnchanged)
{
    Item limited = m_book;
    limited.maxQuantity = 28;
    ItemRepository(ws()).update(limited);
    m_page->showRound(m_round);
    const qsizetype people = qsizetype(PersonRepository(ws()).all().size());

    const auto dialog = openDialog();
    type(field<QLineEdit>(*dialog, QStringLiteral("nameEdit")), QStringLiteral("욕심쟁이"));
    auto *copies = field<QSpinBox>(*dialog, QStringLiteral("copiesSpin0"));
    EXPECT_EQ(copies->maximum(), 28);
    copies->setValue(2);
    QTest::mouseClick(okButton(*dialog), Qt::LeftButton);

    EXPECT_TRUE(dialog->isVisible());
    EXPECT_NE(dialog->result(), QDialog::Accepted);
    EXPECT_TRUE(errorText(*dialog).contains(QStringLiteral("28"))) << errorText(*dialog).toStdString();
    EXPECT_EQ(qsizetype(PersonRepository(ws()).all().size()), people) << "nothing half-saved";
    EXPECT_EQ(view().rowCount(), 22);
    EXPECT_EQ(undo().count(), 0);

    copies->setValue(1);
    QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(view().rowCount(), 23);
}

} // namespace
} // namespace gonggu::test
