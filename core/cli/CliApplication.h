#pragma once

#include "CommandSpec.h"

#include <QStringList>

class QIODevice;

namespace gonggu {
class Clock;
}

namespace gonggu::cli {

/** gonggu-cli: finds the command, parses its options, runs it and maps errors to exit codes
 *  (0 success, 2 bad input or usage with one line on stderr, 1 internal failure). */
class CliApplication
{
public:
    enum ExitCode
    {
        Success = 0,
        InternalFailure = 1,
        BadInput = 2
    };

    CliApplication(QIODevice &out, QIODevice &err, const Clock &clock);

    /** Runs one command line (arguments without the program name). */
    int run(const QStringList &arguments);

    /** Whether the command line may draw text with fonts (a PDF export), which needs a QGuiApplication rather
     *  than the QCoreApplication every other command runs on. Errs on the side of yes. */
    static bool needsGuiApplication(const QStringList &arguments);

private:
    /** The options given before the command words. */
    struct GlobalOptions
    {
        QString workspace;
        QString coordinator;
        bool coordinatorSet = false;
    };

    int runCommand(const CommandSpec &spec, const QStringList &arguments, const GlobalOptions &global);
    const CommandSpec *findCommand(const QStringList &words, qsizetype *consumed) const;
    QString usage() const;
    void printError(const QString &message);

    QIODevice &m_out;
    QIODevice &m_err;
    const Clock &m_clock;
    std::vector<CommandSpec> m_commands;
};

} // namespace gonggu::cli
