#pragma once

#include "io/SheetTable.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace gonggu {

/** What a column of a bank transaction export holds. */
enum class BankField
{
    DateTime,    // 거래일시: date and time in one cell
    Date,        // 거래일자
    Time,        // 거래시간
    Description, // 적요: the kind of transfer (타행이체, 모바일…)
    Depositor,   // 기재내용 / 내용 / 입금자 / 보낸분: the name the deposit carries
    Deposit,     // 입금액 / 맡기신금액
    Withdrawal,  // 출금액 / 찾으신금액
    Amount,      // one signed amount column (with Type, or negative for withdrawals)
    Type,        // 구분: 입금 / 출금
    Balance,     // 잔액 / 거래후 잔액
    Memo,        // 메모 / 비고
    Branch,      // 거래점 / 취급점
};
QString toKey(BankField field);
std::optional<BankField> bankFieldFromKey(const QString &key);

/** One recognised column. */
struct BankColumn
{
    int index = -1;
    BankField field = BankField::Memo;
};

/** Which column of a statement holds what. Banks put an account preamble above the header, so the header
 *  is found by its columns: the first of the top rows that names a date, the depositor and an amount. */
class BankColumns
{
public:
    /** Recognises `header` (Korean or English); `overrides` ("depositor" → "받는분/보낸분") win, and an
     *  empty header ("balance" → "") says the file has no such column. InputError on an unknown role. */
    static BankColumns recognise(const QStringList &header, const std::map<QString, QString> &overrides = {});
    /** The index into `sheet.rows` of the header row, or nullopt when none of the first rows looks like
     *  one (with the overrides applied). */
    static std::optional<std::size_t> findHeader(const SheetData &sheet,
                                                 const std::map<QString, QString> &overrides = {});
    /** InputError when an override names a role that does not exist. */
    static void checkOverrides(const std::map<QString, QString> &overrides);
    /** The role keys users may name in --columns. */
    static QStringList roleKeys();

    std::optional<int> indexOf(BankField field) const;
    const std::vector<BankColumn> &columns() const { return m_columns; }
    const QStringList &unrecognised() const { return m_unrecognised; }
    /** What is missing to read deposits (a date, the depositor, an amount); empty when complete. */
    QStringList missingEssentials() const;

private:
    std::vector<BankColumn> m_columns;
    QStringList m_unrecognised;
};

} // namespace gonggu
