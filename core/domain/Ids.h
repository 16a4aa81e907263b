#pragma once

#include <QtGlobal>

namespace gonggu {

// Row ids as the workspace assigns them. Plain integers: the repositories are the only place that
// mints them, and the CLI prints them for scripts.
using RoundId = qint64;
using ItemId = qint64;
using PersonId = qint64;
using OrderId = qint64;
using PaymentId = qint64;
using PersonAliasId = qint64;
using ExpenseId = qint64;

} // namespace gonggu
