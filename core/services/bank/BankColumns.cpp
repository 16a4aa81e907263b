#include "BankColumns.h"

#include "domain/Errors.h"
#include "domain/TextNormalization.h"

#include <array>
#include <set>

namespace gonggu {
namespace {

struct FieldRule
{
    BankField field;
    const char16_t *key;
    std::initializer_list<const char16_t *> keywords; // folded: lower case, no spaces
};

// First match wins, so the specific come before the general: "입금자명" is the depositor, not the
// deposit; "거래후 잔액" the balance; "거래일시" a date with its time; "입출금구분" the type.
const std::array<FieldRule, 12> rules{{
    {BankField::Balance, u"balance", {u"잔액", u"잔고", u"balance"}},
    {BankField::Depositor,
     u"depositor",
     {u"입금자", u"입금인", u"보낸분", u"보내는분", u"보내신분", u"송금인", u"송금자", u"의뢰인", u"기재내용", u"내용",
      u"받는분", u"거래처", u"depositor", u"payer", u"sender", u"remitter", u"counterparty", u"details", u"name",
      u"성명", u"이름"}},
    {BankField::Type, u"type", {u"구분", u"type", u"dr/cr", u"cr/dr"}},
    {BankField::Withdrawal,
     u"withdrawal",
     {u"출금", u"찾으신", u"지급", u"withdrawal", u"debit", u"paidout", u"moneyout"}},
    {BankField::Deposit,
     u"deposit",
     {u"입금", u"맡기신", u"받으신", u"deposit", u"credit", u"paidin", u"moneyin"}},
    {BankField::Amount, u"amount", {u"거래금액", u"금액", u"amount"}},
    {BankField::DateTime, u"datetime", {u"일시", u"datetime", u"date/time", u"dateandtime"}},
    {BankField::Date, u"date", {u"일자", u"날짜", u"거래일", u"date"}},
    {BankField::Time, u"time", {u"시간", u"시각", u"time"}},
    {BankField::Description, u"description", {u"적요", u"거래종류", u"description", u"transaction"}},
    {BankField::Memo, u"memo", {u"메모", u"비고", u"memo", u"note", u"remark", u"reference"}},
    {BankField::Branch, u"branch", {u"거래점", u"취급점", u"branch"}},
}};

// How far down a statement its header may sit (title, account number, period, notes above it).
constexpr std::size_t headerSearchRows = 30;

std::optional<BankField> fieldForHeader(const QString &header)
{
    const QString folded = foldForMatching(header);
    for (const FieldRule &rule : rules) {
        for (const char16_t *keyword : rule.keywords) {
            if (folded.contains(QStringView(keyword)))
                return rule.field;
        }
    }
    return std::nullopt;
}

} // namespace

QString toKey(BankField field)
{
    for (const FieldRule &rule : rules) {
        if (rule.field == field)
            return QString::fromUtf16(rule.key);
    }
    return {};
}

std::optional<BankField> bankFieldFromKey(const QString &key)
{
    for (const FieldRule &rule : rules) {
        if (key == QStringView(rule.key))
            return rule.field;
    }
    return std::nullopt;
}

QStringList BankColumns::roleKeys()
{
    QStringList keys;
    for (const FieldRule &rule : rules)
        keys << QString::fromUtf16(rule.key);
    return keys;
}

void BankColumns::checkOverrides(const std::map<QString, QString> &overrides)
{
    for (const auto &[role, wanted] : overrides) {
        Q_UNUSED(wanted)
        if (!bankFieldFromKey(role))
            throw InputError(QStringLiteral("--columns: unknown role '%1' (one of: %2)")
                                 .arg(role, roleKeys().join(QStringLiteral(", "))));
    }
}

BankColumns BankColumns::recognise(const QStringList &header, const std::map<QString, QString> &overrides)
{
    checkOverrides(overrides);
    BankColumns result;
    std::vector<bool> taken(std::size_t(header.size()), false);
    std::set<BankField> suppressed; // roles the user said have no column ("balance=")
    for (const auto &[role, wanted] : overrides) {
        const BankField field = *bankFieldFromKey(role);
        if (wanted.trimmed().isEmpty()) {
            suppressed.insert(field);
            continue;
        }
        const int index = indexOfHeader(header, wanted);
        if (index < 0)
            continue; // this row is not the header (or the file lacks it): findHeader looks further
        result.m_columns.push_back({index, field});
        taken[std::size_t(index)] = true;
    }
    for (int i = 0; i < header.size(); ++i) {
        if (taken[std::size_t(i)] || header[i].trimmed().isEmpty())
            continue;
        const std::optional<BankField> field = fieldForHeader(header[i]);
        if (!field || suppressed.count(*field) || result.indexOf(*field)) {
            result.m_unrecognised << header[i];
            continue;
        }
        result.m_columns.push_back({i, *field});
    }
    return result;
}

std::optional<std::size_t> BankColumns::findHeader(const SheetData &sheet, const std::map<QString, QString> &overrides)
{
    checkOverrides(overrides);
    for (std::size_t row = 0; row < std::min(sheet.rows.size(), headerSearchRows); ++row) {
        if (recognise(sheet.rows[row].cells, overrides).missingEssentials().isEmpty())
            return row;
    }
    return std::nullopt;
}

std::optional<int> BankColumns::indexOf(BankField field) const
{
    for (const BankColumn &column : m_columns) {
        if (column.field == field)
            return column.index;
    }
    return std::nullopt;
}

QStringList BankColumns::missingEssentials() const
{
    QStringList missing;
    if (!indexOf(BankField::DateTime) && !indexOf(BankField::Date))
        missing << QStringLiteral("a date column (거래일자/거래일시, date=HEADER)");
    if (!indexOf(BankField::Depositor))
        missing << QStringLiteral("a depositor column (입금자/내용/기재내용, depositor=HEADER)");
    if (!indexOf(BankField::Deposit) && !indexOf(BankField::Amount))
        missing << QStringLiteral("a deposit amount column (입금액/맡기신금액, deposit=HEADER)");
    return missing;
}

} // namespace gonggu
