#include "SettingsDialog.h"

#include "AppLanguage.h"
#include "CoordinatorName.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace gonggu {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_coordinator(new QLineEdit(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(tr("Automatic (system language)"), AppLanguage::automatic);
    // Each language is named in itself, so that someone who cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("한국어"), AppLanguage::korean);
    m_language->addItem(QStringLiteral("English"), AppLanguage::english);
    setLanguageChoice(AppLanguage::storedChoice());

    auto *note = new QLabel(tr("The language changes the next time Gonggu starts."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_coordinator->setObjectName(QStringLiteral("coordinatorName"));
    m_coordinator->setPlaceholderText(tr("Your login name"));
    m_coordinator->setMaxLength(100);
    m_coordinator->setText(CoordinatorName::stored());
    auto *coordinatorNote = new QLabel(
        tr("The change history records your edits under this name; other coordinators of a shared workspace see it."),
        this);
    coordinatorNote->setWordWrap(true);
    coordinatorNote->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("&Coordinator name:"), m_coordinator);
    form->addRow(QString(), coordinatorNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString SettingsDialog::languageChoice() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setLanguageChoice(const QString &choice)
{
    const int index = m_language->findData(choice);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

QString SettingsDialog::coordinatorName() const
{
    return m_coordinator->text().trimmed();
}

void SettingsDialog::setCoordinatorName(const QString &name)
{
    m_coordinator->setText(name);
}

void SettingsDialog::accept()
{
    AppLanguage::storeChoice(languageChoice());
    CoordinatorName::store(coordinatorName());
    QDialog::accept();
}

} // namespace gonggu
