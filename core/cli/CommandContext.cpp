#include "CommandContext.h"

#include <QTimeZone>

#include "ServerLogin.h"
#include "domain/DateText.h"
#include "domain/Errors.h"
#include "storage/RoundRepository.h"
#include "storage/Workspace.h"

#include <QIODevice>

namespace gonggu::cli {
namespace {

template <typename Enum>
std::optional<Enum> keyOption(const QCommandLineParser &parser, const QString &option,
                              std::optional<Enum> (*fromKey)(const QString &), const QStringList &keys)
{
    if (!parser.isSet(option))
        return std::nullopt;
    const QString text = parser.value(option).trimmed();
    if (auto value = fromKey(text))
        return value;
    throw InputError(
        QStringLiteral("--%1 '%2' is not known (one of: %3)").arg(option, text, keys.join(QStringLiteral(", "))));
}

// The round a command names with --round, for the change history; none when it names no (existing) round, which
// the command itself then reports.
std::optional<RoundId> namedRound(const QCommandLineParser &parser, const Workspace &workspace)
{
    if (!parser.optionNames().contains(QStringLiteral("round")))
        return std::nullopt;
    try {
        return RoundRepository(workspace).resolve(parser.value(QStringLiteral("round")).trimmed()).id;
    } catch (const InputError &) {
        return std::nullopt;
    }
}

} // namespace

CommandContext::CommandContext(const QCommandLineParser &parser, QString workspacePath, CliOutput &output,
                               QIODevice &err, const Clock &clock, QString coordinator, QString commandLine)
    : m_parser(parser), m_workspacePath(std::move(workspacePath)), m_output(output), m_err(err), m_clock(clock),
      m_coordinator(std::move(coordinator)), m_commandLine(std::move(commandLine))
{
}

void CommandContext::error(const QString &line)
{
    m_err.write(QStringLiteral("gonggu-cli: %1\n").arg(line.simplified()).toUtf8());
}

CommandContext::~CommandContext() = default;

Workspace &CommandContext::workspace()
{
    if (!m_workspace) {
        m_workspace = openWorkspace(m_workspacePath);
        m_workspace->describeNextChanges(namedRound(m_parser, *m_workspace), m_commandLine);
    }
    return *m_workspace;
}

std::unique_ptr<Workspace> CommandContext::openWorkspace(const QString &location) const
{
    std::unique_ptr<Workspace> workspace = ServerLogin(m_err, m_clock).open(location);
    if (!m_coordinator.isEmpty())
        workspace->setCoordinator(m_coordinator);
    return workspace;
}

QString CommandContext::required(const QString &option) const
{
    const QString text = m_parser.value(option).trimmed();
    if (!m_parser.isSet(option) || text.isEmpty())
        throw InputError(QStringLiteral("--%1 is required").arg(option));
    return text;
}

QString CommandContext::positional(const QString &what) const
{
    const QStringList arguments = m_parser.positionalArguments();
    if (arguments.isEmpty() || arguments.first().trimmed().isEmpty())
        throw InputError(QStringLiteral("give the %1").arg(what));
    if (arguments.size() > 1)
        throw InputError(QStringLiteral("unexpected argument '%1'").arg(arguments.at(1)));
    return arguments.first().trimmed();
}

int CommandContext::positiveInteger(const QString &option, int maximum) const
{
    const QString text = required(option);
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok)
        throw InputError(QStringLiteral("--%1 '%2' is not a whole number").arg(option, text));
    if (value <= 0)
        throw InputError(QStringLiteral("--%1 must be more than zero (got %2)").arg(option, text));
    if (value > maximum)
        throw InputError(QStringLiteral("--%1 %2 is more than the limit of %3").arg(option, text).arg(maximum));
    return int(value);
}

Money CommandContext::money(const QString &option, bool allowNegative) const
{
    const QString text = required(option);
    const std::optional<Money> amount = Money::parse(text);
    if (!amount)
        throw InputError(QStringLiteral("--%1 '%2' is not a whole number of won").arg(option, text));
    if (!allowNegative && amount->isNegative())
        throw InputError(QStringLiteral("--%1 cannot be negative (got %2)").arg(option, text));
    return *amount;
}

std::optional<QDate> CommandContext::date(const QString &option) const
{
    if (!m_parser.isSet(option))
        return std::nullopt;
    const QString text = m_parser.value(option).trimmed();
    const std::optional<QDate> date = parseIsoDate(text);
    if (!date)
        throw InputError(QStringLiteral("--%1 '%2' is not a date in YYYY-MM-DD form").arg(option, text));
    return date;
}

std::optional<QDateTime> CommandContext::seoulDateTime(const QString &option) const
{
    if (!m_parser.isSet(option))
        return std::nullopt;
    const QString text = m_parser.value(option).trimmed();
    QDateTime local = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!local.isValid())
        local = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!local.isValid())
        throw InputError(QStringLiteral("--%1 '%2' is not a time in 'YYYY-MM-DD HH:MM' form").arg(option, text));
    return QDateTime(local.date(), local.time(), QTimeZone(9 * 3600)).toUTC();
}

std::optional<OrderStatus> CommandContext::orderStatus(const QString &option) const
{
    return keyOption(m_parser, option, &orderStatusFromKey, orderStatusKeys());
}

std::optional<Delivery> CommandContext::delivery(const QString &option) const
{
    return keyOption(m_parser, option, &deliveryFromKey, deliveryKeys());
}

std::optional<RoundStatus> CommandContext::roundStatus(const QString &option) const
{
    return keyOption(m_parser, option, &roundStatusFromKey, roundStatusKeys());
}

} // namespace gonggu::cli
