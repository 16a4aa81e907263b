#include "ChecklistCommands.h"

#include "WorkspaceSession.h"
#include "domain/Clock.h"
#include "domain/Errors.h"
#include "services/SupplierChecklist.h"
#include "storage/RoundTaskRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QObject>

#include <algorithm>
#include <map>

namespace gonggu {
namespace {

/** Where the checklist items that undo added back went: old id → new id, kept by the session for as long as
 *  its undo stack lives. */
class RecreatedItems : public QObject
{
public:
    static RecreatedItems &of(WorkspaceSession &session)
    {
        const QString name = QStringLiteral("recreatedChecklistItems");
        if (QObject *found = session.findChild<QObject *>(name, Qt::FindDirectChildrenOnly))
            return *static_cast<RecreatedItems *>(found);
        auto *created = new RecreatedItems(&session);
        created->setObjectName(name);
        return *created;
    }

    qint64 current(qint64 id) const
    {
        for (auto next = m_next.find(id); next != m_next.end(); next = m_next.find(id))
            id = next->second;
        return id;
    }
    void moved(qint64 from, qint64 to)
    {
        m_next.erase(to); // SQLite may hand out a freed id again: the new item is not the old one
        if (from != to)
            m_next[from] = to;
    }

private:
    using QObject::QObject;
    std::map<qint64, qint64> m_next;
};

// An item as the Edit menu names it: a long question cut short.
QString quoted(const QString &text)
{
    constexpr int longest = 40;
    const QString simple = text.simplified();
    return simple.size() <= longest ? simple : simple.left(longest - 1).trimmed() + u'…';
}

} // namespace

AddChecklistItemCommand::AddChecklistItemCommand(WorkspaceSession &session, RoundId round, const QString &text)
    : EditCommand(session, tr("Add “%1” to the checklist").arg(quoted(text))), m_round(round), m_text(text.trimmed())
{
}

void AddChecklistItemCommand::apply()
{
    if (m_text.isEmpty())
        throw InputError(tr("A checklist item needs a text."));
    const qint64 id = RoundTaskRepository(session().workspace()).addChecklistItem({0, m_round, m_text, false});
    if (m_id != 0) // a redo
        RecreatedItems::of(session()).moved(m_id, id);
    m_id = id;
}

void AddChecklistItemCommand::revert()
{
    RoundTaskRepository(session().workspace()).removeChecklistItem(RecreatedItems::of(session()).current(m_id));
}

void AddChecklistItemCommand::announce()
{
    emit session().checklistChanged(m_round);
}

SetChecklistItemDoneCommand::SetChecklistItemDoneCommand(WorkspaceSession &session, ChecklistItem item, bool done)
    : EditCommand(session, done ? tr("Tick “%1”").arg(quoted(item.text)) : tr("Untick “%1”").arg(quoted(item.text))),
      m_item(std::move(item)), m_done(done)
{
}

void SetChecklistItemDoneCommand::apply()
{
    if (m_done == m_item.done)
        throw InputError(m_done ? tr("“%1” is already ticked.").arg(quoted(m_item.text))
                                : tr("“%1” is not ticked.").arg(quoted(m_item.text)));
    RoundTaskRepository(session().workspace())
        .setChecklistItemDone(RecreatedItems::of(session()).current(m_item.id), m_done);
}

void SetChecklistItemDoneCommand::revert()
{
    RoundTaskRepository(session().workspace())
        .setChecklistItemDone(RecreatedItems::of(session()).current(m_item.id), m_item.done);
}

void SetChecklistItemDoneCommand::announce()
{
    emit session().checklistChanged(m_item.roundId);
}

EditChecklistItemCommand::EditChecklistItemCommand(WorkspaceSession &session, ChecklistItem item, const QString &text)
    : EditCommand(session, tr("Reword “%1”").arg(quoted(item.text))), m_item(std::move(item)), m_text(text.trimmed())
{
}

void EditChecklistItemCommand::apply()
{
    if (m_text.isEmpty())
        throw InputError(tr("A checklist item needs a text."));
    if (m_text == m_item.text)
        throw InputError(tr("The text is the same as before."));
    RoundTaskRepository(session().workspace())
        .setChecklistItemText(RecreatedItems::of(session()).current(m_item.id), m_text);
}

void EditChecklistItemCommand::revert()
{
    RoundTaskRepository(session().workspace())
        .setChecklistItemText(RecreatedItems::of(session()).current(m_item.id), m_item.text);
}

void EditChecklistItemCommand::announce()
{
    emit session().checklistChanged(m_item.roundId);
}

RemoveChecklistItemCommand::RemoveChecklistItemCommand(WorkspaceSession &session, ChecklistItem item)
    : EditCommand(session, tr("Remove “%1” from the checklist").arg(quoted(item.text))), m_item(std::move(item))
{
}

void RemoveChecklistItemCommand::apply()
{
    RoundTaskRepository(session().workspace()).removeChecklistItem(RecreatedItems::of(session()).current(m_item.id));
}

void RemoveChecklistItemCommand::revert()
{
    RecreatedItems &recreated = RecreatedItems::of(session());
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
}

void AddDefaultQuestionsCommand::apply()
{
    Workspace &workspace = session().workspace();
    RoundTaskRepository tasks(workspace);
    RecreatedItems &recreated = RecreatedItems::of(session());
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
    const RecreatedItems &recreated = RecreatedItems::of(session());
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
