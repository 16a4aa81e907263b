#pragma once

#include "domain/Round.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace gonggu {

class BuyerPicker;
class FieldError;
class ReminderTimeEdit;
class WorkspaceSession;

/** Adds a reminder of the coordinator's own to a round: when (Korean time), what, and optionally about which
 *  buyer; the reminder is added undoably when accepted. */
class ReminderDialog : public QDialog
{
    Q_OBJECT

public:
    ReminderDialog(WorkspaceSession &session, const Round &round, QWidget *parent = nullptr);

    /** The reminder added by accept(); empty before. */
    std::optional<qint64> savedReminder() const { return m_savedReminder; }
    void accept() override;

private:
    QString problem() const;
    void refresh();

    WorkspaceSession &m_session;
    Round m_round;
    std::optional<qint64> m_savedReminder;

    ReminderTimeEdit *m_due = nullptr;
    QLineEdit *m_note = nullptr;
    QCheckBox *m_forBuyer = nullptr;
    BuyerPicker *m_buyer = nullptr;
    FieldError *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gonggu
