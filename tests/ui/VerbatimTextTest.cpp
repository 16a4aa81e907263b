// Text that looks like SQL is a name like any other: stored, and shown in the People table as typed.
#include "MainWindowFixture.h"
#include "RoundPane.h"
#include "models/PeopleTableModel.h"
#include "storage/PersonRepository.h"
#include "storage/RoundRepository.h"

#include <QTabWidget>
#include <QTableView>

namespace gonggu::test {
namespace {

using VerbatimTextTest = MainWindowFixture;

TEST_F(VerbatimTextTest, APersonNamedLikeAnSqlCommandIsShownAsTyped)
{
    const QString name = QStringLiteral("'); DROP TABLE person;--");
    const QString nickname = QStringLiteral("\" OR 1=1 --");
    const QString path = makeWorkspace(QStringLiteral("people.gonggu"), false);
    {
        Workspace workspace(path, m_clock);
        Person person;
        person.displayName = name;
        person.nickname = nickname;
        person.phone = QStringLiteral("010-1234-5678");
        PersonRepository(workspace).add(person);
        Person other;
        other.displayName = QStringLiteral("김하나");
        PersonRepository(workspace).add(other);
        Round round; // so that the window shows its tabs rather than the welcome
        round.title = QStringLiteral("공구");
        RoundRepository(workspace).create(round);
    }
    const auto window = windowOn(path);
    // The directory is read when its tab is first chosen.
    window->roundPane()->tabs()->setCurrentWidget(child<QWidget>(*window, QStringLiteral("peoplePage")));
    auto *table = child<QTableView>(*window, QStringLiteral("peopleTable"));
    ASSERT_TRUE(table);
    const QAbstractItemModel *people = table->model();
    ASSERT_EQ(people->rowCount(), 2) << "both people, and the table they are in, are still there";
    QStringList names;
    QStringList nicknames;
    for (int row = 0; row < people->rowCount(); ++row) {
        names << people->index(row, int(PeopleTableModel::Column::Name)).data().toString();
        nicknames << people->index(row, int(PeopleTableModel::Column::Nickname)).data().toString();
    }
    EXPECT_TRUE(names.contains(name)) << names.join(u'|').toStdString();
    EXPECT_TRUE(nicknames.contains(nickname)) << nicknames.join(u'|').toStdString();
}

} // namespace
} // namespace gonggu::test
