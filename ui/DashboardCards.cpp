#include "DashboardCards.h"

#include "models/DisplayText.h"
#include "services/dashboard/RoundDashboard.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace gonggu {

DashboardCard::DashboardCard(const QString &caption, QWidget *parent)
    : QFrame(parent), m_value(new QLabel(this)), m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont large = m_value->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    large.setBold(true);
    m_value->setFont(large);
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(captionLabel);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();
}

void DashboardCard::setFigure(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    setToolTip(detail.isEmpty() ? value : value + QLatin1Char('\n') + detail);
}

QString DashboardCard::value() const
{
    return m_value->text();
}

QString DashboardCard::detail() const
{
    return m_detail->text();
}

DashboardCardRow::DashboardCardRow(QWidget *parent)
    : QWidget(parent), m_buyers(new DashboardCard(tr("Buyers"), this)),
      m_collected(new DashboardCard(tr("Collected"), this)), m_outstanding(new DashboardCard(tr("Outstanding"), this)),
      m_percent(new DashboardCard(tr("Paid"), this)), m_closing(new DashboardCard(tr("Applications close"), this)),
      m_paymentDue(new DashboardCard(tr("Payment due"), this)),
      m_checklist(new DashboardCard(tr("Supplier questions"), this))
{
    m_buyers->setObjectName(QStringLiteral("buyersCard"));
    m_collected->setObjectName(QStringLiteral("collectedCard"));
    m_outstanding->setObjectName(QStringLiteral("outstandingCard"));
    m_percent->setObjectName(QStringLiteral("percentCard"));
    m_closing->setObjectName(QStringLiteral("closingCard"));
    m_paymentDue->setObjectName(QStringLiteral("paymentDueCard"));
    m_checklist->setObjectName(QStringLiteral("checklistCard"));

    // The figures never shrink below their text; the charts below take whatever height is left.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    int column = 0;
    for (DashboardCard *card :
         {m_buyers, m_collected, m_outstanding, m_percent, m_closing, m_paymentDue, m_checklist}) {
        layout->addWidget(card, 0, column);
        layout->setColumnStretch(column++, 1);
    }
    clear();
}

void DashboardCardRow::showCards(const DashboardCards &cards)
{
    m_buyers->setFigure(DisplayText::buyers(cards.buyers), DisplayText::copies(cards.copies));
    m_collected->setFigure(DisplayText::money(cards.collected),
                           cards.unassigned.isZero()
                               ? tr("of %1 due").arg(DisplayText::money(cards.amountDue))
                               : tr("of %1 due; %2 waiting to be matched")
                                     .arg(DisplayText::money(cards.amountDue), DisplayText::money(cards.unassigned)));
    m_outstanding->setFigure(DisplayText::money(cards.outstanding),
                             tr("%Ln buyer(s) still owe", nullptr, cards.buyers - cards.settledBuyers));
    m_percent->setFigure(QStringLiteral("%1%").arg(cards.percentCollected),
                         tr("%1 of %Ln buyer(s) paid in full", nullptr, cards.buyers).arg(QLocale().toString(cards.settledBuyers)));
    m_closing->setFigure(daysText(cards.daysToClosing));
    m_paymentDue->setFigure(daysText(cards.daysToPaymentDue));
    m_checklist->setFigure(tr("%Ln open", nullptr, cards.openChecklistItems),
                           cards.openChecklistItems == 0 ? tr("all settled") : tr("ask before ordering"));
}

void DashboardCardRow::clear()
{
    for (DashboardCard *card : {m_buyers, m_collected, m_outstanding, m_percent, m_closing, m_paymentDue, m_checklist})
        card->setFigure(QStringLiteral("–"));
}

QString DashboardCardRow::daysText(const std::optional<int> &days)
{
    if (!days)
        return tr("no date");
    if (*days == 0)
        return tr("today");
    if (*days > 0)
        return tr("in %n day(s)", nullptr, *days);
    return tr("%n day(s) ago", nullptr, -*days);
}

} // namespace gonggu
