#include "RoundHeader.h"

#include "domain/Round.h"
#include "models/DisplayText.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace gonggu {

RoundHeader::RoundHeader(QWidget *parent) : QWidget(parent), m_title(new QLabel(this)), m_facts(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("roundTitle"));
    m_title->setTextFormat(Qt::PlainText); // titles are user data, never markup
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_facts->setObjectName(QStringLiteral("roundFacts"));
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse); // the account number gets copied
    m_facts->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
}

void RoundHeader::showRound(const Round &round)
{
    m_title->setText(round.title);
    QStringList facts;
    if (!round.supplier.isEmpty())
        facts << round.supplier;
    facts << DisplayText::of(round.status);
    if (round.closesOn.isValid())
        facts << tr("applications close %1").arg(localDate(round.closesOn));
    if (round.paymentDue.isValid())
        facts << tr("payment due %1").arg(localDate(round.paymentDue));
    if (!round.bankAccount.isEmpty())
        facts << round.bankAccount;
    m_facts->setText(facts.join(QStringLiteral(" · ")));
}

void RoundHeader::clear()
{
    m_title->clear();
    m_facts->clear();
}

QString RoundHeader::localDate(const QDate &date)
{
    // The locale's short format, but "yy" is ambiguous in a ledger that outlives a year.
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return locale.toString(date, format);
}

} // namespace gonggu
