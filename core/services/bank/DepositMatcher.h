#pragma once

#include "domain/Ids.h"
#include "domain/Money.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace gonggu {

class Workspace;
struct Round;

/** Why a buyer is proposed for a deposit. */
enum class MatchReason
{
    NameExact,       // the depositor name is the buyer's depositor name, real name or nickname
    NameWithAffix,   // …once a trailing phone suffix, nickname or bracketed note is taken off
    Alias,           // a name remembered from an earlier manual match
    NamePartial,     // it holds the buyer's name with more text ("김영희엄마")
    AmountExact,     // the amount is what the buyer owes
    AmountDiffers,   // less (partial) or more (overpaid) than owed
    AlreadyPaid,     // the buyer owes nothing: a second transfer?
    SameName,        // more than one buyer has this name (동명이인)
    CombinedDeposit, // the amount pays for this buyer and another
    OnBehalf,        // the text says someone else paid for the buyer (대납)
    AmountOnly,      // the name is unknown; only the amount points here
    NameCutShort,    // the bank cut the name short ("배수" for 배수지)
};
QString toKey(MatchReason reason);

/** How sure the matcher is. Only Matched is assigned without asking. */
enum class MatchKind
{
    Matched,   // exact name and exact amount, one buyer
    Suggested, // candidates with reasons, for the coordinator to decide
    Unmatched  // nobody plausible
};
QString toKey(MatchKind kind);

/** A buyer of the round as the matcher sees them. */
struct MatchableBuyer
{
    OrderId orderId = 0;
    PersonId personId = 0;
    QString displayName;
    QString nickname;
    QString realName;
    QString depositorName;
    QString phone;
    QStringList aliases;
    Money owed; // balance before this statement: > 0 owes, ≤ 0 settled or owed a refund

    QString label() const; // "tini (김하나)"
};

/** One proposed buyer. */
struct MatchCandidate
{
    OrderId orderId = 0;
    PersonId personId = 0;
    QString label;
    Money owed;   // what they owed before this deposit
    Money amount; // the part of the deposit that would go to them (all of it unless split)
    int score = 0;
    std::vector<MatchReason> reasons;
    QString explanation; // the reasons in words, translated ("name matches; amount 25,000 of 30,000 owed")
};

/** What the matcher makes of one deposit. */
struct DepositMatch
{
    MatchKind kind = MatchKind::Unmatched;
    std::vector<MatchCandidate> candidates; // best first; one when Matched
    bool split = false;                     // the candidates together take the deposit (one deposit for two buyers)
    QString explanation;                    // one line for the whole deposit, translated
};

/** Ranks the buyers of a round for a deposit from its name and amount, and explains why. Never guesses:
 *  anything short of an exact name and exact amount for one buyer is a suggestion. */
class DepositMatcher
{
public:
    explicit DepositMatcher(std::vector<MatchableBuyer> buyers);
    /** The round's non-cancelled buyers with what they owe now, and their remembered aliases. */
    static DepositMatcher forRound(const Workspace &workspace, const Round &round);

    DepositMatch match(const QString &depositor, Money amount, const QString &memo = {}) const;
    /** Counts `amount` as paid by the buyer (so a second identical deposit reads as a duplicate). */
    void recordPayment(OrderId orderId, Money amount);

    const std::vector<MatchableBuyer> &buyers() const { return m_buyers; }

private:
    /** Buyers who owe exactly `amount` now: at most `limit` of them, and how many in all. */
    std::vector<std::size_t> owing(Money amount, std::size_t limit, std::size_t *total) const;

    std::vector<MatchableBuyer> m_buyers;
    QHash<QString, std::vector<std::size_t>> m_byName;        // folded depositor name, real name, nickname → buyers
    QHash<QString, std::vector<std::size_t>> m_byAlias;       // folded remembered aliases → buyers
    QHash<QString, std::vector<std::size_t>> m_byPrefix;      // the first letters of longer names → buyers
    mutable QHash<qint64, std::vector<std::size_t>> m_byOwed; // won owed → buyers (stale entries dropped lazily)
    QHash<qint64, int> m_owedCount;                           // won owed → how many buyers owe it now
    QHash<OrderId, std::size_t> m_byOrder;
    qsizetype m_longestName = 0; // of the keys in m_byName: no longer prefix of a depositor can be one
};

} // namespace gonggu
