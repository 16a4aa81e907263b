#include "CommandContext.h"
#include "CommandSpec.h"
#include "domain/Errors.h"
#include "services/DemoWorkspace.h"
#include "storage/BackupRestore.h"
#include "storage/BackupRotation.h"
#include "storage/RoundRepository.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceLock.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace gonggu::cli {
namespace {

int keepOption(const CommandContext &context)
{
    if (!context.isSet(QStringLiteral("keep")))
        return BackupRotation::defaultKeep;
    return context.positiveInteger(QStringLiteral("keep"), BackupRotation::maximumKeep);
}

QString kindKey(BackupKind kind)
{
    return kind == BackupKind::BeforeRestore ? QStringLiteral("before-restore") : QStringLiteral("rolling");
}

// A command line takes no rolling backup by itself, unlike a window opening the workspace: scripts run many short
// commands (an import, then a payment per buyer) and each would pay for a full copy. `backup` without --output is
// the rolling backup for a schedule (cron) or before a risky change.
void backup(CommandContext &context)
{
    QString target;
    if (context.isSet(QStringLiteral("output"))) {
        if (context.isSet(QStringLiteral("keep")))
            throw InputError(QStringLiteral("--keep counts the backups in the backups folder; it does not go with "
                                            "--output"));
        target = QFileInfo(context.required(QStringLiteral("output"))).absoluteFilePath();
        context.workspace().backupTo(target);
    } else {
        const int keep = keepOption(context);
        target =
            BackupRotation(context.workspacePath(), context.clock()).takeRollingBackup(context.workspace(), keep).path;
    }
    const qint64 bytes = QFileInfo(target).size();
    context.output().printObject(QJsonObject{{QStringLiteral("backup"), target}, {QStringLiteral("bytes"), bytes}},
                                 {{QStringLiteral("backup"), target}, {QStringLiteral("bytes"), bytes}},
                                 QStringLiteral("Backed up to %1 (%2 bytes)").arg(target).arg(bytes));
}

void backups(CommandContext &context)
{
    // Read from the files alone: listing backups never opens (or creates) the workspace itself.
    const BackupRotation rotation(context.workspacePath(), context.clock());
    QList<Record> records;
    for (const BackupFile &backup : rotation.list()) {
        Record record{{QStringLiteral("taken"), backup.taken.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
                      {QStringLiteral("kind"), kindKey(backup.kind)},
                      {QStringLiteral("bytes"), backup.bytes}};
        try {
            const BackupContents contents = BackupRestore::peek(backup.path);
            record << qMakePair(QStringLiteral("rounds"), QJsonValue(contents.rounds))
                   << qMakePair(QStringLiteral("buyers"), QJsonValue(contents.buyers));
        } catch (const InputError &) {
            record << qMakePair(QStringLiteral("rounds"), QJsonValue()) // unreadable: restore says why
                   << qMakePair(QStringLiteral("buyers"), QJsonValue());
        }
        record << qMakePair(QStringLiteral("path"), QJsonValue(backup.path));
        records << record;
    }
    context.output().printRecords({QStringLiteral("taken"), QStringLiteral("kind"), QStringLiteral("bytes"),
                                   QStringLiteral("rounds"), QStringLiteral("buyers"), QStringLiteral("path")},
                                  records);
}

void restore(CommandContext &context)
{
    const QString backup = QFileInfo(context.required(QStringLiteral("from"))).absoluteFilePath();
    const QString target = QFileInfo(context.workspacePath()).absoluteFilePath();
    // Other command lines only wait for SQLite's locks, but a restore swaps the whole file: never under a window.
    WorkspaceLock lock(target);
    if (!lock.tryLock()) {
        const std::optional<WorkspaceLock::Holder> holder = lock.holder();
        throw InputError(QStringLiteral("'%1' is open in a Gonggu window (process %2 on %3); close it first")
                             .arg(target, holder ? QString::number(holder->pid) : QStringLiteral("?"),
                                  holder ? holder->host : QStringLiteral("?")));
    }
    const BackupRestore::Outcome outcome = BackupRestore::restore(target, backup, context.clock());
    const Record flat{{QStringLiteral("workspace"), target},
                      {QStringLiteral("restored_from"), backup},
                      {QStringLiteral("before_restore"),
                       outcome.beforeRestorePath.isEmpty() ? QJsonValue() : QJsonValue(outcome.beforeRestorePath)},
                      {QStringLiteral("rounds"), outcome.restored.rounds},
                      {QStringLiteral("buyers"), outcome.restored.buyers}};
    QString text = QStringLiteral("Restored %1 from %2 (%3 round(s), %4 buyer(s))")
                       .arg(target, backup)
                       .arg(outcome.restored.rounds)
                       .arg(outcome.restored.buyers);
    if (!outcome.beforeRestorePath.isEmpty())
        text += QStringLiteral("\nThe workspace as it was is kept at %1").arg(outcome.beforeRestorePath);
    context.output().printObject(toJsonObject(flat), flat, text);
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
         S(u"[--output FILE] [--keep N]"),
         S(u"Write a consistent copy of the workspace (mode 0600): to FILE, or else into the workspace's backups "
           u"folder, keeping the newest N there (default 10)."),
         {valueOption(S(u"output"), S(u"FILE"), S(u"backup file to write")),
          valueOption(S(u"keep"), S(u"N"), S(u"rolling backups to keep in the backups folder (1-100, default 10)"))},
         true,
         backup},
        {S(u"backups"),
         QString(),
         S(u"List the backups in the workspace's backups folder, newest first."),
         {},
         true,
         backups},
        {S(u"restore"),
         S(u"--from BACKUP"),
         S(u"Replace the workspace with a backup, after checking it; the current workspace is kept as a "
           u"before-restore backup."),
         {valueOption(S(u"from"), S(u"BACKUP"), S(u"backup (or other workspace file) to restore"))},
         true,
         restore},
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
