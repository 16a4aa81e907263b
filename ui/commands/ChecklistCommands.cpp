#include "ChecklistCommands.h"

#include "RecreatedIds.h"
#include "WorkspaceSession.h"
#include "domain/Clock.h"
#include "domain/Errors.h"
#include "services/SupplierChecklist.h"
#include "storage/RoundTaskRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <algorithm>

namespace gonggu {
namespace {

/** Where the checklist items that undo added back went. */
RecreatedIds &recreatedItems(WorkspaceSession &session)
{
    return RecreatedIds::of(session, QStringLiteral("checklistItems"));
}

} // namespace

AddChecklistItemCommand::AddChecklistItemCommand(WorkspaceSession &session, RoundId round, const QString &text)
    : EditCommand(session, tr("Add “%1” to the checklist").arg(quotedForMenu(text))), m_round(round),
      m_text(text.trimmed())
{
    setRound(round);
}

void AddChecklistItemCommand::apply()
{
    if (m_text.isEmpty())
        throw InputError(tr("A checklist item needs a text."));
    const qint64 id = RoundTaskRepository(session().workspace()).addChecklistItem({0, m_round, m_text, false});
    if (m_id != 0) // a redo
        recreatedItems(session()).moved(m_id, id);
    m_id = id;
}

void AddChecklistItemCommand::revert()
{
    RoundTaskRepository(session().workspace()).removeChecklistItem(recreatedItems(session()).current(m_id));
}

void AddChecklistItemCommand::announce()
{
    emit session().checklistChanged(m_round);
}

SetChecklistItemDoneCommand::SetChecklistItemDoneCommand(WorkspaceSession &session, ChecklistItem item, bool done)
    : EditCommand(session, done ? tr("Tick “%1”").arg(quotedForMenu(item.text))
                                : tr("Untick “%1”").arg(quotedForMenu(item.text))),
      m_item(std::move(item)), m_done(done)
{
    setRound(m_item.roundId);
}

void SetChecklistItemDoneCommand::apply()
{
    if (m_done == m_item.done)
        throw InputError(m_done ? tr("“%1” is already ticked.").arg(quotedForMenu(m_item.text))
                                : tr("“%1” is not ticked.").arg(quotedForMenu(m_item.text)));
    RoundTaskRepository(session().workspace())
        .setChecklistItemDone(recreatedItems(session()).current(m_item.id), m_done);
}

void SetChecklistItemDoneCommand::revert()
{
    RoundTaskRepository(session().workspace())
        .setChecklistItemDone(recreatedItems(session()).current(m_item.id), m_item.done);
}

void SetChecklistItemDoneCommand::announce()
{
    emit session().checklistChanged(m_item.roundId);
}

EditChecklistItemCommand::EditChecklistItemCommand(WorkspaceSession &session, ChecklistItem item, const QString &text)
    : EditCommand(session, tr("Reword “%1”").arg(quotedForMenu(item.text))), m_item(std::move(item)),
      m_text(text.trimmed())
{
    setRound(m_item.roundId);
}

void EditChecklistItemCommand::apply()
{
    if (m_text.isEmpty())
        throw InputError(tr("A checklist item needs a text."));
    if (m_text == m_item.text)
        throw InputError(tr("The text is the same as before."));
    RoundTaskRepository(session().workspace())
        .setChecklistItemText(recreatedItems(session()).current(m_item.id), m_text);
}

void EditChecklistItemCommand::revert()
{
    RoundTaskRepository(session().workspace())
        .setChecklistItemText(recreatedItems(session()).current(m_item.id), m_item.text);
}

void EditChecklistItemCommand::announce()
{
    emit session().checklistChanged(m_item.roundId);
}

RemoveChecklistItemCommand::RemoveChecklistItemCommand(WorkspaceSession &session, ChecklistItem item)
    : EditCommand(session, tr("Remove “%1” from the checklist").arg(quotedForMenu(item.text))), m_item(std::move(item))
{
    setRound(m_item.roundId);
}

void RemoveChecklistItemCommand::apply()
{
    RoundTaskRepository(session().workspace()).removeChecklistItem(recreatedItems(session()).current(m_item.id));
}

void RemoveChecklistItemCommand::revert()
{
    RecreatedIds &recreated = recreatedItems(session());
    const qint64 id = RoundTaskRepository(session().workspace()).addChecklistItem(m_item);
    recreated.moved(recreated.current(m_item.id), id);
}

void RemoveChecklistItemCommand::announce()
{
    emit session().checklistChanged(m_item.roundId);
}

AddDefaultQuestionsCommand::AddDefaultQuestionsCommand(WorkspaceSession &session, Round round, Language language)
    : EditCommand(session, tr("Add the default supplier questions")), m_round(std::move(round)), m_language(language)
{
    setRound(m_round.id);
}

void AddDefaultQuestionsCommand::apply()
{
    Workspace &workspace = session().workspace();
    RoundTaskRepository tasks(workspace);
    RecreatedIds &recreated = recreatedItems(session());
    if (!m_texts.isEmpty()) { // a redo: the same questions again, whatever addDefaults() would pick now
        Transaction transaction(workspace);
        for (std::size_t i = 0; i < m_ids.size(); ++i) {
            const qint64 id = tasks.addChecklistItem({0, m_round.id, m_texts[qsizetype(i)], false});
            recreated.moved(m_ids[i], id);
            m_ids[i] = id;
        }
        transaction.commit();
        return;
    }
    std::vector<qint64> before;
    for (const ChecklistItem &item : tasks.checklist(m_round.id))
        before.push_back(item.id);
    if (SupplierChecklist(workspace, session().clock()).addDefaults(m_round, m_language) == 0)
        throw InputError(tr("The checklist already asks every default question."));
    for (const ChecklistItem &item : tasks.checklist(m_round.id)) {
        if (std::find(before.begin(), before.end(), item.id) == before.end()) {
            m_ids.push_back(item.id);
            m_texts << item.text;
        }
    }
}

void AddDefaultQuestionsCommand::revert()
{
    Workspace &workspace = session().workspace();
    RoundTaskRepository tasks(workspace);
    const RecreatedIds &recreated = recreatedItems(session());
    Transaction transaction(workspace);
    for (qint64 &id : m_ids) {
        id = recreated.current(id);
        tasks.removeChecklistItem(id);
    }
    transaction.commit();
}

void AddDefaultQuestionsCommand::announce()
{
    emit session().checklistChanged(m_round.id);
}

} // namespace gonggu
