#include "TrackingImportDialog.h"

#include "FieldError.h"
#include "RecordTable.h"
#include "WorkspaceSession.h"
#include "commands/TrackingCommands.h"
#include "commands/TryExecute.h"
#include "domain/Errors.h"
#include "io/SheetReader.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gonggu {
namespace {

enum Column
{
    LineColumn,
    BuyerColumn,
    NumberColumn,
    PreviousColumn,
    ActionColumn,
    NoteColumn,
    ColumnCount
};

QString actionText(TrackingAction action)
{
    switch (action) {
    case TrackingAction::Set:
        return TrackingImportDialog::tr("Set");
    case TrackingAction::Replace:
        return TrackingImportDialog::tr("Replace");
    case TrackingAction::Unchanged:
        return TrackingImportDialog::tr("Unchanged");
    }
    return {};
}

QString matchedByText(const QString &key)
{
    if (key == u"order")
        return TrackingImportDialog::tr("by order number");
    if (key == u"name+phone")
        return TrackingImportDialog::tr("by name and phone");
    if (key == u"phone")
        return TrackingImportDialog::tr("by phone");
    if (key == u"name")
        return TrackingImportDialog::tr("by name");
    return key;
}

} // namespace

TrackingImportDialog::TrackingImportDialog(WorkspaceSession &session, Round round, QWidget *parent)
    : QDialog(parent), m_session(session), m_round(std::move(round))
{
    setObjectName(QStringLiteral("trackingImportDialog"));
    setWindowTitle(tr("Import Tracking Numbers into %1").arg(m_round.title));

    auto *intro = new QLabel(tr("Paste the rows copied from the courier's sheet: name and tracking number, phone and "
                                "tracking number, or the shipping list with its order numbers."));
    intro->setWordWrap(true);
    m_paste = new QPlainTextEdit;
    m_paste->setObjectName(QStringLiteral("pasteEdit"));
    m_paste->setPlaceholderText(QStringLiteral("김민준\t612345678901\n010-1234-5678\t612345678902"));
    m_paste->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_paste->setTabChangesFocus(false); // pasted rows keep their tabs
    connect(m_paste, &QPlainTextEdit::textChanged, this, &TrackingImportDialog::planPastedText);

    auto *fileButton = new QPushButton(tr("From &File…"));
    fileButton->setObjectName(QStringLiteral("fromFileButton"));
    connect(fileButton, &QPushButton::clicked, this, &TrackingImportDialog::chooseFile);
    m_fileLabel = new QLabel;
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileButton);
    fileRow->addWidget(m_fileLabel, 1);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_error = new FieldError;
    m_error->setObjectName(QStringLiteral("planError"));

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Line"), tr("Buyer"), tr("Tracking number"), tr("Now"), tr("What happens"), tr("Found / reason")});
    setUpRecordTable(m_table);
    m_table->setSortingEnabled(false); // rows stay in the order of their lines
    for (const auto &[column, width] :
         {std::pair{LineColumn, 50}, std::pair{BuyerColumn, 160}, std::pair{NumberColumn, 140},
          std::pair{PreviousColumn, 120}, std::pair{ActionColumn, 100}})
        m_table->horizontalHeader()->resizeSection(column, width);

    m_skipRejected = new QCheckBox(tr("&Skip the rejected rows"));
    m_skipRejected->setObjectName(QStringLiteral("skipRejectedCheck"));
    connect(m_skipRejected, &QCheckBox::toggled, this, &TrackingImportDialog::updateApplyButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_applyButton = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_paste, 2);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_skipRejected);
    layout->addWidget(buttons);
    resize(860, 640);
    showPlan();
}

void TrackingImportDialog::setPastedText(const QString &text)
{
    m_paste->setPlainText(text); // textChanged() plans it
}

void TrackingImportDialog::planPastedText()
{
    m_fromFile = false;
    m_fileLabel->clear();
    m_plan.reset();
    m_error->showMessage({});
    const QString text = m_paste->toPlainText();
    if (!text.trimmed().isEmpty()) {
        try {
            m_plan = TrackingImport(m_session.workspace()).planText(m_round, text);
        } catch (const Error &error) {
            m_error->showMessage(error.message());
        }
    }
    showPlan();
}

void TrackingImportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Tracking Numbers"), QString(),
                                     tr("Courier sheets (*.csv *.xlsx *.xls *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void TrackingImportDialog::loadFile(const QString &path)
{
    {
        const QSignalBlocker quiet(m_paste); // the file replaces what was pasted
        m_paste->clear();
    }
    m_fromFile = true;
    m_fileLabel->setText(QFileInfo(path).fileName());
    m_plan.reset();
    m_error->showMessage({});
    try {
        m_plan = TrackingImport(m_session.workspace()).plan(m_round, SheetReader::readFile(path));
    } catch (const Error &error) {
        m_error->showMessage(error.message());
    }
    showPlan();
}

void TrackingImportDialog::showPlan()
{
    m_table->setRowCount(0);
    if (!m_plan) {
        const bool nothingYet = !m_fromFile && m_paste->toPlainText().trimmed().isEmpty();
        m_summary->setText(nothingYet ? tr("Paste rows or choose a file to see what they would do.") : QString());
        m_skipRejected->hide();
        updateApplyButton();
        return;
    }
    m_summary->setText(tr("%1 to set · %2 to replace · %3 unchanged · %4 rejected")
                           .arg(m_plan->count(TrackingAction::Set))
                           .arg(m_plan->count(TrackingAction::Replace))
                           .arg(m_plan->count(TrackingAction::Unchanged))
                           .arg(m_plan->rejected.size()));

    // Found and rejected rows together, in the order of the lines they came from.
    struct Row
    {
        int line;
        QStringList cells;
        bool rejected;
    };
    std::vector<Row> rows;
    for (const PlannedTracking &row : m_plan->rows)
        rows.push_back({row.line,
                        {QString::number(row.line), row.buyer, row.trackingNumber, row.previous, actionText(row.action),
                         matchedByText(row.matchedBy)},
                        false});
    for (const RejectedRow &row : m_plan->rejected)
        rows.push_back({row.line, {QString::number(row.line), {}, {}, {}, tr("Rejected"), row.reason}, true});
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.line < b.line; });

    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(rows[std::size_t(r)].cells.value(column));
            if (column == NoteColumn)
                item->setToolTip(item->text()); // a reason is longer than the column
            if (column == LineColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (rows[std::size_t(r)].rejected && column >= ActionColumn)
                item->setForeground(QColor(0xc6, 0x28, 0x28)); // as FieldError shows what is wrong
            m_table->setItem(r, column, item);
        }
    }
    m_skipRejected->setVisible(!m_plan->rejected.empty());
    updateApplyButton();
}

void TrackingImportDialog::updateApplyButton()
{
    const int changes = m_plan ? m_plan->count(TrackingAction::Set) + m_plan->count(TrackingAction::Replace) : 0;
    m_applyButton->setText(changes == 0   ? tr("Apply")
                           : changes == 1 ? tr("Apply 1 Number")
                                          : tr("Apply %1 Numbers").arg(QLocale().toString(changes)));
    m_applyButton->setEnabled(changes > 0 && (m_plan->rejected.empty() || m_skipRejected->isChecked()));
}

void TrackingImportDialog::accept()
{
    if (!m_plan || !m_applyButton->isEnabled())
        return;
    if (const std::optional<QString> refused =
            tryExecute(m_session, std::make_unique<ImportTrackingCommand>(m_session, m_round, *m_plan))) {
        m_error->showMessage(*refused);
        return;
    }
    QDialog::accept();
}

} // namespace gonggu
