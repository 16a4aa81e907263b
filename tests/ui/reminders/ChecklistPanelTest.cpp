#include "FieldError.h"
#include "TodoPageTest.h"
#include "commands/ChecklistCommands.h"
#include "commands/SetCopiesCommand.h"
#include "services/SupplierChecklist.h"
#include "storage/ItemRepository.h"
#include "storage/OrderRepository.h"
#include "storage/RoundTaskRepository.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSplitter>

namespace gonggu::test {
namespace {

const QString taxInvoice = QStringLiteral("세금계산서 발행 가능한지 출판사에 문의");

class ChecklistPanelTest : public TodoPageTest
{
protected:
    std::vector<ChecklistItem> stored() { return RoundTaskRepository(sessionWorkspace()).checklist(m_round.id); }
    QStringList storedTexts()
    {
        QStringList texts;
        for (const ChecklistItem &item : stored())
            texts << item.text;
        return texts;
    }
    QModelIndex indexOf(const QString &text) { return checklistModel().index(storedTexts().indexOf(text)); }
    void setMinimum(std::optional<int> minimum)
    {
        Round edited = *RoundRepository(sessionWorkspace()).find(m_round.id);
        edited.minimumQuantity = minimum;
        RoundRepository(sessionWorkspace()).update(edited);
        emit session().roundChanged(m_round.id);
    }
    QString errorText() { return checklist().errorLabel()->isHidden() ? QString() : checklist().errorLabel()->text(); }
};

TEST_F(ChecklistPanelTest, TickingAnItemIsUndoable)
{
    QSignalSpy changed(&session(), &WorkspaceSession::checklistChanged);
    // What the list's check box does.
    checklistModel().setData(indexOf(taxInvoice), Qt::Checked, Qt::CheckStateRole);
    EXPECT_TRUE(stored().at(1).done);
    EXPECT_EQ(checklistModel().data(checklistModel().index(1), Qt::CheckStateRole).toInt(), int(Qt::Checked));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(m_page->tabTitle(), QStringLiteral("To Do (4)"));
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Tick “세금계산서 발행 가능한지 출판사에 문의”"));

    session().undoStack()->undo();
    EXPECT_FALSE(stored().at(1).done);
    EXPECT_EQ(checklistModel().data(checklistModel().index(1), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    EXPECT_EQ(m_page->tabTitle(), QStringLiteral("To Do (5)"));
    session().undoStack()->redo();
    EXPECT_TRUE(stored().at(1).done);

    checklistModel().setData(checklistModel().index(0), Qt::Unchecked, Qt::CheckStateRole);
    EXPECT_FALSE(stored().at(0).done);
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Untick “출판사에 공구가(10% 할인)와 최소 수량 확인”"));
}

TEST_F(ChecklistPanelTest, EditingInPlaceRewordsAndUndoPutsTheOldWordsBack)
{
    QListView *view = checklist().view();
    const QModelIndex index = indexOf(taxInvoice);
    view->setCurrentIndex(index);
    view->edit(index);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    ASSERT_NE(editor, nullptr);
    editor->selectAll();
    typeText(editor, QStringLiteral("세금계산서 발행일 확인"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the editor's text through a queued call

    EXPECT_EQ(stored().at(1).text, QStringLiteral("세금계산서 발행일 확인"));
    EXPECT_EQ(checklistModel().data(checklistModel().index(1)).toString(), QStringLiteral("세금계산서 발행일 확인"));
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Reword “세금계산서 발행 가능한지 출판사에 문의”"));
    session().undoStack()->undo();
    EXPECT_EQ(stored().at(1).text, taxInvoice);
    EXPECT_EQ(checklistModel().data(checklistModel().index(1)).toString(), taxInvoice);
}

TEST_F(ChecklistPanelTest, ABlankTextIsRefusedAndTheOldOneKept)
{
    checklistModel().setData(indexOf(taxInvoice), QStringLiteral("   "), Qt::EditRole);
    EXPECT_EQ(stored().at(1).text, taxInvoice);
    EXPECT_EQ(session().undoStack()->count(), 0);
    EXPECT_TRUE(errorText().startsWith(QStringLiteral("A checklist item needs a text"))) << errorText().toStdString();

    // The commands refuse it too, whoever asks.
    QSignalSpy errors(&session(), &WorkspaceSession::errorOccurred);
    EXPECT_FALSE(session().execute(std::make_unique<EditChecklistItemCommand>(session(), stored().at(1), QString())));
    EXPECT_FALSE(
        session().execute(std::make_unique<AddChecklistItemCommand>(session(), m_round.id, QStringLiteral(" "))));
    EXPECT_EQ(errors.count(), 2);
    EXPECT_EQ(stored().size(), 4u);
    EXPECT_EQ(session().undoStack()->count(), 0);

    // A good edit clears the message.
    checklistModel().setData(indexOf(taxInvoice), QStringLiteral("세금계산서 확인"), Qt::EditRole);
    EXPECT_EQ(errorText(), QString());
}

TEST_F(ChecklistPanelTest, AddingAnItemIsUndoable)
{
    QLineEdit *field = checklist().newItemEdit();
    EXPECT_FALSE(checklist().addItemAction()->isEnabled()) << "nothing typed";
    typeText(field, QStringLiteral("  "));
    EXPECT_FALSE(checklist().addItemAction()->isEnabled()) << "blank";
    field->clear();
    typeText(field, QStringLiteral("출판사 계좌 확인"));
    ASSERT_TRUE(checklist().addItemAction()->isEnabled());
    QTest::keyClick(field, Qt::Key_Return);

    EXPECT_EQ(storedTexts().last(), QStringLiteral("출판사 계좌 확인"));
    EXPECT_FALSE(stored().back().done);
    EXPECT_TRUE(field->text().isEmpty());
    EXPECT_EQ(checklist().view()->currentIndex().row(), 4) << "the new item is selected";
    EXPECT_EQ(m_page->tabTitle(), QStringLiteral("To Do (6)"));

    session().undoStack()->undo();
    EXPECT_EQ(stored().size(), 4u);
    EXPECT_EQ(checklistModel().rowCount(), 4);
    session().undoStack()->redo();
    EXPECT_EQ(storedTexts().last(), QStringLiteral("출판사 계좌 확인"));
    EXPECT_EQ(checklistModel().rowCount(), 5);
}

TEST_F(ChecklistPanelTest, RemovingAnItemIsUndoableWithItsTextAndTick)
{
    const QString chosen = QStringLiteral("출판사에 공구가(10% 할인)와 최소 수량 확인"); // ticked
    EXPECT_FALSE(checklist().removeItemAction()->isEnabled()) << "nothing selected";
    checklist().view()->setCurrentIndex(indexOf(chosen));
    ASSERT_TRUE(checklist().removeItemAction()->isEnabled());
    checklist().removeItemAction()->trigger();
    EXPECT_FALSE(storedTexts().contains(chosen));
    EXPECT_EQ(checklistModel().rowCount(), 3);
    EXPECT_EQ(checklist().view()->currentIndex().row(), 0) << "the next item is selected";

    session().undoStack()->undo();
    ASSERT_TRUE(storedTexts().contains(chosen));
    EXPECT_TRUE(stored().at(std::size_t(storedTexts().indexOf(chosen))).done);
    EXPECT_EQ(checklistModel().rowCount(), 4);
}

TEST_F(ChecklistPanelTest, CommandsFollowAnItemThatUndoAddedBackUnderANewId)
{
    QSignalSpy errors(&session(), &WorkspaceSession::errorOccurred);
    checklistModel().setData(indexOf(taxInvoice), Qt::Checked, Qt::CheckStateRole);
    checklistModel().setData(indexOf(taxInvoice), QStringLiteral("세금계산서 발행일"), Qt::EditRole);
    checklist().view()->setCurrentIndex(indexOf(QStringLiteral("세금계산서 발행일")));
    checklist().removeItemAction()->trigger();
    ASSERT_EQ(session().undoStack()->count(), 3);

    session().undoStack()->undo(); // back, under a new id
    session().undoStack()->undo(); // the old words
    session().undoStack()->undo(); // unticked
    EXPECT_EQ(errors.count(), 0);
    ASSERT_TRUE(storedTexts().contains(taxInvoice));
    EXPECT_FALSE(stored().at(std::size_t(storedTexts().indexOf(taxInvoice))).done);

    session().undoStack()->redo();
    session().undoStack()->redo();
    session().undoStack()->redo();
    EXPECT_EQ(errors.count(), 0);
    EXPECT_FALSE(storedTexts().contains(QStringLiteral("세금계산서 발행일")));
    EXPECT_EQ(stored().size(), 3u);
}

TEST_F(ChecklistPanelTest, AddsTheDefaultQuestionsNotYetAskedAndUndoTakesThemAway)
{
    // The demo asks about the tax invoice, shipping and the minimum quantity in its own words already.
    checklist().addDefaultsAction()->trigger();
    const QStringList added = storedTexts().mid(4);
    EXPECT_EQ(added, (QStringList{QStringLiteral("On what date will the books be delivered?"),
                                  QStringLiteral("How is the supplier paid (bank transfer, card, invoice)?"),
                                  QStringLiteral("Is the discount within the book-price law (도서정가제: at most 10% "
                                                 "off plus 5% in points)?"),
                                  QStringLiteral("Is the book in stock at bookstores (if the supplier runs short)?")}));
    EXPECT_EQ(checklistModel().rowCount(), 8);
    EXPECT_EQ(m_page->tabTitle(), QStringLiteral("To Do (9)"));
    EXPECT_EQ(session().undoStack()->undoText(), QStringLiteral("Add the default supplier questions"));

    // Asked again: nothing to add, said so, nothing on the stack.
    checklist().addDefaultsAction()->trigger();
    EXPECT_EQ(stored().size(), 8u);
    EXPECT_EQ(session().undoStack()->count(), 1);
    EXPECT_EQ(errorText(), QStringLiteral("Not changed: The checklist already asks every default question."));

    session().undoStack()->undo();
    EXPECT_EQ(stored().size(), 4u);
    EXPECT_EQ(checklistModel().rowCount(), 4);
    session().undoStack()->redo();
    EXPECT_EQ(storedTexts().mid(4), added);
}

TEST_F(ChecklistPanelTest, DefaultQuestionsComeInTheLanguageOfTheUserInterface)
{
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    Round bare;
    bare.title = QStringLiteral("2차 공구");
    bare.id = RoundRepository(sessionWorkspace()).create(bare);
    m_page->showRound(bare);
    checklist().addDefaultsAction()->trigger();
    QStringList texts;
    for (const ChecklistItem &item : RoundTaskRepository(sessionWorkspace()).checklist(bare.id))
        texts << item.text;
    EXPECT_EQ(texts, SupplierChecklist::defaultQuestions(Language::Korean));
    EXPECT_EQ(checklistModel().rowCount(), 7);
}

TEST_F(ChecklistPanelTest, ShowsTheMinimumQuantityAndANoticeOnceApplicationsClosedBelowIt)
{
    EXPECT_EQ(checklist().minimumLabel()->text(),
              QStringLiteral("No minimum order quantity is set for this round (Edit Round sets one)."));
    EXPECT_TRUE(checklist().noticeBox()->isHidden());

    setMinimum(20);
    EXPECT_EQ(checklist().minimumLabel()->text(), QStringLiteral("Minimum order quantity reached: 27 of 20 copies."));
    EXPECT_TRUE(checklist().noticeBox()->isHidden());
    EXPECT_EQ(checklist().buyerNotice(), QString());

    // Applications closed on the 3rd with 27 copies of the 30 the supplier wants.
    setMinimum(30);
    EXPECT_EQ(checklist().minimumLabel()->text(),
              QStringLiteral("Minimum order quantity not reached: 27 of 30 copies, 3 short."));
    ASSERT_FALSE(checklist().noticeBox()->isHidden());
    const QString notice = checklist().buyerNotice();
    EXPECT_TRUE(
        notice.startsWith(QStringLiteral("[『실전 리팩터링』 공동구매] Applications have closed, but with 27 of "
                                         "the supplier's minimum of 30 copies")))
        << notice.toStdString();
    ASSERT_TRUE(checklist().copyNoticeAction()->isEnabled());
    QGuiApplication::clipboard()->clear();
    checklist().copyNoticeAction()->trigger();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), notice);

    // Until closing day is over, the shortfall is a warning only: there is still time to find buyers.
    m_clock.set(QDateTime(QDate(2026, 11, 2), QTime(3, 0), Qt::UTC));
    emit session().roundChanged(m_round.id);
    EXPECT_EQ(checklist().minimumLabel()->text(),
              QStringLiteral("Minimum order quantity not reached: 27 of 30 copies, 3 short."));
    EXPECT_TRUE(checklist().noticeBox()->isHidden());
    EXPECT_FALSE(checklist().copyNoticeAction()->isEnabled());
}

TEST_F(ChecklistPanelTest, CountsTheCopiesAgainWhenOrdersChangeAndWhenShownAfterwards)
{
    setMinimum(30);
    const Item book = ItemRepository(sessionWorkspace()).forRound(m_round.id).front();
    const OrderId tini = OrderRepository(sessionWorkspace()).forRound(m_round.id).front().id;
    ASSERT_TRUE(session().execute(
        std::make_unique<SetCopiesCommand>(session(), book, tini, QStringLiteral("tini"), 1, 2, false)));
    EXPECT_EQ(checklist().minimumLabel()->text(),
              QStringLiteral("Minimum order quantity not reached: 28 of 30 copies, 2 short."));

    // Hidden, the page counts again once it shows.
    m_page->hide();
    ASSERT_TRUE(session().execute(
        std::make_unique<SetCopiesCommand>(session(), book, tini, QStringLiteral("tini"), 2, 4, false)));
    m_page->show();
    EXPECT_EQ(checklist().minimumLabel()->text(), QStringLiteral("Minimum order quantity reached: 30 of 30 copies."));
    EXPECT_TRUE(checklist().noticeBox()->isHidden());
}

TEST_F(ChecklistPanelTest, PutsThePanelsOneAboveTheOtherWhereTheyDoNotFitSideBySide)
{
    auto *splitter = m_page->findChild<QSplitter *>(QStringLiteral("todoSplitter"));
    ASSERT_NE(splitter, nullptr);
    EXPECT_EQ(splitter->orientation(), Qt::Horizontal) << "1000 pixels wide";
    // What is left of a 940-pixel window beside a wide rounds list.
    EXPECT_LE(m_page->minimumSizeHint().width(), 580);
    m_page->resize(580, 600);
    EXPECT_EQ(splitter->orientation(), Qt::Vertical);
    m_page->resize(1200, 600);
    EXPECT_EQ(splitter->orientation(), Qt::Horizontal);
}

} // namespace
} // namespace gonggu::test
