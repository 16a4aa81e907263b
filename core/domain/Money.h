#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace gonggu {

/** An amount of Korean won, whole won only; never floating point. */
class Money
{
public:
    // Inputs are bounded so that sums over any realistic round (10^5 buyers) stay far inside qint64.
    static constexpr qint64 maxAbsoluteWon = 1'000'000'000'000; // 1조 원

    constexpr Money() = default;
    static constexpr Money won(qint64 amount) { return Money(amount); }

    /** Parses "30000", "30,000", "-5000", "₩30,000" or "30,000원"; nullopt for anything else
     *  (fractions, exponents, letters, empty, beyond maxAbsoluteWon). */
    static std::optional<Money> parse(const QString &text);

    constexpr qint64 toWon() const { return m_won; }
    constexpr bool isZero() const { return m_won == 0; }
    constexpr bool isNegative() const { return m_won < 0; }

    constexpr Money operator+(Money other) const { return Money(m_won + other.m_won); }
    constexpr Money operator-(Money other) const { return Money(m_won - other.m_won); }
    constexpr Money operator-() const { return Money(-m_won); }
    constexpr Money operator*(qint64 quantity) const { return Money(m_won * quantity); }
    Money &operator+=(Money other)
    {
        m_won += other.m_won;
        return *this;
    }
    Money &operator-=(Money other)
    {
        m_won -= other.m_won;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

    /** "30,000원" for Korean, "₩30,000" otherwise; a minus sign in front when negative. QLocale's own
     *  currency format puts 원 on the wrong side and negatives in parentheses, so it is not used. */
    QString format(bool korean) const;
    /** Digits with a leading minus, no separators: for CSV and machine output. */
    QString toPlainString() const { return QString::number(m_won); }

private:
    constexpr explicit Money(qint64 won) : m_won(won) {}
    qint64 m_won = 0;
};

constexpr Money operator*(qint64 quantity, Money money)
{
    return money * quantity;
}

} // namespace gonggu
