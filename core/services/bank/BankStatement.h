#pragma once

#include "domain/Money.h"
#include "io/SheetTable.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <map>
#include <optional>
#include <vector>

namespace gonggu {

/** One deposit line of a bank statement. */
struct BankTransaction
{
    int line = 0; // in the file, for messages
    QDate date;
    QTime time; // invalid when the statement gives dates only
    QString depositor;
    QString description; // 적요
    QString memo;
    Money amount; // > 0
    std::optional<Money> balance;
    int occurrence = 1; // 2 for the second identical line (same date, time, name, amount and balance)

    /** What identifies this line in any statement of the same account, overlapping or not:
     *  "2026-11-02 10:11:12|30000|홍길동|1030000|1". Stored as the payment's source_ref. */
    QString reference() const;
};

/** The deposits of a statement, read with the columns it was recognised by. */
struct BankStatement
{
    QString encoding;
    int headerLine = 0;
    QStringList unrecognisedColumns;
    std::vector<BankTransaction> deposits;
    int withdrawalsSkipped = 0; // withdrawals and zero-amount lines: not payments
    std::vector<RejectedRow> rejected;
};

/** Reads the deposits out of a bank export. */
class BankStatementReader
{
public:
    /** InputError when no header with a date, a depositor and an amount column is found (the message
     *  lists what is missing and how to map it with --columns). Unreadable lines are rejected with their
     *  reason; withdrawals are counted and skipped. */
    static BankStatement read(const SheetData &sheet, const std::map<QString, QString> &columnOverrides = {});
};

} // namespace gonggu
