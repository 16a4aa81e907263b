#pragma once

#include "domain/Person.h"

#include <QAbstractTableModel>

#include <vector>

namespace gonggu {

class Workspace;

/** The community directory, one row per person, sorted as Korean readers sort names; read-only.
 *  Sorting and filtering go through a SearchFilterModel on top. */
class PeopleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Name,
        Nickname,
        RealName,
        Depositor,
        Phone,
        Email,
        Messenger,
    };
    static constexpr int columns = int(Column::Messenger) + 1;

    enum Role
    {
        SortRole = Qt::UserRole, // the raw text of the cell
        PersonIdRole = Qt::UserRole + 1,
        SearchKeyRole = Qt::UserRole + 64, // SearchFilterModel::SearchKeyRole
    };

    /** When the directory is first read: at once, or at the first reload() (a page that is not showing yet). */
    enum class Load
    {
        Now,
        Later,
    };

    explicit PeopleTableModel(const Workspace &workspace, QObject *parent = nullptr, Load load = Load::Now);

    /** Reads the directory again (after an edit); throws gonggu::Error when the workspace cannot be read. */
    void reload();

    const Person &personAt(int row) const { return m_rows.at(std::size_t(row)).person; }
    /** The row showing the person, or -1. */
    int rowOf(PersonId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Person person;
        QString searchKey;
    };
    static QString text(const Person &person, Column column);

    const Workspace &m_workspace;
    std::vector<Row> m_rows;
};

} // namespace gonggu
