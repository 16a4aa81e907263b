#include "SettlementPage.h"

#include "DeferredReload.h"
#include "EmptyTableHint.h"
#include "ExpenseDialog.h"
#include "RecordTable.h"
#include "RoundSummaries.h"
#include "SettlementFigures.h"
#include "WorkspaceSession.h"
#include "commands/ExpenseCommands.h"
#include "domain/Errors.h"
#include "models/ExpensesTableModel.h"
#include "models/SettlementReport.h"
#include "storage/RoundRepository.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace gonggu {
namespace {

// A title as part of a file name: the characters file systems or Windows refuse become "_".
QString fileNamePart(const QString &title)
{
    QString name = title.simplified();
    for (QChar &c : name) {
        if (c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"' || c == u'<' || c == u'>' ||
            c == u'|')
            c = u'_';
    }
    return name;
}

} // namespace

SettlementPage::SettlementPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_reload(new DeferredReload(*this, session, [this] { reload(); })),
      m_figures(new SettlementFigures(this)), m_expenses(new ExpensesTableModel(session.workspace(), this)),
      m_table(new QTableView(this))
{
    m_table->setObjectName(QStringLiteral("expensesTable"));
    m_table->setModel(m_expenses);
    setUpRecordTable(m_table);
    m_table->setSortingEnabled(false); // few rows, kept in date order
    using Column = ExpensesTableModel::Column;
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(int(Column::Date), 110);
    header->resizeSection(int(Column::Kind), 150);
    header->resizeSection(int(Column::Amount), 120);
    header->setStretchLastSection(true);
    m_emptyHint = new EmptyTableHint(m_table);

    m_addExpense = new QAction(tr("Add &Expense…"), this);
    m_addExpense->setObjectName(QStringLiteral("addExpenseAction"));
    m_addExpense->setStatusTip(tr("Record money the round spent: the supplier's invoice, shipping, other costs"));
    connect(m_addExpense, &QAction::triggered, this, &SettlementPage::addExpense);
    m_removeExpense = new QAction(tr("&Remove Expense"), this);
    m_removeExpense->setObjectName(QStringLiteral("removeExpenseAction"));
    m_removeExpense->setShortcut(QKeySequence::Delete);
    m_removeExpense->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeExpense, &QAction::triggered, this, &SettlementPage::removeSelectedExpense);
    m_exportCsv = new QAction(tr("E&xport CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportSettlementAction"));
    m_exportCsv->setStatusTip(tr("Save the settlement report as a CSV file for a spreadsheet"));
    connect(m_exportCsv, &QAction::triggered, this, &SettlementPage::chooseExportFile);
    m_table->addAction(m_addExpense);
    m_table->addAction(m_removeExpense);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    addAction(m_removeExpense);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SettlementPage::updateActions);
    connect(m_expenses, &QAbstractItemModel::modelReset, this, &SettlementPage::updateActions);

    const auto button = [this](QAction *action) {
        auto *tool = new QToolButton(this);
        tool->setDefaultAction(action);
        tool->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return tool;
    };
    auto *expensesTitle = new QLabel(tr("Expenses"), this);
    QFont bold = expensesTitle->font();
    bold.setBold(true);
    expensesTitle->setFont(bold);
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setTextFormat(Qt::PlainText);
    m_exportStatus->setForegroundRole(QPalette::PlaceholderText);
    auto *expensesBar = new QHBoxLayout;
    expensesBar->addWidget(expensesTitle);
    expensesBar->addSpacing(12);
    expensesBar->addWidget(button(m_addExpense));
    expensesBar->addWidget(button(m_removeExpense));
    expensesBar->addStretch();
    expensesBar->addWidget(m_exportStatus);
    expensesBar->addWidget(button(m_exportCsv));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 6);
    layout->addWidget(m_figures);
    layout->addLayout(expensesBar);
    layout->addWidget(m_table, 1);

    const auto refreshRound = [this](RoundId round) { refreshLater(round); };
    connect(&m_session, &WorkspaceSession::paymentsChanged, this, refreshRound);
    connect(&m_session, &WorkspaceSession::expensesChanged, this, refreshRound);
    connect(&m_session, &WorkspaceSession::ordersChanged, this, refreshRound);
    connect(&m_session, &WorkspaceSession::roundChanged, this, &SettlementPage::roundEdited);
    clear();
}

void SettlementPage::showRound(const Round &round)
{
    m_round = round;
    m_exportStatus->clear();
    m_emptyHint->setEmptyText(tr("No expenses yet — record the supplier's invoice, shipping and other costs "
                                 "with Add Expense."));
    if (!isVisible()) { // the other round's figures go now; this one's are worked out when the tab is chosen
        m_settlement.reset();
        m_expenses->clear();
        m_figures->showSettlement(m_settlement);
        updateActions();
    }
    m_reload->request();
}

void SettlementPage::clear()
{
    m_round.reset();
    m_settlement.reset();
    m_reload->cancel();
    m_expenses->clear();
    m_exportStatus->clear();
    m_emptyHint->setEmptyText(tr("Choose a round to see its settlement."));
    m_figures->showSettlement(m_settlement);
    updateActions();
}

void SettlementPage::roundEdited(RoundId round)
{
    if (!m_round || m_round->id != round)
        return;
    try {
        const std::optional<Round> fresh = RoundRepository(m_session.workspace()).find(round);
        if (!fresh) {
            clear(); // deleted (its creation undone)
            return;
        }
        m_round = *fresh; // the shipping fee changes what is due
        refreshLater(round);
    } catch (const Error &error) {
        m_session.reportError(error.message());
    }
}

void SettlementPage::refreshLater(RoundId round)
{
    if (m_round && m_round->id == round)
        m_reload->request();
}

void SettlementPage::reload()
{
    if (!m_round)
        return;
    m_settlement = RoundSettlement(m_session.workspace()).settle(*m_round, m_session.summaries().lookup());
    m_expenses->showRound(m_round->id);
    m_figures->showSettlement(m_settlement);
    updateActions();
}

QString SettlementPage::figureText(SettlementFigure figure) const
{
    return m_figures->figureText(figure);
}

void SettlementPage::updateActions()
{
    m_addExpense->setEnabled(m_round.has_value());
    m_exportCsv->setEnabled(m_settlement.has_value());
    m_removeExpense->setEnabled(m_round && m_table->selectionModel()->hasSelection());
}

void SettlementPage::addExpense()
{
    if (!m_round)
        return;
    ExpenseDialog dialog(m_session, *m_round, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.savedExpense())
        return;
    const int row = m_expenses->rowOf(*dialog.savedExpense());
    if (row >= 0)
        m_table->selectRow(row);
}

void SettlementPage::removeSelectedExpense()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!m_round || rows.isEmpty())
        return;
    m_session.execute(std::make_unique<RemoveExpenseCommand>(m_session, m_expenses->expenseAt(rows.first().row())));
}

void SettlementPage::chooseExportFile()
{
    if (!m_settlement)
        return;
    const QString utf8 = tr("CSV for Excel, UTF-8 (*.csv)");
    const QString cp949 = tr("CSV for older Korean spreadsheets, CP949 (*.csv)");
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString suggested =
        QDir(folder).filePath(tr("Settlement - %1.csv").arg(fileNamePart(m_settlement->round.title)));
    QString filter = utf8;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Settlement"), suggested,
                                                utf8 + QStringLiteral(";;") + cp949, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    exportCsv(path, filter == cp949 ? CsvEncoding::Cp949 : CsvEncoding::Utf8WithBom);
}

bool SettlementPage::exportCsv(const QString &path, CsvEncoding encoding)
{
    if (!m_settlement)
        return false;
    try {
        SettlementReport::writeCsv(*m_settlement, m_expenses->expenses(), path, {encoding, true});
    } catch (const Error &error) {
        m_exportStatus->clear();
        // Window-modal but not blocking, as the window's own errors: nothing was written, the user reads why.
        if (m_errorBox)
            m_errorBox->close();
        m_errorBox =
            new QMessageBox(QMessageBox::Warning, tr("Not exported"),
                            tr("The settlement could not be saved: %1").arg(error.message()), QMessageBox::Ok, this);
        m_errorBox->setObjectName(QStringLiteral("exportErrorBox"));
        m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
        m_errorBox->open();
        return false;
    }
    m_exportStatus->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace gonggu
