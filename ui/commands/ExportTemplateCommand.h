#pragma once

#include "EditCommand.h"
#include "domain/ExportTemplate.h"
#include "domain/Round.h"

#include <QCoreApplication>

#include <optional>

namespace gonggu {

/** Keeps how an export was made (orders, columns, contact) as the round's supplier's template for its kind;
 *  undo puts back the template there was, or none. */
class SaveExportTemplateCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveExportTemplateCommand)

public:
    SaveExportTemplateCommand(WorkspaceSession &session, Round round, ExportTemplate choice);

    void apply() override;
    void revert() override;
    void announce() override;

private:
    Round m_round;
    ExportTemplate m_choice;
    std::optional<ExportTemplate> m_before; // the supplier's saved template, if any
};

} // namespace gonggu
