#include "DepositMatcher.h"

#include "DepositorName.h"
#include "domain/PaymentRules.h"
#include "domain/Round.h"
#include "domain/TextNormalization.h"
#include "storage/LedgerQueries.h"
#include "storage/PersonAliasRepository.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

namespace gonggu {
namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("gonggu::DepositMatcher", text, comment, n);
}

/** Won as the reader of the current translation writes it: "₩30,000" or, translated, "30,000원". */
QString won(Money amount)
{
    const QString digits = QLocale(QLocale::English).toString(qAbs(amount.toWon()));
    return (amount.isNegative() ? QStringLiteral("-") : QString()) +
           QCoreApplication::translate("gonggu::DepositMatcher", "₩%1").arg(digits);
}

// How much each reason weighs when candidates are ranked. A name outweighs an amount; anything that
// casts doubt (two people of that name, nothing owed) pulls a candidate down.
int weight(MatchReason reason)
{
    switch (reason) {
    case MatchReason::NameExact:
        return 100;
    case MatchReason::Alias:
        return 95;
    case MatchReason::NameWithAffix:
        return 90;
    case MatchReason::NamePartial:
        return 60;
    case MatchReason::NameCutShort:
        return 55;
    case MatchReason::AmountExact:
        return 50;
    case MatchReason::AmountOnly:
        return 30;
    case MatchReason::AmountDiffers:
        return 10;
    case MatchReason::CombinedDeposit:
        return 5;
    case MatchReason::OnBehalf:
        return -5;
    case MatchReason::SameName:
        return -10;
    case MatchReason::AlreadyPaid:
        return -20;
    }
    return 0;
}

bool has(const std::vector<MatchReason> &reasons, MatchReason reason)
{
    return std::find(reasons.begin(), reasons.end(), reason) != reasons.end();
}

/** A name lookup that found buyers: how it matched and what was taken off or used. */
struct HitSource
{
    MatchReason how = MatchReason::NameExact;
    QString detail; // the affix that was taken off, the alias that was used
};

/** A buyer the name pointed at, before amounts are looked at. */
struct NameHit
{
    std::size_t buyer = 0;
    std::size_t source = 0; // into the lookups made for this deposit
};

// The most candidates shown for one deposit: a coordinator reads them, a list of 40 helps nobody.
constexpr std::size_t maxCandidates = 5;

} // namespace

QString toKey(MatchReason reason)
{
    static const std::array<const char16_t *, 12> keys{u"name_exact",   u"name_with_affix", u"alias",
                                                       u"name_partial", u"amount_exact",    u"amount_differs",
                                                       u"already_paid", u"same_name",       u"combined_deposit",
                                                       u"on_behalf",    u"amount_only",     u"name_cut_short"};
    return QString::fromUtf16(keys[std::size_t(reason)]);
}

QString toKey(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Matched:
        return QStringLiteral("matched");
    case MatchKind::Suggested:
        return QStringLiteral("suggested");
    case MatchKind::Unmatched:
        return QStringLiteral("unmatched");
    }
    return {};
}

QString MatchableBuyer::label() const
{
    const QString name = realName.isEmpty() ? displayName : realName;
    if (nickname.isEmpty() || nickname == name)
        return name;
    return QStringLiteral("%1 (%2)").arg(nickname, name);
}

DepositMatcher::DepositMatcher(std::vector<MatchableBuyer> buyers) : m_buyers(std::move(buyers))
{
    for (std::size_t i = 0; i < m_buyers.size(); ++i) {
        const MatchableBuyer &buyer = m_buyers[i];
        m_byOrder.insert(buyer.orderId, i);
        QStringList keys;
        for (const QString &name : {buyer.depositorName, buyer.realName, buyer.nickname, buyer.displayName}) {
            const QString key = foldForMatching(name);
            if (!key.isEmpty() && !keys.contains(key))
                keys << key;
        }
        for (const QString &key : keys) {
            m_byName[key].push_back(i);
            m_longestName = std::max(m_longestName, key.size());
            // Transfer screens cut long names short: "배수지" can arrive as "배수".
            for (qsizetype length = 2; length < key.size() && length <= 6; ++length) {
                std::vector<std::size_t> &buyersWithPrefix = m_byPrefix[key.left(length)];
                if (buyersWithPrefix.empty() || buyersWithPrefix.back() != i) // 최유진 and 최유진엄마: once
                    buyersWithPrefix.push_back(i);
            }
        }
        for (const QString &alias : buyer.aliases) {
            const QString key = foldForMatching(alias);
            if (!key.isEmpty() && !keys.contains(key))
                m_byAlias[key].push_back(i);
        }
        if (buyer.owed > Money()) {
            m_byOwed[buyer.owed.toWon()].push_back(i);
            ++m_owedCount[buyer.owed.toWon()];
        }
    }
}

DepositMatcher DepositMatcher::forRound(const Workspace &workspace, const Round &round)
{
    std::unordered_map<PersonId, QStringList> aliases;
    for (const PersonAlias &alias : PersonAliasRepository(workspace).all())
        aliases[alias.personId] << alias.alias;
    std::vector<MatchableBuyer> buyers;
    for (const BuyerLedgerRow &row : LedgerQueries(workspace).buyerRows(round.id)) {
        MatchableBuyer buyer;
        buyer.orderId = row.orderId;
        buyer.personId = row.personId;
        buyer.displayName = row.displayName;
        buyer.nickname = row.nickname;
        buyer.realName = row.realName;
        buyer.depositorName = row.depositorName;
        buyer.phone = row.phone;
        if (auto it = aliases.find(row.personId); it != aliases.end())
            buyer.aliases = it->second;
        buyer.owed = amountDue(row.status, row.delivery, row.goods, round.shippingFee) - row.paid;
        buyers.push_back(std::move(buyer));
    }
    return DepositMatcher(std::move(buyers));
}

void DepositMatcher::recordPayment(OrderId orderId, Money amount)
{
    const auto it = m_byOrder.constFind(orderId);
    if (it == m_byOrder.constEnd())
        return;
    MatchableBuyer &buyer = m_buyers[*it];
    if (buyer.owed > Money())
        --m_owedCount[buyer.owed.toWon()];
    buyer.owed -= amount;
    // The old entry in m_byOwed goes stale and is dropped on a later lookup (removing it now costs a scan).
    if (buyer.owed > Money()) {
        m_byOwed[buyer.owed.toWon()].push_back(*it);
        ++m_owedCount[buyer.owed.toWon()];
    }
}

std::vector<std::size_t> DepositMatcher::owing(Money amount, std::size_t limit, std::size_t *total) const
{
    std::vector<std::size_t> found;
    if (total)
        *total = std::size_t(m_owedCount.value(amount.toWon()));
    const auto it = m_byOwed.find(amount.toWon());
    if (it == m_byOwed.end())
        return found;
    // Stale entries (buyers whose balance moved on) are swapped out as they are met, so that repeated
    // lookups during a big import stay cheap; the few found are then put back in the order buyers came.
    std::vector<std::size_t> &bucket = *it;
    for (std::size_t i = 0; i < bucket.size() && found.size() < limit;) {
        const std::size_t buyer = bucket[i];
        if (m_buyers[buyer].owed != amount) {
            bucket[i] = bucket.back();
            bucket.pop_back();
            continue;
        }
        if (std::find(found.begin(), found.end(), buyer) == found.end())
            found.push_back(buyer);
        ++i;
    }
    std::sort(found.begin(), found.end());
    return found;
}

DepositMatch DepositMatcher::match(const QString &depositor, Money amount, const QString &memo) const
{
    const DepositorName name = DepositorName::parse(depositor);
    // Hits refer to the lookup that found them (how, and what was taken off), so that a name a thousand
    // buyers share costs a thousand indexes, not a thousand strings.
    std::vector<HitSource> sources;
    std::vector<NameHit> hits;
    bool mayRepeat = false; // a buyer found by name and by alias must be one candidate
    auto addHits = [&](const QString &key, MatchReason how, const QString &detail,
                       const QHash<QString, std::vector<std::size_t>> &index) {
        if (key.isEmpty())
            return;
        const auto it = index.constFind(key);
        if (it == index.constEnd())
            return;
        mayRepeat = mayRepeat || !hits.empty();
        sources.push_back({how, detail});
        hits.reserve(hits.size() + it->size());
        for (const std::size_t buyer : *it)
            hits.push_back({buyer, sources.size() - 1});
    };

    addHits(name.key, MatchReason::NameExact, {}, m_byName);
    addHits(name.key, MatchReason::Alias, name.raw, m_byAlias);
    if (hits.empty() && name.core != name.key) {
        const QString affix = QStringList{name.bracketed, name.digits, name.trailing}.join(u' ').simplified();
        addHits(name.core, MatchReason::NameWithAffix, affix, m_byName);
        addHits(name.core, MatchReason::NameWithAffix, affix, m_byAlias);
        if (hits.empty())
            addHits(name.trailing, MatchReason::NameWithAffix, name.core, m_byName); // the nickname part
    }
    if (hits.empty() && name.core.size() >= 3) {
        // "김영희엄마": the name of a buyer followed by more text. Only prefixes as long as some buyer's name
        // are looked up, so that a garbled megabyte-long cell costs one pass, not one per character.
        for (qsizetype length = std::min(name.core.size() - 1, m_longestName); length >= 2 && hits.empty(); --length)
            addHits(name.core.left(length), MatchReason::NamePartial, name.core.mid(length), m_byName);
    }
    if (hits.empty() && name.core.size() >= 2)
        addHits(name.core, MatchReason::NameCutShort, name.core, m_byPrefix);
    if (mayRepeat) {
        std::unordered_set<std::size_t> seen;
        hits.erase(std::remove_if(hits.begin(), hits.end(),
                                  [&](const NameHit &hit) { return !seen.insert(hit.buyer).second; }),
                   hits.end());
    }

    // A trailing number that is one buyer's phone ending tells same-name buyers apart.
    if (hits.size() > 1 && !name.digits.isEmpty()) {
        std::vector<NameHit> byPhone;
        for (const NameHit &hit : hits) {
            if (phoneDigits(m_buyers[hit.buyer].phone).endsWith(name.digits))
                byPhone.push_back(hit);
        }
        if (byPhone.size() == 1)
            hits = byPhone;
    }

    DepositMatch result;
    const std::size_t sharingName = hits.size();
    const bool sameName = sharingName > 1;
    if (hits.size() > maxCandidates) {
        // A common name in a big round: only the few most likely are explained and shown, those who owe
        // exactly this amount first, then those who still owe something, in the order they came.
        std::array<std::vector<NameHit>, 3> tiers;
        for (const NameHit &hit : hits) {
            const Money owed = m_buyers[hit.buyer].owed;
            auto &tier = tiers[owed == amount ? 0 : (owed > Money() ? 1 : 2)];
            if (tier.size() < maxCandidates)
                tier.push_back(hit);
        }
        hits.clear();
        for (const auto &tier : tiers)
            hits.insert(hits.end(), tier.begin(), tier.end());
        hits.resize(maxCandidates);
    }
    for (const NameHit &hit : hits) {
        const MatchableBuyer &buyer = m_buyers[hit.buyer];
        MatchCandidate candidate{buyer.orderId, buyer.personId, buyer.label(), buyer.owed, amount, 0, {}, {}};
        QStringList why;
        const HitSource &source = sources[hit.source];
        candidate.reasons.push_back(source.how);
        switch (source.how) {
        case MatchReason::NameExact:
            why << tr("name matches");
            break;
        case MatchReason::Alias:
            why << tr("remembered name '%1'").arg(source.detail);
            break;
        case MatchReason::NameWithAffix:
            why << tr("name matches without '%1'").arg(source.detail);
            break;
        case MatchReason::NameCutShort:
            why << tr("their name starts with '%1' (cut short?)").arg(source.detail);
            break;
        default:
            why << tr("name starts with theirs ('%1' added)").arg(source.detail);
            break;
        }
        if (!name.digits.isEmpty() && source.how == MatchReason::NameWithAffix) {
            const QString phone = phoneDigits(buyer.phone);
            if (!phone.isEmpty() && !phone.endsWith(name.digits)) {
                candidate.reasons.push_back(MatchReason::NamePartial);
                why << tr("but their phone does not end in %1").arg(name.digits);
            }
        }
        if (sameName) {
            candidate.reasons.push_back(MatchReason::SameName);
            why << tr("%n buyers share this name", nullptr, int(sharingName));
        }
        if (name.onBehalf && source.how != MatchReason::Alias) {
            candidate.reasons.push_back(MatchReason::OnBehalf);
            why << (name.payer.isEmpty() ? tr("paid on their behalf")
                                         : tr("paid on their behalf by %1").arg(name.payer));
        }
        if (buyer.owed <= Money()) {
            candidate.reasons.push_back(MatchReason::AlreadyPaid);
            why << tr("has nothing left to pay: a second transfer? (refund due)");
        } else if (buyer.owed == amount) {
            candidate.reasons.push_back(MatchReason::AmountExact);
            why << tr("amount is what they owe");
        } else {
            candidate.reasons.push_back(MatchReason::AmountDiffers);
            why << (amount < buyer.owed ? tr("%1 of %2 owed (partial)").arg(won(amount), won(buyer.owed))
                                        : tr("%1 is more than the %2 owed").arg(won(amount), won(buyer.owed)));
        }
        candidate.explanation = why.join(QStringLiteral("; "));
        for (const MatchReason reason : candidate.reasons)
            candidate.score += weight(reason);
        result.candidates.push_back(std::move(candidate));
    }
    std::stable_sort(result.candidates.begin(), result.candidates.end(),
                     [](const MatchCandidate &a, const MatchCandidate &b) { return a.score > b.score; });

    if (result.candidates.size() == 1) {
        MatchCandidate &only = result.candidates.front();
        const bool exactName =
            has(only.reasons, MatchReason::NameExact) || has(only.reasons, MatchReason::Alias) ||
            (has(only.reasons, MatchReason::NameWithAffix) && !has(only.reasons, MatchReason::NamePartial));
        const bool doubt = has(only.reasons, MatchReason::OnBehalf) || has(only.reasons, MatchReason::NamePartial) ||
                           has(only.reasons, MatchReason::NameCutShort);
        if (exactName && !doubt && has(only.reasons, MatchReason::AmountExact)) {
            result.kind = MatchKind::Matched;
            result.explanation = tr("exact name and amount");
            return result;
        }
        // One deposit for two buyers: the named one's share and exactly what someone else owes.
        if (only.owed > Money() && amount > only.owed) {
            const Money rest = amount - only.owed;
            std::size_t others = 0;
            std::vector<std::size_t> owingRest = owing(rest, maxCandidates + 1, &others);
            owingRest.erase(std::remove_if(owingRest.begin(), owingRest.end(),
                                           [&](std::size_t b) { return m_buyers[b].orderId == only.orderId; }),
                            owingRest.end());
            if (!owingRest.empty()) {
                // Prefer the buyer the memo names ("김하나 몫 포함"), then the one listed first.
                const QString memoKey = foldForMatching(memo + depositor);
                auto named = std::find_if(owingRest.begin(), owingRest.end(), [&](std::size_t b) {
                    const QString real = foldForMatching(m_buyers[b].realName);
                    const QString nick = foldForMatching(m_buyers[b].nickname);
                    return (!real.isEmpty() && memoKey.contains(real)) || (!nick.isEmpty() && memoKey.contains(nick));
                });
                const MatchableBuyer &other = m_buyers[named != owingRest.end() ? *named : owingRest.front()];
                only.amount = only.owed;
                only.reasons.push_back(MatchReason::CombinedDeposit);
                only.explanation += QStringLiteral("; ") + tr("pays %1 of it").arg(won(only.owed));
                MatchCandidate second{other.orderId,
                                      other.personId,
                                      other.label(),
                                      other.owed,
                                      rest,
                                      weight(MatchReason::CombinedDeposit) + weight(MatchReason::AmountOnly),
                                      {MatchReason::CombinedDeposit, MatchReason::AmountOnly},
                                      {}};
                const std::size_t alternatives = others - (only.owed == rest ? 1 : 0);
                second.explanation =
                    alternatives > 1
                        ? tr("owes the other %1 (as do %n other buyers)", nullptr, int(alternatives) - 1).arg(won(rest))
                        : tr("owes the other %1").arg(won(rest));
                result.candidates.push_back(std::move(second));
                result.split = true;
                result.kind = MatchKind::Suggested;
                result.explanation = tr("one deposit for two buyers? split it");
                return result;
            }
        }
    }
    if (!result.candidates.empty()) {
        if (result.candidates.size() > maxCandidates)
            result.candidates.resize(maxCandidates);
        result.kind = MatchKind::Suggested;
        result.explanation = sameName ? tr("%n buyers share this name", nullptr, int(sharingName))
                                      : result.candidates.front().explanation;
        return result;
    }

    // No name to go by: the amount alone may point at someone, but never decides.
    std::size_t total = 0;
    const std::vector<std::size_t> owingAmount = owing(amount, maxCandidates, &total);
    if (total >= 1 && total <= maxCandidates) {
        for (const std::size_t b : owingAmount) {
            const MatchableBuyer &buyer = m_buyers[b];
            result.candidates.push_back({buyer.orderId,
                                         buyer.personId,
                                         buyer.label(),
                                         buyer.owed,
                                         amount,
                                         weight(MatchReason::AmountOnly),
                                         {MatchReason::AmountOnly},
                                         tr("unknown name; owes exactly %1").arg(won(amount))});
        }
        result.kind = MatchKind::Suggested;
        result.explanation =
            total == 1
                ? tr("no buyer by this name; only %1 owes exactly %2").arg(result.candidates.front().label, won(amount))
                : tr("no buyer by this name; %n buyers owe exactly this amount", nullptr, int(total));
        return result;
    }
    result.kind = MatchKind::Unmatched;
    result.explanation = total > maxCandidates
                             ? tr("no buyer by this name; %n buyers owe this amount", nullptr, int(total))
                             : tr("no buyer by this name, and nobody owes %1").arg(won(amount));
    return result;
}

} // namespace gonggu
