#pragma once

#include "EditCommand.h"
#include "domain/ChecklistItem.h"
#include "domain/Language.h"
#include "domain/Round.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace gonggu {

// Undoing a removal adds the item back under a new id (the workspace cannot restore the old one); the
// commands further down the stack still name the old id and follow it to the new one.

/** Adds an item to a round's checklist; undo deletes it, redo adds it again. */
class AddChecklistItemCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddChecklistItemCommand)

public:
    AddChecklistItemCommand(WorkspaceSession &session, RoundId round, const QString &text);

    /** The new item's id; valid once the command has been applied. */
    qint64 itemId() const { return m_id; }

    void apply() override;
    void revert() override;
    void announce() override;

private:
    RoundId m_round;
    QString m_text;
    qint64 m_id = 0;
};

/** Ticks an item as done or unticks it; undo sets it back. */
class SetChecklistItemDoneCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetChecklistItemDoneCommand)

public:
    SetChecklistItemDoneCommand(WorkspaceSession &session, ChecklistItem item, bool done);

    void apply() override;
    void revert() override;
    void announce() override;

private:
    ChecklistItem m_item;
    bool m_done;
};

/** Rewords an item; undo puts the old words back. A blank text is refused. */
class EditChecklistItemCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditChecklistItemCommand)

public:
    EditChecklistItemCommand(WorkspaceSession &session, ChecklistItem item, const QString &text);

    void apply() override;
    void revert() override;
    void announce() override;

private:
    ChecklistItem m_item;
    QString m_text;
};

/** Deletes an item; undo adds it back, with its text and tick, at the end of the checklist. */
class RemoveChecklistItemCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveChecklistItemCommand)

public:
    RemoveChecklistItemCommand(WorkspaceSession &session, ChecklistItem item);

    void apply() override;
    void revert() override;
    void announce() override;

private:
    ChecklistItem m_item;
};

/** Adds the default supplier questions (tax invoice, shipping, minimum quantity…) that the checklist does not
 *  ask yet, in `language`; refused when it asks them all. Undo deletes the added ones. */
class AddDefaultQuestionsCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddDefaultQuestionsCommand)

public:
    AddDefaultQuestionsCommand(WorkspaceSession &session, Round round, Language language);

    /** The questions added; empty before the command is applied. */
    const QStringList &addedQuestions() const { return m_texts; }

    void apply() override;
    void revert() override;
    void announce() override;

private:
    Round m_round;
    Language m_language;
    QStringList m_texts;       // what the first apply() added, in order; redo adds the same again
    std::vector<qint64> m_ids; // their ids now
};

} // namespace gonggu
