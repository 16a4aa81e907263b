#pragma once

#include "BankStatement.h"
#include "DepositMatcher.h"
#include "domain/Ids.h"

#include <optional>
#include <vector>

namespace gonggu {

/** What importing one deposit would do. */
enum class DepositAction
{
    Match,           // recorded as the matched buyer's payment
    Review,          // recorded unassigned, with suggestions, for the coordinator to decide
    AlreadyImported, // an earlier statement brought this line in: nothing happens
};
QString toKey(DepositAction action);

struct PlannedDeposit
{
    BankTransaction transaction;
    DepositAction action = DepositAction::Review;
    DepositMatch match;                      // empty for AlreadyImported
    std::optional<PaymentId> existingPayment; // for AlreadyImported
};

/** Everything a statement import would do, computed without writing (shown by --dry-run and the GUI). */
struct BankImportPlan
{
    QString encoding;
    int headerLine = 0;
    QStringList unrecognisedColumns;
    int withdrawalsSkipped = 0;
    std::vector<PlannedDeposit> deposits;
    std::vector<RejectedRow> rejected;

    int count(DepositAction action) const;
    Money total(DepositAction action) const;
    bool changesSomething() const;
};

} // namespace gonggu
