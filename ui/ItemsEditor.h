#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace gonggu {

class EmptyTableHint;
class FieldError;
class ItemsTableModel;

/** The items table of the round editor: edit cells in place, add and remove rows; a cell with a problem
 *  turns red and the problem is spelled out below the table. */
class ItemsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ItemsEditor(QWidget *parent = nullptr);

    ItemsTableModel *model() const { return m_items; }
    QTableView *table() const { return m_table; }

    /** Adds a row and starts editing its name. */
    void addItem();
    /** Removes the current row, or says below the table why it cannot go. */
    void removeCurrentItem();

private:
    void showProblems();

    ItemsTableModel *m_items;
    QTableView *m_table;
    EmptyTableHint *m_emptyHint;
    QPushButton *m_add;
    QPushButton *m_remove;
    FieldError *m_message;
    QString m_refusal; // why the last removal was refused, until the table changes
};

} // namespace gonggu
