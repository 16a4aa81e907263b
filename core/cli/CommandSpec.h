#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace gonggu::cli {

class CommandContext;

/** One gonggu-cli command: its words ("round create"), options and what it does. */
struct CommandSpec
{
    QString name;     // the command words, e.g. "round create"
    QString synopsis; // options as shown in usage, e.g. "--title T --supplier S [--closes DATE]"
    QString summary;  // one line of help
    QList<QCommandLineOption> options;
    bool printsData = true; // takes --format
    std::function<void(CommandContext &)> run;
};

// The command families, each in its own file.
std::vector<CommandSpec> roundCommands();
std::vector<CommandSpec> personCommands();
std::vector<CommandSpec> orderCommands();
std::vector<CommandSpec> reportCommands();
std::vector<CommandSpec> maintenanceCommands();
std::vector<CommandSpec> importCommands();
std::vector<CommandSpec> bankCommands();
std::vector<CommandSpec> reconfirmCommands();
std::vector<CommandSpec> settlementCommands();
std::vector<CommandSpec> messageCommands();
std::vector<CommandSpec> scheduleCommands();
std::vector<CommandSpec> exportCommands();
std::vector<CommandSpec> trackingCommands();
std::vector<CommandSpec> migrateCommands();

/** A --name VALUE option. */
inline QCommandLineOption valueOption(const QString &name, const QString &valueName, const QString &description)
{
    return QCommandLineOption(name, description, valueName);
}

} // namespace gonggu::cli
