#include "ExportTemplateRepository.h"

#include "SqlStatement.h"
#include "Workspace.h"
#include "domain/DateText.h"
#include "domain/Errors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace gonggu {
namespace {

const QString selectColumns =
    QStringLiteral("SELECT supplier, kind, paid_only, column_list, contact FROM export_template ");

QString columnsJson(const std::vector<ExportColumnChoice> &columns)
{
    QJsonArray array;
    for (const ExportColumnChoice &column : columns)
        array.append(QJsonObject{{QStringLiteral("key"), column.key}, {QStringLiteral("title"), column.title}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::vector<ExportColumnChoice> columnsFromJson(const QString &text)
{
    std::vector<ExportColumnChoice> columns;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const QString key = object.value(QStringLiteral("key")).toString();
        if (!key.isEmpty())
            columns.push_back({key, object.value(QStringLiteral("title")).toString()});
    }
    return columns;
}

ExportTemplate readTemplate(const SqlStatement &row)
{
    ExportTemplate result;
    result.supplier = row.text(0);
    result.kind = exportKindFromKey(row.text(1)).value_or(ExportKind::Publisher);
    result.paidOnly = row.integer(2) != 0;
    result.columns = columnsFromJson(row.text(3));
    result.contact = row.text(4);
    return result;
}

} // namespace

std::optional<ExportTemplate> ExportTemplateRepository::find(const QString &supplier, ExportKind kind) const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("WHERE supplier = :supplier AND kind = :kind"));
    query.bind(QStringLiteral(":supplier"), supplier.trimmed()).bind(QStringLiteral(":kind"), toKey(kind)).exec();
    if (!query.next())
        return std::nullopt;
    return readTemplate(query);
}

std::vector<ExportTemplate> ExportTemplateRepository::all() const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("ORDER BY supplier, kind"));
    query.exec();
    std::vector<ExportTemplate> templates;
    while (query.next())
        templates.push_back(readTemplate(query));
    return templates;
}

void ExportTemplateRepository::save(const ExportTemplate &exportTemplate)
{
    QSet<QString> keys;
    for (const ExportColumnChoice &column : exportTemplate.columns) {
        if (column.key.trimmed().isEmpty())
            throw InputError(QStringLiteral("an export column needs a key"));
        if (keys.contains(column.key))
            throw InputError(QStringLiteral("the export column '%1' is given twice").arg(column.key));
        keys.insert(column.key);
    }
    // ON CONFLICT … DO UPDATE is understood by both SQLite and PostgreSQL.
    SqlStatement upsert(
        m_workspace, QStringLiteral("INSERT INTO export_template (supplier, kind, paid_only, column_list, contact, "
                                    "updated_at) VALUES (:supplier, :kind, :paid_only, :columns, :contact, :updated) "
                                    "ON CONFLICT (supplier, kind) DO UPDATE SET paid_only = excluded.paid_only, "
                                    "column_list = excluded.column_list, contact = excluded.contact, "
                                    "updated_at = excluded.updated_at"));
    upsert.bind(QStringLiteral(":supplier"), exportTemplate.supplier.trimmed())
        .bind(QStringLiteral(":kind"), toKey(exportTemplate.kind))
        .bind(QStringLiteral(":paid_only"), exportTemplate.paidOnly ? 1 : 0)
        .bind(QStringLiteral(":columns"), columnsJson(exportTemplate.columns))
        .bind(QStringLiteral(":contact"), exportTemplate.contact.trimmed())
        .bind(QStringLiteral(":updated"), toIsoUtc(m_workspace.clock().nowUtc()))
        .exec();
}

bool ExportTemplateRepository::remove(const QString &supplier, ExportKind kind)
{
    SqlStatement remove(m_workspace,
                        QStringLiteral("DELETE FROM export_template WHERE supplier = :supplier AND kind = :kind"));
    remove.bind(QStringLiteral(":supplier"), supplier.trimmed()).bind(QStringLiteral(":kind"), toKey(kind)).exec();
    return remove.rowsAffected() > 0;
}

} // namespace gonggu
