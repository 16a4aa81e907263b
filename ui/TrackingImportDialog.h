#pragma once

#include "domain/Round.h"
#include "io/SheetTable.h"
#include "services/tracking/TrackingImport.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace gonggu {

class FieldError;
class WorkspaceSession;

/** Brings tracking numbers (송장번호) back to a round's courier orders from lines pasted out of the courier's
 *  sheet or from its file, shows what each row will do, and applies them as one undoable edit. */
class TrackingImportDialog : public QDialog
{
    Q_OBJECT

public:
    TrackingImportDialog(WorkspaceSession &session, Round round, QWidget *parent = nullptr);

    /** Plans the pasted text, as typing or pasting into the text area does. */
    void setPastedText(const QString &text);
    /** Reads a CSV, XLSX or XLS file and plans it (what From File… does after a pick). */
    void loadFile(const QString &path);
    const std::optional<TrackingImportPlan> &plan() const { return m_plan; }

    void accept() override;

private:
    void chooseFile();
    void planPastedText();
    void showPlan();
    void updateApplyButton();

    WorkspaceSession &m_session;
    Round m_round;
    std::optional<TrackingImportPlan> m_plan;
    bool m_fromFile = false;

    QPlainTextEdit *m_paste = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    FieldError *m_error = nullptr;
    QCheckBox *m_skipRejected = nullptr;
    QPushButton *m_applyButton = nullptr;
};

} // namespace gonggu
