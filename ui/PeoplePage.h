#pragma once

#include "domain/Ids.h"

#include <QWidget>

#include <optional>

class QAction;
class QTableView;

namespace gonggu {

class DeferredReload;
class EmptyTableHint;
class FieldError;
class PeopleTableModel;
class SearchFilterModel;
class WorkspaceSession;

/** The community directory: everyone who ever bought, added, edited and (when they have no history) deleted.
 *  It is read when the page is first shown, and after edits only while it shows (or when it shows again). */
class PeoplePage : public QWidget
{
    Q_OBJECT

public:
    explicit PeoplePage(WorkspaceSession &session, QWidget *parent = nullptr);

    /** Keeps the people whose name, nickname, depositor or phone contain the text (case-insensitive,
     *  Hangul initial consonants too: "ㄱㅎㄴ" finds 김하나); empty shows everyone. */
    void setFilterText(const QString &text);

    /** The table, so that the window can save and restore its header state (column widths, sorting). */
    QTableView *table() const { return m_table; }
    PeopleTableModel *peopleModel() const { return m_people; }

    // Actions the window may put in its menus and toolbar; QWidget::actions() lists them in menu order.
    QAction *addPersonAction() const { return m_addPerson; }       // Ctrl+Shift+N
    QAction *editPersonAction() const { return m_editPerson; }     // Return / double click
    QAction *removePersonAction() const { return m_removePerson; } // Delete

    /** The person on the current row, if any. */
    std::optional<PersonId> currentPersonId() const;

public slots:
    /** Opens the add-person dialog; the person is added (undoably) when the dialog is accepted. */
    void addPerson();
    void editCurrentPerson();
    /** Deletes the current person (undoably), or says above the table why they cannot be deleted (orders
     *  or payments on record). */
    void removeCurrentPerson();

private:
    void createActions();
    /** Reads the directory again now, or when the page is next shown if it is hidden. */
    void reload();
    /** What the deferred reload does: reads the directory, keeping the current person (or the one just added). */
    void readPeople();
    void selectPerson(PersonId id);
    void updateActions();

    WorkspaceSession &m_session;
    PeopleTableModel *m_people;
    SearchFilterModel *m_filter;
    QTableView *m_table;
    FieldError *m_message; // why the last deletion was refused
    EmptyTableHint *m_emptyHint = nullptr;
    DeferredReload *m_reload = nullptr;
    std::optional<PersonId> m_selectWhenRead; // added from the menu while the page was hidden
    QAction *m_addPerson = nullptr;
    QAction *m_editPerson = nullptr;
    QAction *m_removePerson = nullptr;
};

} // namespace gonggu
