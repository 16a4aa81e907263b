#pragma once

#include "domain/ExportTemplate.h"
#include "domain/Language.h"

#include <QWidget>

#include <vector>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace gonggu {

/** The columns a document carries, as a list to tick, drag or move up and down, and rename in place: the
 *  export dialog's say over ExportColumns' catalogue and the supplier's saved choice. */
class ExportColumnsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ExportColumnsEditor(QWidget *parent = nullptr);

    /** Lists the kind's columns: the chosen ones first, ticked and in their order, then the others (an empty
     *  choice means the kind's defaults). Titles the choice leaves empty show in \a language. */
    void setColumns(ExportKind kind, const std::vector<ExportColumnChoice> &chosen, Language language);
    /** Shows the default titles in another language; titles the user typed stay. */
    void setLanguage(Language language);
    /** The ticked columns in their order; a title left as the default is empty, so that it follows the
     *  document's language. */
    std::vector<ExportColumnChoice> choice() const;

    /** Moves the current column one place up (-1) or down (+1). */
    void moveCurrent(int step);
    /** Back to the kind's default columns, order and titles. */
    void restoreDefaults();

    QTreeWidget *list() const { return m_list; }

signals:
    void changed();

private:
    QString defaultTitle(const QTreeWidgetItem &item, Language language) const;
    void updateButtons();

    ExportKind m_kind = ExportKind::Publisher;
    Language m_language = Language::Korean;
    bool m_filling = false;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
};

} // namespace gonggu
