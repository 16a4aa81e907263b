#pragma once

#include "domain/Round.h"
#include "io/SheetTable.h"
#include "services/bank/BankImportPlan.h"

#include <QDialog>

#include <map>
#include <optional>
#include <vector>

class QCheckBox;

class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace gonggu {

class ColumnChooser;

class BankPlanTableModel;
class FieldError;
class WorkspaceSession;

/** Previews a bank statement export against a round (which deposits match a buyer, which wait for review,
 *  which an earlier statement brought in already), lets the user say which column is which, and imports
 *  it as one undoable edit. */
class ImportBankDialog : public QDialog
{
    Q_OBJECT

public:
    ImportBankDialog(WorkspaceSession &session, Round round, QWidget *parent = nullptr);

    /** Reads the file and shows its plan (what the file chooser does after a pick). */
    void loadFile(const QString &path);
    /** The role → header choices of the column chooser ("" for a role set to no column). */
    const std::optional<BankImportPlan> &plan() const { return m_plan; }
    /** The label a role key has in the column chooser ("depositor" → "Depositor"). */
    static QString roleLabel(const QString &key);

    void accept() override;

private:
    void chooseFile();
    void fillColumnChooser();
    void replan();
    void showPlan();
    void updateImportButton();
    QString mappingKey() const;

    WorkspaceSession &m_session;
    Round m_round;
    std::optional<SheetData> m_sheet;
    QStringList m_header;
    std::optional<BankImportPlan> m_plan;

    QLineEdit *m_fileEdit = nullptr;
    FieldError *m_fileError = nullptr;
    QLabel *m_summary = nullptr;
    BankPlanTableModel *m_planModel = nullptr;
    QTableView *m_planTable = nullptr;
    QPushButton *m_columnsButton = nullptr;
    QGroupBox *m_columnsBox = nullptr;
    ColumnChooser *m_columns = nullptr;
    QLabel *m_unusedColumns = nullptr;
    FieldError *m_planError = nullptr;
    QLabel *m_rejectedLabel = nullptr;
    QListWidget *m_rejected = nullptr;
    QCheckBox *m_skipRejected = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace gonggu
