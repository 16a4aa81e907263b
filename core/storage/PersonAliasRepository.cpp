#include "PersonAliasRepository.h"

#include "SqlStatement.h"
#include "Workspace.h"
#include "domain/DateText.h"
#include "domain/Errors.h"
#include "domain/TextNormalization.h"

namespace gonggu {
namespace {

const QString selectColumns =
    QStringLiteral("SELECT id, person_id, alias, alias_key, created_at FROM person_alias ");

std::vector<PersonAlias> readAll(SqlStatement &query)
{
    query.exec();
    std::vector<PersonAlias> aliases;
    while (query.next())
        aliases.push_back({query.integer(0), query.integer(1), query.text(2), query.text(3), fromIsoUtc(query.text(4))});
    return aliases;
}

} // namespace

std::optional<PersonAliasId> PersonAliasRepository::add(PersonId personId, const QString &alias)
{
    const QString key = foldForMatching(alias);
    if (key.isEmpty())
        throw InputError(QStringLiteral("an empty name cannot be remembered as an alias"));
    SqlStatement existing(m_workspace, QStringLiteral("SELECT id FROM person_alias WHERE person_id = :person AND "
                                                      "alias_key = :key"));
    existing.bind(QStringLiteral(":person"), personId).bind(QStringLiteral(":key"), key);
    if (!existing.scalar().isNull())
        return std::nullopt;
    SqlStatement insert(m_workspace, QStringLiteral("INSERT INTO person_alias (person_id, alias, alias_key, created_at) "
                                                    "VALUES (:person, :alias, :key, :created)"));
    insert.bind(QStringLiteral(":person"), personId)
        .bind(QStringLiteral(":alias"), alias.trimmed())
        .bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":created"), toIsoUtc(m_workspace.clock().nowUtc()));
    return insert.exec().lastInsertId();
}

void PersonAliasRepository::remove(PersonAliasId id)
{
    SqlStatement statement(m_workspace, QStringLiteral("DELETE FROM person_alias WHERE id = :id"));
    statement.bind(QStringLiteral(":id"), id).exec();
    if (statement.rowsAffected() != 1)
        throw InputError(QStringLiteral("alias %1 does not exist").arg(id));
}

std::vector<PersonAlias> PersonAliasRepository::forPerson(PersonId personId) const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("WHERE person_id = :person ORDER BY id"));
    query.bind(QStringLiteral(":person"), personId);
    return readAll(query);
}

std::vector<PersonAlias> PersonAliasRepository::all() const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("ORDER BY id"));
    return readAll(query);
}

} // namespace gonggu
