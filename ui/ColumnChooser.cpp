#include "ColumnChooser.h"

#include "AppSettings.h"

#include <QComboBox>
#include <QFormLayout>

namespace gonggu {

namespace {

QString noColumn()
{
    return QStringLiteral("—");
}

} // namespace

ColumnChooser::ColumnChooser(QWidget *parent) : QWidget(parent), m_form(new QFormLayout(this)) {}

void ColumnChooser::setColumns(const std::vector<Role> &roles, const QStringList &header,
                               const std::map<QString, QString> &chosen)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_combos.clear();
    if (header.isEmpty())
        return;
    for (const auto &[role, label] : roles) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("column_") + role);
        combo->addItem(noColumn());
        combo->addItems(header);
        if (auto it = chosen.find(role); it != chosen.end() && header.contains(it->second))
            combo->setCurrentIndex(int(header.indexOf(it->second)) + 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnChooser::changed);
        m_form->addRow(label, combo);
        m_combos.emplace_back(role, combo);
    }
}

std::map<QString, QString> ColumnChooser::choices() const
{
    std::map<QString, QString> choices;
    for (const auto &[role, combo] : m_combos)
        choices[role] = combo->currentIndex() > 0 ? combo->currentText() : QString();
    return choices;
}

std::map<QString, QString> ColumnChooser::savedChoices(const QString &settingsKey)
{
    const QVariantMap saved = AppSettings().value(settingsKey).toMap();
    std::map<QString, QString> choices;
    for (auto it = saved.begin(); it != saved.end(); ++it)
        choices[it.key()] = it.value().toString();
    return choices;
}

void ColumnChooser::saveChoices(const QString &settingsKey) const
{
    // Remembered per header row in the user's settings for now; the workspace's import_mapping table
    // (shared by everyone opening the workspace) takes this over in a later step.
    QVariantMap mapping;
    for (const auto &[role, header] : choices())
        mapping.insert(role, header);
    AppSettings().setValue(settingsKey, mapping);
}

} // namespace gonggu
