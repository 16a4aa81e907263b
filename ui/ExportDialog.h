#pragma once

#include "domain/ExportTemplate.h"
#include "domain/Language.h"
#include "domain/Round.h"
#include "io/CsvWriter.h"
#include "io/TableDocument.h"
#include "services/export/ExportFiles.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace gonggu {

class ExportColumnsEditor;
class FieldError;
class WorkspaceSession;

/** Makes one of a round's documents (the publisher's order list, the courier shipping list, the meetup's
 *  hand-over sheet) with the orders and columns chosen, shows what it will hold, and saves it as CSV, XLSX or
 *  PDF or prints it; can keep the choice as the supplier's template. */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(WorkspaceSession &session, Round round, QWidget *parent = nullptr);

    /** The choice as the fields show it: kind, orders, columns and contact. */
    ExportTemplate currentChoice() const;
    Language language() const;
    ExportFormat format() const;
    CsvFormat csvFormat() const;
    /** "<round> - <document>.<ext>", safe as a file name. */
    QString suggestedFileName() const;

    /** Writes the document to \a path (keeping the template when asked); returns whether it did. Any failure
     *  shows core's message in the dialog and writes nothing. */
    bool exportTo(const QString &path);
    /** Paints the document on \a printer set up for it; returns the pages, 0 with the message shown when there
     *  is nothing to print. */
    int printTo(QPrinter &printer);
    /** Makes Print… the default button, for the dialog the Print… command opens. */
    void preferPrinting();

public slots:
    /** Asks where to save, then exports. */
    void exportToChosenFile();
    /** Opens the print preview. */
    void printWithPreview();

private:
    void loadTemplate();
    void refresh();
    std::optional<TableDocument> buildDocument();
    void showPreview(const TableDocument &document);
    void showWritten(const QString &path);

    WorkspaceSession &m_session;
    Round m_round;
    bool m_loading = false;

    QComboBox *m_kind = nullptr;
    QRadioButton *m_allConfirmed = nullptr;
    QRadioButton *m_paidOnly = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    QLineEdit *m_contact = nullptr;
    ExportColumnsEditor *m_columns = nullptr;
    QCheckBox *m_saveTemplate = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_preview = nullptr;
    FieldError *m_error = nullptr;
    QLabel *m_written = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_printButton = nullptr;
};

} // namespace gonggu
