#include "MessageTemplateRepository.h"

#include "SqlStatement.h"
#include "Workspace.h"
#include "domain/DateText.h"
#include "domain/Errors.h"

namespace gonggu {
namespace {

const QString selectColumns =
    QStringLiteral("SELECT kind, language, subject, body FROM message_template WHERE round_id = :round ");

MessageTemplate readTemplate(const SqlStatement &row)
{
    MessageTemplate result;
    result.kind = contactKindFromKey(row.text(0)).value_or(ContactKind::Confirmation);
    result.language = languageFromKey(row.text(1)).value_or(Language::Korean);
    result.subject = row.text(2);
    result.body = row.text(3);
    return result;
}

} // namespace

std::optional<MessageTemplate> MessageTemplateRepository::find(RoundId roundId, ContactKind kind,
                                                               Language language) const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("AND kind = :kind AND language = :language"));
    query.bind(QStringLiteral(":round"), roundId)
        .bind(QStringLiteral(":kind"), toKey(kind))
        .bind(QStringLiteral(":language"), toKey(language))
        .exec();
    if (!query.next())
        return std::nullopt;
    return readTemplate(query);
}

std::vector<MessageTemplate> MessageTemplateRepository::forRound(RoundId roundId) const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("ORDER BY kind, language"));
    query.bind(QStringLiteral(":round"), roundId).exec();
    std::vector<MessageTemplate> templates;
    while (query.next())
        templates.push_back(readTemplate(query));
    return templates;
}

void MessageTemplateRepository::save(RoundId roundId, const MessageTemplate &messageTemplate)
{
    // The schema's NOT NULL would refuse an empty body only as a StorageError: say what is wrong instead.
    if (messageTemplate.body.trimmed().isEmpty())
        throw InputError(QStringLiteral("a message template needs a body"));
    SqlStatement exists(m_workspace, QStringLiteral("SELECT 1 FROM round WHERE id = :id"));
    if (exists.bind(QStringLiteral(":id"), roundId).scalar().isNull())
        throw InputError(QStringLiteral("round %1 does not exist").arg(roundId));

    // ON CONFLICT … DO UPDATE is understood by both SQLite and PostgreSQL.
    SqlStatement upsert(m_workspace,
                        QStringLiteral("INSERT INTO message_template (round_id, kind, language, subject, body, "
                                       "updated_at) VALUES (:round, :kind, :language, :subject, :body, :updated) "
                                       "ON CONFLICT (round_id, kind, language) DO UPDATE SET subject = "
                                       "excluded.subject, body = excluded.body, updated_at = excluded.updated_at"));
    upsert.bind(QStringLiteral(":round"), roundId)
        .bind(QStringLiteral(":kind"), toKey(messageTemplate.kind))
        .bind(QStringLiteral(":language"), toKey(messageTemplate.language))
        .bind(QStringLiteral(":subject"), messageTemplate.subject)
        .bind(QStringLiteral(":body"), messageTemplate.body)
        .bind(QStringLiteral(":updated"), toIsoUtc(m_workspace.clock().nowUtc()))
        .exec();
}

bool MessageTemplateRepository::remove(RoundId roundId, ContactKind kind, Language language)
{
    SqlStatement remove(m_workspace, QStringLiteral("DELETE FROM message_template WHERE round_id = :round AND "
                                                    "kind = :kind AND language = :language"));
    remove.bind(QStringLiteral(":round"), roundId)
        .bind(QStringLiteral(":kind"), toKey(kind))
        .bind(QStringLiteral(":language"), toKey(language))
        .exec();
    return remove.rowsAffected() > 0;
}

} // namespace gonggu
