#include "ChangeHistoryDialog.h"
#include "MainWindowFixture.h"
#include "OrdersPage.h"
#include "PaymentsPage.h"
#include "RoundPane.h"
#include "RoundSidebar.h"
#include "WorkspaceSession.h"
#include "WorkspaceWatcher.h"
#include "commands/PersonCommands.h"
#include "commands/SetCopiesCommand.h"
#include "domain/Errors.h"
#include "models/OrdersTableModel.h"
#include "storage/ChangeLog.h"
#include "storage/ItemRepository.h"
#include "storage/OrderRepository.h"
#include "storage/PersonRepository.h"

#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

namespace gonggu::test {
namespace {

/** A window on a workspace file that something else (gonggu-cli, a second connection) changes meanwhile. */
class OutsideChangeTest : public MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        m_path = makeWorkspace(QStringLiteral("demo.gonggu"), true);
    }

    /** tini's copies in round 1, as another coordinator's connection sets them. */
    void setTiniCopiesElsewhere(int copies)
    {
        Workspace other(m_path, m_clock);
        other.setCoordinator(QStringLiteral("김코디"));
        other.describeNextChanges(RoundId(1), QStringLiteral("Set copies of tini"));
        const Item book = ItemRepository(other).forRound(1).front();
        const OrderId tini = OrderRepository(other).forRound(1).front().id;
        OrderRepository(other).setQuantity(tini, book.id, copies);
    }

    /** A person added straight through the workspace, as the window's own connection writes outside an edit. */
    static void addNeighbour(Workspace &workspace, const QString &name)
    {
        Person person;
        person.displayName = name;
        PersonRepository(workspace).add(person);
    }

    static int tiniCopies(MainWindow &window)
    {
        const OrdersTableModel *model = window.roundPane()->pages().orders->ordersModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, int(OrdersTableModel::Column::Nickname)).data().toString() == QStringLiteral("tini"))
                return model->index(row, int(OrdersTableModel::Column::Copies)).data().toInt();
        }
        return -1;
    }

    QString m_path;
};

TEST_F(OutsideChangeTest, AnotherConnectionsChangeReloadsThePagesAndSaysWhoMadeIt)
{
    const auto window = windowOn(m_path);
    ASSERT_NE(window->session().watcher(), nullptr);
    ASSERT_EQ(tiniCopies(*window), 1);
    window->roundPane()->tabs()->setCurrentWidget(static_cast<QWidget *>(window->roundPane()->pages().payments));
    QSignalSpy changed(&window->session(), &WorkspaceSession::changedElsewhere);

    setTiniCopiesElsewhere(2);
    // The window's own timer notices, within a few seconds.
    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.count() > 0; }, 2 * MainWindow::outsideChangePollMilliseconds));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), QStringLiteral("김코디"));
    EXPECT_TRUE(summaryText(*window).contains(QStringLiteral("28 copies"))) << summaryText(*window).toStdString();
    EXPECT_EQ(window->sidebar()->currentRound(), RoundId(1)) << "the selection stays";
    EXPECT_EQ(window->roundPane()->tabs()->currentWidget(),
              static_cast<QWidget *>(window->roundPane()->pages().payments));
    EXPECT_EQ(window->statusBar()->currentMessage(), QStringLiteral("김코디 changed the workspace"));
    // The orders tab, hidden meanwhile, reads the round again when shown.
    window->roundPane()->tabs()->setCurrentWidget(window->roundPane()->pages().orders);
    EXPECT_EQ(tiniCopies(*window), 2);

    // Nothing new: no second reload.
    window->session().watcher()->checkNow();
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(OutsideChangeTest, TheWindowsOwnEditsAreNoOutsideChange)
{
    const auto window = windowOn(m_path);
    WorkspaceSession &session = window->session();
    QSignalSpy changed(&session, &WorkspaceSession::changedElsewhere);
    const Item book = ItemRepository(session.workspace()).forRound(1).front();
    const OrderId tini = OrderRepository(session.workspace()).forRound(1).front().id;
    ASSERT_TRUE(
        session.execute(std::make_unique<SetCopiesCommand>(session, book, tini, QStringLiteral("tini"), 1, 3, false)));
    session.undoStack()->undo();
    session.undoStack()->redo();
    session.watcher()->checkNow();
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(tiniCopies(*window), 3);
}

TEST_F(OutsideChangeTest, AChangeElsewhereBeforeTheWindowsOwnEditIsStillShown)
{
    const auto window = windowOn(m_path);
    WorkspaceSession &session = window->session();
    QSignalSpy changed(&session, &WorkspaceSession::changedElsewhere);
    setTiniCopiesElsewhere(4);
    // The window edits before its timer looked: the other coordinator's change is news all the same.
    Person person;
    person.displayName = QStringLiteral("새 이웃");
    ASSERT_TRUE(session.execute(std::make_unique<AddPersonCommand>(session, person)));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), QStringLiteral("김코디"));
    EXPECT_EQ(tiniCopies(*window), 4);
    session.watcher()->checkNow();
    EXPECT_EQ(changed.count(), 1) << "the window's own edit is not news";
}

TEST_F(OutsideChangeTest, AChangeElsewhereBetweenTwoOfTheWindowsOwnChangesIsStillShown)
{
    const auto window = windowOn(m_path);
    WorkspaceSession &session = window->session();
    QSignalSpy changed(&session, &WorkspaceSession::changedElsewhere);

    // One edit of the window's that commits twice, with another coordinator's commit landing in between.
    session.beginOwnChanges(RoundId(1), QStringLiteral("Add two neighbours"));
    addNeighbour(session.workspace(), QStringLiteral("첫 이웃"));
    setTiniCopiesElsewhere(5);
    addNeighbour(session.workspace(), QStringLiteral("둘째 이웃"));
    session.endOwnChanges();

    ASSERT_EQ(changed.count(), 1) << "the change in between is news, though the newest change is the window's";
    EXPECT_EQ(changed.at(0).at(0).toString(), QStringLiteral("김코디"));
    EXPECT_EQ(tiniCopies(*window), 5);
    session.watcher()->checkNow();
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(OutsideChangeTest, WritesOfTheWindowsOwnOutsideAnEditAreNoNewsEither)
{
    const auto window = windowOn(m_path);
    WorkspaceSession &session = window->session();
    QSignalSpy changed(&session, &WorkspaceSession::changedElsewhere);
    addNeighbour(session.workspace(), QStringLiteral("새 이웃")); // as a dialog saving its own settings does
    session.watcher()->checkNow();
    EXPECT_EQ(changed.count(), 0);

    setTiniCopiesElsewhere(6);
    addNeighbour(session.workspace(), QStringLiteral("또 다른 이웃"));
    session.watcher()->checkNow();
    ASSERT_EQ(changed.count(), 1) << "another coordinator's change before the window's newest write";
    EXPECT_EQ(changed.at(0).at(0).toString(), QStringLiteral("김코디"));
}

TEST_F(OutsideChangeTest, TheHistoryRecordsEditsUndoAndRedoAsTheEditMenuNamesThem)
{
    const auto window = windowOn(m_path);
    WorkspaceSession &session = window->session();
    session.workspace().setCoordinator(QStringLiteral("박총무"));
    const Item book = ItemRepository(session.workspace()).forRound(1).front();
    const OrderId tini = OrderRepository(session.workspace()).forRound(1).front().id;
    ASSERT_TRUE(
        session.execute(std::make_unique<SetCopiesCommand>(session, book, tini, QStringLiteral("tini"), 1, 2, false)));
    const QString text = session.undoStack()->text(0);
    session.undoStack()->undo();

    const std::vector<ChangeRecord> records = ChangeLog(session.workspace()).recent(2);
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].summary, QStringLiteral("Undo: ") + text);
    EXPECT_EQ(records[1].summary, text);
    EXPECT_EQ(records[1].roundId, std::optional<RoundId>(1));
    EXPECT_EQ(records[1].coordinator, QStringLiteral("박총무"));

    window->windowActions().changeHistory->trigger();
    auto *dialog = window->findChild<ChangeHistoryDialog *>();
    ASSERT_NE(dialog, nullptr);
    QTableWidget *table = dialog->table();
    ASSERT_GE(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, ChangeHistoryDialog::SummaryColumn)->text(), QStringLiteral("Undo: ") + text);
    EXPECT_EQ(table->item(0, ChangeHistoryDialog::CoordinatorColumn)->text(), QStringLiteral("박총무"));
    EXPECT_EQ(table->item(1, ChangeHistoryDialog::RoundColumn)->text(), records[1].roundTitle);
    EXPECT_FALSE(records[1].roundTitle.isEmpty());

    // Kept current while open: the redo is listed at once.
    session.undoStack()->redo();
    EXPECT_EQ(table->item(0, ChangeHistoryDialog::SummaryColumn)->text(), text);
}

TEST_F(OutsideChangeTest, AnEditOfARowChangedElsewhereIsRefusedAndThePagesShowTheOtherVersion)
{
    const auto window = windowOn(m_path);
    WorkspaceSession &session = window->session();
    const Person before = PersonRepository(session.workspace()).all().front();
    {
        Workspace other(m_path, m_clock);
        Person theirs = *PersonRepository(other).find(before.id);
        theirs.displayName = QStringLiteral("그쪽 이름");
        PersonRepository(other).update(theirs);
    }
    QSignalSpy errors(&session, &WorkspaceSession::errorOccurred);
    QSignalSpy people(&session, &WorkspaceSession::peopleChanged);
    Person mine = before;
    mine.displayName = QStringLiteral("내 이름");
    EXPECT_FALSE(session.execute(std::make_unique<EditPersonCommand>(session, before, mine)));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.at(0).at(0).toString().contains(QStringLiteral("another coordinator")))
        << errors.at(0).at(0).toString().toStdString();
    EXPECT_GE(people.count(), 1) << "the pages reload to show the other coordinator's version";
    EXPECT_EQ(PersonRepository(session.workspace()).find(before.id)->displayName, QStringLiteral("그쪽 이름"));
    EXPECT_EQ(session.undoStack()->count(), 0);
}

TEST_F(OutsideChangeTest, AnEditedPersonUndoesAndRedoesAcrossItsOwnRowVersions)
{
    const auto window = windowOn(m_path);
    WorkspaceSession &session = window->session();
    QSignalSpy errors(&session, &WorkspaceSession::errorOccurred);
    const Person before = PersonRepository(session.workspace()).all().front();
    Person after = before;
    after.displayName = QStringLiteral("바뀐 이름");
    ASSERT_TRUE(session.execute(std::make_unique<EditPersonCommand>(session, before, after)));
    session.undoStack()->undo();
    EXPECT_EQ(PersonRepository(session.workspace()).find(before.id)->displayName, before.displayName);
    session.undoStack()->redo();
    EXPECT_EQ(PersonRepository(session.workspace()).find(before.id)->displayName, QStringLiteral("바뀐 이름"));
    EXPECT_EQ(errors.count(), 0);
}

} // namespace
} // namespace gonggu::test
