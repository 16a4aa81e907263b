#include "WindowState.h"

#include "AppSettings.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>
#include <QTableView>

namespace gonggu {
namespace {

QString headerKey(const QString &area)
{
    return area + QStringLiteral("/header");
}

// The selection only means something in the workspace it was made in.
bool sameWorkspace(const AppSettings &settings, const QString &workspacePath)
{
    return settings.value(QStringLiteral("window/workspace")).toString() == workspacePath;
}

} // namespace

void WindowState::saveWindow(const QMainWindow &window, const QSplitter &splitter)
{
    AppSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    settings.setValue(QStringLiteral("window/state"), window.saveState());
    settings.setValue(QStringLiteral("window/splitter"), splitter.saveState());
}

bool WindowState::restoreWindow(QMainWindow &window, QSplitter &splitter)
{
    const AppSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty())
        return false;
    window.restoreGeometry(geometry);
    window.restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    splitter.restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    return true;
}

void WindowState::saveTable(const QString &area, const QTableView &table)
{
    const QHeaderView *header = table.horizontalHeader();
    if (header->count() == 0) // nothing shown (no round): keep what was saved from a real table
        return;
    AppSettings settings;
    settings.setValue(headerKey(area), header->saveState());
    settings.setValue(area + QStringLiteral("/columns"), header->count());
}

bool WindowState::restoreTable(const QString &area, QTableView &table)
{
    const AppSettings settings;
    const QByteArray state = settings.value(headerKey(area)).toByteArray();
    QHeaderView *header = table.horizontalHeader();
    // A state saved with other columns (a round with more items) would give the new ones Qt's default
    // widths; the page's own fitted widths are better then.
    if (state.isEmpty() || settings.value(area + QStringLiteral("/columns")).toInt() != header->count() ||
        !header->restoreState(state))
        return false;
    // The header shows the restored sort indicator; the view sorts only when told.
    if (table.isSortingEnabled())
        table.sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return true;
}

void WindowState::saveSelection(const QString &workspacePath, std::optional<RoundId> round, int tab)
{
    AppSettings settings;
    settings.setValue(QStringLiteral("window/workspace"), workspacePath);
    if (round)
        settings.setValue(QStringLiteral("window/round"), *round);
    else
        settings.remove(QStringLiteral("window/round"));
    settings.setValue(QStringLiteral("window/tab"), tab);
}

std::optional<RoundId> WindowState::savedRound(const QString &workspacePath)
{
    const AppSettings settings;
    const QVariant round = settings.value(QStringLiteral("window/round"));
    if (!sameWorkspace(settings, workspacePath) || !round.isValid())
        return std::nullopt;
    return round.value<RoundId>();
}

int WindowState::savedTab(const QString &workspacePath)
{
    const AppSettings settings;
    return sameWorkspace(settings, workspacePath) ? settings.value(QStringLiteral("window/tab"), 0).toInt() : 0;
}

} // namespace gonggu
