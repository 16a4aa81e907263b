#include "BuyerPicker.h"

#include "models/DepositsTableModel.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

#include <algorithm>

namespace gonggu {

BuyerPicker::BuyerPicker(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(18);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    lineEdit()->setPlaceholderText(tr("Type a name or nickname"));
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(this, &QComboBox::currentTextChanged, this, &BuyerPicker::buyerChanged);
}

QString BuyerPicker::label(const BuyerLedgerRow &order)
{
    return DepositsTableModel::buyerLabel(order.displayName, order.nickname);
}

void BuyerPicker::setBuyers(std::vector<BuyerBalance> buyers)
{
    m_buyers = std::move(buyers);
    // One model set at once rather than an addItem() per buyer: a round may have 100,000 of them.
    QStringList labels;
    labels.reserve(qsizetype(m_buyers.size()));
    for (const BuyerBalance &buyer : m_buyers)
        labels << label(buyer.order);
    setModel(new QStringListModel(labels, this));
    // The completer follows the combo's model, but not the filter settings made before it changed.
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    setCurrentIndex(-1);
}

const BuyerBalance *BuyerPicker::currentBuyer() const
{
    const QString typed = currentText().trimmed();
    if (typed.isEmpty())
        return nullptr;
    int row = findText(typed, Qt::MatchFixedString);
    if (row < 0) {
        for (std::size_t i = 0; i < m_buyers.size(); ++i) {
            if (m_buyers[i].order.nickname.compare(typed, Qt::CaseInsensitive) == 0)
                row = int(i);
        }
    }
    return row < 0 ? nullptr : &m_buyers[std::size_t(row)];
}

bool BuyerPicker::choose(PersonId person)
{
    const auto found = std::find_if(m_buyers.begin(), m_buyers.end(),
                                    [person](const BuyerBalance &buyer) { return buyer.order.personId == person; });
    if (found == m_buyers.end())
        return false;
    setCurrentIndex(int(found - m_buyers.begin()));
    return true;
}

} // namespace gonggu
