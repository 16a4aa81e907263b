#include "ChangeLog.h"

#include "SqlStatement.h"
#include "StoredTime.h"

namespace gonggu {

std::vector<ChangeRecord> ChangeLog::recent(int limit, qint64 after) const
{
    SqlStatement select(m_workspace, QStringLiteral("SELECT c.id, c.at, c.coordinator, c.round_id, COALESCE(r.title, "
                                                    "''), c.summary FROM change_log c LEFT JOIN round r ON r.id = "
                                                    "c.round_id WHERE c.id > :after ORDER BY c.id DESC LIMIT :limit"));
    select.bind(QStringLiteral(":after"), after).bind(QStringLiteral(":limit"), limit).exec();
    std::vector<ChangeRecord> records;
    while (select.next()) {
        ChangeRecord record;
        record.id = select.integer(0);
        record.at = StoredTime::read(select.value(1));
        record.coordinator = select.text(2);
        if (!select.isNull(3))
            record.roundId = select.integer(3);
        record.roundTitle = select.text(4);
        record.summary = select.text(5);
        records.push_back(std::move(record));
    }
    return records;
}

qint64 ChangeLog::latestId() const
{
    return SqlStatement(m_workspace, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM change_log"))
        .scalar()
        .toLongLong();
}

} // namespace gonggu
