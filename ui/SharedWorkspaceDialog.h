#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace gonggu {

class FieldError;

/** Asks for the address of a shared workspace on a PostgreSQL server (File > Open Shared Workspace…). */
class SharedWorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SharedWorkspaceDialog(QWidget *parent = nullptr);

    /** The URL as typed, trimmed. */
    QString url() const;
    void setUrl(const QString &url);
    /** Shows the dialog; the URL chosen, or empty when cancelled. */
    static QString ask(QWidget *parent);

    /** Accepts only a URL that parses; otherwise says what is wrong under the field. */
    void accept() override;

private:
    QLineEdit *m_url;
    FieldError *m_error;
    QPushButton *m_open;
};

} // namespace gonggu
