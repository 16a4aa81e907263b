#include "PeoplePage.h"
#include "PageTest.h"
#include "PersonDialog.h"
#include "models/PeopleTableModel.h"
#include "storage/PersonRepository.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace gonggu::test {
namespace {

class PeoplePageTest : public PageTest
{
protected:
    static QPushButton *okButton(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static QLineEdit *field(QDialog *dialog, const char *name)
    {
        return dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    }
    static void selectPerson(PeoplePage &page, const QString &nickname)
    {
        QAbstractItemModel *shown = page.table()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            if (shown->index(row, int(PeopleTableModel::Column::Nickname)).data().toString() == nickname) {
                page.table()->setCurrentIndex(shown->index(row, 0));
                return;
            }
        }
        ADD_FAILURE() << "nobody is called " << nickname.toStdString();
    }
};

TEST_F(PeoplePageTest, AddsAndEditsAPersonThroughTheDialogAndUndoesBoth)
{
    PeoplePage page(session(), nullptr);
    page.show(); // a hidden page reads the directory only when shown
    EXPECT_EQ(page.table()->model()->rowCount(), 0);
    auto *hint = page.table()->viewport()->findChild<QLabel *>(QStringLiteral("emptyTableHint"));
    ASSERT_TRUE(hint);
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Add Person"))) << "an empty directory says what to do";

    whenDialogShows<PersonDialog>([](PersonDialog *dialog) {
        EXPECT_FALSE(okButton(dialog)->isEnabled()) << "a person needs a name";
        typeText(field(dialog, "nameEdit"), QStringLiteral("김하나"));
        field(dialog, "nicknameEdit")->setText(QStringLiteral("hana"));
        field(dialog, "phoneEdit")->setText(QStringLiteral("010-1234-5678"));
        okButton(dialog)->click();
    });
    page.addPersonAction()->trigger();

    const Person added = PersonRepository(sessionWorkspace()).resolve(QStringLiteral("hana"));
    EXPECT_EQ(added.displayName, QStringLiteral("김하나"));
    EXPECT_EQ(page.table()->model()->rowCount(), 1);
    EXPECT_EQ(page.currentPersonId(), added.id) << "the new person is selected";
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Add person 김하나"));

    whenDialogShows<PersonDialog>([](PersonDialog *dialog) {
        EXPECT_EQ(field(dialog, "nameEdit")->text(), QStringLiteral("김하나"));
        field(dialog, "phoneEdit")->setText(QStringLiteral("010-9999-0000"));
        okButton(dialog)->click();
    });
    page.editPersonAction()->trigger();
    EXPECT_EQ(PersonRepository(sessionWorkspace()).find(added.id)->phone, QStringLiteral("010-9999-0000"));
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Edit person 김하나"));

    session().undoStack()->undo();
    EXPECT_EQ(PersonRepository(sessionWorkspace()).find(added.id)->phone, QStringLiteral("010-1234-5678"));
    session().undoStack()->undo();
    EXPECT_FALSE(PersonRepository(sessionWorkspace()).find(added.id));
    EXPECT_EQ(page.table()->model()->rowCount(), 0);
    session().undoStack()->redo();
    EXPECT_TRUE(PersonRepository(sessionWorkspace()).find(added.id)) << "back under the same id";
}

TEST_F(PeoplePageTest, TheDialogPointsOutAMissingNameAndATakenNickname)
{
    populateDemo();
    PersonDialog dialog(session(), std::nullopt);
    typeText(field(&dialog, "nameEdit"), QStringLiteral("x"));
    QTest::keyClick(field(&dialog, "nameEdit"), Qt::Key_Backspace);
    EXPECT_FALSE(okButton(&dialog)->isEnabled());
    EXPECT_TRUE(dialog.findChild<QLabel *>()); // the labels exist; their text is checked below
    bool sawNameError = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        sawNameError = sawNameError || (!label->isHidden() && label->text() == QStringLiteral("Enter a name."));
    EXPECT_TRUE(sawNameError);

    field(&dialog, "nameEdit")->setText(QStringLiteral("김민준"));
    field(&dialog, "nicknameEdit")->setText(QStringLiteral("tini"));
    EXPECT_FALSE(okButton(&dialog)->isEnabled());
    bool sawNicknameError = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        sawNicknameError = sawNicknameError || (!label->isHidden() && label->text().contains(QStringLiteral("tini")));
    EXPECT_TRUE(sawNicknameError);
    field(&dialog, "nicknameEdit")->setText(QStringLiteral("minjun3"));
    EXPECT_TRUE(okButton(&dialog)->isEnabled());
}

TEST_F(PeoplePageTest, DeletingSomeoneWithOrdersIsRefusedWithTheReason)
{
    populateDemo();
    PeoplePage page(session(), nullptr);
    page.show();
    selectPerson(page, QStringLiteral("tini"));
    const PersonId tini = *page.currentPersonId();
    page.removePersonAction()->trigger();

    EXPECT_TRUE(PersonRepository(sessionWorkspace()).find(tini));
    EXPECT_EQ(session().undoStack()->count(), 0);
    const auto *message = page.findChild<QLabel *>(QStringLiteral("peopleMessage"));
    ASSERT_TRUE(message);
    EXPECT_FALSE(message->isHidden());
    EXPECT_EQ(message->text(),
              QStringLiteral("김민준 cannot be deleted: they have 1 order(s) and 1 payment(s) on record."))
        << "core's reason, under the person's name";
}

TEST_F(PeoplePageTest, DeletingSomeoneWithoutHistoryCanBeUndone)
{
    populateDemo();
    Person newcomer;
    newcomer.displayName = QStringLiteral("문가영");
    newcomer.nickname = QStringLiteral("gayoung");
    newcomer.id = PersonRepository(sessionWorkspace()).add(newcomer);
    PeoplePage page(session(), nullptr);
    page.show();
    selectPerson(page, QStringLiteral("gayoung"));
    page.removePersonAction()->trigger();
    EXPECT_FALSE(PersonRepository(sessionWorkspace()).find(newcomer.id));
    EXPECT_EQ(page.table()->model()->rowCount(), DemoWorkspace::realRoundBuyers);
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Delete person 문가영"));

    session().undoStack()->undo();
    const std::optional<Person> back = PersonRepository(sessionWorkspace()).find(newcomer.id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->nickname, QStringLiteral("gayoung"));
}

TEST_F(PeoplePageTest, TheFilterFindsHangulLatinAndPhoneNumbers)
{
    populateDemo();
    PeoplePage page(session(), nullptr);
    page.show();
    QAbstractItemModel *shown = page.table()->model();
    page.setFilterText(QStringLiteral("김민준"));
    EXPECT_EQ(shown->rowCount(), 2);
    page.setFilterText(QStringLiteral("SEOYEON"));
    EXPECT_EQ(shown->rowCount(), 1);
    page.setFilterText(QStringLiteral("0100-0022"));
    EXPECT_EQ(shown->rowCount(), 0);
    page.setFilterText(QStringLiteral("2101-0022"));
    EXPECT_EQ(shown->rowCount(), 1);
    page.setFilterText(QStringLiteral("ㅈㄷㅇ")); // 전다인
    EXPECT_EQ(shown->rowCount(), 1);
    page.setFilterText(QStringLiteral("nobody"));
    EXPECT_EQ(shown->rowCount(), 0);
    auto *hint = page.table()->viewport()->findChild<QLabel *>(QStringLiteral("emptyTableHint"));
    EXPECT_TRUE(hint->text().contains(QStringLiteral("nobody")));
    page.setFilterText({});
    EXPECT_EQ(shown->rowCount(), DemoWorkspace::realRoundBuyers);
}

} // namespace
} // namespace gonggu::test
