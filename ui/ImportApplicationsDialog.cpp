#include "ImportApplicationsDialog.h"

#include "ColumnChooser.h"

#include "AppSettings.h"
#include "FieldError.h"
#include "WorkspaceSession.h"
#include "commands/ImportApplicationsCommand.h"
#include "commands/TryExecute.h"
#include "domain/Errors.h"
#include "io/SheetReader.h"
#include "services/applications/ApplicationColumns.h"
#include "services/applications/ApplicationImporter.h"
#include "storage/ItemRepository.h"

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
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gonggu {
namespace {

constexpr int previewRows = 8;

} // namespace

ImportApplicationsDialog::ImportApplicationsDialog(WorkspaceSession &session, Round round, QWidget *parent)
    : QDialog(parent), m_session(session), m_round(std::move(round)),
      m_items(ItemRepository(session.workspace()).forRound(m_round.id))
{
    setObjectName(QStringLiteral("importApplicationsDialog"));
    setWindowTitle(tr("Import Applications into %1").arg(m_round.title));

    m_fileEdit = new QLineEdit;
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("A CSV or XLSX export of the application form"));
    auto *chooseButton = new QPushButton(tr("&Choose File…"));
    chooseButton->setObjectName(QStringLiteral("chooseFileButton"));
    connect(chooseButton, &QPushButton::clicked, this, &ImportApplicationsDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(chooseButton);
    m_fileError = new FieldError;
    m_fileError->setObjectName(QStringLiteral("fileError"));

    m_preview = new QTableWidget;
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();

    auto *columnsBox = new QGroupBox(tr("Columns"));
    m_columns = new ColumnChooser;
    connect(m_columns, &ColumnChooser::changed, this, &ImportApplicationsDialog::replan);
    (new QVBoxLayout(columnsBox))->addWidget(m_columns);

    m_planError = new FieldError;
    m_planError->setObjectName(QStringLiteral("planError"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_rejected = new QListWidget;
    m_rejected->setObjectName(QStringLiteral("rejectedList"));
    m_conflicts = new QListWidget;
    m_conflicts->setObjectName(QStringLiteral("conflictsList"));
    m_skipRejected = new QCheckBox(tr("&Skip the rejected rows"));
    m_skipRejected->setObjectName(QStringLiteral("skipRejectedCheck"));
    connect(m_skipRejected, &QCheckBox::toggled, this, &ImportApplicationsDialog::updateImportButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *planBox = new QGroupBox(tr("What the import will do"));
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->addWidget(m_planError);
    planLayout->addWidget(m_summary);
    planLayout->addWidget(new QLabel(tr("Rejected rows:")));
    planLayout->addWidget(m_rejected);
    planLayout->addWidget(new QLabel(tr("Conflicts with the directory (kept as they were):")));
    planLayout->addWidget(m_conflicts);
    planLayout->addWidget(m_skipRejected);

    auto *middle = new QHBoxLayout;
    middle->addWidget(columnsBox);
    middle->addWidget(planBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileError);
    layout->addWidget(m_preview, 1);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    resize(900, 640);
    showPlan();
}

void ImportApplicationsDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Applications"), QString(),
                                                      tr("Sheets (*.csv *.xlsx *.xls *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ImportApplicationsDialog::loadFile(const QString &path)
{
    m_fileEdit->setText(path);
    m_sheet.reset();
    m_plan.reset();
    m_header.clear();
    try {
        m_sheet = SheetReader::readFile(path);
        m_fileError->showMessage({});
    } catch (const InputError &error) {
        m_fileError->showMessage(error.message());
    }
    int headerRow = 0;
    if (m_sheet && !m_sheet->rows.empty()) {
        // The importer finds the header itself (bank exports put a preamble above it); without a
        // recognisable one, the first row is the header the user maps.
        try {
            const int line = ApplicationImporter(m_session.workspace()).plan(m_round, *m_sheet).headerLine;
            for (std::size_t i = 0; i < m_sheet->rows.size(); ++i) {
                if (m_sheet->rows[i].line == line)
                    headerRow = int(i);
            }
        } catch (const Error &) {
        }
        m_header = m_sheet->rows[std::size_t(headerRow)].cells;
    }
    fillPreview(headerRow);
    fillColumnChooser(m_header);
    replan();
}

void ImportApplicationsDialog::fillPreview(int headerRow)
{
    m_preview->clear();
    m_preview->setColumnCount(int(m_header.size()));
    m_preview->setHorizontalHeaderLabels(m_header);
    const int available = m_sheet ? int(m_sheet->rows.size()) - headerRow - 1 : 0;
    m_preview->setRowCount(std::clamp(available, 0, previewRows));
    for (int r = 0; r < m_preview->rowCount(); ++r) {
        const QStringList &cells = m_sheet->rows[std::size_t(headerRow + 1 + r)].cells;
        for (int c = 0; c < cells.size() && c < m_header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

void ImportApplicationsDialog::fillColumnChooser(const QStringList &header)
{
    if (header.isEmpty()) {
        m_columns->setColumns({}, header, {});
        return;
    }

    std::vector<ColumnChooser::Role> roles = {{QStringLiteral("name"), tr("Name")},
                                              {QStringLiteral("nickname"), tr("Nickname")},
                                              {QStringLiteral("phone"), tr("Phone")},
                                              {QStringLiteral("email"), tr("Email")}};
    if (m_items.size() == 1) {
        roles.push_back({QStringLiteral("copies"), tr("Copies")});
    } else {
        for (const Item &item : m_items)
            roles.push_back({QStringLiteral("copies:") + item.name, tr("Copies of %1").arg(item.name)});
    }
    roles.insert(roles.end(), {{QStringLiteral("delivery"), tr("Delivery")},
                               {QStringLiteral("address"), tr("Address")},
                               {QStringLiteral("depositor"), tr("Depositor")},
                               {QStringLiteral("tax_invoice"), tr("Tax invoice")},
                               {QStringLiteral("notes"), tr("Notes")}});

    // What this source was mapped to last time wins over what the headers look like.
    std::map<QString, QString> chosen = ColumnChooser::savedChoices(mappingKey());
    if (chosen.empty()) {
        try {
            const ApplicationColumns recognised = ApplicationColumns::recognise(header, m_items);
            for (const ApplicationColumn &column : recognised.columns()) {
                QString role = toKey(column.field);
                if (column.field == ApplicationField::Copies && m_items.size() > 1 && column.itemId) {
                    for (const Item &item : m_items) {
                        if (item.id == *column.itemId)
                            role = QStringLiteral("copies:") + item.name;
                    }
                }
                chosen[role] = header[column.index];
            }
        } catch (const Error &) {
        }
    }

    m_columns->setColumns(roles, header, chosen);
}

void ImportApplicationsDialog::replan()
{
    m_plan.reset();
    m_planError->showMessage({});
    if (m_sheet) {
        try {
            m_plan = ApplicationImporter(m_session.workspace()).plan(m_round, *m_sheet, m_columns->choices());
        } catch (const Error &error) {
            m_planError->showMessage(error.message());
        }
    }
    showPlan();
}

void ImportApplicationsDialog::showPlan()
{
    m_rejected->clear();
    m_conflicts->clear();
    if (!m_plan) {
        m_summary->setText(m_sheet ? QString() : tr("Choose a file to see what it would import."));
        m_skipRejected->hide();
        updateImportButton();
        return;
    }
    m_summary->setText(tr("%1 new people, %2 new orders, %3 updated, %4 unchanged, %5 superseded")
                           .arg(m_plan->newPeople.size())
                           .arg(m_plan->count(ApplicationAction::NewOrder))
                           .arg(m_plan->count(ApplicationAction::UpdateOrder))
                           .arg(m_plan->count(ApplicationAction::Unchanged))
                           .arg(m_plan->count(ApplicationAction::Superseded)));
    for (const RejectedRow &rejected : m_plan->rejected)
        m_rejected->addItem(tr("line %1: %2").arg(rejected.line).arg(rejected.reason));
    for (const PlannedApplication &row : m_plan->rows) {
        if (!row.conflicts.isEmpty())
            m_conflicts->addItem(tr("line %1: %2").arg(row.row.line).arg(row.conflicts.join(QStringLiteral("; "))));
    }
    m_skipRejected->setVisible(!m_plan->rejected.empty());
    updateImportButton();
}

void ImportApplicationsDialog::updateImportButton()
{
    const int rows =
        m_plan ? m_plan->count(ApplicationAction::NewOrder) + m_plan->count(ApplicationAction::UpdateOrder) : 0;
    m_importButton->setText(tr("Import %n row(s)", nullptr, rows));
    m_importButton->setEnabled(m_plan && m_plan->changesSomething() &&
                               (m_plan->rejected.empty() || m_skipRejected->isChecked()));
}

QString ImportApplicationsDialog::mappingKey() const
{
    const QByteArray hash =
        QCryptographicHash::hash(m_header.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("import/applications/") + QString::fromLatin1(hash);
}

void ImportApplicationsDialog::accept()
{
    if (!m_plan || !m_importButton->isEnabled())
        return;
    if (const std::optional<QString> refused =
            tryExecute(m_session, std::make_unique<ImportApplicationsCommand>(m_session, m_round, *m_plan))) {
        m_planError->showMessage(*refused);
        return;
    }
    m_columns->saveChoices(mappingKey());
    QDialog::accept();
}

} // namespace gonggu
