#pragma once

#include "ApplicationRow.h"
#include "domain/Order.h"
#include "domain/Person.h"

#include <QHash>
#include <QStringList>

#include <optional>
#include <unordered_map>
#include <vector>

namespace gonggu {

struct ApplicationImportPlan;

/** Who an application row is: an existing person, a person this import creates, or a refusal. */
struct DirectoryMatch
{
    std::optional<PersonId> personId;
    int newPersonIndex = -1;
    QString identity;          // the same for every row of the same person in this import
    QStringList personChanges; // details the file adds to an existing person
    QStringList conflicts;     // details that differ from the directory (kept as on file)
    QString error;             // set when the row matches two different people
};

/** Finds the person an application is from: the same phone, email or nickname is the same person;
 *  a name alone never is (동명이인), except for the one buyer of that name already in the round. */
class DirectoryMatcher
{
public:
    DirectoryMatcher(std::vector<Person> people, const std::unordered_map<PersonId, Order> &roundOrders);

    /** Matches the row, adding new people and filled-in details to the plan as it goes. */
    DirectoryMatch match(const ApplicationRow &row, ApplicationImportPlan &plan);

private:
    void index(const Person &person, int slot);
    std::vector<int> slotsFor(const ApplicationRow &row) const;
    void fillAndCompare(Person &person, const ApplicationRow &row, DirectoryMatch &match) const;

    // Existing people occupy slots [0, m_existing); people new in this import follow.
    std::vector<Person> m_people;
    std::size_t m_existing = 0;
    std::vector<int> m_newPersonIndex; // per slot ≥ m_existing: index into plan.newPeople
    std::vector<int> m_fillIndex;      // per existing slot: index into plan.peopleToFill, or -1
    QHash<QString, QList<int>> m_byPhone;
    QHash<QString, QList<int>> m_byEmail;
    QHash<QString, int> m_byNickname;
    QHash<QString, QList<int>> m_buyersByName; // people with an order in the round, by name
};

} // namespace gonggu
