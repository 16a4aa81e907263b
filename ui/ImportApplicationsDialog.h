#pragma once

#include "domain/Item.h"
#include "domain/Round.h"
#include "io/SheetTable.h"
#include "services/applications/ApplicationImportPlan.h"

#include <QDialog>

#include <map>
#include <optional>
#include <vector>

class QCheckBox;

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace gonggu {

class ColumnChooser;

class FieldError;
class WorkspaceSession;

/** Previews a form or spreadsheet export of applications, lets the user say which column is which,
 *  and imports it into a round as one undoable edit. */
class ImportApplicationsDialog : public QDialog
{
    Q_OBJECT

public:
    ImportApplicationsDialog(WorkspaceSession &session, Round round, QWidget *parent = nullptr);

    /** Reads the file and shows its preview and plan (what the file chooser does after a pick). */
    void loadFile(const QString &path);
    /** The role → header choices of the column chooser, as ApplicationColumns::parseOverrides gives them. */

    void accept() override;

private:
    void chooseFile();
    void fillPreview(int headerRow);
    void fillColumnChooser(const QStringList &header);
    void replan();
    void showPlan();
    void updateImportButton();
    QString mappingKey() const;

    WorkspaceSession &m_session;
    Round m_round;
    std::vector<Item> m_items;
    std::optional<SheetData> m_sheet;
    QStringList m_header;
    std::optional<ApplicationImportPlan> m_plan;

    QLineEdit *m_fileEdit = nullptr;
    FieldError *m_fileError = nullptr;
    QTableWidget *m_preview = nullptr;
    ColumnChooser *m_columns = nullptr;
    FieldError *m_planError = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_rejected = nullptr;
    QListWidget *m_conflicts = nullptr;
    QCheckBox *m_skipRejected = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace gonggu
