#include "BackupRotation.h"

#include "Workspace.h"
#include "domain/Errors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace gonggu {
namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QString beforeRestoreSuffix = QStringLiteral("-before-restore");
const QString backupSuffix = QStringLiteral(".gonggu");

/** A backup's name split into its parts; `sequence` tells apart backups taken within the same second. */
struct ParsedName
{
    QDateTime taken;
    int sequence = 1;
    BackupKind kind = BackupKind::Rolling;
};

std::optional<ParsedName> parseName(const QRegularExpression &pattern, const QString &fileName)
{
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    ParsedName parsed;
    parsed.taken = QDateTime::fromString(match.captured(1), stampFormat);
    if (!parsed.taken.isValid())
        return std::nullopt;
    if (match.hasCaptured(2))
        parsed.sequence = match.captured(2).toInt();
    if (match.hasCaptured(3))
        parsed.kind = BackupKind::BeforeRestore;
    return parsed;
}

/** When the workspace was last written: its file, or its write-ahead log while that holds changes not yet
 *  folded back (an empty log is only a sign that a connection is open). */
QDateTime lastWritten(const QString &workspacePath)
{
    QDateTime last = QFileInfo(workspacePath).lastModified();
    const QFileInfo log(workspacePath + QStringLiteral("-wal"));
    if (log.exists() && log.size() > 0)
        last = std::max(last, log.lastModified());
    return last;
}

} // namespace

BackupRotation::BackupRotation(const QString &workspacePath, const Clock &clock)
    : m_workspacePath(QFileInfo(workspacePath).absoluteFilePath()), m_clock(clock)
{
}

QString BackupRotation::baseName() const
{
    const QFileInfo info(m_workspacePath);
    return info.completeBaseName().isEmpty() ? info.fileName() : info.completeBaseName();
}

QString BackupRotation::folder() const
{
    return QFileInfo(m_workspacePath).absoluteDir().filePath(baseName() + QStringLiteral(".backups"));
}

void BackupRotation::ensureFolder() const
{
    const QString path = folder();
    if (!QFileInfo(path).isDir() && !QDir().mkpath(path))
        throw InputError(QStringLiteral("cannot create the backups folder '%1'").arg(path));
    // The backups hold the same names, phones and addresses as the workspace.
    if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        throw InputError(QStringLiteral("cannot make the backups folder '%1' private to you").arg(path));
}

QRegularExpression BackupRotation::namePattern() const
{
    return QRegularExpression(QStringLiteral("^%1-(\\d{8}-\\d{6})(?:-(\\d+))?(%2)?%3$")
                                  .arg(QRegularExpression::escape(baseName()),
                                       QRegularExpression::escape(beforeRestoreSuffix),
                                       QRegularExpression::escape(backupSuffix)));
}

std::vector<BackupFile> BackupRotation::list() const
{
    const QRegularExpression pattern = namePattern();
    std::vector<std::pair<BackupFile, int>> found;
    const QFileInfoList entries = QDir(folder()).entryInfoList(QDir::Files);
    for (const QFileInfo &entry : entries) {
        if (const std::optional<ParsedName> parsed = parseName(pattern, entry.fileName()))
            found.push_back(
                {BackupFile{entry.absoluteFilePath(), parsed->taken, entry.size(), parsed->kind}, parsed->sequence});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first.taken != b.first.taken ? a.first.taken > b.first.taken : a.second > b.second;
    });
    std::vector<BackupFile> backups;
    backups.reserve(found.size());
    for (auto &entry : found)
        backups.push_back(std::move(entry.first));
    return backups;
}

QString BackupRotation::newBackupPath(BackupKind kind) const
{
    ensureFolder();
    const QString stamp = m_clock.nowUtc().toLocalTime().toString(stampFormat);
    const QString kindSuffix = kind == BackupKind::BeforeRestore ? beforeRestoreSuffix : QString();
    const QDir dir(folder());
    QString path = dir.filePath(baseName() + u'-' + stamp + kindSuffix + backupSuffix);
    for (int sequence = 2; QFileInfo::exists(path); ++sequence)
        path = dir.filePath(
            QStringLiteral("%1-%2-%3%4%5").arg(baseName(), stamp).arg(sequence).arg(kindSuffix, backupSuffix));
    return path;
}

bool BackupRotation::changedSinceNewestBackup() const
{
    if (!QFileInfo::exists(m_workspacePath))
        return false;
    for (const BackupFile &backup : list()) {
        if (backup.kind == BackupKind::Rolling)
            return lastWritten(m_workspacePath) > QFileInfo(backup.path).lastModified();
    }
    return true;
}

BackupFile BackupRotation::takeRollingBackup(const Workspace &workspace, int keep) const
{
    checkKeep(keep);
    const QString path = newBackupPath(BackupKind::Rolling);
    workspace.backupTo(path);
    prune(keep);
    // The time as the name keeps it (to the second), so that it reads the same as when listed.
    const QFileInfo written(path);
    const std::optional<ParsedName> parsed = parseName(namePattern(), written.fileName());
    return BackupFile{path, parsed ? parsed->taken : QDateTime(), written.size(), BackupKind::Rolling};
}

QStringList BackupRotation::prune(int keep) const
{
    checkKeep(keep);
    QStringList removed;
    int kept = 0;
    for (const BackupFile &backup : list()) {
        if (backup.kind != BackupKind::Rolling || ++kept <= keep)
            continue;
        if (QFile::remove(backup.path))
            removed << backup.path;
    }
    return removed;
}

void BackupRotation::checkKeep(int keep)
{
    if (keep < 1 || keep > maximumKeep)
        throw InputError(QStringLiteral("the number of backups to keep must be between 1 and %1 (got %2)")
                             .arg(maximumKeep)
                             .arg(keep));
}

} // namespace gonggu
