#include "ExportTemplateCommand.h"

#include "WorkspaceSession.h"
#include "services/export/RoundExport.h"
#include "storage/ExportTemplateRepository.h"
#include "storage/Workspace.h"

namespace gonggu {

SaveExportTemplateCommand::SaveExportTemplateCommand(WorkspaceSession &session, Round round, ExportTemplate choice)
    : EditCommand(session, round.supplier.trimmed().isEmpty()
                               ? tr("Save the export template")
                               : tr("Save the export template of %1").arg(round.supplier.trimmed())),
      m_round(std::move(round)), m_choice(std::move(choice))
{
    setRound(m_round.id);
    m_before = ExportTemplateRepository(session.workspace()).find(m_round.supplier, m_choice.kind);
}

void SaveExportTemplateCommand::apply()
{
    RoundExport(session().workspace(), session().clock()).saveTemplate(m_round, m_choice);
}

void SaveExportTemplateCommand::revert()
{
    ExportTemplateRepository templates(session().workspace());
    if (m_before)
        templates.save(*m_before);
    else
        templates.remove(m_round.supplier, m_choice.kind);
}

void SaveExportTemplateCommand::announce()
{
    // No page shows the templates: the export dialog reads the supplier's afresh each time it opens.
}

} // namespace gonggu
