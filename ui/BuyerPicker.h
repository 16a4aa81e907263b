#pragma once

#include "services/RoundLedger.h"

#include <QComboBox>

#include <vector>

namespace gonggu {

/** A round's buyers in an editable list: typing any part of a name or nickname finds one, as the tables'
 *  search box does. The text must name one buyer exactly to choose them. */
class BuyerPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit BuyerPicker(QWidget *parent = nullptr);

    /** The buyers offered, in this order (RoundLedger::balances gives them in the order they came in). */
    void setBuyers(std::vector<BuyerBalance> buyers);
    const std::vector<BuyerBalance> &buyers() const { return m_buyers; }
    /** The buyer the text names (a label from the list, or a nickname); nullptr while it names nobody. */
    const BuyerBalance *currentBuyer() const;
    /** Chooses the buyer; false when they are not offered. */
    bool choose(PersonId person);
    /** "tini (김민준)": how the matcher labels its candidates too. */
    static QString label(const BuyerLedgerRow &order);

signals:
    /** The text now names another buyer, or nobody. */
    void buyerChanged();

private:
    std::vector<BuyerBalance> m_buyers;
};

} // namespace gonggu
