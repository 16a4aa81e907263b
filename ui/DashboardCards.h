#pragma once

#include <QFrame>
#include <QWidget>

#include <optional>

class QLabel;

namespace gonggu {

struct DashboardCards;

/** One headline number: a caption, the figure in large type and a line of detail under it. */
class DashboardCard : public QFrame
{
    Q_OBJECT

public:
    explicit DashboardCard(const QString &caption, QWidget *parent = nullptr);

    void setFigure(const QString &value, const QString &detail = QString());
    QString value() const;
    QString detail() const;

private:
    QLabel *m_value;
    QLabel *m_detail;
};

/** The round's headline numbers in a row of cards: buyers and copies, collected and outstanding money,
 *  the share paid, the days to the closing and payment dates, and the supplier questions still open. */
class DashboardCardRow : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardCardRow(QWidget *parent = nullptr);

    void showCards(const DashboardCards &cards);
    void clear();

private:
    static QString daysText(const std::optional<int> &days);

    DashboardCard *m_buyers;
    DashboardCard *m_collected;
    DashboardCard *m_outstanding;
    DashboardCard *m_percent;
    DashboardCard *m_closing;
    DashboardCard *m_paymentDue;
    DashboardCard *m_checklist;
};

} // namespace gonggu
