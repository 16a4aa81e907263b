#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace gonggu {

/** Sorts a table by its raw values (SortRole) and keeps the rows whose search key contains the filter text.
 *  Source models give each row a search key, built once per load with searchKey(), on SearchKeyRole. */
class SearchFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // The roles every filtered table of this folder answers (OrdersTableModel uses Qt::UserRole for sorting too).
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int SearchKeyRole = Qt::UserRole + 64;

    explicit SearchFilterModel(QObject *parent = nullptr);

    /** Keeps the rows whose key contains the text, ignoring case; blank shows every row. */
    void setSearchText(const QString &text);
    QString searchText() const { return m_needle; }
    bool isFiltering() const { return !m_needle.isEmpty(); }

    /** The key of a row: its fields case-folded, the digits of each field (so "01012345678" finds
     *  "010-1234-5678") and the initial consonants of Hangul fields (so "ㄱㅎㄴ" finds 김하나). */
    static QString searchKey(const QStringList &fields);
    /** The text a user types, in the form searchKey() compares against. */
    static QString normalizedNeedle(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /** Filters every row again after the filter changed. */
    void refilter();

private:
    QString m_needle;
};

} // namespace gonggu
