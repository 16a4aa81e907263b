#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace gonggu {

/** Preferences: the language Gonggu speaks (Automatic, 한국어, English), used from the next start, and the name
 *  the coordinator's changes are recorded under, used at once. */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /** The chosen language: "auto", "ko" or "en". */
    QString languageChoice() const;
    void setLanguageChoice(const QString &choice);

    /** The coordinator name as typed; empty for the workspace's default. */
    QString coordinatorName() const;
    void setCoordinatorName(const QString &name);

    /** Stores the choices, then closes. */
    void accept() override;

private:
    QComboBox *m_language;
    QLineEdit *m_coordinator;
};

} // namespace gonggu
