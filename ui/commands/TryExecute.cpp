#include "TryExecute.h"

#include "WorkspaceSession.h"

namespace gonggu {

std::optional<QString> tryExecute(WorkspaceSession &session, std::unique_ptr<EditCommand> command)
{
    QString refusal;
    const QMetaObject::Connection listening =
        QObject::connect(&session, &WorkspaceSession::errorOccurred, &session,
                         [&refusal](const QString &message) { refusal = message; });
    const bool done = session.execute(std::move(command));
    QObject::disconnect(listening);
    if (done)
        return std::nullopt;
    return refusal;
}

} // namespace gonggu
