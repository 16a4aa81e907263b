#include "WorkspaceOpener.h"

#include "CoordinatorName.h"
#include "domain/Errors.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceLocation.h"

#include <QInputDialog>
#include <QLineEdit>

namespace gonggu {
namespace {

WorkspaceOpener::PasswordAsker &passwordAsker()
{
    static WorkspaceOpener::PasswordAsker asker;
    return asker;
}

} // namespace

std::unique_ptr<Workspace> WorkspaceOpener::open(const QString &text, const Clock &clock, QWidget *parent)
{
    WorkspaceLocation location = WorkspaceLocation::parse(text);
    QString refusal;
    for (;;) {
        try {
            auto workspace = std::make_unique<Workspace>(location, clock);
            CoordinatorName::applyTo(*workspace);
            return workspace;
        } catch (const PasswordRequired &required) {
            // A second refusal means the password given was wrong: say so above the field.
            const QString shown = location.password().isEmpty() ? QString() : required.message();
            const PasswordAsker &asker = passwordAsker();
            const std::optional<QString> password =
                asker ? asker(parent, promptFor(location), shown) : askWithDialog(parent, promptFor(location), shown);
            if (!password)
                throw;
            location = location.withPassword(*password);
        }
    }
}

void WorkspaceOpener::setPasswordAsker(PasswordAsker asker)
{
    passwordAsker() = std::move(asker);
}

std::optional<QString> WorkspaceOpener::askWithDialog(QWidget *parent, const QString &prompt, const QString &refusal)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("serverPasswordDialog"));
    dialog.setWindowTitle(tr("Shared Workspace"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setLabelText(refusal.isEmpty() ? prompt : QStringLiteral("%1\n\n%2").arg(refusal, prompt));
    dialog.setOkButtonText(tr("Connect"));
    dialog.resize(420, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

QString WorkspaceOpener::promptFor(const WorkspaceLocation &location)
{
    const QString host = location.port() > 0 && location.port() != 5432
                             ? QStringLiteral("%1:%2").arg(location.host()).arg(location.port())
                             : location.host();
    return tr("Password for %1@%2").arg(location.user(), host);
}

} // namespace gonggu
