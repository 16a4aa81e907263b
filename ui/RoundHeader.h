#pragma once

#include <QWidget>

class QDate;
class QLabel;

namespace gonggu {

struct Round;

/** The selected round's title over its supplier, status, dates and bank account, above its tabs. */
class RoundHeader : public QWidget
{
    Q_OBJECT

public:
    explicit RoundHeader(QWidget *parent = nullptr);

    void showRound(const Round &round);
    void clear();

    /** A date the way the user's locale writes it, with a four-digit year ("2026. 11. 10.", "11/10/2026"). */
    static QString localDate(const QDate &date);

private:
    QLabel *m_title;
    QLabel *m_facts;
};

} // namespace gonggu
