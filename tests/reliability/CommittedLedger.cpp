#include "CommittedLedger.h"

#include "MarkedSheets.h"
#include "WorkspaceProbe.h"

namespace gonggu::test {
namespace {

QString paymentNote(int serial)
{
    return QStringLiteral("crash-pay-%1").arg(serial);
}

int count(const WorkspaceProbe &probe, const QString &sql, const QVariantList &values = {})
{
    const QVariant value = probe.scalar(sql, values);
    return value.isValid() ? value.toInt() : -1;
}

} // namespace

QString CrashWrite::describe() const
{
    switch (kind) {
    case Kind::Payment:
        return QStringLiteral("payment add #%1 (%2 won)").arg(serial).arg(amount);
    case Kind::Applications:
        return QStringLiteral("import applications batch %1 (%2 rows)").arg(serial).arg(rows);
    case Kind::Bank:
        return QStringLiteral("import bank batch %1 (%2 rows)").arg(serial).arg(rows);
    }
    return {};
}

void CommittedLedger::paymentCommitted(const CrashWrite &write, qint64 id)
{
    m_payments[id] = write;
}

void CommittedLedger::importCommitted(const CrashWrite &write)
{
    m_imports.push_back(write);
}

QStringList CommittedLedger::verify(const QString &path, bool *landed)
{
    // Opened read-write, as the next gonggu-cli would: this is where SQLite rolls back what the kill interrupted.
    const WorkspaceProbe probe(path, WorkspaceProbe::Mode::ReadWrite);
    if (!probe.isOpen())
        return {QStringLiteral("cannot open the workspace: %1").arg(probe.openError())};
    QStringList problems;
    const QStringList integrity = probe.integrityCheck();
    if (integrity != QStringList{QStringLiteral("ok")})
        problems << QStringLiteral("integrity_check: %1").arg(integrity.join(QStringLiteral("; ")));
    for (const QString &violation : probe.foreignKeyViolations())
        problems << QStringLiteral("foreign_key_check: %1").arg(violation);
    problems << settleKilled(probe, landed);
    problems << checkPayments(probe) << checkImports(probe);
    return problems;
}

QStringList CommittedLedger::settleKilled(const WorkspaceProbe &probe, bool *landed)
{
    QStringList problems;
    bool found = false;
    if (m_killed && m_killed->kind == CrashWrite::Kind::Payment) {
        const QString note = paymentNote(m_killed->serial);
        const int copies = count(probe, QStringLiteral("SELECT count(*) FROM payment WHERE note = ?"), {note});
        if (copies > 1)
            problems << QStringLiteral("%1 was killed, yet it is there %2 times").arg(m_killed->describe()).arg(copies);
        if (copies == 1) {
            found = true;
            m_payments[probe.scalar(QStringLiteral("SELECT id FROM payment WHERE note = ?"), {note}).toLongLong()] =
                *m_killed;
        }
    } else if (m_killed) {
        QStringList countProblems;
        const std::optional<int> rows = importedRows(probe, *m_killed, &countProblems);
        problems << countProblems;
        if (rows && *rows != 0 && *rows != m_killed->rows)
            problems << QStringLiteral("%1 was killed and is there in part: %2 of %3 rows")
                            .arg(m_killed->describe())
                            .arg(*rows)
                            .arg(m_killed->rows);
        if (rows && *rows == m_killed->rows) {
            found = true;
            m_imports.push_back(*m_killed);
        }
    }
    m_killed.reset();
    if (landed)
        *landed = found;
    return problems;
}

QStringList CommittedLedger::checkPayments(const WorkspaceProbe &probe) const
{
    QStringList problems;
    for (const auto &[id, write] : m_payments) {
        const QVariant amount = probe.scalar(QStringLiteral("SELECT amount FROM payment WHERE id = ? AND note = ?"),
                                             {id, paymentNote(write.serial)});
        if (!amount.isValid())
            problems << QStringLiteral("%1 reported id %2, which is gone").arg(write.describe()).arg(id);
        else if (amount.toLongLong() != write.amount)
            problems
                << QStringLiteral("%1 (id %2) now has %3 won").arg(write.describe()).arg(id).arg(amount.toString());
    }
    // Nothing more either: no payment was written twice or out of nowhere.
    const int all = count(probe, QStringLiteral("SELECT count(*) FROM payment WHERE note LIKE 'crash-pay-%'"));
    if (all != int(m_payments.size()))
        problems << QStringLiteral("%1 test payments in the workspace, %2 reported").arg(all).arg(m_payments.size());
    return problems;
}

QStringList CommittedLedger::checkImports(const WorkspaceProbe &probe) const
{
    QStringList problems;
    for (const CrashWrite &write : m_imports) {
        const std::optional<int> rows = importedRows(probe, write, &problems);
        if (rows && *rows != write.rows)
            problems << QStringLiteral("%1 was reported written, but %2 of its rows are there")
                            .arg(write.describe())
                            .arg(*rows);
    }
    return problems;
}

std::optional<int> CommittedLedger::importedRows(const WorkspaceProbe &probe, const CrashWrite &write,
                                                 QStringList *problems) const
{
    std::vector<int> counts;
    if (write.kind == CrashWrite::Kind::Applications) {
        const QString pattern = MarkedSheets::applicantPattern(write.serial);
        // Each applicant is a person with one order of one line: all three or none.
        counts = {count(probe, QStringLiteral("SELECT count(*) FROM person WHERE nickname LIKE ?"), {pattern}),
                  count(probe,
                        QStringLiteral("SELECT count(*) FROM buyer_order o JOIN person p ON p.id = o.person_id "
                                       "WHERE p.nickname LIKE ?"),
                        {pattern}),
                  count(probe,
                        QStringLiteral("SELECT count(*) FROM order_line l JOIN buyer_order o ON o.id = l.order_id "
                                       "JOIN person p ON p.id = o.person_id WHERE p.nickname LIKE ?"),
                        {pattern})};
    } else {
        const QString pattern = MarkedSheets::depositorPattern(write.serial);
        // Each deposit is a payment with the event that says it was imported.
        counts = {count(probe,
                        QStringLiteral("SELECT count(*) FROM payment WHERE depositor_name LIKE ? "
                                       "AND source = 'bank_import'"),
                        {pattern}),
                  count(probe,
                        QStringLiteral("SELECT count(*) FROM payment_event e JOIN payment p ON p.id = e.payment_id "
                                       "WHERE p.depositor_name LIKE ?"),
                        {pattern})};
    }
    for (const int n : counts) {
        if (n != counts.front()) {
            QStringList numbers;
            for (const int each : counts)
                numbers << QString::number(each);
            *problems << QStringLiteral("%1: its tables disagree (%2)")
                             .arg(write.describe(), numbers.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    if (counts.front() < 0) {
        *problems << QStringLiteral("%1: cannot count its rows").arg(write.describe());
        return std::nullopt;
    }
    return counts.front();
}

} // namespace gonggu::test
