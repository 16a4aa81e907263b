#include "ServerLogin.h"

#include "domain/Errors.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceLocation.h"

#include <QFileDevice>
#include <QIODevice>

#include <optional>

#include <csignal>
#include <termios.h>
#include <unistd.h>

namespace gonggu::cli {
namespace {

const QString passwordHint = QStringLiteral("set PGPASSWORD or add the server to ~/.pgpass");

// The terminal's settings while echo is off, put back should the user press Ctrl-C at the prompt.
struct termios savedTerminal;

void restoreTerminalAndStop(int signal)
{
    tcsetattr(STDIN_FILENO, TCSADRAIN, &savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

/** Reads one line from the terminal without showing it; nothing when stdin is not a terminal. */
std::optional<QString> askWithoutEcho(QIODevice &err, const QString &prompt)
{
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
        return std::nullopt;
    struct termios quiet = savedTerminal;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    const auto previousHandler = std::signal(SIGINT, restoreTerminalAndStop);
    // Echo goes off before the prompt shows, and nothing typed is discarded: whatever comes after the prompt is the
    // password, unseen.
    tcsetattr(STDIN_FILENO, TCSADRAIN, &quiet);
    err.write(prompt.toUtf8());
    if (auto *file = dynamic_cast<QFileDevice *>(&err))
        file->flush();
    QByteArray line;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.append(c);
    tcsetattr(STDIN_FILENO, TCSADRAIN, &savedTerminal);
    std::signal(SIGINT, previousHandler);
    err.write("\n"); // the Enter the user typed was not echoed either
    if (line.endsWith('\r'))
        line.chop(1);
    const QString password = QString::fromLocal8Bit(line);
    line.fill('\0');
    return password;
}

} // namespace

std::unique_ptr<Workspace> ServerLogin::open(const QString &location) const
{
    const WorkspaceLocation parsed = WorkspaceLocation::parse(location);
    try {
        return std::make_unique<Workspace>(parsed, m_clock);
    } catch (const PasswordRequired &refusal) {
        const QString who = parsed.user().isEmpty() ? parsed.host() : parsed.user() + u'@' + parsed.host();
        std::optional<QString> password = askWithoutEcho(m_err, QStringLiteral("Password for %1: ").arg(who));
        if (!password)
            throw InputError(QStringLiteral("%1 — %2").arg(refusal.message(), passwordHint));
        const WorkspaceLocation withPassword = parsed.withPassword(*password);
        password->fill(u'\0');
        try {
            return std::make_unique<Workspace>(withPassword, m_clock);
        } catch (const PasswordRequired &again) {
            throw InputError(QStringLiteral("%1 — %2").arg(again.message(), passwordHint));
        }
    }
}

} // namespace gonggu::cli
