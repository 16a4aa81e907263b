#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"
#include "storage/OrderRepository.h"
#include "storage/PaymentRepository.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** PersonRepository: names may repeat (동명이인), nicknames may not; deletion keeps the ledger whole. */
class PersonRepositoryTest : public TempWorkspaceTest
{
protected:
    PersonRepository people() { return PersonRepository(workspace()); }

    // Runs `action` expecting an InputError and returns its message.
    template <typename Action> QString inputErrorOf(Action action)
    {
        try {
            action();
        } catch (const InputError &error) {
            return error.message();
        }
        ADD_FAILURE() << "no InputError";
        return {};
    }
};

TEST_F(PersonRepositoryTest, StoresEveryField)
{
    Person person;
    person.displayName = QStringLiteral("서하윤");
    person.nickname = QStringLiteral("hayoon");
    person.realName = QStringLiteral("서하윤");
    person.depositorName = QStringLiteral("서하윤엄마");
    person.phone = QStringLiteral("010-2101-0013");
    person.email = QStringLiteral("hayoon@example.com");
    person.messenger = QStringLiteral("@hayoon");
    person.address = QStringLiteral("경기도 성남시 분당구 판교로 1");
    person.notes = QStringLiteral("모임 전달");
    const PersonId id = people().add(person);

    const std::optional<Person> stored = people().find(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->displayName, person.displayName);
    EXPECT_EQ(stored->nickname, person.nickname);
    EXPECT_EQ(stored->realName, person.realName);
    EXPECT_EQ(stored->depositorName, person.depositorName);
    EXPECT_EQ(stored->phone, person.phone);
    EXPECT_EQ(stored->email, person.email);
    EXPECT_EQ(stored->messenger, person.messenger);
    EXPECT_EQ(stored->address, person.address);
    EXPECT_EQ(stored->notes, person.notes);
}

TEST_F(PersonRepositoryTest, OverlongFieldsAreRefusedAndNothingIsStored)
{
    Person person;
    person.displayName = QString(personFieldMaxChars, u'가');
    person.address = QString(personFieldMaxChars, u'길');
    person.notes = QString(personNotesMaxChars, u'메');
    const PersonId kept = people().add(person); // at the limits exactly
    EXPECT_EQ(people().find(kept)->displayName.size(), personFieldMaxChars);

    Person pasted;
    pasted.displayName = QStringLiteral("김하나");
    pasted.phone = QString(personFieldMaxChars + 1, u'1');
    EXPECT_THROW(people().add(pasted), InputError);
    pasted.phone.clear();
    pasted.notes = QString(personNotesMaxChars + 1, u'메');
    EXPECT_THROW(people().add(pasted), InputError);
    EXPECT_EQ(people().all().size(), 1u);

    Person renamed = *people().find(kept);
    renamed.displayName += u'나';
    EXPECT_THROW(people().update(renamed), InputError);
    EXPECT_EQ(people().find(kept)->displayName, person.displayName);
}

TEST_F(PersonRepositoryTest, SameNameIsAllowed)
{
    const PersonId first = addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("tini"));
    const PersonId second = addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("mj_kim"));
    const PersonId third = addPerson(workspace(), QStringLiteral("김민준"));
    EXPECT_NE(first, second);
    EXPECT_NE(second, third);
    EXPECT_EQ(people().all().size(), 3u);
}

TEST_F(PersonRepositoryTest, PeopleWithoutNicknameDoNotCollide)
{
    addPerson(workspace(), QStringLiteral("이서연"));
    EXPECT_NO_THROW(addPerson(workspace(), QStringLiteral("박도윤")));
    EXPECT_NO_THROW(addPerson(workspace(), QStringLiteral("최지우"), QStringLiteral("   ")));
    EXPECT_EQ(people().all().size(), 3u);
}

TEST_F(PersonRepositoryTest, NicknameIsUniqueAndTheHolderIsNamed)
{
    const PersonId holder = addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("tini"));
    const QString message =
        inputErrorOf([&] { addPerson(workspace(), QStringLiteral("이서연"), QStringLiteral("tini")); });
    EXPECT_TRUE(message.contains(QStringLiteral("김민준"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::number(holder))) << message.toStdString();
    EXPECT_EQ(people().all().size(), 1u);
}

TEST_F(PersonRepositoryTest, UpdateKeepsItsOwnNicknameButNotAnothers)
{
    addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("tini"));
    const PersonId id = addPerson(workspace(), QStringLiteral("이서연"), QStringLiteral("seoyeon"));
    Person person = *people().find(id);
    person.phone = QStringLiteral("010-1234-5678");
    EXPECT_NO_THROW(people().update(person));
    person.nickname = QStringLiteral("tini");
    EXPECT_THROW(people().update(person), InputError);
    EXPECT_EQ(people().find(id)->nickname, QStringLiteral("seoyeon"));
    EXPECT_EQ(people().find(id)->phone, QStringLiteral("010-1234-5678"));
}

TEST_F(PersonRepositoryTest, ResolvesByIdNicknameOrUniqueName)
{
    const PersonId tini = addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("tini"));
    const PersonId seoyeon = addPerson(workspace(), QStringLiteral("이서연"), QStringLiteral("seoyeon"));
    EXPECT_EQ(people().resolve(QString::number(seoyeon)).id, seoyeon);
    EXPECT_EQ(people().resolve(QStringLiteral("tini")).id, tini);
    EXPECT_EQ(people().resolve(QStringLiteral("이서연")).id, seoyeon);
    EXPECT_EQ(people().resolve(QStringLiteral(" 김민준 ")).id, tini);
}

TEST_F(PersonRepositoryTest, SharedNameIsAmbiguousAndListsEveryone)
{
    const PersonId tini = addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("tini"));
    const PersonId mj = addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("mj_kim"));
    const QString message = inputErrorOf([&] { people().resolve(QStringLiteral("김민준")); });
    EXPECT_TRUE(message.contains(QString::number(tini))) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::number(mj))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("tini"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("mj_kim"))) << message.toStdString();
    // Each of them is still reachable by nickname.
    EXPECT_EQ(people().resolve(QStringLiteral("mj_kim")).id, mj);
}

TEST_F(PersonRepositoryTest, UnknownReferenceIsAnInputError)
{
    addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("tini"));
    EXPECT_THROW(people().resolve(QStringLiteral("박도윤")), InputError);
    EXPECT_THROW(people().resolve(QStringLiteral("999")), InputError);
    EXPECT_THROW(people().resolve(QStringLiteral("TINI")), InputError);
}

TEST_F(PersonRepositoryTest, AllIsSortedAsKoreanReadersSort)
{
    for (const QString &name : {QStringLiteral("하지원"), QStringLiteral("김민준"), QStringLiteral("박도윤"),
                                QStringLiteral("강예준"), QStringLiteral("이서연"), QStringLiteral("가나")})
        addPerson(workspace(), name);
    QStringList names;
    for (const Person &person : people().all())
        names << person.displayName;
    EXPECT_EQ(names, QStringList({QStringLiteral("가나"), QStringLiteral("강예준"), QStringLiteral("김민준"),
                                  QStringLiteral("박도윤"), QStringLiteral("이서연"), QStringLiteral("하지원")}));
}

TEST_F(PersonRepositoryTest, AllSortsNumbersInNamesByValueAndSameNamesByAge)
{
    // Names repeat (동명이인) among numbered ones, added out of order: numbers by value, the same name by id.
    const PersonId laterKim = addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("mj2"));
    for (const QString &name : {QStringLiteral("buyer10"), QStringLiteral("buyer2"), QStringLiteral("Buyer1")})
        addPerson(workspace(), name);
    const PersonId latestKim = addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("mj3"));
    QStringList names;
    std::vector<PersonId> kims;
    for (const Person &person : people().all()) {
        names << person.displayName;
        if (person.displayName == QStringLiteral("김민준"))
            kims.push_back(person.id);
    }
    names.removeAll(QStringLiteral("김민준")); // where Latin goes among Hangul is the collation's business
    EXPECT_EQ(names, QStringList({QStringLiteral("Buyer1"), QStringLiteral("buyer2"), QStringLiteral("buyer10")}));
    EXPECT_EQ(kims, (std::vector<PersonId>{laterKim, latestKim}));
}

TEST_F(PersonRepositoryTest, SameNamesAreListedInTheOrderAdded)
{
    const PersonId first = addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("tini"));
    const PersonId second = addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("mj_kim"));
    const std::vector<Person> all = people().all();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].id, first);
    EXPECT_EQ(all[1].id, second);
}

TEST_F(PersonRepositoryTest, PersonWithAnOrderCannotBeDeleted)
{
    const RoundId round = addRound(workspace(), QStringLiteral("1차 공구")).id;
    const PersonId id = addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("tini"));
    Order order;
    order.roundId = round;
    order.personId = id;
    OrderRepository(workspace()).create(order);

    const QString message = inputErrorOf([&] { people().remove(id); });
    EXPECT_TRUE(message.contains(QStringLiteral("order"))) << message.toStdString();
    EXPECT_TRUE(people().find(id).has_value());
}

TEST_F(PersonRepositoryTest, PersonWithAPaymentCannotBeDeleted)
{
    const RoundId round = addRound(workspace(), QStringLiteral("1차 공구")).id;
    const PersonId id = addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("tini"));
    Payment payment;
    payment.roundId = round;
    payment.personId = id;
    payment.amount = Money::won(25200);
    PaymentRepository(workspace()).add(payment);

    const QString message = inputErrorOf([&] { people().remove(id); });
    EXPECT_TRUE(message.contains(QStringLiteral("payment"))) << message.toStdString();
    EXPECT_TRUE(people().find(id).has_value());
}

TEST_F(PersonRepositoryTest, PersonWithoutHistoryCanBeDeleted)
{
    const PersonId id = addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("tini"));
    const PersonId other = addPerson(workspace(), QStringLiteral("이서연"));
    people().remove(id);
    EXPECT_FALSE(people().find(id).has_value());
    EXPECT_TRUE(people().find(other).has_value());
    // The nickname is free again.
    EXPECT_NO_THROW(addPerson(workspace(), QStringLiteral("박도윤"), QStringLiteral("tini")));
}

TEST_F(PersonRepositoryTest, DeletingSomeoneUnknownIsAnInputError)
{
    EXPECT_THROW(people().remove(4242), InputError);
}

TEST_F(PersonRepositoryTest, BlankNameIsRefused)
{
    EXPECT_THROW(addPerson(workspace(), QStringLiteral("  ")), InputError);
    EXPECT_TRUE(people().all().empty());
}

} // namespace
