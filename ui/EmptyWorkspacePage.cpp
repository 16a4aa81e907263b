#include "EmptyWorkspacePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gonggu {

EmptyWorkspacePage::EmptyWorkspacePage(QWidget *parent) : QWidget(parent)
{
    // A column of readable width in the middle of the page: a word-wrapped label given only its
    // size hint in a centring layout would shrink to a few words per line.
    auto *content = new QWidget(this);
    content->setMaximumWidth(560);

    auto *heading = new QLabel(tr("No rounds yet"), content);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignHCenter);

    auto *hint = new QLabel(content);
    hint->setObjectName(QStringLiteral("emptyWorkspaceHint"));
    hint->setTextFormat(Qt::RichText);
    hint->setText(tr("Create a round with <code>gonggu-cli round create</code>, or make a demo workspace with "
                     "<code>gonggu-cli demo --output demo.gonggu</code> and open it."));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignHCenter);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse); // the commands get copied into a terminal

    auto *openButton = new QPushButton(tr("Open Workspace…"), content);
    connect(openButton, &QPushButton::clicked, this, &EmptyWorkspacePage::openWorkspaceRequested);

    auto *column = new QVBoxLayout(content);
    column->addWidget(heading);
    column->addSpacing(8);
    column->addWidget(hint);
    column->addSpacing(16);
    column->addWidget(openButton, 0, Qt::AlignHCenter);

    auto *centred = new QHBoxLayout;
    centred->addStretch();
    centred->addWidget(content, 1);
    centred->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(centred);
    layout->addStretch();
}

} // namespace gonggu
