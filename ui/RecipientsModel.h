#pragma once

#include "Recipient.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace gonggu {

/** The buyers a message goes to, each with a check box: a bulk send goes to the checked ones. Buyers already
 *  sent the kind start unchecked unless they are included; what the user checks or unchecks by hand is kept
 *  across reloads until that buyer's sent state changes. */
class RecipientsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Buyer,
        LastSent,
    };
    static constexpr int columns = int(Column::LastSent) + 1;

    explicit RecipientsModel(QObject *parent = nullptr);

    /** Shows these buyers, in the order given. */
    void setRecipients(std::vector<Recipient> recipients);
    /** Forgets the buyers and what was checked by hand (another kind or round). */
    void clear();

    const std::vector<Recipient> &recipients() const { return m_recipients; }
    const Recipient &recipientAt(int row) const { return m_recipients.at(std::size_t(row)); }
    /** The row of the order, or -1. */
    int rowOf(OrderId order) const;

    bool includesAlreadySent() const { return m_includeAlreadySent; }
    /** Whether buyers already sent this kind are checked (the default leaves them out). */
    void setIncludeAlreadySent(bool include);
    /** Checks every buyer (those already sent only when included). */
    void checkAll();
    void checkNone();
    bool isChecked(int row) const;
    void setChecked(int row, bool checked);

    /** The checked orders, in list order. */
    std::vector<OrderId> checkedOrders() const;
    int alreadySentCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /** Which buyers are checked changed. */
    void checkedChanged();

private:
    bool checkedByDefault(const Recipient &recipient) const;
    void announceChecks();

    std::vector<Recipient> m_recipients;
    QHash<OrderId, bool> m_checkedByHand;
    bool m_includeAlreadySent = false;
};

} // namespace gonggu
