#pragma once

#include "domain/ExportTemplate.h"

#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** The export templates: how each supplier wants each kind of document, one per supplier and kind. */
class ExportTemplateRepository
{
public:
    explicit ExportTemplateRepository(const Workspace &workspace) : m_workspace(workspace) {}

    /** The saved template of this supplier (compared trimmed) and kind; nullopt when there is none. */
    std::optional<ExportTemplate> find(const QString &supplier, ExportKind kind) const;
    /** Every saved template, by supplier then kind. */
    std::vector<ExportTemplate> all() const;
    /** Stores the template for its supplier and kind, replacing an earlier one. InputError for a column
     *  without a key or a key given twice. */
    void save(const ExportTemplate &exportTemplate);
    /** Back to the defaults: deletes the template. Returns whether there was one. */
    bool remove(const QString &supplier, ExportKind kind);

private:
    const Workspace &m_workspace;
};

} // namespace gonggu
