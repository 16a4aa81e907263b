#include "CommandContext.h"
#include "CommandSpec.h"
#include "domain/Errors.h"
#include "services/DemoWorkspace.h"
#include "storage/RoundRepository.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace gonggu::cli {
namespace {

void backup(CommandContext &context)
{
    const QString target = QFileInfo(context.required(QStringLiteral("output"))).absoluteFilePath();
    context.workspace().backupTo(target);
    const qint64 bytes = QFileInfo(target).size();
    context.output().printObject(QJsonObject{{QStringLiteral("backup"), target}, {QStringLiteral("bytes"), bytes}},
                                 {{QStringLiteral("backup"), target}, {QStringLiteral("bytes"), bytes}},
                                 QStringLiteral("Backed up to %1 (%2 bytes)").arg(target).arg(bytes));
}

void check(CommandContext &context)
{
    Workspace &workspace = context.workspace();
    const QStringList problems = workspace.integrityProblems();
    const int version = workspace.schemaVersion();
    const Record flat{{QStringLiteral("ok"), problems.isEmpty()},
                      {QStringLiteral("workspace"), workspace.path()},
                      {QStringLiteral("schema_version"), version},
                      {QStringLiteral("problems"), problems.size()}};
    QJsonObject json = toJsonObject(flat);
    json.insert(QStringLiteral("problems"), QJsonArray::fromStringList(problems));
    const QString text =
        problems.isEmpty()
            ? QStringLiteral("ok: %1 (workspace version %2)").arg(workspace.path()).arg(version)
            : QStringLiteral("problems in %1:\n  %2").arg(workspace.path(), problems.join(QStringLiteral("\n  ")));
    context.output().printObject(json, flat, text);
    if (!problems.isEmpty())
        throw StorageError(
            QStringLiteral("the workspace failed its check (%1 problem(s)); restore a backup").arg(problems.size()));
}

void demo(CommandContext &context)
{
    const QString target = QFileInfo(context.required(QStringLiteral("output"))).absoluteFilePath();
    const int buyers =
        context.isSet(QStringLiteral("buyers")) ? context.positiveInteger(QStringLiteral("buyers"), 1'000'000) : 0;
    if (target == QFileInfo(context.workspacePath()).absoluteFilePath() || target == Workspace::defaultPath())
        throw InputError(QStringLiteral("the demo never goes into your own workspace; choose another --output file"));
    if (QFileInfo::exists(target))
        throw InputError(QStringLiteral("'%1' already exists; the demo is written to a new file only").arg(target));

    // Built under a temporary name and moved into place when complete, so an interrupted run leaves no
    // half-made demo behind.
    const QString partial = target + QStringLiteral(".partial");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    int rounds = 0;
    try {
        Workspace workspace(partial, context.clock());
        DemoWorkspace::populate(workspace, buyers);
        rounds = int(RoundRepository(workspace).all().size());
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        throw StorageError(QStringLiteral("cannot move the demo into place at '%1'").arg(target));
    }
    const Record flat{{QStringLiteral("workspace"), target},
                      {QStringLiteral("rounds"), rounds},
                      {QStringLiteral("buyers"), DemoWorkspace::realRoundBuyers + buyers}};
    context.output().printObject(
        toJsonObject(flat), flat,
        QStringLiteral("Demo workspace written to %1\nOpen it with: gonggu --workspace %1").arg(target));
}

} // namespace

std::vector<CommandSpec> maintenanceCommands()
{
    const auto S = [](const char16_t *text) { return QString::fromUtf16(text); };
    return {
        {S(u"backup"),
         S(u"--output FILE"),
         S(u"Write a consistent copy of the workspace (mode 0600)."),
         {valueOption(S(u"output"), S(u"FILE"), S(u"backup file to write"))},
         true,
         backup},
        {S(u"check"), QString(), S(u"Check the workspace's integrity; exit 1 if it is damaged."), {}, true, check},
        {S(u"demo"),
         S(u"--output FILE [--buyers N]"),
         S(u"Write a demo workspace modelled on a real round (never your own workspace)."),
         {valueOption(S(u"output"), S(u"FILE"), S(u"new workspace file to write")),
          valueOption(S(u"buyers"), S(u"N"), S(u"also add a large round with N buyers"))},
         true,
         demo},
    };
}

} // namespace gonggu::cli
