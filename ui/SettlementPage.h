#pragma once

#include "domain/Round.h"
#include "io/CsvWriter.h"
#include "services/RoundSettlement.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QMessageBox;
class QTableView;

namespace gonggu {

class DeferredReload;
class EmptyTableHint;
class ExpensesTableModel;
class SettlementFigures;
class WorkspaceSession;

/** The round's settlement: what the buyers owe and paid, what the supplier is owed and was paid, the walk
 *  from money collected to what is left, the expenses behind it (added and removed undoably), and the
 *  report exported as CSV. */
class SettlementPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettlementPage(WorkspaceSession &session, QWidget *parent = nullptr);

    /** Shows the round's settlement: worked out now when the page is showing, else when it is next shown; a
     *  storage error is reported through the session. */
    void showRound(const Round &round);
    /** Shows no round (the actions are disabled). */
    void clear();

    /** The settlement on screen; empty without a round. */
    const std::optional<Settlement> &settlement() const { return m_settlement; }
    /** The amount shown for a figure as the page reads it ("₩30,000", "+ ₩30,000" in the walk). */
    QString figureText(SettlementFigure figure) const;

    QTableView *expensesTable() const { return m_table; }
    ExpensesTableModel *expensesModel() const { return m_expenses; }
    QAction *addExpenseAction() const { return m_addExpense; }
    QAction *removeExpenseAction() const { return m_removeExpense; }
    QAction *exportCsvAction() const { return m_exportCsv; }

    /** Opens the expense dialog for the shown round; records the expense (undoably) when accepted. */
    void addExpense();
    /** Removes the selected expense (undoably). */
    void removeSelectedExpense();
    /** Asks where to save the report, then writes it. */
    void chooseExportFile();
    /** Writes the report to \a path; on failure shows why (a message box) and returns false. */
    bool exportCsv(const QString &path, CsvEncoding encoding);

private:
    void roundEdited(RoundId round);
    void refreshLater(RoundId round);
    void reload();
    void updateActions();

    WorkspaceSession &m_session;
    std::optional<Round> m_round;
    std::optional<Settlement> m_settlement;
    DeferredReload *m_reload; // changed while hidden: reloaded when shown (a round may have 100,000 buyers)

    SettlementFigures *m_figures;
    QLabel *m_exportStatus = nullptr;
    QPointer<QMessageBox> m_errorBox; // deletes itself when closed

    ExpensesTableModel *m_expenses;
    QTableView *m_table;
    EmptyTableHint *m_emptyHint = nullptr;
    QAction *m_addExpense = nullptr;
    QAction *m_removeExpense = nullptr;
    QAction *m_exportCsv = nullptr;
};

} // namespace gonggu
