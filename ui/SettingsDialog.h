#pragma once

#include <QDialog>

class QComboBox;

namespace gonggu {

/** Preferences: the language Gonggu speaks (Automatic, 한국어, English), used from the next start. */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /** The chosen language: "auto", "ko" or "en". */
    QString languageChoice() const;
    void setLanguageChoice(const QString &choice);

    /** Stores the choice, then closes. */
    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace gonggu
