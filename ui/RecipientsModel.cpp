#include "RecipientsModel.h"

#include "MessageText.h"

#include <QColor>
#include <QStringList>

#include <algorithm>

namespace gonggu {

RecipientsModel::RecipientsModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecipientsModel::setRecipients(std::vector<Recipient> recipients)
{
    // A hand-made choice lasts until the buyer's sent state changes: someone marked sent just now drops out of
    // the next bulk send, someone whose send was undone comes back in.
    QHash<OrderId, bool> wasSent;
    for (const Recipient &recipient : m_recipients)
        wasSent.insert(recipient.orderId, recipient.alreadySent());
    QHash<OrderId, bool> kept;
    for (const Recipient &recipient : recipients) {
        const auto choice = m_checkedByHand.constFind(recipient.orderId);
        if (choice != m_checkedByHand.cend() && wasSent.value(recipient.orderId) == recipient.alreadySent())
            kept.insert(recipient.orderId, *choice);
    }
    beginResetModel();
    m_recipients = std::move(recipients);
    m_checkedByHand = std::move(kept);
    endResetModel();
    emit checkedChanged();
}

void RecipientsModel::clear()
{
    beginResetModel();
    m_recipients.clear();
    m_checkedByHand.clear();
    endResetModel();
    emit checkedChanged();
}

int RecipientsModel::rowOf(OrderId order) const
{
    for (std::size_t row = 0; row < m_recipients.size(); ++row) {
        if (m_recipients[row].orderId == order)
            return int(row);
    }
    return -1;
}

void RecipientsModel::setIncludeAlreadySent(bool include)
{
    if (include == m_includeAlreadySent)
        return;
    m_includeAlreadySent = include;
    // The box speaks for every buyer already sent: it overrides what was checked by hand for them.
    for (const Recipient &recipient : m_recipients) {
        if (recipient.alreadySent())
            m_checkedByHand.remove(recipient.orderId);
    }
    announceChecks();
}

void RecipientsModel::checkAll()
{
    m_checkedByHand.clear();
    announceChecks();
}

void RecipientsModel::checkNone()
{
    for (const Recipient &recipient : m_recipients)
        m_checkedByHand.insert(recipient.orderId, false);
    announceChecks();
}

bool RecipientsModel::checkedByDefault(const Recipient &recipient) const
{
    return !recipient.alreadySent() || m_includeAlreadySent;
}

bool RecipientsModel::isChecked(int row) const
{
    const Recipient &recipient = recipientAt(row);
    return m_checkedByHand.value(recipient.orderId, checkedByDefault(recipient));
}

void RecipientsModel::setChecked(int row, bool checked)
{
    if (isChecked(row) == checked)
        return;
    m_checkedByHand.insert(recipientAt(row).orderId, checked);
    const QModelIndex cell = index(row, int(Column::Buyer));
    emit dataChanged(cell, cell, {Qt::CheckStateRole});
    emit checkedChanged();
}

std::vector<OrderId> RecipientsModel::checkedOrders() const
{
    std::vector<OrderId> orders;
    for (int row = 0; row < rowCount(); ++row) {
        if (isChecked(row))
            orders.push_back(recipientAt(row).orderId);
    }
    return orders;
}

int RecipientsModel::alreadySentCount() const
{
    return int(std::count_if(m_recipients.cbegin(), m_recipients.cend(),
                             [](const Recipient &recipient) { return recipient.alreadySent(); }));
}

void RecipientsModel::announceChecks()
{
    if (!m_recipients.empty())
        emit dataChanged(index(0, int(Column::Buyer)), index(rowCount() - 1, int(Column::Buyer)), {Qt::CheckStateRole});
    emit checkedChanged();
}

int RecipientsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_recipients.size());
}

int RecipientsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant RecipientsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Recipient &recipient = recipientAt(index.row());
    switch (Column(index.column())) {
    case Column::Buyer:
        if (role == Qt::DisplayRole)
            return recipient.label();
        if (role == Qt::CheckStateRole)
            return int(isChecked(index.row()) ? Qt::Checked : Qt::Unchecked);
        if (role == Qt::ToolTipRole) {
            QStringList ways;
            if (!recipient.phone.isEmpty())
                ways << recipient.phone;
            if (!recipient.email.isEmpty())
                ways << recipient.email;
            return ways.isEmpty() ? tr("No phone number or email address in the directory")
                                  : ways.join(QStringLiteral(" · "));
        }
        break;
    case Column::LastSent:
        if (!recipient.alreadySent())
            break;
        if (role == Qt::DisplayRole) // the column says what the time is
            return MessageText::sentTime(recipient.lastSentAt);
        if (role == Qt::ToolTipRole)
            return tr("Already sent this message on %1: left out of a bulk send unless you include those already "
                      "sent")
                .arg(MessageText::sentTime(recipient.lastSentAt));
        if (role == Qt::ForegroundRole)
            return QColor(0xb2, 0x6a, 0x00); // amber: readable on light and dark palettes
        break;
    }
    return {};
}

bool RecipientsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != int(Column::Buyer) ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChecked(index.row(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags RecipientsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == int(Column::Buyer))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant RecipientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Buyer:
        return tr("Buyer");
    case Column::LastSent:
        return tr("Already sent");
    }
    return {};
}

} // namespace gonggu
