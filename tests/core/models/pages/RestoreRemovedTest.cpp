// PersonRepository::restore and ItemRepository::restore, the core side of undoing a deletion in the GUI.
#include "DemoModelTest.h"
#include "domain/Errors.h"
#include "storage/ItemRepository.h"
#include "storage/PersonRepository.h"

namespace gonggu::test {
namespace {

using RestoreRemovedTest = DemoModelTest;

TEST_F(RestoreRemovedTest, APersonComesBackUnderTheirOldId)
{
    populateDemo();
    PersonRepository people(workspace());
    Person person;
    person.displayName = QStringLiteral("김하나");
    person.nickname = QStringLiteral("hana");
    person.phone = QStringLiteral("010-1234-5678");
    person.id = people.add(person);
    Person later;
    later.displayName = QStringLiteral("이둘");
    later.id = people.add(later);

    people.remove(person.id);
    EXPECT_FALSE(people.find(person.id));
    people.restore(person);
    const std::optional<Person> back = people.find(person.id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->nickname, QStringLiteral("hana"));
    EXPECT_EQ(back->phone, QStringLiteral("010-1234-5678"));

    EXPECT_THROW(people.restore(person), InputError) << "the id is taken again";
    people.remove(person.id);
    Person nicknameThief;
    nicknameThief.displayName = QStringLiteral("박셋");
    nicknameThief.nickname = QStringLiteral("hana");
    people.add(nicknameThief);
    EXPECT_THROW(people.restore(person), InputError);
}

TEST_F(RestoreRemovedTest, AnItemComesBackInItsOldPlace)
{
    const Round round = populateDemo();
    ItemRepository items(workspace());
    Item postcard;
    postcard.roundId = round.id;
    postcard.name = QStringLiteral("부록 엽서");
    postcard.unitPrice = Money::won(1'000);
    postcard.id = items.add(postcard);
    Item bookmark = postcard;
    bookmark.name = QStringLiteral("책갈피");
    bookmark.id = items.add(bookmark);

    items.remove(postcard.id);
    items.restore(postcard);
    const std::vector<Item> all = items.forRound(round.id);
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[1].id, postcard.id);
    EXPECT_EQ(all[1].name, QStringLiteral("부록 엽서"));
    EXPECT_EQ(all[1].unitPrice, Money::won(1'000));
    EXPECT_THROW(items.restore(postcard), InputError);
}

} // namespace
} // namespace gonggu::test
