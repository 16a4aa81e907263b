#pragma once

#include "EditCommand.h"
#include "domain/Person.h"

#include <QCoreApplication>

namespace gonggu {

/** Adds someone to the directory; undo deletes them again. */
class AddPersonCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPersonCommand)

public:
    AddPersonCommand(WorkspaceSession &session, Person person);

    /** The new person's id; valid once the command has been applied. */
    PersonId personId() const { return m_person.id; }

    void apply() override;
    void revert() override;
    void announce() override;

private:
    Person m_person;
    bool m_added = false; // redo puts the person back under the id the first apply() gave them
};

/** Changes a person's details; undo writes the old ones back. */
class EditPersonCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditPersonCommand)

public:
    EditPersonCommand(WorkspaceSession &session, Person before, Person after);

    void apply() override;
    void revert() override;
    void announce() override;

private:
    Person m_before;
    Person m_after;
};

/** Deletes a person who has no orders or payments (core refuses otherwise, saying why); undo puts them
 *  back under the same id. */
class RemovePersonCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemovePersonCommand)

public:
    RemovePersonCommand(WorkspaceSession &session, Person person);

    void apply() override;
    void revert() override;
    void announce() override;

private:
    Person m_person;
};

} // namespace gonggu
