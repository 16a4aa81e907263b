#include "ImportBankDialog.h"

#include "ColumnChooser.h"

#include "AppSettings.h"
#include "FieldError.h"
#include "RecordTable.h"
#include "WorkspaceSession.h"
#include "commands/ImportBankStatementCommand.h"
#include "commands/TryExecute.h"
#include "domain/Errors.h"
#include "io/SheetReader.h"
#include "models/BankPlanTableModel.h"
#include "services/bank/BankColumns.h"
#include "services/bank/BankImporter.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace gonggu {
namespace {

QString mappingKeyOf(const QStringList &header)
{
    const QByteArray hash =
        QCryptographicHash::hash(header.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("import/bank/") + QString::fromLatin1(hash);
}

// Banks put an account preamble above the header. The importer finds a header it knows by its columns; one
// it does not know is a row the user mapped before, or else the widest of the top rows (a preamble line
// holds a cell or two, the header one per column).
std::size_t headerRow(const SheetData &sheet)
{
    try {
        if (const std::optional<std::size_t> found = BankColumns::findHeader(sheet))
            return *found;
    } catch (const Error &) {
    }
    constexpr std::size_t topRows = 15;
    const AppSettings settings;
    std::size_t widest = 0;
    const auto filled = [](const QStringList &cells) {
        return std::count_if(cells.begin(), cells.end(), [](const QString &cell) { return !cell.trimmed().isEmpty(); });
    };
    for (std::size_t row = 0; row < sheet.rows.size() && row < topRows; ++row) {
        if (settings.contains(mappingKeyOf(sheet.rows[row].cells)))
            return row;
        if (filled(sheet.rows[row].cells) > filled(sheet.rows[widest].cells))
            widest = row;
    }
    return widest;
}

} // namespace

ImportBankDialog::ImportBankDialog(WorkspaceSession &session, Round round, QWidget *parent)
    : QDialog(parent), m_session(session), m_round(std::move(round))
{
    setObjectName(QStringLiteral("importBankDialog"));
    setWindowTitle(tr("Import Bank Statement into %1").arg(m_round.title));

    m_fileEdit = new QLineEdit;
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("The transaction history your bank exports (CSV, XLSX or XLS)"));
    auto *chooseButton = new QPushButton(tr("&Choose File…"));
    chooseButton->setObjectName(QStringLiteral("chooseFileButton"));
    connect(chooseButton, &QPushButton::clicked, this, &ImportBankDialog::chooseFile);
    // Most banks' exports are recognised as they are: the column chooser is there when one is not.
    m_columnsButton = new QPushButton(tr("C&olumns"));
    m_columnsButton->setObjectName(QStringLiteral("columnsButton"));
    m_columnsButton->setCheckable(true);
    m_columnsButton->setToolTip(tr("Say which column of the statement holds what"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(chooseButton);
    fileRow->addWidget(m_columnsButton);
    m_fileError = new FieldError;
    m_fileError->setObjectName(QStringLiteral("fileError"));

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_planError = new FieldError;
    m_planError->setObjectName(QStringLiteral("planError"));

    m_planModel = new BankPlanTableModel(this);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_planModel);
    sorted->setSortRole(BankPlanTableModel::SortRole);
    m_planTable = new QTableView;
    m_planTable->setObjectName(QStringLiteral("planTable"));
    m_planTable->setModel(sorted);
    setUpRecordTable(m_planTable);
    using Column = BankPlanTableModel::Column;
    for (const auto &[column, width] :
         {std::pair{Column::Line, 50}, std::pair{Column::Date, 130}, std::pair{Column::Depositor, 110},
          std::pair{Column::Amount, 90}, std::pair{Column::Action, 100}, std::pair{Column::Candidate, 150}})
        m_planTable->horizontalHeader()->resizeSection(int(column), width);

    auto *columnsBox = new QGroupBox(tr("Columns"));
    columnsBox->setObjectName(QStringLiteral("columnsBox"));
    m_columnsBox = columnsBox;
    columnsBox->hide();
    connect(m_columnsButton, &QPushButton::toggled, columnsBox, &QWidget::setVisible);
    m_columns = new ColumnChooser;
    connect(m_columns, &ColumnChooser::changed, this, &ImportBankDialog::replan);
    QWidget *columnsInner = m_columns;
    auto *columnsScroll = new QScrollArea;
    columnsScroll->setWidget(columnsInner);
    columnsScroll->setWidgetResizable(true);
    columnsScroll->setFrameShape(QFrame::NoFrame);
    m_unusedColumns = new QLabel;
    m_unusedColumns->setObjectName(QStringLiteral("unusedColumnsLabel"));
    m_unusedColumns->setWordWrap(true);
    m_unusedColumns->setTextFormat(Qt::PlainText);
    m_unusedColumns->setForegroundRole(QPalette::PlaceholderText);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(columnsScroll, 1);
    columnsLayout->addWidget(m_unusedColumns);
    columnsBox->setMinimumWidth(260);

    m_rejectedLabel = new QLabel(tr("Rejected rows:"));
    m_rejected = new QListWidget;
    m_rejected->setObjectName(QStringLiteral("rejectedList"));
    m_rejected->setMaximumHeight(90);
    m_skipRejected = new QCheckBox(tr("&Skip the rejected rows"));
    m_skipRejected->setObjectName(QStringLiteral("skipRejectedCheck"));
    connect(m_skipRejected, &QCheckBox::toggled, this, &ImportBankDialog::updateImportButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_planTable, 1);
    middle->addWidget(columnsBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileError);
    layout->addWidget(m_summary);
    layout->addWidget(m_planError);
    layout->addLayout(middle, 1);
    layout->addWidget(m_rejectedLabel);
    layout->addWidget(m_rejected);
    layout->addWidget(m_skipRejected);
    layout->addWidget(buttons);
    resize(1180, 660);
    showPlan();
}

QString ImportBankDialog::roleLabel(const QString &key)
{
    const std::optional<BankField> field = bankFieldFromKey(key);
    if (!field)
        return key;
    switch (*field) {
    case BankField::DateTime:
        return tr("Date and time");
    case BankField::Date:
        return tr("Date");
    case BankField::Time:
        return tr("Time");
    case BankField::Description:
        return tr("Transfer kind");
    case BankField::Depositor:
        return tr("Depositor");
    case BankField::Deposit:
        return tr("Deposit");
    case BankField::Withdrawal:
        return tr("Withdrawal");
    case BankField::Amount:
        return tr("Signed amount");
    case BankField::Type:
        return tr("In or out");
    case BankField::Balance:
        return tr("Balance");
    case BankField::Memo:
        return tr("Memo");
    case BankField::Branch:
        return tr("Branch");
    }
    return key;
}

void ImportBankDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Bank Statement"), QString(),
                                     tr("Bank statements (*.csv *.xlsx *.xls *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ImportBankDialog::loadFile(const QString &path)
{
    m_fileEdit->setText(path);
    m_sheet.reset();
    m_plan.reset();
    m_header.clear();
    try {
        m_sheet = SheetReader::readFile(path);
        m_fileError->showMessage({});
    } catch (const Error &error) {
        m_fileError->showMessage(error.message());
    }
    if (m_sheet && !m_sheet->rows.empty())
        m_header = m_sheet->rows.at(headerRow(*m_sheet)).cells;
    fillColumnChooser();
    replan();
}

void ImportBankDialog::fillColumnChooser()
{
    if (m_header.isEmpty()) {
        m_columns->setColumns({}, m_header, {});
        return;
    }

    // What this bank's export was mapped to last time wins over what the headers look like.
    std::map<QString, QString> chosen = ColumnChooser::savedChoices(mappingKey());
    if (chosen.empty()) {
        try {
            const BankColumns recognised = BankColumns::recognise(m_header);
            for (const BankColumn &column : recognised.columns()) {
                if (column.index >= 0 && column.index < m_header.size())
                    chosen[toKey(column.field)] = m_header[column.index];
            }
        } catch (const Error &) {
        }
    }

    // In the order a statement reads (when, who, how much), not the order the importer tries its rules in.
    QStringList roles;
    for (const BankField field : {BankField::Date, BankField::Time, BankField::DateTime, BankField::Depositor,
                                  BankField::Deposit, BankField::Withdrawal, BankField::Amount, BankField::Type,
                                  BankField::Balance, BankField::Description, BankField::Memo, BankField::Branch})
        roles << toKey(field);
    for (const QString &role : BankColumns::roleKeys()) {
        if (!roles.contains(role))
            roles << role;
    }
    std::vector<ColumnChooser::Role> labelled;
    for (const QString &role : roles)
        labelled.emplace_back(role, roleLabel(role));
    m_columns->setColumns(labelled, m_header, chosen);
}

void ImportBankDialog::replan()
{
    m_plan.reset();
    m_planError->showMessage({});
    if (m_sheet) {
        try {
            m_plan = BankImporter(m_session.workspace()).plan(m_round, *m_sheet, m_columns->choices());
        } catch (const Error &error) {
            m_planError->showMessage(error.message());
            m_columnsButton->setChecked(true); // the way out of "no header found"
        }
    }
    showPlan();
}

void ImportBankDialog::showPlan()
{
    m_planModel->setPlan(m_plan);
    m_rejected->clear();
    if (!m_plan) {
        m_summary->setText(m_sheet ? QString() : tr("Choose a statement to see which deposits it would bring in."));
        m_unusedColumns->clear();
        m_rejectedLabel->hide();
        m_rejected->hide();
        m_skipRejected->hide();
        updateImportButton();
        return;
    }
    m_summary->setText(tr("%1 matched · %2 to review · %3 already imported · %4 withdrawals skipped · %5 rejected")
                           .arg(m_plan->count(DepositAction::Match))
                           .arg(m_plan->count(DepositAction::Review))
                           .arg(m_plan->count(DepositAction::AlreadyImported))
                           .arg(m_plan->withdrawalsSkipped)
                           .arg(m_plan->rejected.size()));
    m_unusedColumns->setText(m_plan->unrecognisedColumns.isEmpty()
                                 ? QString()
                                 : tr("Not used: %1").arg(m_plan->unrecognisedColumns.join(QStringLiteral(", "))));
    for (const RejectedRow &rejected : m_plan->rejected)
        m_rejected->addItem(tr("line %1: %2").arg(rejected.line).arg(rejected.reason));
    const bool anyRejected = !m_plan->rejected.empty();
    m_rejectedLabel->setVisible(anyRejected);
    m_rejected->setVisible(anyRejected);
    m_skipRejected->setVisible(anyRejected);
    updateImportButton();
}

void ImportBankDialog::updateImportButton()
{
    const int deposits = m_plan ? m_plan->count(DepositAction::Match) + m_plan->count(DepositAction::Review) : 0;
    m_importButton->setText(!m_plan         ? tr("Import")
                            : deposits == 1 ? tr("Import 1 Deposit")
                                            : tr("Import %1 Deposits").arg(deposits));
    m_importButton->setEnabled(m_plan && m_plan->changesSomething() &&
                               (m_plan->rejected.empty() || m_skipRejected->isChecked()));
}

QString ImportBankDialog::mappingKey() const
{
    return mappingKeyOf(m_header);
}

void ImportBankDialog::accept()
{
    if (!m_plan || !m_importButton->isEnabled())
        return;
    if (const std::optional<QString> refused =
            tryExecute(m_session, std::make_unique<ImportBankStatementCommand>(m_session, m_round, *m_plan))) {
        m_planError->showMessage(*refused);
        return;
    }
    m_columns->saveChoices(mappingKey());
    QDialog::accept();
}

} // namespace gonggu
