#include "BackupsDialog.h"

#include "BackupActions.h"
#include "domain/Errors.h"
#include "storage/BackupRestore.h"
#include "storage/BackupRotation.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gonggu {
namespace {

constexpr int pathRole = Qt::UserRole;

/** The date as the user's locale writes it short, the time to the second: backups minutes apart must read apart. */
QString takenText(const QLocale &locale, const QDateTime &taken)
{
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    if (!timeFormat.contains(u's'))
        timeFormat.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    return locale.toString(taken.date(), QLocale::ShortFormat) + u' ' + locale.toString(taken.time(), timeFormat);
}

} // namespace

BackupsDialog::BackupsDialog(const QString &workspacePath, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_workspacePath(workspacePath), m_clock(clock), m_list(new QTreeWidget(this)),
      m_emptyNote(new QLabel(this)), m_keep(new QSpinBox(this))
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Restore from Backup"));
    auto *intro = new QLabel(tr("Gonggu backs up %1 whenever it opens it with changes since the last backup. "
                                "Restoring keeps the workspace as it is now as a backup of its own first, so a "
                                "restore can be undone.")
                                 .arg(QFileInfo(workspacePath).fileName()),
                             this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Taken"), tr("Kind"), tr("Size"), tr("Rounds"), tr("Buyers")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Taken, QHeaderView::Stretch);
    for (int column : {Kind, Size, Rounds, Buyers})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &BackupsDialog::restoreSelected);

    m_emptyNote->setObjectName(QStringLiteral("noBackupsNote"));
    m_emptyNote->setText(tr("No backups yet: the first one is taken the next time this workspace opens."));
    m_emptyNote->setWordWrap(true);

    m_keep->setObjectName(QStringLiteral("keepBackups"));
    m_keep->setRange(1, BackupRotation::maximumKeep);
    m_keep->setValue(BackupActions::keepCount());
    m_keep->setToolTip(tr("Older automatic backups are deleted when the next one is taken. Copies kept before a "
                          "restore are never deleted."));
    connect(m_keep, &QSpinBox::valueChanged, this, [](int keep) { BackupActions::setKeepCount(keep); });
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Automatic backups to &keep:"), m_keep);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restoreButton = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setDefault(true);
    QPushButton *otherFile = buttons->addButton(tr("Other &File…"), QDialogButtonBox::ActionRole);
    otherFile->setObjectName(QStringLiteral("restoreOtherFileButton"));
    otherFile->setToolTip(tr("Restore from a copy saved elsewhere with Back Up Now"));
    QPushButton *folder = buttons->addButton(tr("Show F&older"), QDialogButtonBox::ActionRole);
    folder->setObjectName(QStringLiteral("showFolderButton"));
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(otherFile, &QPushButton::clicked, this, &BackupsDialog::restoreOtherFile);
    connect(folder, &QPushButton::clicked, this, &BackupsDialog::showFolder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyNote);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(760, 440);
    fill();
}

void BackupsDialog::fill()
{
    const QLocale locale;
    for (const BackupFile &backup : BackupRotation(m_workspacePath, m_clock).list()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Taken, takenText(locale, backup.taken));
        item->setData(Taken, pathRole, backup.path);
        item->setToolTip(Taken, QDir::toNativeSeparators(backup.path));
        item->setText(Kind, backup.kind == BackupKind::BeforeRestore ? tr("Before a restore") : tr("Automatic"));
        item->setText(Size, locale.formattedDataSize(backup.bytes, 1, QLocale::DataSizeTraditionalFormat));
        try {
            const BackupContents contents = BackupRestore::peek(backup.path);
            item->setText(Rounds, locale.toString(contents.rounds));
            item->setText(Buyers, locale.toString(contents.buyers));
        } catch (const Error &error) {
            // Still listed, so that it is not silently missing; restoring it says what is wrong.
            for (int column : {Rounds, Buyers}) {
                item->setText(column, QStringLiteral("—"));
                item->setToolTip(column, error.message());
            }
        }
        for (int column : {Size, Rounds, Buyers})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    const bool empty = m_list->topLevelItemCount() == 0;
    m_emptyNote->setVisible(empty);
    m_restoreButton->setEnabled(!empty);
    if (!empty)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void BackupsDialog::restoreSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    confirmAndAccept(item->data(Taken, pathRole).toString(), tr("the backup of %1").arg(item->text(Taken)));
}

void BackupsDialog::restoreOtherFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Restore from File"), QFileInfo(m_workspacePath).absolutePath(),
                                     tr("Gonggu workspaces (*.gonggu);;All files (*)"));
    if (!path.isEmpty())
        confirmAndAccept(path, QDir::toNativeSeparators(path));
}

void BackupsDialog::confirmAndAccept(const QString &path, const QString &description)
{
    QMessageBox confirm(QMessageBox::Question, tr("Restore from Backup"),
                        tr("Replace the workspace with %1?").arg(description), QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmRestoreBox"));
    confirm.setInformativeText(tr("Changes made since then are set aside. The workspace as it is now is kept as a "
                                  "backup first, so you can go back to it."));
    QPushButton *restore = confirm.addButton(tr("Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("confirmRestoreButton"));
    confirm.setDefaultButton(restore);
    confirm.exec();
    if (confirm.clickedButton() != restore)
        return;
    try {
        BackupRestore::verify(path);
    } catch (const Error &error) {
        QMessageBox refused(QMessageBox::Warning, tr("Cannot Restore"),
                            tr("This backup cannot be restored; the workspace is unchanged."), QMessageBox::Ok, this);
        refused.setObjectName(QStringLiteral("restoreRefusedBox"));
        refused.setInformativeText(error.message());
        refused.exec();
        return;
    }
    m_chosen = path;
    accept();
}

void BackupsDialog::showFolder()
{
    BackupActions::revealFolder(this, BackupRotation(m_workspacePath, m_clock), m_openFolder);
}

} // namespace gonggu
