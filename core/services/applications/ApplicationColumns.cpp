#include "ApplicationColumns.h"

#include "domain/Errors.h"
#include "domain/TextNormalization.h"

#include <algorithm>
#include <array>
#include <set>

namespace gonggu {
namespace {

struct FieldRule
{
    ApplicationField field;
    const char16_t *key;
    std::initializer_list<const char16_t *> keywords; // folded: lower case, no spaces
};

// First match wins, so the specific come before the general: "입금자 이름" is a depositor, not a
// name; "주소(택배 선택 시)" an address, not a delivery method; "nickname" not a "name".
const std::array<FieldRule, 16> rules{{
    {ApplicationField::Timestamp,
     u"timestamp",
     {u"타임스탬프", u"timestamp", u"제출시간", u"제출일시", u"신청일시", u"신청시간", u"submitted"}},
    {ApplicationField::BusinessNumber,
     u"business_number",
     {u"사업자등록번호", u"사업자번호", u"businessnumber", u"registrationnumber"}},
    {ApplicationField::Company, u"company", {u"상호", u"회사명", u"법인명", u"company"}},
    {ApplicationField::InvoiceEmail, u"invoice_email", {u"계산서이메일", u"계산서메일", u"invoiceemail"}},
    {ApplicationField::TaxInvoice, u"tax_invoice", {u"세금계산서", u"taxinvoice"}},
    {ApplicationField::CashReceipt, u"cash_receipt", {u"현금영수증", u"cashreceipt", u"receipt"}},
    {ApplicationField::Depositor, u"depositor", {u"입금자", u"송금자", u"depositor", u"payer"}},
    {ApplicationField::Address, u"address", {u"주소", u"address"}},
    {ApplicationField::Email, u"email", {u"이메일", u"메일", u"email", u"e-mail"}},
    {ApplicationField::Phone,
     u"phone",
     {u"연락처", u"휴대폰", u"핸드폰", u"전화", u"phone", u"mobile", u"tel", u"contact"}},
    {ApplicationField::Nickname, u"nickname", {u"닉네임", u"아이디", u"별명", u"nickname", u"handle", u"username"}},
    {ApplicationField::Name, u"name", {u"이름", u"성함", u"성명", u"실명", u"name"}},
    {ApplicationField::Delivery, u"delivery", {u"배송", u"수령", u"택배", u"delivery", u"shipping", u"pickup"}},
    {ApplicationField::Copies, u"copies", {u"수량", u"권수", u"부수", u"개수", u"copies", u"qty", u"quantity"}},
    {ApplicationField::Status, u"status", {u"상태", u"신청구분", u"status"}},
    {ApplicationField::Notes,
     u"notes",
     {u"비고", u"메모", u"요청", u"하실말씀", u"note", u"comment", u"memo", u"remark"}},
}};

std::optional<ApplicationField> fieldForHeader(const QString &header)
{
    const QString folded = foldForMatching(header);
    if (folded == u"id")
        return ApplicationField::Nickname;
    for (const FieldRule &rule : rules) {
        for (const char16_t *keyword : rule.keywords) {
            if (folded.contains(QStringView(keyword)))
                return rule.field;
        }
    }
    return std::nullopt;
}

/** The item a header names, for rounds of several items ("실전 리팩터링 수량", "TDD (권)"). */
std::optional<ItemId> itemForHeader(const QString &header, const std::vector<Item> &items)
{
    const QString folded = foldForMatching(header);
    for (const Item &item : items) {
        const QString name = foldForMatching(item.name);
        if (!name.isEmpty() && folded.contains(name))
            return item.id;
        if (!item.isbn.isEmpty() && folded.contains(foldForMatching(item.isbn)))
            return item.id;
    }
    return std::nullopt;
}

} // namespace

QString toKey(ApplicationField field)
{
    for (const FieldRule &rule : rules) {
        if (rule.field == field)
            return QString::fromUtf16(rule.key);
    }
    return {};
}

std::optional<ApplicationField> applicationFieldFromKey(const QString &key)
{
    for (const FieldRule &rule : rules) {
        if (key == QStringView(rule.key))
            return rule.field;
    }
    return std::nullopt;
}

QStringList ApplicationColumns::roleKeys()
{
    QStringList keys;
    for (const FieldRule &rule : rules)
        keys << QString::fromUtf16(rule.key);
    keys << QStringLiteral("copies:ITEM");
    return keys;
}

std::map<QString, QString> ApplicationColumns::parseOverrides(const QString &text)
{
    std::map<QString, QString> overrides;
    for (const QString &pair : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            throw InputError(QStringLiteral("--columns '%1' is not role=Header").arg(pair.trimmed()));
        overrides[pair.left(equals).trimmed()] = pair.mid(equals + 1).trimmed();
    }
    return overrides;
}

void ApplicationColumns::checkOverrides(const std::map<QString, QString> &overrides, const std::vector<Item> &items)
{
    for (const auto &[role, wanted] : overrides) {
        if (role.startsWith(QStringLiteral("copies:"))) {
            const QString itemName = role.mid(7).trimmed();
            const bool known = std::any_of(items.begin(), items.end(), [&](const Item &i) {
                return i.name == itemName || QString::number(i.id) == itemName;
            });
            if (!known)
                throw InputError(QStringLiteral("--columns %1: the round has no item '%2'").arg(role, itemName));
        } else if (!applicationFieldFromKey(role)) {
            throw InputError(QStringLiteral("--columns: unknown role '%1' (one of: %2)")
                                 .arg(role, roleKeys().join(QStringLiteral(", "))));
        }
    }
}

ApplicationColumns ApplicationColumns::recognise(const QStringList &header, const std::vector<Item> &items,
                                                 const std::map<QString, QString> &overrides)
{
    checkOverrides(overrides, items);
    ApplicationColumns result;
    std::vector<bool> taken(std::size_t(header.size()), false);
    auto add = [&](int index, ApplicationField field, std::optional<ItemId> item) {
        result.m_columns.push_back({index, field, item});
        taken[std::size_t(index)] = true;
    };

    std::set<QString> suppressed; // roles the user said have no column ("phone=" / "—" in the chooser)
    for (const auto &[role, wanted] : overrides) {
        if (wanted.trimmed().isEmpty()) {
            suppressed.insert(role);
            continue;
        }
        const int index = indexOfHeader(header, wanted);
        if (index < 0)
            throw InputError(QStringLiteral("--columns %1: the file has no column '%2' (its columns: %3)")
                                 .arg(role, wanted, header.join(QStringLiteral(", "))));
        if (role.startsWith(QStringLiteral("copies:"))) {
            const QString itemName = role.mid(7).trimmed();
            const auto item = std::find_if(items.begin(), items.end(), [&](const Item &i) {
                return i.name == itemName || QString::number(i.id) == itemName;
            });
            if (item == items.end())
                throw InputError(QStringLiteral("--columns %1: the round has no item '%2'").arg(role, itemName));
            add(index, ApplicationField::Copies, item->id);
            continue;
        }
        const std::optional<ApplicationField> field = applicationFieldFromKey(role);
        if (!field)
            throw InputError(QStringLiteral("--columns: unknown role '%1' (one of: %2)")
                                 .arg(role, roleKeys().join(QStringLiteral(", "))));
        add(index, *field, std::nullopt);
    }

    for (int i = 0; i < header.size(); ++i) {
        if (taken[std::size_t(i)] || header[i].trimmed().isEmpty())
            continue;
        std::optional<ItemId> item = items.size() > 1 ? itemForHeader(header[i], items) : std::nullopt;
        std::optional<ApplicationField> field = item ? ApplicationField::Copies : fieldForHeader(header[i]);
        const QString roleKey =
            item ? QStringLiteral("copies:%1")
                       .arg(std::find_if(items.begin(), items.end(), [&](const Item &it) { return it.id == *item; })
                                ->name)
                 : (field ? toKey(*field) : QString());
        if (field && suppressed.count(roleKey)) {
            result.m_unrecognised << header[i];
            continue;
        }
        const bool alreadyMapped = field && field != ApplicationField::Copies && field != ApplicationField::Notes &&
                                   result.indexOf(*field).has_value();
        if (!field || alreadyMapped) {
            result.m_unrecognised << header[i];
            continue;
        }
        add(i, *field, item);
    }
    return result;
}

std::optional<int> ApplicationColumns::indexOf(ApplicationField field) const
{
    for (const ApplicationColumn &column : m_columns) {
        if (column.field == field)
            return column.index;
    }
    return std::nullopt;
}

std::vector<ApplicationColumn> ApplicationColumns::copiesColumns() const
{
    std::vector<ApplicationColumn> copies;
    for (const ApplicationColumn &column : m_columns) {
        if (column.field == ApplicationField::Copies)
            copies.push_back(column);
    }
    return copies;
}

QStringList ApplicationColumns::missingEssentials() const
{
    QStringList missing;
    if (!indexOf(ApplicationField::Name) && !indexOf(ApplicationField::Nickname))
        missing << QStringLiteral("a name or nickname column");
    if (copiesColumns().empty())
        missing << QStringLiteral("a copies (수량) column");
    return missing;
}

} // namespace gonggu
