#pragma once

#include "domain/Payment.h"
#include "domain/Round.h"
#include "services/bank/DepositMatcher.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** One round's bank deposits as the coordinator reconciles them: those waiting for review with what the
 *  matcher suggests, or the matched, set-aside or all of them. Read-only; sorted and searched through a
 *  SearchFilterModel on top. */
class DepositsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Date,
        Depositor,
        Amount,
        Memo,
        Buyer, // the buyer it went to, or the suggestion while it waits
    };
    static constexpr int columns = int(Column::Buyer) + 1;

    /** Which deposits the table lists. */
    enum class Filter
    {
        ToReview, // unassigned and not set aside
        Matched,  // given to a buyer
        Ignored,  // set aside as not part of the round
        All
    };

    enum Role
    {
        SortRole = Qt::UserRole, // won as qint64, dates as Julian days, text as is
        PaymentIdRole = Qt::UserRole + 1,
        SearchKeyRole = Qt::UserRole + 64, // SearchFilterModel::SearchKeyRole
    };

    struct Row
    {
        Payment deposit;
        std::optional<DepositMatch> match; // the current suggestions, for a deposit waiting for review
        QString buyer;                     // "김민준 (tini)" once assigned
        QString searchKey;
    };

    /** The workspace is not const: the matcher behind the suggestions is a core service that takes it so. */
    explicit DepositsTableModel(Workspace &workspace, QObject *parent = nullptr);

    /** Loads the round's deposits; throws gonggu::Error when the workspace cannot be read. */
    void showRound(const Round &round);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    /** Reads the deposits and suggestions again (balances or deposits changed). */
    void reload();
    void clear();

    const std::optional<Round> &round() const { return m_round; }
    const Row &rowAt(int row) const { return m_rows.at(std::size_t(row)); }
    /** The row showing the deposit, or -1. */
    int rowOf(PaymentId id) const;
    Money total() const { return m_total; }
    /** Whether the round has any bank deposit at all, whatever the filter shows. */
    bool roundHasDeposits() const { return m_roundHasDeposits; }
    /** "김민준 (tini)" for a buyer of the round; empty for someone who is not one. */
    QString buyerLabel(PersonId person) const { return m_buyerLabels.value(person); }
    static QString buyerLabel(const QString &name, const QString &nickname);
    /** "김민준 (tini) + 전다인 (dain)" for a split suggestion, the best candidate otherwise; empty without any. */
    static QString suggestionText(const DepositMatch &match);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const Row &row, Column column) const;
    QVariant sortValue(const Row &row, Column column) const;

    Workspace &m_workspace;
    std::optional<Round> m_round;
    Filter m_filter = Filter::ToReview;
    std::vector<Row> m_rows;
    QHash<PersonId, QString> m_buyerLabels;
    Money m_total;
    bool m_roundHasDeposits = false;
};

} // namespace gonggu
