#pragma once

#include "domain/Ids.h"

#include <QString>

#include <optional>

class QMainWindow;
class QSplitter;
class QTableView;

namespace gonggu {

/** What the window remembers between runs (geometry, splitter, tables' columns and sorting, the round
 *  last shown), under namespaced keys of the settings file: "window/geometry", "orders/header"… */
class WindowState
{
public:
    static void saveWindow(const QMainWindow &window, const QSplitter &splitter);
    /** False when nothing was saved yet (the window keeps its default size). */
    static bool restoreWindow(QMainWindow &window, QSplitter &splitter);

    /** `area` names the table: "orders", "payments", "people". */
    static void saveTable(const QString &area, const QTableView &table);
    /** Restores widths, order and sorting; false when nothing was saved or it was saved with other columns. */
    static bool restoreTable(const QString &area, QTableView &table);

    /** The round and tab last shown in the workspace at `workspacePath`. */
    static void saveSelection(const QString &workspacePath, std::optional<RoundId> round, int tab);
    static std::optional<RoundId> savedRound(const QString &workspacePath);
    static int savedTab(const QString &workspacePath);
};

} // namespace gonggu
