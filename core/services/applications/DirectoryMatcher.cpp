#include "DirectoryMatcher.h"

#include "ApplicationImportPlan.h"
#include "domain/TextNormalization.h"

#include <set>

namespace gonggu {

DirectoryMatcher::DirectoryMatcher(std::vector<Person> people, const std::unordered_map<PersonId, Order> &roundOrders)
    : m_people(std::move(people)), m_existing(m_people.size()), m_fillIndex(m_people.size(), -1)
{
    for (std::size_t slot = 0; slot < m_people.size(); ++slot) {
        const Person &person = m_people[slot];
        index(person, int(slot));
        if (roundOrders.count(person.id)) {
            for (const QString &name : {person.displayName, person.realName}) {
                if (!name.isEmpty())
                    m_buyersByName[foldForMatching(name)] << int(slot);
            }
        }
    }
}

void DirectoryMatcher::index(const Person &person, int slot)
{
    if (const QString digits = phoneDigits(person.phone); !digits.isEmpty())
        m_byPhone[digits] << slot;
    if (const QString email = normalizedEmail(person.email); !email.isEmpty())
        m_byEmail[email] << slot;
    if (!person.nickname.isEmpty())
        m_byNickname.insert(foldForMatching(person.nickname), slot);
}

std::vector<int> DirectoryMatcher::slotsFor(const ApplicationRow &row) const
{
    std::set<int> candidates;
    if (const QString digits = phoneDigits(row.phone); !digits.isEmpty())
        for (int slot : m_byPhone.value(digits))
            candidates.insert(slot);
    if (!row.email.isEmpty())
        for (int slot : m_byEmail.value(row.email))
            candidates.insert(slot);
    if (!row.nickname.isEmpty()) {
        if (auto it = m_byNickname.find(foldForMatching(row.nickname)); it != m_byNickname.end())
            candidates.insert(*it);
    }
    // A name alone is enough only for the single buyer of that name already in the round.
    if (candidates.empty() && row.phone.isEmpty() && row.email.isEmpty() && row.nickname.isEmpty()) {
        const QList<int> named = m_buyersByName.value(foldForMatching(row.name));
        if (std::set<int>(named.begin(), named.end()).size() == 1)
            candidates.insert(named.front());
    }
    return {candidates.begin(), candidates.end()};
}

DirectoryMatch DirectoryMatcher::match(const ApplicationRow &row, ApplicationImportPlan &plan)
{
    DirectoryMatch match;
    const std::vector<int> candidates = slotsFor(row);
    if (candidates.size() > 1) {
        QStringList who;
        for (int slot : candidates)
            who << QStringLiteral("%1 (id %2)")
                       .arg(m_people[std::size_t(slot)].displayName)
                       .arg(m_people[std::size_t(slot)].id);
        match.error = QStringLiteral("the phone, email and nickname point to different people: %1")
                          .arg(who.join(QStringLiteral(", ")));
        return match;
    }
    if (candidates.empty()) {
        Person person;
        person.displayName = row.name.isEmpty() ? row.nickname : row.name;
        person.realName = row.name;
        person.nickname = row.nickname;
        person.phone = row.phone;
        person.email = row.email;
        person.depositorName = row.depositor;
        person.address = row.address;
        const int slot = int(m_people.size());
        m_people.push_back(person);
        m_newPersonIndex.push_back(int(plan.newPeople.size()));
        m_fillIndex.push_back(-1);
        plan.newPeople.push_back(person);
        index(person, slot);
        match.newPersonIndex = m_newPersonIndex.back();
        match.identity = QStringLiteral("new:%1").arg(match.newPersonIndex);
        return match;
    }

    const auto slot = std::size_t(candidates.front());
    if (slot >= m_existing) {
        match.newPersonIndex = m_newPersonIndex[slot - m_existing];
        match.identity = QStringLiteral("new:%1").arg(match.newPersonIndex);
        return match;
    }
    Person &person = m_people[slot];
    match.personId = person.id;
    match.identity = QStringLiteral("id:%1").arg(person.id);
    fillAndCompare(person, row, match);
    if (!match.personChanges.isEmpty()) {
        if (m_fillIndex[slot] < 0) {
            m_fillIndex[slot] = int(plan.peopleToFill.size());
            plan.peopleToFill.push_back(person);
        } else {
            plan.peopleToFill[std::size_t(m_fillIndex[slot])] = person;
        }
        index(person, int(slot));
    }
    return match;
}

void DirectoryMatcher::fillAndCompare(Person &person, const ApplicationRow &row, DirectoryMatch &match) const
{
    // Empty details are filled in; differing ones are reported and the directory's are kept.
    auto compare = [&](QString &onFile, const QString &fromRow, const QString &what, auto same) {
        if (fromRow.isEmpty())
            return;
        if (onFile.isEmpty()) {
            onFile = fromRow;
            match.personChanges << QStringLiteral("adds %1 %2").arg(what, fromRow);
        } else if (!same(onFile, fromRow)) {
            match.conflicts
                << QStringLiteral("%1 on file '%2', in the file '%3'; kept the one on file").arg(what, onFile, fromRow);
        }
    };
    const auto sameFolded = [](const QString &a, const QString &b) { return foldForMatching(a) == foldForMatching(b); };
    compare(person.phone, row.phone, QStringLiteral("phone"),
            [](const QString &a, const QString &b) { return phoneDigits(a) == phoneDigits(b); });
    compare(person.email, row.email, QStringLiteral("email"), sameFolded);
    compare(person.nickname, row.nickname, QStringLiteral("nickname"), sameFolded);
    compare(person.depositorName, row.depositor, QStringLiteral("depositor"), sameFolded);
    compare(person.address, row.address, QStringLiteral("address"),
            [](const QString &, const QString &) { return true; });
    if (!row.name.isEmpty() && !sameFolded(row.name, person.displayName) && !sameFolded(row.name, person.realName)) {
        if (person.realName.isEmpty()) {
            person.realName = row.name;
            match.personChanges << QStringLiteral("adds real name %1").arg(row.name);
        } else {
            match.conflicts << QStringLiteral("name on file '%1', in the file '%2'; kept the one on file")
                                   .arg(person.displayName, row.name);
        }
    }
}

} // namespace gonggu
