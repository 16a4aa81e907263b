#pragma once

#include "commands/EditCommand.h"

#include <QString>

#include <memory>
#include <optional>

namespace gonggu {

class WorkspaceSession;

/** Runs the edit through WorkspaceSession::execute() and returns core's reason when it was refused
 *  (nullopt when it worked), so that a dialog can show the reason next to its fields and stay open. */
std::optional<QString> tryExecute(WorkspaceSession &session, std::unique_ptr<EditCommand> command);

} // namespace gonggu
