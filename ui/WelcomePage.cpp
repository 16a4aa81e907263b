#include "WelcomePage.h"

#include "FieldError.h"
#include "domain/Errors.h"
#include "services/DemoWorkspace.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace gonggu {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    // A column of readable width in the middle of the page: a word-wrapped label given only its
    // size hint in a centring layout would shrink to a few words per line.
    auto *content = new QWidget(this);
    content->setMaximumWidth(560);

    auto *heading = new QLabel(tr("Welcome to Gonggu"), content);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignHCenter);

    auto *hint = new QLabel(tr("Gonggu keeps a group buy in one place: who ordered how many copies, who has "
                               "paid, and who still needs a reminder. Start with your first round — the book, "
                               "the group price and the account buyers pay into — or look around a demo round "
                               "of 22 buyers first."),
                            content);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignHCenter);

    auto *newRound = new QPushButton(tr("New Round…"), content);
    newRound->setObjectName(QStringLiteral("newRoundButton"));
    newRound->setDefault(true);
    newRound->setMinimumWidth(220);
    connect(newRound, &QPushButton::clicked, this, &WelcomePage::newRoundRequested);

    auto *demo = new QPushButton(tr("Open the Demo Workspace"), content);
    demo->setObjectName(QStringLiteral("openDemoButton"));
    demo->setMinimumWidth(220);
    demo->setToolTip(tr("A separate workspace with a finished round; your own workspace stays untouched"));
    connect(demo, &QPushButton::clicked, this, &WelcomePage::openDemo);

    auto *open = new QPushButton(tr("Open Another Workspace…"), content);
    open->setObjectName(QStringLiteral("openWorkspaceButton"));
    open->setFlat(true);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openWorkspaceRequested);

    m_error = new FieldError(content);
    m_error->setObjectName(QStringLiteral("welcomeError"));
    m_error->setAlignment(Qt::AlignHCenter);

    auto *column = new QVBoxLayout(content);
    column->addWidget(heading);
    column->addSpacing(10);
    column->addWidget(hint);
    column->addSpacing(20);
    column->addWidget(newRound, 0, Qt::AlignHCenter);
    column->addWidget(demo, 0, Qt::AlignHCenter);
    column->addSpacing(6);
    column->addWidget(open, 0, Qt::AlignHCenter);
    column->addWidget(m_error);

    auto *centred = new QHBoxLayout;
    centred->addStretch();
    centred->addWidget(content, 1);
    centred->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(centred);
    layout->addStretch();
}

QString WelcomePage::defaultDemoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.gonggu"));
}

QString WelcomePage::demoPath() const
{
    return m_demoPath.isEmpty() ? defaultDemoPath() : m_demoPath;
}

void WelcomePage::openDemo()
{
    const QString path = demoPath();
    m_error->showMessage({});
    if (!QFileInfo::exists(path)) {
        // Written into a temporary name first: a demo cut short must not be mistaken for a finished one.
        const QString partial = path + QStringLiteral(".part");
        try {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile::remove(partial);
            {
                Workspace demo(partial);
                DemoWorkspace::populate(demo);
            }
            if (!QFile::rename(partial, path))
                throw StorageError(tr("Cannot move the demo into place at %1.").arg(QDir::toNativeSeparators(path)));
        } catch (const Error &error) {
            QFile::remove(partial);
            m_error->showMessage(tr("The demo workspace could not be written: %1").arg(error.message()));
            return;
        }
    }
    emit openDemoRequested(path);
}

} // namespace gonggu
