#include "ExportDialog.h"

#include "AppSettings.h"
#include "DocumentPrinter.h"
#include "ExportColumnsEditor.h"
#include "FieldError.h"
#include "MessageText.h"
#include "WorkspaceSession.h"
#include "commands/ExportTemplateCommand.h"
#include "commands/TryExecute.h"
#include "domain/Errors.h"
#include "models/DisplayText.h"
#include "services/export/ExportSource.h"
#include "services/export/RoundExport.h"
#include "storage/Workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace gonggu {
namespace {

const QString contactKey = QStringLiteral("export/contact");
const QString folderKey = QStringLiteral("export/folder");
const QString encodingKey = QStringLiteral("export/csvEncoding");
constexpr int previewRows = 6;

QString formatKey(ExportKind kind)
{
    return QStringLiteral("export/format/") + toKey(kind);
}

// The sheet goes to the publisher and the courier as a spreadsheet; the hand-over sheet is printed.
ExportFormat defaultFormat(ExportKind kind)
{
    return kind == ExportKind::Handover ? ExportFormat::Pdf : ExportFormat::Xlsx;
}

void selectData(QComboBox *combo, int value)
{
    if (const int index = combo->findData(value); index >= 0)
        combo->setCurrentIndex(index);
}

QString cellText(const TableCell &cell, CellType type)
{
    if (!cell.hasNumber)
        return cell.text;
    switch (type) {
    case CellType::Money:
        return DisplayText::money(Money::won(cell.number));
    case CellType::Date:
        return DisplayText::date(cell.date());
    case CellType::Integer:
    case CellType::Text:
        break;
    }
    return QLocale().toString(cell.number);
}

} // namespace

ExportDialog::ExportDialog(WorkspaceSession &session, Round round, QWidget *parent)
    : QDialog(parent), m_session(session), m_round(std::move(round))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export — %1").arg(m_round.title));
    const AppSettings settings;

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("documentCombo"));
    m_kind->addItem(tr("Order list for the publisher"), int(ExportKind::Publisher));
    m_kind->addItem(tr("Shipping list for the courier"), int(ExportKind::Recipients));
    m_kind->addItem(tr("Hand-over sheet for the meetup"), int(ExportKind::Handover));

    m_allConfirmed = new QRadioButton(tr("Every &confirmed order"));
    m_allConfirmed->setObjectName(QStringLiteral("allConfirmedRadio"));
    m_paidOnly = new QRadioButton(tr("Only orders p&aid in full"));
    m_paidOnly->setObjectName(QStringLiteral("paidOnlyRadio"));
    auto *orders = new QButtonGroup(this);
    orders->addButton(m_allConfirmed);
    orders->addButton(m_paidOnly);
    m_allConfirmed->setChecked(true);
    auto *ordersRow = new QHBoxLayout;
    ordersRow->addWidget(m_allConfirmed);
    ordersRow->addWidget(m_paidOnly);
    ordersRow->addStretch(1);

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const Language language : {Language::Korean, Language::English})
        m_language->addItem(MessageText::of(language), int(language));
    selectData(m_language, int(MessageText::uiLanguage()));

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("Excel workbook (XLSX)"), int(ExportFormat::Xlsx));
    m_format->addItem(tr("CSV"), int(ExportFormat::Csv));
    m_format->addItem(tr("PDF"), int(ExportFormat::Pdf));
    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("UTF-8 (opens in Excel)"), int(CsvEncoding::Utf8WithBom));
    m_encoding->addItem(tr("CP949 (older Korean programs)"), int(CsvEncoding::Cp949));
    selectData(m_encoding, settings.value(encodingKey, int(CsvEncoding::Utf8WithBom)).toInt());
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format, 1);
    formatRow->addWidget(m_encoding, 1);

    m_contact = new QLineEdit(settings.value(contactKey).toString());
    m_contact->setObjectName(QStringLiteral("contactEdit"));
    m_contact->setPlaceholderText(tr("Your name and phone or email, printed at the top"));

    m_columns = new ExportColumnsEditor;
    m_columns->setObjectName(QStringLiteral("columnsEditor"));
    const QString supplier = m_round.supplier.trimmed();
    m_saveTemplate = new QCheckBox(supplier.isEmpty() ? tr("&Save as this supplier's template")
                                                      : tr("&Save as the template for %1").arg(supplier));
    m_saveTemplate->setObjectName(QStringLiteral("saveTemplateCheck"));
    m_saveTemplate->setToolTip(tr("The next export for this supplier starts with these orders, columns and contact"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Document:"), m_kind);
    form->addRow(tr("Orders:"), ordersRow);
    form->addRow(tr("&Language:"), m_language);
    auto *formatLabel = new QLabel(tr("&Format:"));
    formatLabel->setBuddy(m_format); // a row of two fields has no buddy of its own
    form->addRow(formatLabel, formatRow);
    form->addRow(tr("C&ontact:"), m_contact);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(new QLabel(tr("Columns:")));
    left->addWidget(m_columns, 1);
    left->addWidget(m_saveTemplate);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_preview = new QTableWidget;
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->verticalHeader()->hide();
    m_preview->setWordWrap(false);
    auto *right = new QVBoxLayout;
    right->addWidget(m_summary);
    right->addWidget(m_preview, 1);

    auto *middle = new QHBoxLayout;
    middle->addLayout(left, 2);
    middle->addLayout(right, 3);

    m_error = new FieldError;
    m_error->setObjectName(QStringLiteral("exportError"));
    m_written = new QLabel;
    m_written->setObjectName(QStringLiteral("writtenLabel"));
    m_written->setTextFormat(Qt::RichText);
    m_written->setWordWrap(true);
    connect(m_written, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    connect(m_printButton, &QPushButton::clicked, this, &ExportDialog::printWithPreview);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::exportToChosenFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(middle, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_written);
    layout->addWidget(buttons);
    resize(1080, 620);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::loadTemplate);
    connect(m_allConfirmed, &QRadioButton::toggled, this, &ExportDialog::refresh);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { m_columns->setLanguage(language()); });
    connect(m_columns, &ExportColumnsEditor::changed, this, &ExportDialog::refresh);
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { m_encoding->setEnabled(format() == ExportFormat::Csv); });
    m_encoding->setEnabled(format() == ExportFormat::Csv);
    loadTemplate();
}

ExportTemplate ExportDialog::currentChoice() const
{
    ExportTemplate choice;
    choice.supplier = m_round.supplier.trimmed();
    choice.kind = ExportKind(m_kind->currentData().toInt());
    choice.paidOnly = m_paidOnly->isChecked();
    choice.columns = m_columns->choice();
    choice.contact = m_contact->text().trimmed();
    return choice;
}

Language ExportDialog::language() const
{
    return Language(m_language->currentData().toInt());
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

CsvFormat ExportDialog::csvFormat() const
{
    return {CsvEncoding(m_encoding->currentData().toInt()), true};
}

QString ExportDialog::suggestedFileName() const
{
    const ExportTemplate choice = currentChoice();
    QString name =
        QStringLiteral("%1 - %2").arg(m_round.title.trimmed(), RoundExport::documentTitle(choice.kind, language()));
    // Characters some file systems refuse, and control characters, become '_'.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(unsafe, QStringLiteral("_"));
    return name + u'.' + toKey(format());
}

void ExportDialog::loadTemplate()
{
    m_loading = true; // one refresh once every field shows the template, not one per field
    const auto kind = ExportKind(m_kind->currentData().toInt());
    const ExportTemplate saved = RoundExport(m_session.workspace(), m_session.clock()).templateFor(m_round, kind);
    (saved.paidOnly ? m_paidOnly : m_allConfirmed)->setChecked(true);
    if (!saved.contact.trimmed().isEmpty())
        m_contact->setText(saved.contact.trimmed());
    selectData(m_format, AppSettings().value(formatKey(kind), int(defaultFormat(kind))).toInt());
    m_columns->setColumns(kind, saved.columns, language());
    m_loading = false;
    refresh();
}

void ExportDialog::refresh()
{
    if (m_loading)
        return;
    m_written->clear();
    m_error->showMessage({});
    const std::optional<TableDocument> document = buildDocument();
    m_exportButton->setEnabled(document.has_value());
    m_printButton->setEnabled(document.has_value());
    if (!document) {
        m_summary->clear();
        m_preview->clear();
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    const ExportTemplate choice = currentChoice();
    const ExportSource source(m_session.workspace(), m_round, choice.kind, choice.paidOnly);
    const int orders = source.orderCount();
    const QString count = QLocale().toString(orders);
    const QString counted = choice.kind == ExportKind::Recipients
                                ? (orders == 1 ? tr("1 parcel") : tr("%1 parcels").arg(count))
                            : choice.kind == ExportKind::Handover
                                ? (orders == 1 ? tr("1 buyer picking up") : tr("%1 buyers picking up").arg(count))
                                : (orders == 1 ? tr("1 order") : tr("%1 orders").arg(count));
    QStringList tables;
    for (const DocumentTable &table : document->tables) {
        const qsizetype rows = table.rowCount();
        tables << (rows == 1 ? tr("%1 (1 row)").arg(table.title())
                             : tr("%1 (%2 rows)").arg(table.title(), QLocale().toString(rows)));
    }
    m_summary->setText(QStringLiteral("%1 · %2\n%3")
                           .arg(counted, DisplayText::copies(source.copyCount()), tables.join(QStringLiteral(" · "))));
    showPreview(*document);
}

std::optional<TableDocument> ExportDialog::buildDocument()
{
    // Core reads no columns as the defaults; here it can only mean every tick was taken away.
    if (m_columns->choice().empty()) {
        m_error->showMessage(tr("Tick at least one column."));
        return std::nullopt;
    }
    try {
        return RoundExport(m_session.workspace(), m_session.clock()).document(m_round, currentChoice(), language());
    } catch (const Error &error) {
        m_error->showMessage(error.message());
        return std::nullopt;
    }
}

void ExportDialog::showPreview(const TableDocument &document)
{
    // The first rows of the first table: enough to see the columns, their order and titles.
    const DocumentTable &table = document.tables.front();
    const int rows = int(std::min<qsizetype>(table.rowCount(), previewRows));
    m_preview->clear();
    m_preview->setColumnCount(table.columnCount());
    m_preview->setRowCount(rows);
    QStringList titles;
    for (const TableColumn &column : table.columns())
        titles << column.title;
    m_preview->setHorizontalHeaderLabels(titles);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < table.columnCount(); ++column) {
            const TableColumn &spec = table.columns()[std::size_t(column)];
            const TableCell &cell = table.cell(row, column);
            auto *item = new QTableWidgetItem(cellText(cell, spec.type));
            if (cell.hasNumber)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_preview->setItem(row, column, item);
        }
    }
    m_preview->resizeColumnsToContents();
}

bool ExportDialog::exportTo(const QString &path)
{
    m_written->clear();
    m_error->showMessage({});
    const ExportTemplate choice = currentChoice();
    if (choice.columns.empty()) {
        m_error->showMessage(tr("Tick at least one column."));
        return false;
    }
    try {
        RoundExport(m_session.workspace(), m_session.clock())
            .write(m_round, choice, language(), format(), path, csvFormat());
    } catch (const Error &error) {
        m_error->showMessage(error.message());
        return false;
    }
    AppSettings settings;
    settings.setValue(contactKey, choice.contact);
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    settings.setValue(formatKey(choice.kind), int(format()));
    if (format() == ExportFormat::Csv)
        settings.setValue(encodingKey, int(csvFormat().encoding));
    // Kept only once the file is written, and undoable like every edit of the workspace.
    if (m_saveTemplate->isChecked()) {
        if (const std::optional<QString> refused =
                tryExecute(m_session, std::make_unique<SaveExportTemplateCommand>(m_session, m_round, choice)))
            m_error->showMessage(tr("The file was saved, but not the template: %1").arg(*refused));
    }
    showWritten(path);
    return true;
}

void ExportDialog::exportToChosenFile()
{
    QString folder = AppSettings().value(folderKey).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = format() == ExportFormat::Xlsx  ? tr("Excel workbooks (*.xlsx)")
                           : format() == ExportFormat::Csv ? tr("CSV files (*.csv)")
                                                           : tr("PDF documents (*.pdf)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), QDir(folder).filePath(suggestedFileName()), filter);
    if (path.isEmpty())
        return;
    if (exportFormatFromPath(path) != format())
        path += u'.' + toKey(format());
    exportTo(path);
}

int ExportDialog::printTo(QPrinter &printer)
{
    m_error->showMessage({});
    const std::optional<TableDocument> document = buildDocument();
    if (!document)
        return 0;
    DocumentPrinter::setUp(printer, *document);
    return DocumentPrinter::print(printer, *document);
}

void ExportDialog::preferPrinting()
{
    m_exportButton->setDefault(false);
    m_printButton->setDefault(true);
    m_printButton->setFocus();
}

void ExportDialog::printWithPreview()
{
    m_written->clear();
    m_error->showMessage({});
    const std::optional<TableDocument> document = buildDocument();
    if (!document)
        return;
    AppSettings().setValue(contactKey, m_contact->text().trimmed());
    DocumentPrinter::preview(*document, this);
}

void ExportDialog::showWritten(const QString &path)
{
    const QFileInfo file(path);
    m_written->setText(
        tr("Saved %1 · <a href=\"%2\">Open Folder</a>")
            .arg(file.fileName().toHtmlEscaped(), QUrl::fromLocalFile(file.absolutePath()).toString().toHtmlEscaped()));
}

} // namespace gonggu
