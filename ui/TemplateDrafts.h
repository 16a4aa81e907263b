#pragma once

#include "domain/MessageTemplate.h"
#include "domain/Round.h"

#include <map>
#include <tuple>

namespace gonggu {

class TemplateEditor;
class Workspace;

/** The wordings edited in the Messages page's editor and not saved yet, per round, kind and language: kept
 *  while the coordinator looks at another kind or round (or the page reloads after an edit elsewhere), and
 *  dropped once they match the saved wording or are reset. */
class TemplateDrafts
{
public:
    explicit TemplateDrafts(TemplateEditor &editor) : m_editor(editor) {}

    /** Keeps the editor's text as the draft of the wording it shows when it differs from the saved one, and
     *  forgets that draft when it does not. */
    void stash();
    /** Shows the round's wording of a kind in the editor: its draft when there is one, the saved one otherwise.
     *  Throws gonggu::Error when the workspace cannot be read. */
    void show(const Workspace &workspace, const Round &round, ContactKind kind, Language language);
    void drop(RoundId round, ContactKind kind, Language language);
    /** The editor was cleared: it shows no round's wording any more. */
    void editorCleared() { m_shownRound = 0; }

private:
    TemplateEditor &m_editor;
    RoundId m_shownRound = 0; // whose wording the editor holds (a hidden page reads a new round only when shown)
    std::map<std::tuple<RoundId, ContactKind, Language>, MessageTemplate> m_drafts;
};

} // namespace gonggu
