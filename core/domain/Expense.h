#pragma once

#include "Ids.h"
#include "Money.h"
#include "Statuses.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace gonggu {

/** Money the round paid out: to the supplier, for courier shipping, or anything else. */
struct Expense
{
    ExpenseId id = 0;
    RoundId roundId = 0;
    ExpenseKind kind = ExpenseKind::Supplier;
    Money amount; // > 0
    QDate spentOn;
    QString note;
    QDateTime createdAt; // UTC; set by the repository when the expense is added
};

} // namespace gonggu
