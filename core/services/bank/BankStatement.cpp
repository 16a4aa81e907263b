#include "BankStatement.h"

#include "BankColumns.h"
#include "domain/Errors.h"
#include "domain/TextNormalization.h"
#include "io/XlsxCellFormat.h"

#include <QHash>
#include <QRegularExpression>

#include <variant>

namespace gonggu {
namespace {

/** A statement's money cell: "30,000", "30000.00", "₩30,000", "30,000원"; empty or "-" is zero. */
std::optional<Money> parseAmount(const QString &text)
{
    QString cell = text.trimmed();
    cell.remove(u' ');
    cell.remove(QStringLiteral("KRW"), Qt::CaseInsensitive);
    if (cell.isEmpty() || cell == u"-")
        return Money();
    static const QRegularExpression zeroFraction(QStringLiteral("\\.0+$"));
    cell.remove(zeroFraction); // spreadsheets write whole won as 30000.0
    return Money::parse(cell);
}

struct StatementTime
{
    QDate date;
    QTime time;
};

/** Dates as banks write them: 2026-11-02, 2026.11.02, 2026/11/02, 20261102 or 2026년 11월 2일, optionally
 *  with a time; an Excel serial number when a spreadsheet stored the date as a number. */
std::optional<StatementTime> parseDateTime(const QString &text)
{
    const QString cell = text.trimmed();
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})(?:(\\d{2})(\\d{2})|\\s*[-./년]\\s*(\\d{1,2})\\s*[-./월]\\s*(\\d{1,2})\\s*[.일]?)"
        "(?:[\\sT]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(cell);
    if (match.hasMatch()) {
        const bool compact = match.hasCaptured(2); // 20261102
        const QDate date(match.captured(1).toInt(), match.captured(compact ? 2 : 4).toInt(),
                         match.captured(compact ? 3 : 5).toInt());
        if (!date.isValid() || date.year() < 1900 || date.year() > 2200)
            return std::nullopt;
        QTime time;
        if (match.hasCaptured(6)) {
            time = QTime(match.captured(6).toInt(), match.captured(7).toInt(), match.captured(8).toInt());
            if (!time.isValid())
                return std::nullopt;
        }
        return StatementTime{date, time};
    }
    bool isNumber = false;
    const double serial = cell.toDouble(&isNumber);
    if (isNumber && serial > 20000 && serial < 80000) { // 1954…2119: a serial, not some other number
        const auto kind = serial == double(qint64(serial)) ? XlsxCellFormat::Kind::Date : XlsxCellFormat::Kind::DateTime;
        if (const std::optional<QString> iso = XlsxCellFormat::serialText(serial, kind, false))
            return parseDateTime(*iso);
    }
    return std::nullopt;
}

std::optional<QTime> parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):?(\\d{2}):?(\\d{2})?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

enum class Direction
{
    In,
    Out,
    Unknown
};

Direction directionOf(const QString &type)
{
    const QString folded = foldForMatching(type);
    for (const char16_t *word : {u"입금", u"deposit", u"credit", u"cr", u"in"}) {
        if (folded == QStringView(word) || (folded.size() > 2 && folded.contains(QStringView(word))))
            return Direction::In;
    }
    for (const char16_t *word : {u"출금", u"지급", u"withdrawal", u"debit", u"dr", u"out"}) {
        if (folded == QStringView(word) || (folded.size() > 2 && folded.contains(QStringView(word))))
            return Direction::Out;
    }
    return Direction::Unknown;
}

/** A footer such as "합계" or "Total" under the transactions: not a line to import. */
bool isSummaryRow(const QStringList &cells)
{
    for (const QString &cell : cells) {
        const QString folded = foldForMatching(cell);
        if (folded.isEmpty())
            continue;
        return folded.startsWith(QStringLiteral("합계")) || folded.startsWith(QStringLiteral("총")) ||
               folded.startsWith(QStringLiteral("소계")) || folded.startsWith(QStringLiteral("total")) ||
               folded.startsWith(QStringLiteral("sum"));
    }
    return true;
}

struct Skipped
{
    bool withdrawal = false; // otherwise a note, a footer or a summary line
};
using LineResult = std::variant<BankTransaction, RejectedRow, Skipped>;

class LineReader
{
public:
    explicit LineReader(const BankColumns &columns) : m_columns(columns) {}

    LineResult read(const SheetRow &row) const
    {
        const QString dateText = cell(row, BankField::DateTime).isEmpty() ? cell(row, BankField::Date)
                                                                          : cell(row, BankField::DateTime);
        if (dateText.isEmpty()) {
            if (!hasAmount(row) || isSummaryRow(row.cells))
                return Skipped{}; // "※ 이 내역은 참고용입니다" or "합계" under the lines
            return reject(row, QStringLiteral("no date"));
        }
        const std::optional<StatementTime> when = parseDateTime(dateText);
        if (!when)
            return !hasAmount(row) || isSummaryRow(row.cells)
                       ? LineResult(Skipped{})
                       : reject(row, QStringLiteral("'%1' is not a date").arg(dateText));

        BankTransaction transaction;
        transaction.line = row.line;
        transaction.date = when->date;
        transaction.time = when->time;
        const QString timeText = cell(row, BankField::Time);
        if (!timeText.isEmpty()) {
            const std::optional<QTime> time = parseTime(timeText);
            if (!time)
                return reject(row, QStringLiteral("'%1' is not a time").arg(timeText));
            transaction.time = *time;
        }

        std::variant<Money, RejectedRow> deposit = depositOf(row);
        if (auto *rejected = std::get_if<RejectedRow>(&deposit))
            return *rejected;
        const Money amount = std::get<Money>(deposit);
        if (amount.isZero())
            return Skipped{true}; // a withdrawal or a zero line: not a payment
        transaction.amount = amount;

        const QString balanceText = cell(row, BankField::Balance);
        if (!balanceText.isEmpty())
            transaction.balance = parseAmount(balanceText); // informative only: an odd balance keeps the line
        transaction.depositor = cell(row, BankField::Depositor);
        transaction.description = cell(row, BankField::Description);
        transaction.memo = cell(row, BankField::Memo);
        return transaction;
    }

private:
    QString cell(const SheetRow &row, BankField field) const
    {
        const std::optional<int> index = m_columns.indexOf(field);
        if (!index || *index >= row.cells.size())
            return {};
        return row.cells[*index].trimmed();
    }

    bool hasAmount(const SheetRow &row) const
    {
        for (const BankField field : {BankField::Deposit, BankField::Withdrawal, BankField::Amount}) {
            const QString text = cell(row, field);
            if (!text.isEmpty() && parseAmount(text).value_or(Money()) != Money())
                return true;
        }
        return false;
    }

    static RejectedRow reject(const SheetRow &row, const QString &reason) { return RejectedRow{row.line, reason}; }

    /** The deposited amount (0 for a withdrawal), or why the line cannot be read. */
    std::variant<Money, RejectedRow> depositOf(const SheetRow &row) const
    {
        if (m_columns.indexOf(BankField::Deposit)) {
            const QString depositText = cell(row, BankField::Deposit);
            const std::optional<Money> deposit = parseAmount(depositText);
            if (!deposit)
                return reject(row, QStringLiteral("deposit '%1' is not an amount in won").arg(depositText));
            if (deposit->isNegative())
                return reject(row, QStringLiteral("deposit %1 is negative: a reversal? record it by hand")
                                       .arg(deposit->toPlainString()));
            const QString withdrawalText = cell(row, BankField::Withdrawal);
            const std::optional<Money> withdrawal = parseAmount(withdrawalText);
            if (!withdrawal)
                return reject(row, QStringLiteral("withdrawal '%1' is not an amount in won").arg(withdrawalText));
            if (!deposit->isZero() && !withdrawal->isZero())
                return reject(row, QStringLiteral("both a deposit and a withdrawal on one line"));
            return *deposit;
        }
        const QString amountText = cell(row, BankField::Amount);
        const std::optional<Money> amount = parseAmount(amountText);
        if (!amount)
            return reject(row, QStringLiteral("amount '%1' is not an amount in won").arg(amountText));
        if (!m_columns.indexOf(BankField::Type))
            return amount->isNegative() ? Money() : *amount; // a signed column: negative is money out
        const QString type = cell(row, BankField::Type);
        switch (directionOf(type)) {
        case Direction::In:
            return amount->isNegative() ? -*amount : *amount;
        case Direction::Out:
            return Money();
        case Direction::Unknown:
            break;
        }
        return reject(row, QStringLiteral("type '%1' is neither a deposit (입금) nor a withdrawal (출금)").arg(type));
    }

    const BankColumns &m_columns;
};

} // namespace

QString BankTransaction::reference() const
{
    const QString when = time.isValid() ? date.toString(u"yyyy-MM-dd") + u' ' + time.toString(u"HH:mm:ss")
                                        : date.toString(u"yyyy-MM-dd");
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(when, amount.toPlainString(), foldForMatching(depositor),
             balance ? balance->toPlainString() : QString())
        .arg(occurrence);
}

BankStatement BankStatementReader::read(const SheetData &sheet, const std::map<QString, QString> &columnOverrides)
{
    BankColumns::checkOverrides(columnOverrides);
    const std::optional<std::size_t> headerRow = BankColumns::findHeader(sheet, columnOverrides);
    if (!headerRow) {
        // Say what the most header-like row lacks, so the user knows which --columns to give.
        QStringList missing{QStringLiteral("a date, a depositor and a deposit amount column")};
        for (std::size_t row = 0; row < std::min<std::size_t>(sheet.rows.size(), 30); ++row) {
            const QStringList rowMissing = BankColumns::recognise(sheet.rows[row].cells, columnOverrides).missingEssentials();
            if (rowMissing.size() < missing.size() || (missing.size() == 1 && rowMissing.size() == 1))
                missing = rowMissing;
        }
        throw InputError(QStringLiteral("no bank statement header found: missing %1; name the columns with --columns")
                             .arg(missing.join(QStringLiteral("; "))));
    }

    BankStatement statement;
    statement.encoding = sheet.encoding;
    statement.headerLine = sheet.rows[*headerRow].line;
    const BankColumns columns = BankColumns::recognise(sheet.rows[*headerRow].cells, columnOverrides);
    statement.unrecognisedColumns = columns.unrecognised();
    const LineReader reader(columns);
    QHash<QString, int> seen; // identical lines (same day, name, amount, balance) are told apart by count
    for (std::size_t i = *headerRow + 1; i < sheet.rows.size(); ++i) {
        LineResult result = reader.read(sheet.rows[i]);
        if (auto *transaction = std::get_if<BankTransaction>(&result)) {
            transaction->occurrence = ++seen[transaction->reference()];
            statement.deposits.push_back(std::move(*transaction));
        } else if (auto *rejected = std::get_if<RejectedRow>(&result)) {
            statement.rejected.push_back(std::move(*rejected));
        } else if (std::get<Skipped>(result).withdrawal) {
            ++statement.withdrawalsSkipped;
        }
    }
    return statement;
}

} // namespace gonggu
