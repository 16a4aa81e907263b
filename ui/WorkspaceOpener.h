#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace gonggu {

class Clock;
class Workspace;
class WorkspaceLocation;

/** Opens a workspace from what the user named (a file path or a postgresql:// URL), asking for the server's
 *  password when neither the URL, PGPASSWORD nor ~/.pgpass gave one. The password is used for this connection
 *  only: it is never stored. */
class WorkspaceOpener
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceOpener)

public:
    /** Asks for a password: the prompt ("Password for USER@HOST"), and the server's last refusal when a password
     *  was wrong; nullopt when the user cancelled. */
    using PasswordAsker =
        std::function<std::optional<QString>(QWidget *parent, const QString &prompt, const QString &refusal)>;

    /** The open workspace, with the coordinator name of Preferences; throws InputError when it is refused or the
     *  user cancelled the password prompt (PasswordRequired then). */
    static std::unique_ptr<Workspace> open(const QString &location, const Clock &clock, QWidget *parent);

    /** Replaces the password dialog (tests); an empty function puts the dialog back. */
    static void setPasswordAsker(PasswordAsker asker);
    /** The dialog: a password field under "Password for USER@HOST". */
    static std::optional<QString> askWithDialog(QWidget *parent, const QString &prompt, const QString &refusal);
    /** "Password for USER@HOST" (and the port when it is not the default). */
    static QString promptFor(const WorkspaceLocation &location);
};

} // namespace gonggu
