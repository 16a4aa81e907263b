#include "OrdersBuyerCompleter.h"

#include "models/SearchFilterModel.h"

#include <QAbstractListModel>

namespace gonggu {
namespace {

constexpr int personIdRole = Qt::UserRole;
constexpr int searchKeyRole = Qt::UserRole + 1;

/** The directory as the completion lists it; Qt::EditRole is the plain name that goes into the field. */
class PeopleCompletionModel : public QAbstractListModel
{
public:
    PeopleCompletionModel(const std::vector<Person> &people, const QSet<PersonId> &ordering, QObject *parent)
        : QAbstractListModel(parent), m_people(people)
    {
        for (const Person &person : people) {
            QStringList parts{person.displayName};
            if (!person.nickname.isEmpty())
                parts << person.nickname;
            if (!person.phone.isEmpty())
                parts << person.phone;
            QString label = parts.join(QStringLiteral(" · "));
            if (ordering.contains(person.id))
                label += OrdersBuyerCompleter::tr(" (already in this round)");
            m_labels << label;
            m_keys << SearchFilterModel::searchKey(
                {person.nickname, person.displayName, person.realName, person.phone});
        }
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_people.size()); }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const Person &person = m_people[std::size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            return m_labels.at(index.row());
        case Qt::EditRole:
            return person.displayName;
        case personIdRole:
            return person.id;
        case searchKeyRole:
            return m_keys.at(index.row());
        default:
            return {};
        }
    }

private:
    const std::vector<Person> &m_people;
    QStringList m_labels;
    QStringList m_keys;
};

} // namespace

OrdersBuyerCompleter::OrdersBuyerCompleter(const std::vector<Person> &people, const QSet<PersonId> &alreadyOrdering,
                                           QObject *parent)
    : QCompleter(parent)
{
    setModel(new PeopleCompletionModel(people, alreadyOrdering, this));
    setObjectName(QStringLiteral("personCompleter"));
    // Matched against the search key (case-folded fields, phone digits, Hangul initials), anywhere in it.
    setCompletionRole(searchKeyRole);
    setFilterMode(Qt::MatchContains);
    setCaseSensitivity(Qt::CaseInsensitive);
    setMaxVisibleItems(10);
    connect(this, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { emit personChosen(index.data(personIdRole).toLongLong()); });
}

QString OrdersBuyerCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(Qt::EditRole).toString();
}

} // namespace gonggu
