#include "PaymentEventRepository.h"

#include "SqlStatement.h"
#include "StoredTime.h"
#include "Workspace.h"
#include "domain/DateText.h"

namespace gonggu {
namespace {

const QString selectColumns =
    QStringLiteral("SELECT id, round_id, payment_id, person_id, action, detail, at FROM payment_event ");

QVariant optionalId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::vector<PaymentEvent> readAll(SqlStatement &query)
{
    query.exec();
    std::vector<PaymentEvent> events;
    while (query.next()) {
        PaymentEvent event;
        event.id = query.integer(0);
        event.roundId = query.integer(1);
        if (!query.isNull(2))
            event.paymentId = query.integer(2);
        if (!query.isNull(3))
            event.personId = query.integer(3);
        event.action = paymentEventActionFromKey(query.text(4)).value_or(PaymentEventAction::Imported);
        event.detail = query.text(5);
        event.at = StoredTime::read(query.value(6));
        events.push_back(event);
    }
    return events;
}

} // namespace

qint64 PaymentEventRepository::add(const PaymentEvent &event)
{
    SqlStatement insert(m_workspace, QStringLiteral("INSERT INTO payment_event (round_id, payment_id, person_id, "
                                                    "action, detail, at) VALUES (:round, :payment, :person, "
                                                    ":action, :detail, :at)"));
    insert.bind(QStringLiteral(":round"), event.roundId)
        .bind(QStringLiteral(":payment"), optionalId(event.paymentId))
        .bind(QStringLiteral(":person"), optionalId(event.personId))
        .bind(QStringLiteral(":action"), toKey(event.action))
        .bind(QStringLiteral(":detail"), event.detail)
        .bind(QStringLiteral(":at"), StoredTime::text(m_workspace.clock().nowUtc()));
    return insert.exec().lastInsertId();
}

std::vector<PaymentEvent> PaymentEventRepository::forRound(RoundId roundId) const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("WHERE round_id = :round ORDER BY at, id"));
    query.bind(QStringLiteral(":round"), roundId);
    return readAll(query);
}

std::vector<PaymentEvent> PaymentEventRepository::forPayment(PaymentId paymentId) const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("WHERE payment_id = :payment ORDER BY at, id"));
    query.bind(QStringLiteral(":payment"), paymentId);
    return readAll(query);
}

} // namespace gonggu
