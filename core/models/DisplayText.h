#pragma once

#include "domain/Money.h"
#include "domain/Statuses.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace gonggu {

/** How core values read on screen: translated status names, counts and won amounts in the user's locale. */
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    static QString of(RoundStatus status);
    static QString of(OrderStatus status);
    static QString of(Delivery delivery);
    static QString of(PaymentState state);

    /** "30,000원" when the user's locale is Korean, "₩30,000" otherwise. */
    static QString money(Money amount);
    static QString buyers(int count);
    static QString copies(int count);

    // Payments and dates (people and payments pages).
    static QString of(PaymentSource source);
    static QString of(ExpenseKind kind);
    /** "Bank transfer", "Cash"… for a payment's stored method key; the key itself when unknown. */
    static QString paymentMethod(const QString &key);
    /** The date in the user's locale, short format ("26. 11. 3." in Korean); empty for a null date. */
    static QString date(const QDate &date);
};

} // namespace gonggu
