#include "OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLocale>

namespace gonggu {
namespace {

// The "not set" position of the date edit: no round was ever planned this early.
const QDate unsetDate(2000, 1, 1);

} // namespace

QString OptionalDateEdit::editFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent), m_enabled(new QCheckBox(this)), m_edit(new QDateEdit(this))
{
    m_enabled->setToolTip(tr("Set a date"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(editFormat());
    m_edit->setMinimumDate(unsetDate);
    m_edit->setSpecialValueText(tr("Not set"));
    m_edit->setDate(unsetDate);
    m_edit->setEnabled(false);
    setFocusProxy(m_enabled);

    connect(m_enabled, &QCheckBox::toggled, this, &OptionalDateEdit::setOn);
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (m_enabled->isChecked())
            emit dateChanged();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled);
    layout->addWidget(m_edit, 1);
}

QDate OptionalDateEdit::date() const
{
    return m_enabled->isChecked() && m_edit->date() != unsetDate ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    const bool on = date.isValid();
    m_last = date;
    {
        const QSignalBlocker blocker(m_enabled);
        m_enabled->setChecked(on);
    }
    m_edit->setEnabled(on);
    m_edit->setDate(on ? date : unsetDate);
    emit dateChanged();
}

void OptionalDateEdit::setOn(bool on)
{
    if (on) {
        const QDate offered = m_last.isValid() ? m_last : m_suggested.isValid() ? m_suggested : QDate::currentDate();
        m_edit->setEnabled(true);
        m_edit->setDate(offered);
        m_edit->setFocus();
    } else {
        m_last = m_edit->date();
        m_edit->setEnabled(false);
        m_edit->setDate(unsetDate);
    }
    emit dateChanged();
}

} // namespace gonggu
