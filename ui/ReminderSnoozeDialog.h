#pragma once

#include <QDateTime>
#include <QDialog>

#include <optional>

class QDialogButtonBox;

namespace gonggu {

class FieldError;
class ReminderTimeEdit;

/** Asks until when (Korean time) to snooze a reminder; the time must be later than now. */
class ReminderSnoozeDialog : public QDialog
{
    Q_OBJECT

public:
    ReminderSnoozeDialog(const QString &reminderText, const QDateTime &now, QWidget *parent = nullptr);

    /** The chosen time in UTC. */
    QDateTime until() const;
    void accept() override;

private:
    void refresh();

    QDateTime m_now;
    ReminderTimeEdit *m_until = nullptr;
    FieldError *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gonggu
