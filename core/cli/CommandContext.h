#pragma once

#include "CliOutput.h"
#include "domain/Money.h"
#include "domain/Statuses.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>

#include <memory>
#include <optional>

namespace gonggu {
class Clock;
class Workspace;
} // namespace gonggu

namespace gonggu::cli {

/** What one command sees: its parsed options, checked values, the workspace (opened on first use)
 *  and the output. Every value check throws InputError with a message naming the option. */
class CommandContext
{
public:
    /** `coordinator` is who the changes are recorded as (empty: the workspace's default); `commandLine` is what
     *  the change history says the command did. */
    CommandContext(const QCommandLineParser &parser, QString workspacePath, CliOutput &output, QIODevice &err,
                   const Clock &clock, QString coordinator = {}, QString commandLine = {});
    ~CommandContext();

    const QCommandLineParser &parser() const { return m_parser; }
    CliOutput &output() { return m_output; }
    /** A line for stderr that is not the command's failure (e.g. each rejected row of an import). */
    void error(const QString &line);
    const Clock &clock() const { return m_clock; }
    QString workspacePath() const { return m_workspacePath; }
    Workspace &workspace();
    /** Another workspace (a file path or server URL) opened the way workspace() is: asking for a server password
     *  on the terminal, changes recorded as the same coordinator. */
    std::unique_ptr<Workspace> openWorkspace(const QString &location) const;

    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    /** The option's text; InputError when a required option is missing or empty. */
    QString required(const QString &option) const;
    QString optional(const QString &option) const { return m_parser.value(option).trimmed(); }
    /** The single positional argument the command takes (e.g. ROUND); InputError when absent. */
    QString positional(const QString &what) const;

    int positiveInteger(const QString &option, int maximum) const;
    Money money(const QString &option, bool allowNegative) const;
    std::optional<QDate> date(const QString &option) const;
    /** "YYYY-MM-DD HH:MM" in Korean time (UTC+9, no daylight saving), returned in UTC. */
    std::optional<QDateTime> seoulDateTime(const QString &option) const;
    std::optional<OrderStatus> orderStatus(const QString &option) const;
    std::optional<Delivery> delivery(const QString &option) const;
    std::optional<RoundStatus> roundStatus(const QString &option) const;

private:
    const QCommandLineParser &m_parser;
    QString m_workspacePath;
    CliOutput &m_output;
    QIODevice &m_err;
    const Clock &m_clock;
    QString m_coordinator;
    QString m_commandLine;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace gonggu::cli
