#include "ReminderSnoozeDialog.h"

#include "FieldError.h"
#include "ReminderTimeEdit.h"
#include "models/ReminderTimes.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gonggu {

ReminderSnoozeDialog::ReminderSnoozeDialog(const QString &reminderText, const QDateTime &now, QWidget *parent)
    : QDialog(parent), m_now(now)
{
    setWindowTitle(tr("Snooze Reminder"));
    auto *what = new QLabel(reminderText, this);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    m_until = new ReminderTimeEdit(this);
    m_until->setObjectName(QStringLiteral("untilEdit"));
    m_until->setDateTime(ReminderTimes::tomorrowMorning(now));
    m_error = new FieldError(this);
    m_error->setObjectName(QStringLiteral("untilError"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Until:"), m_until);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Snooze"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReminderSnoozeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReminderSnoozeDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_until, &ReminderTimeEdit::dateTimeChanged, this, &ReminderSnoozeDialog::refresh);
    m_until->setFocus();
    refresh();
    resize(420, sizeHint().height());
}

QDateTime ReminderSnoozeDialog::until() const
{
    return m_until->dateTime();
}

void ReminderSnoozeDialog::refresh()
{
    const bool later = until() > m_now;
    m_error->showMessage(later ? QString()
                               : tr("Choose a time later than now (%1).").arg(ReminderTimes::format(m_now, m_now)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(later);
}

void ReminderSnoozeDialog::accept()
{
    if (until() > m_now)
        QDialog::accept();
}

} // namespace gonggu
