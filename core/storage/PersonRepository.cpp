#include "PersonRepository.h"

#include "RowVersion.h"
#include "SqlStatement.h"
#include "StoredTime.h"
#include "Workspace.h"
#include "domain/DateText.h"
#include "domain/Errors.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace gonggu {
namespace {

// Korean readers' order (QCollator), then by id. One collation key per distinct name, compared as bytes, rather
// than collating both names in each of the two million comparisons that sorting 100,000 people makes.
std::vector<Person> sortedByName(std::vector<Person> people)
{
    QCollator collator{QLocale(QLocale::Korean, QLocale::SouthKorea)};
    collator.setNumericMode(true);
    QHash<QString, qsizetype> keyOfName;
    std::vector<QCollatorSortKey> keys;
    std::vector<std::pair<qsizetype, std::size_t>> order; // key, then the person's place in `people`
    order.reserve(people.size());
    for (std::size_t i = 0; i < people.size(); ++i) {
        auto key = keyOfName.constFind(people[i].displayName);
        if (key == keyOfName.cend()) {
            key = keyOfName.insert(people[i].displayName, qsizetype(keys.size()));
            keys.push_back(collator.sortKey(people[i].displayName));
        }
        order.emplace_back(*key, i);
    }
    std::sort(order.begin(), order.end(), [&](const auto &a, const auto &b) {
        if (a.first != b.first) {
            const int byName = keys[std::size_t(a.first)].compare(keys[std::size_t(b.first)]);
            if (byName != 0)
                return byName < 0;
        }
        return people[a.second].id < people[b.second].id;
    });
    std::vector<Person> sorted;
    sorted.reserve(people.size());
    for (const auto &entry : order)
        sorted.push_back(std::move(people[entry.second]));
    return sorted;
}

const QString selectColumns = QStringLiteral(
    "SELECT id, display_name, nickname, real_name, depositor_name, phone, email, messenger, address, notes, "
    "row_version FROM person ");

Person readPerson(const SqlStatement &row)
{
    Person person;
    person.id = row.integer(0);
    person.displayName = row.text(1);
    person.nickname = row.text(2);
    person.realName = row.text(3);
    person.depositorName = row.text(4);
    person.phone = row.text(5);
    person.email = row.text(6);
    person.messenger = row.text(7);
    person.address = row.text(8);
    person.notes = row.text(9);
    person.rowVersion = row.integer(10);
    return person;
}

void refuseIfLonger(const QString &text, const QString &field, qsizetype most = personFieldMaxChars)
{
    if (const QString reason = overlongPersonField(text, field, most); !reason.isEmpty())
        throw InputError(reason);
}

void validate(const Person &person)
{
    if (person.displayName.trimmed().isEmpty())
        throw InputError(QStringLiteral("a person needs a name"));
    const std::pair<const QString &, const char16_t *> fields[] = {
        {person.displayName, u"name"},       {person.nickname, u"nickname"},
        {person.realName, u"real name"},     {person.depositorName, u"depositor name"},
        {person.phone, u"phone number"},     {person.email, u"e-mail address"},
        {person.messenger, u"messenger ID"}, {person.address, u"address"}};
    for (const auto &[text, field] : fields)
        refuseIfLonger(text.trimmed(), QString::fromUtf16(field));
    refuseIfLonger(person.notes.trimmed(), QStringLiteral("note"), personNotesMaxChars);
}

void refuseTakenNickname(const Workspace &workspace, const Person &person)
{
    const QString nickname = person.nickname.trimmed();
    if (nickname.isEmpty())
        return;
    SqlStatement query(workspace,
                       QStringLiteral("SELECT id, display_name FROM person WHERE nickname = :nick AND id <> :id"));
    query.bind(QStringLiteral(":nick"), nickname).bind(QStringLiteral(":id"), person.id).exec();
    if (query.next())
        throw InputError(QStringLiteral("the nickname '%1' already belongs to %2 (id %3)")
                             .arg(nickname, query.text(1))
                             .arg(query.integer(0)));
}

void bindFields(SqlStatement &statement, const Person &person)
{
    statement.bind(QStringLiteral(":name"), person.displayName.trimmed())
        .bindOptionalText(QStringLiteral(":nick"), person.nickname.trimmed())
        .bind(QStringLiteral(":real"), person.realName.trimmed())
        .bind(QStringLiteral(":depositor"), person.depositorName.trimmed())
        .bind(QStringLiteral(":phone"), person.phone.trimmed())
        .bind(QStringLiteral(":email"), person.email.trimmed())
        .bind(QStringLiteral(":messenger"), person.messenger.trimmed())
        .bind(QStringLiteral(":address"), person.address.trimmed())
        .bind(QStringLiteral(":notes"), person.notes);
}

} // namespace

PersonId PersonRepository::add(const Person &person)
{
    validate(person);
    refuseTakenNickname(m_workspace, person);
    SqlStatement insert(m_workspace,
                        QStringLiteral("INSERT INTO person (display_name, nickname, real_name, depositor_name, phone, "
                                       "email, messenger, address, notes, created_at) VALUES (:name, :nick, :real, "
                                       ":depositor, :phone, :email, :messenger, :address, :notes, :created)"));
    bindFields(insert, person);
    insert.bind(QStringLiteral(":created"), StoredTime::text(m_workspace.clock().nowUtc()));
    return insert.exec().lastInsertId();
}

qint64 PersonRepository::update(const Person &person)
{
    validate(person);
    refuseTakenNickname(m_workspace, person);
    SqlStatement statement(
        m_workspace, QStringLiteral("UPDATE person SET display_name = :name, nickname = :nick, real_name = :real, "
                                    "depositor_name = :depositor, phone = :phone, email = :email, "
                                    "messenger = :messenger, address = :address, notes = :notes") +
                         RowVersion::condition);
    bindFields(statement, person);
    return RowVersion::update(statement, m_workspace, QStringLiteral("person"), person.id, person.rowVersion,
                              QStringLiteral("person %1").arg(person.id));
}

void PersonRepository::remove(PersonId id)
{
    SqlStatement orders(m_workspace, QStringLiteral("SELECT count(*) FROM buyer_order WHERE person_id = :id"));
    const int orderCount = orders.bind(QStringLiteral(":id"), id).scalar().toInt();
    SqlStatement payments(m_workspace, QStringLiteral("SELECT count(*) FROM payment WHERE person_id = :id"));
    const int paymentCount = payments.bind(QStringLiteral(":id"), id).scalar().toInt();
    if (orderCount > 0 || paymentCount > 0)
        throw InputError(
            QStringLiteral("person %1 cannot be deleted: they have %2 order(s) and %3 payment(s) on record")
                .arg(id)
                .arg(orderCount)
                .arg(paymentCount));
    SqlStatement statement(m_workspace, QStringLiteral("DELETE FROM person WHERE id = :id"));
    statement.bind(QStringLiteral(":id"), id).exec();
    if (statement.rowsAffected() != 1)
        throw InputError(QStringLiteral("person %1 does not exist").arg(id));
}

void PersonRepository::restore(const Person &person)
{
    validate(person);
    if (find(person.id))
        throw InputError(QStringLiteral("person %1 exists already").arg(person.id));
    refuseTakenNickname(m_workspace, person);
    SqlStatement insert(m_workspace,
                        QStringLiteral("INSERT INTO person (id, display_name, nickname, real_name, depositor_name, "
                                       "phone, email, messenger, address, notes, created_at) VALUES (:id, :name, "
                                       ":nick, :real, :depositor, :phone, :email, :messenger, :address, :notes, "
                                       ":created)"));
    bindFields(insert, person);
    insert.bind(QStringLiteral(":id"), person.id)
        .bind(QStringLiteral(":created"), toIsoUtc(m_workspace.clock().nowUtc()))
        .exec();
}

std::optional<Person> PersonRepository::find(PersonId id) const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return readPerson(query);
}

std::vector<Person> PersonRepository::all() const
{
    SqlStatement query(m_workspace, selectColumns);
    query.exec();
    std::vector<Person> people;
    while (query.next())
        people.push_back(readPerson(query));
    return sortedByName(std::move(people));
}

Person PersonRepository::resolve(const QString &reference) const
{
    const QString wanted = reference.trimmed();
    bool isNumber = false;
    const PersonId id = wanted.toLongLong(&isNumber);
    if (isNumber) {
        if (auto person = find(id))
            return *person;
    }
    SqlStatement byNickname(m_workspace, selectColumns + QStringLiteral("WHERE nickname = :nick"));
    byNickname.bind(QStringLiteral(":nick"), wanted).exec();
    if (byNickname.next())
        return readPerson(byNickname);

    SqlStatement byName(m_workspace, selectColumns + QStringLiteral("WHERE display_name = :name ORDER BY id"));
    byName.bind(QStringLiteral(":name"), wanted).exec();
    std::vector<Person> matches;
    while (byName.next())
        matches.push_back(readPerson(byName));
    if (matches.size() == 1)
        return matches.front();
    if (matches.empty())
        throw InputError(
            QStringLiteral("no person '%1' (give an id, a nickname or a name; 'person list' shows them)").arg(wanted));
    QStringList who;
    for (const Person &person : matches)
        who << (person.nickname.isEmpty() ? QString::number(person.id)
                                          : QStringLiteral("%1 (%2)").arg(person.id).arg(person.nickname));
    throw InputError(QStringLiteral("%1 people are named '%2'; give the id or nickname of one: %3")
                         .arg(matches.size())
                         .arg(wanted, who.join(QStringLiteral(", "))));
}

} // namespace gonggu
