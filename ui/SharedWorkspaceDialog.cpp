#include "SharedWorkspaceDialog.h"

#include "FieldError.h"
#include "domain/Errors.h"
#include "storage/WorkspaceLocation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gonggu {

SharedWorkspaceDialog::SharedWorkspaceDialog(QWidget *parent)
    : QDialog(parent), m_url(new QLineEdit(this)), m_error(new FieldError(this))
{
    setObjectName(QStringLiteral("sharedWorkspaceDialog"));
    setWindowTitle(tr("Open Shared Workspace"));

    m_url->setObjectName(QStringLiteral("sharedUrlField"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://name@server/gonggu?sslmode=require"));
    m_url->setClearButtonEnabled(true);

    auto *intro = new QLabel(tr("A workspace on a PostgreSQL server, shared by several coordinators at once."), this);
    intro->setWordWrap(true);
    auto *note = new QLabel(tr("The password is asked for when needed, or taken from PGPASSWORD or ~/.pgpass; "
                               "Gonggu never saves it."),
                            this);
    note->setObjectName(QStringLiteral("passwordNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_error->setObjectName(QStringLiteral("sharedUrlError"));

    auto *form = new QFormLayout;
    form->addRow(tr("Server &URL:"), m_url);
    form->addRow(QString(), m_error);
    form->addRow(QString(), note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openSharedButton"));
    m_open->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &SharedWorkspaceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SharedWorkspaceDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        m_open->setEnabled(!url().isEmpty());
        m_error->showMessage({});
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString SharedWorkspaceDialog::url() const
{
    return m_url->text().trimmed();
}

void SharedWorkspaceDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

QString SharedWorkspaceDialog::ask(QWidget *parent)
{
    SharedWorkspaceDialog dialog(parent);
    return dialog.exec() == QDialog::Accepted ? dialog.url() : QString();
}

void SharedWorkspaceDialog::accept()
{
    if (!WorkspaceLocation::looksLikeServerUrl(url())) {
        m_error->showMessage(tr("Write the server's address as postgresql://name@server/database."));
        return;
    }
    try {
        WorkspaceLocation::parse(url());
    } catch (const InputError &error) {
        m_error->showMessage(error.message());
        return;
    }
    QDialog::accept();
}

} // namespace gonggu
