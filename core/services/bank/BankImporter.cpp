#include "BankImporter.h"

#include "domain/Errors.h"
#include "domain/PaymentEvent.h"
#include "storage/PaymentEventRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <algorithm>

namespace gonggu {

QString toKey(DepositAction action)
{
    switch (action) {
    case DepositAction::Match:
        return QStringLiteral("matched");
    case DepositAction::Review:
        return QStringLiteral("review");
    case DepositAction::AlreadyImported:
        return QStringLiteral("already_imported");
    }
    return {};
}

int BankImportPlan::count(DepositAction action) const
{
    return int(std::count_if(deposits.begin(), deposits.end(),
                             [action](const PlannedDeposit &deposit) { return deposit.action == action; }));
}

Money BankImportPlan::total(DepositAction action) const
{
    Money sum;
    for (const PlannedDeposit &deposit : deposits) {
        if (deposit.action == action)
            sum += deposit.transaction.amount;
    }
    return sum;
}

bool BankImportPlan::changesSomething() const
{
    return count(DepositAction::Match) + count(DepositAction::Review) > 0;
}

BankImportPlan BankImporter::plan(const Round &round, const SheetData &sheet,
                                  const std::map<QString, QString> &columnOverrides) const
{
    BankStatement statement = BankStatementReader::read(sheet, columnOverrides);
    BankImportPlan plan;
    plan.encoding = statement.encoding;
    plan.headerLine = statement.headerLine;
    plan.unrecognisedColumns = statement.unrecognisedColumns;
    plan.withdrawalsSkipped = statement.withdrawalsSkipped;
    plan.rejected = std::move(statement.rejected);

    const QHash<QString, PaymentId> imported =
        PaymentRepository(m_workspace).sourceRefs(round.id, PaymentSource::BankImport);
    DepositMatcher matcher = DepositMatcher::forRound(m_workspace, round);
    plan.deposits.reserve(statement.deposits.size());
    for (BankTransaction &transaction : statement.deposits) {
        PlannedDeposit planned;
        if (const auto existing = imported.constFind(transaction.reference()); existing != imported.constEnd()) {
            planned.action = DepositAction::AlreadyImported;
            planned.existingPayment = *existing;
        } else {
            planned.match = matcher.match(transaction.depositor, transaction.amount, transaction.memo);
            planned.action = planned.match.kind == MatchKind::Matched ? DepositAction::Match : DepositAction::Review;
            // A second deposit of the same amount from the same buyer must not match again.
            if (planned.action == DepositAction::Match)
                matcher.recordPayment(planned.match.candidates.front().orderId, transaction.amount);
        }
        planned.transaction = std::move(transaction);
        plan.deposits.push_back(std::move(planned));
    }
    return plan;
}

std::vector<PaymentId> BankImporter::apply(const Round &round, const BankImportPlan &plan)
{
    Transaction transaction(m_workspace);
    PaymentRepository payments(m_workspace);
    PaymentEventRepository events(m_workspace);
    // Checked again inside the transaction: another import may have landed since the plan was made.
    const QHash<QString, PaymentId> imported = payments.sourceRefs(round.id, PaymentSource::BankImport);
    std::vector<PaymentId> created;
    for (const PlannedDeposit &planned : plan.deposits) {
        if (planned.action == DepositAction::AlreadyImported)
            continue;
        const BankTransaction &line = planned.transaction;
        const QString reference = line.reference();
        if (imported.contains(reference))
            continue;
        Payment payment;
        payment.roundId = round.id;
        if (planned.action == DepositAction::Match)
            payment.personId = planned.match.candidates.front().personId;
        payment.amount = line.amount;
        payment.paidOn = line.date;
        payment.depositorName = line.depositor;
        payment.source = PaymentSource::BankImport;
        payment.sourceRef = reference;
        payment.note = QStringList{line.description, line.memo}.join(QStringLiteral(" · "));
        if (line.description.isEmpty() || line.memo.isEmpty())
            payment.note = line.description + line.memo;
        const PaymentId id = payments.add(payment);
        created.push_back(id);
        events.add({0, round.id, id, payment.personId,
                    planned.action == DepositAction::Match ? PaymentEventAction::Matched : PaymentEventAction::Imported,
                    QStringLiteral("line %1: %2").arg(line.line).arg(planned.match.explanation), {}});
    }
    transaction.commit();
    return created;
}

} // namespace gonggu
