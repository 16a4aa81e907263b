#include "PeoplePage.h"

#include "DeferredReload.h"
#include "EmptyTableHint.h"
#include "FieldError.h"
#include "PersonDialog.h"
#include "RecordTable.h"
#include "WorkspaceSession.h"
#include "commands/PersonCommands.h"
#include "commands/TryExecute.h"
#include "domain/Errors.h"
#include "models/PeopleTableModel.h"
#include "models/SearchFilterModel.h"

#include <QAction>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace gonggu {

PeoplePage::PeoplePage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), m_session(session),
      m_people(new PeopleTableModel(session.workspace(), this, PeopleTableModel::Load::Later)),
      m_filter(new SearchFilterModel(this)), m_table(new QTableView(this)), m_message(new FieldError(this))
{
    m_filter->setSourceModel(m_people);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setModel(m_filter);
    setUpRecordTable(m_table); // a third click on a header goes back to the directory's own order
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_table->horizontalHeader();
    using Column = PeopleTableModel::Column;
    for (const auto &[column, width] :
         {std::pair{Column::Name, 120}, std::pair{Column::Nickname, 120}, std::pair{Column::RealName, 100},
          std::pair{Column::Depositor, 110}, std::pair{Column::Phone, 130}, std::pair{Column::Email, 200}})
        header->resizeSection(int(column), width);

    m_emptyHint = new EmptyTableHint(m_table);
    m_emptyHint->setEmptyText(tr("No one in the directory yet — add the first buyer with Add Person (Ctrl+Shift+N)."));
    m_message->setObjectName(QStringLiteral("peopleMessage"));
    m_message->setContentsMargins(4, 2, 4, 2);

    createActions();
    connect(m_table, &QTableView::doubleClicked, this, &PeoplePage::editCurrentPerson);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_message->showMessage({}); // it spoke of the person who was current
        updateActions();
    });
    // 100,000 people take a third of a second to read and sort: not before anyone looks at them.
    m_reload = new DeferredReload(*this, session, [this] { readPeople(); });
    m_reload->request();
    connect(&m_session, &WorkspaceSession::peopleChanged, this, &PeoplePage::reload);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    updateActions();
}

void PeoplePage::createActions()
{
    m_addPerson = new QAction(QIcon::fromTheme(QStringLiteral("contact-new")), tr("Add &Person…"), this);
    m_addPerson->setObjectName(QStringLiteral("addPersonAction"));
    m_addPerson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addPerson->setStatusTip(tr("Add someone to the directory"));
    connect(m_addPerson, &QAction::triggered, this, &PeoplePage::addPerson);

    m_editPerson = new QAction(tr("&Edit Person…"), this);
    m_editPerson->setObjectName(QStringLiteral("editPersonAction"));
    m_editPerson->setShortcut(QKeySequence(Qt::Key_Return));
    m_editPerson->setShortcutContext(Qt::WidgetWithChildrenShortcut); // Return elsewhere keeps its meaning
    connect(m_editPerson, &QAction::triggered, this, &PeoplePage::editCurrentPerson);

    m_removePerson = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Person"), this);
    m_removePerson->setObjectName(QStringLiteral("removePersonAction"));
    m_removePerson->setShortcut(QKeySequence::Delete);
    m_removePerson->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removePerson->setStatusTip(tr("Delete someone who never ordered or paid (undo brings them back)"));
    connect(m_removePerson, &QAction::triggered, this, &PeoplePage::removeCurrentPerson);

    addActions({m_addPerson, m_editPerson, m_removePerson});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_addPerson, m_editPerson, m_removePerson});
}

void PeoplePage::setFilterText(const QString &text)
{
    m_filter->setSearchText(text);
    m_emptyHint->setFilteredText(m_filter->isFiltering() && m_people->rowCount() > 0
                                     ? tr("No one matches “%1”.").arg(text.trimmed())
                                     : QString());
    updateActions();
}

std::optional<PersonId> PeoplePage::currentPersonId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(PeopleTableModel::PersonIdRole).toLongLong();
}

void PeoplePage::addPerson()
{
    PersonDialog dialog(m_session, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.savedPerson())
        return;
    if (m_reload->isPending()) // hidden: the directory is read, and the person selected, when it shows
        m_selectWhenRead = dialog.savedPerson();
    else
        selectPerson(*dialog.savedPerson());
}

void PeoplePage::editCurrentPerson()
{
    const std::optional<PersonId> id = currentPersonId();
    if (!id)
        return;
    PersonDialog dialog(m_session, m_people->personAt(m_people->rowOf(*id)), this);
    dialog.exec();
}

void PeoplePage::removeCurrentPerson()
{
    const std::optional<PersonId> id = currentPersonId();
    if (!id)
        return;
    const Person person = m_people->personAt(m_people->rowOf(*id));
    const std::optional<QString> refusal =
        tryExecute(m_session, std::make_unique<RemovePersonCommand>(m_session, person));
    if (!refusal) {
        m_message->showMessage({});
        return;
    }
    // Core says "person 7 cannot be deleted: <why>"; the name reads better than the id, so keep only the why.
    const qsizetype colon = refusal->indexOf(QStringLiteral(": "));
    const QString why = colon < 0 ? *refusal : refusal->mid(colon + 2);
    m_message->showMessage(tr("%1 cannot be deleted: %2.").arg(person.displayName, why));
}

void PeoplePage::selectPerson(PersonId id)
{
    const int row = m_people->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex shown = m_filter->mapFromSource(m_people->index(row, 0));
    if (!shown.isValid())
        return; // hidden by the filter
    m_table->setCurrentIndex(shown);
    m_table->scrollTo(shown);
}

void PeoplePage::reload()
{
    m_reload->request();
}

void PeoplePage::readPeople()
{
    const std::optional<PersonId> current = currentPersonId();
    const std::optional<PersonId> added = std::exchange(m_selectWhenRead, std::nullopt);
    m_message->showMessage({});
    try {
        m_people->reload();
    } catch (const Error &error) {
        m_session.reportError(error.message());
    }
    if (added || current)
        selectPerson(added ? *added : *current);
    updateActions();
}

void PeoplePage::updateActions()
{
    const bool hasCurrent = m_table->currentIndex().isValid();
    m_editPerson->setEnabled(hasCurrent);
    m_removePerson->setEnabled(hasCurrent);
}

} // namespace gonggu
