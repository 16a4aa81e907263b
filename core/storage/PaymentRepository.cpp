#include "PaymentRepository.h"

#include "SqlStatement.h"
#include "StoredTime.h"
#include "Workspace.h"
#include "domain/DateText.h"
#include "domain/Errors.h"

namespace gonggu {
namespace {

const QString selectColumns = QStringLiteral("SELECT id, round_id, person_id, amount, paid_on, depositor_name, method, "
                                             "source, source_ref, note, ignored, split_of FROM payment ");

Payment readPayment(const SqlStatement &row)
{
    Payment payment;
    payment.id = row.integer(0);
    payment.roundId = row.integer(1);
    if (!row.isNull(2))
        payment.personId = row.integer(2);
    payment.amount = Money::won(row.integer(3));
    payment.paidOn = StoredTime::day(row.text(4));
    payment.depositorName = row.text(5);
    payment.method = row.text(6);
    payment.source = paymentSourceFromKey(row.text(7)).value_or(PaymentSource::Manual);
    payment.sourceRef = row.text(8);
    payment.note = row.text(9);
    payment.ignored = row.integer(10) != 0;
    if (!row.isNull(11))
        payment.splitOf = row.integer(11);
    return payment;
}

std::vector<Payment> readAll(SqlStatement &query)
{
    query.exec();
    std::vector<Payment> payments;
    while (query.next())
        payments.push_back(readPayment(query));
    return payments;
}

} // namespace

PaymentId PaymentRepository::add(const Payment &payment)
{
    if (payment.amount.isZero())
        throw InputError(QStringLiteral("a payment of 0 won records nothing"));
    SqlStatement insert(
        m_workspace,
        QStringLiteral("INSERT INTO payment (round_id, person_id, amount, paid_on, depositor_name, method, "
                       "source, source_ref, note, ignored, split_of, created_at) VALUES (:round, :person, :amount, "
                       ":paid_on, :depositor, :method, :source, :ref, :note, :ignored, :split_of, :created)"));
    insert.bind(QStringLiteral(":round"), payment.roundId)
        .bind(QStringLiteral(":person"),
              payment.personId ? QVariant(*payment.personId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":amount"), payment.amount.toWon())
        .bindOptionalText(QStringLiteral(":paid_on"), toIsoDate(payment.paidOn))
        .bind(QStringLiteral(":depositor"), payment.depositorName.trimmed())
        .bind(QStringLiteral(":method"), payment.method)
        .bind(QStringLiteral(":source"), toKey(payment.source))
        .bindOptionalText(QStringLiteral(":ref"), payment.sourceRef)
        .bind(QStringLiteral(":note"), payment.note)
        .bind(QStringLiteral(":ignored"), payment.ignored ? 1 : 0)
        .bind(QStringLiteral(":split_of"),
              payment.splitOf ? QVariant(*payment.splitOf) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":created"), StoredTime::text(m_workspace.clock().nowUtc()));
    return insert.exec().lastInsertId();
}

void PaymentRepository::remove(PaymentId id)
{
    SqlStatement statement(m_workspace, QStringLiteral("DELETE FROM payment WHERE id = :id"));
    statement.bind(QStringLiteral(":id"), id).exec();
    if (statement.rowsAffected() != 1)
        throw InputError(QStringLiteral("payment %1 does not exist").arg(id));
}

std::optional<Payment> PaymentRepository::find(PaymentId id) const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return readPayment(query);
}

std::vector<Payment> PaymentRepository::forRound(RoundId roundId) const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("WHERE round_id = :round ORDER BY paid_on, id"));
    query.bind(QStringLiteral(":round"), roundId);
    return readAll(query);
}

void PaymentRepository::assign(PaymentId id, std::optional<PersonId> personId)
{
    SqlStatement statement(m_workspace, QStringLiteral("UPDATE payment SET person_id = :person WHERE id = :id"));
    statement.bind(QStringLiteral(":person"), personId ? QVariant(*personId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":id"), id)
        .exec();
    if (statement.rowsAffected() != 1)
        throw InputError(QStringLiteral("payment %1 does not exist").arg(id));
}

void PaymentRepository::setIgnored(PaymentId id, bool ignored)
{
    SqlStatement statement(m_workspace, QStringLiteral("UPDATE payment SET ignored = :ignored WHERE id = :id"));
    statement.bind(QStringLiteral(":ignored"), ignored ? 1 : 0).bind(QStringLiteral(":id"), id).exec();
    if (statement.rowsAffected() != 1)
        throw InputError(QStringLiteral("payment %1 does not exist").arg(id));
}

void PaymentRepository::setAmount(PaymentId id, Money amount)
{
    if (amount.isZero())
        throw InputError(QStringLiteral("a payment of 0 won records nothing"));
    SqlStatement statement(m_workspace, QStringLiteral("UPDATE payment SET amount = :amount WHERE id = :id"));
    statement.bind(QStringLiteral(":amount"), amount.toWon()).bind(QStringLiteral(":id"), id).exec();
    if (statement.rowsAffected() != 1)
        throw InputError(QStringLiteral("payment %1 does not exist").arg(id));
}

QHash<QString, PaymentId> PaymentRepository::sourceRefs(RoundId roundId, PaymentSource source) const
{
    SqlStatement query(m_workspace, QStringLiteral("SELECT source_ref, id FROM payment WHERE round_id = :round AND "
                                                   "source = :source AND source_ref IS NOT NULL"));
    query.bind(QStringLiteral(":round"), roundId).bind(QStringLiteral(":source"), toKey(source)).exec();
    QHash<QString, PaymentId> refs;
    while (query.next())
        refs.insert(query.text(0), query.integer(1));
    return refs;
}

std::vector<Payment> PaymentRepository::deposits(RoundId roundId, DepositFilter filter) const
{
    QString where;
    switch (filter) {
    case DepositFilter::Unassigned:
        where = QStringLiteral("AND person_id IS NULL AND ignored = 0 ");
        break;
    case DepositFilter::Ignored:
        where = QStringLiteral("AND ignored = 1 ");
        break;
    case DepositFilter::All:
        break;
    }
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("WHERE round_id = :round AND source = :source ") +
                                        where + QStringLiteral("ORDER BY paid_on, id"));
    query.bind(QStringLiteral(":round"), roundId).bind(QStringLiteral(":source"), toKey(PaymentSource::BankImport));
    return readAll(query);
}

std::vector<Payment> PaymentRepository::splitParts(PaymentId id) const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("WHERE split_of = :id ORDER BY id"));
    query.bind(QStringLiteral(":id"), id);
    return readAll(query);
}

std::vector<Payment> PaymentRepository::forPerson(RoundId roundId, PersonId personId) const
{
    SqlStatement query(m_workspace,
                       selectColumns +
                           QStringLiteral("WHERE round_id = :round AND person_id = :person ORDER BY paid_on, id"));
    query.bind(QStringLiteral(":round"), roundId).bind(QStringLiteral(":person"), personId);
    return readAll(query);
}

} // namespace gonggu
