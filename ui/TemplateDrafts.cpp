#include "TemplateDrafts.h"

#include "MessageWriter.h"
#include "TemplateEditor.h"
#include "services/messages/RoundTemplates.h"

namespace gonggu {

void TemplateDrafts::stash()
{
    if (m_shownRound == 0 || !m_editor.isEnabled())
        return;
    const MessageTemplate wording = m_editor.wording();
    const auto key = std::make_tuple(m_shownRound, wording.kind, wording.language);
    if (m_editor.isEdited())
        m_drafts[key] = wording;
    else
        m_drafts.erase(key);
}

void TemplateDrafts::show(const Workspace &workspace, const Round &round, ContactKind kind, Language language)
{
    const RoundTemplates templates(workspace);
    const MessageTemplate saved = templates.effective(round, kind, language);
    const bool customised = templates.isCustomised(round.id, kind, language);
    const auto draft = m_drafts.find({round.id, kind, language});
    if (draft == m_drafts.end() || MessageWriter::sameWording(draft->second, saved)) {
        if (draft != m_drafts.end()) // saved as it was drafted: nothing is left unsaved
            m_drafts.erase(draft);
        m_editor.showWording(saved, customised);
    } else {
        m_editor.showWording(saved, customised, draft->second);
    }
    m_shownRound = round.id;
}

void TemplateDrafts::drop(RoundId round, ContactKind kind, Language language)
{
    m_drafts.erase({round, kind, language});
}

} // namespace gonggu
