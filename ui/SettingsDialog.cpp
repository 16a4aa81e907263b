#include "SettingsDialog.h"

#include "AppLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gonggu {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent), m_language(new QComboBox(this))
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

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(380);
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

void SettingsDialog::accept()
{
    AppLanguage::storeChoice(languageChoice());
    QDialog::accept();
}

} // namespace gonggu
