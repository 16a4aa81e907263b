#include "ReminderTimeEdit.h"

#include "OptionalDateEdit.h"
#include "models/ReminderTimes.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeEdit>

namespace gonggu {

ReminderTimeEdit::ReminderTimeEdit(QWidget *parent)
    : QWidget(parent), m_date(new QDateEdit(this)), m_time(new QTimeEdit(this))
{
    m_date->setObjectName(QStringLiteral("reminderDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(OptionalDateEdit::editFormat());
    m_time->setObjectName(QStringLiteral("reminderTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *zone = new QLabel(tr("Korean time"), this);
    zone->setForegroundRole(QPalette::PlaceholderText);
    setFocusProxy(m_date);

    connect(m_date, &QDateEdit::dateChanged, this, &ReminderTimeEdit::dateTimeChanged);
    connect(m_time, &QTimeEdit::timeChanged, this, &ReminderTimeEdit::dateTimeChanged);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_date, 1);
    layout->addWidget(m_time);
    layout->addWidget(zone);
}

QDateTime ReminderTimeEdit::dateTime() const
{
    return ReminderTimes::inKorea(m_date->date(), m_time->time());
}

void ReminderTimeEdit::setDateTime(const QDateTime &time)
{
    const QDateTime local = time.toTimeZone(ReminderTimes::korea());
    m_date->setDate(local.date());
    m_time->setTime(QTime(local.time().hour(), local.time().minute()));
}

} // namespace gonggu
