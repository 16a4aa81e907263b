#include "RoundRepository.h"

#include "RowVersion.h"
#include "SqlStatement.h"
#include "Workspace.h"
#include "domain/DateText.h"
#include "domain/Errors.h"

namespace gonggu {
namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, title, supplier, supplier_contact, status, opens_on, closes_on, payment_due, bank_account, "
    "shipping_fee, minimum_quantity, notes, ordered_on, delivery_on, meetup_at, meetup_place, row_version FROM round ");

Round readRound(const SqlStatement &row)
{
    Round round;
    round.id = row.integer(0);
    round.title = row.text(1);
    round.supplier = row.text(2);
    round.supplierContact = row.text(3);
    round.status = roundStatusFromKey(row.text(4)).value_or(RoundStatus::Open);
    round.opensOn = parseIsoDate(row.text(5)).value_or(QDate());
    round.closesOn = parseIsoDate(row.text(6)).value_or(QDate());
    round.paymentDue = parseIsoDate(row.text(7)).value_or(QDate());
    round.bankAccount = row.text(8);
    round.shippingFee = Money::won(row.integer(9));
    if (!row.isNull(10))
        round.minimumQuantity = int(row.integer(10));
    round.notes = row.text(11);
    round.orderedOn = parseIsoDate(row.text(12)).value_or(QDate());
    round.deliveryOn = parseIsoDate(row.text(13)).value_or(QDate());
    round.meetupAt = fromIsoUtc(row.text(14));
    round.meetupPlace = row.text(15);
    round.rowVersion = row.integer(16);
    return round;
}

void bindFields(SqlStatement &statement, const Round &round)
{
    statement.bind(QStringLiteral(":title"), round.title.trimmed())
        .bind(QStringLiteral(":supplier"), round.supplier)
        .bind(QStringLiteral(":contact"), round.supplierContact)
        .bind(QStringLiteral(":status"), toKey(round.status))
        .bindOptionalText(QStringLiteral(":opens"), toIsoDate(round.opensOn))
        .bindOptionalText(QStringLiteral(":closes"), toIsoDate(round.closesOn))
        .bindOptionalText(QStringLiteral(":due"), toIsoDate(round.paymentDue))
        .bind(QStringLiteral(":account"), round.bankAccount)
        .bind(QStringLiteral(":fee"), round.shippingFee.toWon())
        .bind(QStringLiteral(":minimum"),
              round.minimumQuantity ? QVariant(*round.minimumQuantity) : QVariant(QMetaType::fromType<int>()))
        .bind(QStringLiteral(":notes"), round.notes)
        .bindOptionalText(QStringLiteral(":ordered"), toIsoDate(round.orderedOn))
        .bindOptionalText(QStringLiteral(":delivery"), toIsoDate(round.deliveryOn))
        .bindOptionalText(QStringLiteral(":meetup"), toIsoUtc(round.meetupAt))
        .bind(QStringLiteral(":place"), round.meetupPlace);
}

void validate(const Round &round)
{
    if (round.title.trimmed().isEmpty())
        throw InputError(QStringLiteral("a round needs a title"));
    if (round.shippingFee.isNegative())
        throw InputError(QStringLiteral("the shipping fee cannot be negative"));
    if (round.minimumQuantity && *round.minimumQuantity <= 0)
        throw InputError(QStringLiteral("the minimum quantity must be more than zero"));
}

bool titleTaken(const Workspace &workspace, const QString &title, RoundId except)
{
    SqlStatement query(workspace, QStringLiteral("SELECT count(*) FROM round WHERE title = :title AND id <> :id"));
    query.bind(QStringLiteral(":title"), title.trimmed()).bind(QStringLiteral(":id"), except);
    return query.scalar().toInt() > 0;
}

} // namespace

RoundId RoundRepository::create(const Round &round)
{
    validate(round);
    if (titleTaken(m_workspace, round.title, 0))
        throw InputError(QStringLiteral("a round titled '%1' already exists").arg(round.title.trimmed()));
    SqlStatement insert(m_workspace,
                        QStringLiteral("INSERT INTO round (title, supplier, supplier_contact, status, opens_on, "
                                       "closes_on, payment_due, bank_account, shipping_fee, minimum_quantity, notes, "
                                       "ordered_on, delivery_on, meetup_at, meetup_place, created_at) VALUES (:title, "
                                       ":supplier, :contact, :status, :opens, :closes, :due, :account, :fee, :minimum, "
                                       ":notes, :ordered, :delivery, :meetup, :place, :created)"));
    bindFields(insert, round);
    insert.bind(QStringLiteral(":created"), toIsoUtc(m_workspace.clock().nowUtc()));
    return insert.exec().lastInsertId();
}

qint64 RoundRepository::update(const Round &round)
{
    validate(round);
    if (titleTaken(m_workspace, round.title, round.id))
        throw InputError(QStringLiteral("a round titled '%1' already exists").arg(round.title.trimmed()));
    SqlStatement statement(m_workspace,
                           QStringLiteral("UPDATE round SET title = :title, supplier = :supplier, "
                                          "supplier_contact = :contact, status = :status, opens_on = :opens, "
                                          "closes_on = :closes, payment_due = :due, bank_account = :account, "
                                          "shipping_fee = :fee, minimum_quantity = :minimum, notes = :notes, "
                                          "ordered_on = :ordered, delivery_on = :delivery, meetup_at = :meetup, "
                                          "meetup_place = :place") +
                               RowVersion::condition);
    bindFields(statement, round);
    return RowVersion::update(statement, m_workspace, QStringLiteral("round"), round.id, round.rowVersion,
                              QStringLiteral("round %1").arg(round.id));
}

void RoundRepository::remove(RoundId id)
{
    SqlStatement orders(m_workspace, QStringLiteral("SELECT (SELECT count(*) FROM buyer_order WHERE round_id = :id1) + "
                                                    "(SELECT count(*) FROM payment WHERE round_id = :id2)"));
    const int records = orders.bind(QStringLiteral(":id1"), id).bind(QStringLiteral(":id2"), id).scalar().toInt();
    if (records > 0)
        throw InputError(QStringLiteral("round %1 cannot be deleted: it has orders or payments").arg(id));
    SqlStatement statement(m_workspace, QStringLiteral("DELETE FROM round WHERE id = :id"));
    statement.bind(QStringLiteral(":id"), id).exec();
    if (statement.rowsAffected() != 1)
        throw InputError(QStringLiteral("round %1 does not exist").arg(id));
}

std::optional<Round> RoundRepository::find(RoundId id) const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return readRound(query);
}

std::vector<Round> RoundRepository::all() const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("ORDER BY id"));
    query.exec();
    std::vector<Round> rounds;
    while (query.next())
        rounds.push_back(readRound(query));
    return rounds;
}

Round RoundRepository::resolve(const QString &reference) const
{
    bool isNumber = false;
    const RoundId id = reference.toLongLong(&isNumber);
    if (isNumber) {
        if (auto round = find(id))
            return *round;
    }
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("WHERE title = :title"));
    query.bind(QStringLiteral(":title"), reference.trimmed()).exec();
    if (query.next())
        return readRound(query);
    throw InputError(
        QStringLiteral("no round '%1' (give its id or exact title; 'round list' shows them)").arg(reference));
}

} // namespace gonggu
