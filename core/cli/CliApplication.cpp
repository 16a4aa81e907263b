#include "CliApplication.h"

#include "CommandContext.h"
#include "domain/Errors.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QRegularExpression>

#include <algorithm>

namespace gonggu::cli {
namespace {

const QString workspaceOption = QStringLiteral("workspace");
const QString formatOption = QStringLiteral("format");
const QString coordinatorOption = QStringLiteral("coordinator");
const QString coordinatorVariable = QStringLiteral("GONGGU_COORDINATOR");

std::optional<OutputFormat> formatFromText(const QString &text)
{
    if (text == u"table")
        return OutputFormat::Table;
    if (text == u"csv")
        return OutputFormat::Csv;
    if (text == u"json")
        return OutputFormat::Json;
    return std::nullopt;
}

/** Removes a workspace file that this very command created, so a failed command leaves nothing behind. */
void removeNewWorkspace(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

/** The command as the change history shows it: its words and arguments as typed, with the workspace and
 *  coordinator options left out and a server address (in any argument) shown without its password. */
QString commandLineForHistory(const QString &name, const QStringList &arguments)
{
    QStringList words{name};
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == u"--workspace" || argument == u"--coordinator") {
            ++i; // and its value
            continue;
        }
        if (argument.startsWith(QStringLiteral("--workspace=")) ||
            argument.startsWith(QStringLiteral("--coordinator=")))
            continue;
        QString word = argument;
        if (WorkspaceLocation::looksLikeServerUrl(word)) {
            try {
                word = WorkspaceLocation::parse(word).display();
            } catch (const InputError &) {
                word = QStringLiteral("postgresql://…");
            }
        }
        static const QRegularExpression needsQuotes(QStringLiteral("[\\s'\"]"));
        if (word.isEmpty() || word.contains(needsQuotes))
            word = u'\'' + QString(word).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
        words << word;
    }
    return words.join(u' ');
}

/** Empties again an empty file that this very command adopted as a new workspace. */
void emptyAdoptedWorkspace(const QString &path)
{
    QFile::resize(path, 0);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

CliApplication::CliApplication(QIODevice &out, QIODevice &err, const Clock &clock)
    : m_out(out), m_err(err), m_clock(clock)
{
    for (auto family : {roundCommands, personCommands, orderCommands, reportCommands, importCommands, bankCommands,
                        trackingCommands, reconfirmCommands, settlementCommands, exportCommands, scheduleCommands,
                        messageCommands, maintenanceCommands, migrateCommands}) {
        for (CommandSpec &spec : family())
            m_commands.push_back(std::move(spec));
    }
}

int CliApplication::run(const QStringList &arguments)
{
    // Global options come before the command words; --workspace is also accepted after them.
    GlobalOptions global;
    qsizetype index = 0;
    while (index < arguments.size() && arguments[index].startsWith(QStringLiteral("--"))) {
        const QString &argument = arguments[index];
        if (argument == u"--help" || argument == u"-h") {
            m_out.write(usage().toUtf8());
            return Success;
        }
        if (argument == u"--version") {
            m_out.write(QStringLiteral("gonggu-cli %1\n").arg(QCoreApplication::applicationVersion()).toUtf8());
            return Success;
        }
        if (argument == u"--workspace" && index + 1 < arguments.size()) {
            global.workspace = arguments[index + 1];
            index += 2;
        } else if (argument.startsWith(QStringLiteral("--workspace="))) {
            global.workspace = argument.mid(12);
            ++index;
        } else if (argument == u"--coordinator" && index + 1 < arguments.size()) {
            global.coordinator = arguments[index + 1];
            global.coordinatorSet = true;
            index += 2;
        } else if (argument.startsWith(QStringLiteral("--coordinator="))) {
            global.coordinator = argument.mid(14);
            global.coordinatorSet = true;
            ++index;
        } else {
            printError(QStringLiteral("unknown option '%1' before the command (see gonggu-cli --help)").arg(argument));
            return BadInput;
        }
    }

    const QStringList words = arguments.mid(index);
    if (words.isEmpty()) {
        printError(QStringLiteral("no command given (see gonggu-cli --help)"));
        return BadInput;
    }
    qsizetype consumed = 0;
    const CommandSpec *spec = findCommand(words, &consumed);
    if (!spec) {
        printError(QStringLiteral("unknown command '%1' (see gonggu-cli --help)").arg(words.mid(0, 2).join(u' ')));
        return BadInput;
    }
    return runCommand(*spec, words.mid(consumed), global);
}

const CommandSpec *CliApplication::findCommand(const QStringList &words, qsizetype *consumed) const
{
    for (const CommandSpec &spec : m_commands) {
        const QStringList name = spec.name.split(u' ');
        if (words.size() >= name.size() && words.mid(0, name.size()) == name) {
            *consumed = name.size();
            return &spec;
        }
    }
    return nullptr;
}

int CliApplication::runCommand(const CommandSpec &spec, const QStringList &arguments, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions(spec.options);
    parser.addOption(valueOption(workspaceOption, QStringLiteral("PATH"), QStringLiteral("workspace file")));
    parser.addOption(valueOption(coordinatorOption, QStringLiteral("NAME"), QStringLiteral("who makes the changes")));
    if (spec.printsData)
        parser.addOption(valueOption(formatOption, QStringLiteral("FORMAT"), QStringLiteral("table, csv or json")));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOption(helpOption);

    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{QStringLiteral("gonggu-cli")} + arguments)) {
        printError(
            QStringLiteral("%1: %2 (usage: gonggu-cli %1 %3)").arg(spec.name, parser.errorText(), spec.synopsis));
        return BadInput;
    }
    if (parser.isSet(helpOption)) {
        QString help = QStringLiteral("usage: gonggu-cli [--workspace PATH|URL] [--coordinator NAME] %1 %2\n%3\n\n")
                           .arg(spec.name, spec.synopsis, spec.summary);
        for (const QCommandLineOption &option : spec.options)
            help += QStringLiteral("  --%1  %2\n").arg(option.names().first(), option.description());
        m_out.write(help.toUtf8());
        return Success;
    }

    OutputFormat format = OutputFormat::Table;
    if (spec.printsData && parser.isSet(formatOption)) {
        const std::optional<OutputFormat> chosen = formatFromText(parser.value(formatOption));
        if (!chosen) {
            printError(QStringLiteral("--format '%1' is not one of table, csv, json").arg(parser.value(formatOption)));
            return BadInput;
        }
        format = *chosen;
    }

    // The option wins over the environment; an empty option is a mistake, an empty variable is no choice.
    QString coordinator = qEnvironmentVariable(qPrintable(coordinatorVariable)).trimmed();
    if (parser.isSet(coordinatorOption) || global.coordinatorSet) {
        coordinator =
            (parser.isSet(coordinatorOption) ? parser.value(coordinatorOption) : global.coordinator).trimmed();
        if (coordinator.isEmpty()) {
            printError(QStringLiteral("--coordinator needs a name"));
            return BadInput;
        }
    }

    QString workspacePath = parser.isSet(workspaceOption) ? parser.value(workspaceOption) : global.workspace;
    if (workspacePath.isEmpty()) {
        workspacePath = Workspace::defaultPath();
        QDir().mkpath(QFileInfo(workspacePath).path());
    }
    // A server's database is never created nor removed here: only a workspace file made by this command is.
    const bool onServer = WorkspaceLocation::looksLikeServerUrl(workspacePath);
    const QFileInfo workspaceBefore(workspacePath);
    const bool workspaceExisted = onServer || workspaceBefore.exists();
    const bool workspaceWasEmpty = !onServer && workspaceExisted && workspaceBefore.size() == 0; // made in it

    CliOutput output(m_out, format);
    int exitCode = Success;
    {
        CommandContext context(parser, workspacePath, output, m_err, m_clock, coordinator,
                               commandLineForHistory(spec.name, arguments));
        try {
            spec.run(context);
        } catch (const InputError &error) {
            printError(error.message());
            exitCode = BadInput;
        } catch (const StorageError &error) {
            printError(error.message());
            exitCode = InternalFailure;
        } catch (const std::exception &error) {
            printError(QStringLiteral("internal error: %1").arg(QString::fromLocal8Bit(error.what())));
            exitCode = InternalFailure;
        }
    } // closes the workspace before any clean-up below
    if (exitCode != Success && !workspaceExisted)
        removeNewWorkspace(workspacePath);
    else if (exitCode != Success && workspaceWasEmpty)
        emptyAdoptedWorkspace(workspacePath);
    return exitCode;
}

bool CliApplication::needsGuiApplication(const QStringList &arguments)
{
    // "--format pdf", "--format=pdf" and "--output list.pdf" all end in "pdf".
    return arguments.contains(QStringLiteral("export")) &&
           std::any_of(arguments.begin(), arguments.end(),
                       [](const QString &argument) { return argument.endsWith(u"pdf", Qt::CaseInsensitive); });
}

QString CliApplication::usage() const
{
    QString text = QStringLiteral("usage: gonggu-cli [--workspace PATH|URL] [--coordinator NAME] COMMAND [OPTIONS] "
                                  "[--format table|csv|json]\n\n"
                                  "Coordinate a group buy from the command line. Commands:\n");
    for (const CommandSpec &spec : m_commands)
        text += QStringLiteral("  %1 %2\n      %3\n").arg(spec.name, spec.synopsis, spec.summary);
    text += QStringLiteral("\nRounds, items and people may be named by id or by their unique title, name or nickname.\n"
                           "Without --workspace the default workspace is used:\n  %1\n"
                           "A shared workspace is a PostgreSQL database: --workspace postgresql://user@host/database\n"
                           "(its password from PGPASSWORD or ~/.pgpass, or asked for on the terminal).\n"
                           "Changes are recorded as --coordinator NAME, else $GONGGU_COORDINATOR, else the login.\n"
                           "Exit status: 0 success, 2 bad input (nothing was changed), 1 internal failure.\n")
                .arg(QDir::toNativeSeparators(Workspace::defaultPath()));
    return text;
}

void CliApplication::printError(const QString &message)
{
    QString line = message.simplified();
    m_err.write(QStringLiteral("gonggu-cli: %1\n").arg(line).toUtf8());
}

} // namespace gonggu::cli
