#pragma once

#include <QDateTime>
#include <QWidget>

class QDateEdit;
class QTimeEdit;

namespace gonggu {

/** A reminder's date and time, entered in Korean time whatever the computer's zone (as the CLI, the round
 *  editor's meetup and the reminders list give them). */
class ReminderTimeEdit : public QWidget
{
    Q_OBJECT

public:
    explicit ReminderTimeEdit(QWidget *parent = nullptr);

    /** The time entered, in UTC. */
    QDateTime dateTime() const;
    /** Shows a UTC time in Korean time. */
    void setDateTime(const QDateTime &time);

    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }

signals:
    void dateTimeChanged();

private:
    QDateEdit *m_date;
    QTimeEdit *m_time;
};

} // namespace gonggu
