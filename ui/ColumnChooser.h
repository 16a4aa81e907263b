#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <map>
#include <utility>
#include <vector>

class QComboBox;
class QFormLayout;

namespace gonggu {

/** One drop-down per role ("phone", "depositor"…) listing a file's header columns, as the import dialogs
 *  show them when the headers are not what the importer recognises. What the user picked is remembered
 *  per kind of file (keyed by its header row) in the user's settings. */
class ColumnChooser : public QWidget
{
    Q_OBJECT

public:
    using Role = std::pair<QString, QString>; // role key, label shown

    explicit ColumnChooser(QWidget *parent = nullptr);

    /** Rebuilds the choosers over `header`, preselecting `chosen` (role → header text); an empty header
     *  clears them. Changing one emits changed(). */
    void setColumns(const std::vector<Role> &roles, const QStringList &header,
                    const std::map<QString, QString> &chosen);
    /** Role → header for every role; an empty header is "—", which tells the importer not to use a column
     *  it would have recognised. */
    std::map<QString, QString> choices() const;
    bool isEmpty() const { return m_combos.empty(); }

    /** The choices saved under `settingsKey`, empty when there are none. */
    static std::map<QString, QString> savedChoices(const QString &settingsKey);
    void saveChoices(const QString &settingsKey) const;

signals:
    void changed();

private:
    QFormLayout *m_form = nullptr;
    std::vector<std::pair<QString, QComboBox *>> m_combos; // role key → its chooser
};

} // namespace gonggu
