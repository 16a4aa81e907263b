#include "MessagePreview.h"

#include "services/messages/ComposedMessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace gonggu {

MessagePreview::MessagePreview(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_subject(new QLabel(this)), m_text(new QPlainTextEdit(this)),
      m_length(new QLabel(this)), m_warnings(new QLabel(this))
{
    m_heading->setObjectName(QStringLiteral("previewHeading"));
    m_heading->setTextFormat(Qt::PlainText); // names are user data, never markup
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse); // a phone number gets copied
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_subject->setObjectName(QStringLiteral("previewSubject"));
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_length->setObjectName(QStringLiteral("smsLengthLabel"));
    m_length->setTextFormat(Qt::PlainText);
    m_warnings->setObjectName(QStringLiteral("previewWarnings"));
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    QPalette amber = m_warnings->palette();
    amber.setColor(QPalette::WindowText, QColor(0xb2, 0x6a, 0x00)); // a warning, not an error: readable on both
    m_warnings->setPalette(amber);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_subject);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_length);
    layout->addWidget(m_warnings);
    showNothing(QString());
}

void MessagePreview::addControlRow(const QList<QWidget *> &controls)
{
    auto *row = new QHBoxLayout;
    for (QWidget *control : controls)
        row->addWidget(control);
    row->addStretch();
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
}

QString MessagePreview::describeLength(int bytes)
{
    const QLocale locale;
    if (bytes <= SmsLength::smsLimit)
        return tr("%1 bytes · SMS (up to %2)").arg(locale.toString(bytes), locale.toString(SmsLength::smsLimit));
    if (bytes <= SmsLength::lmsLimit)
        return tr("%1 bytes · LMS, a long text message (up to %2)")
            .arg(locale.toString(bytes), locale.toString(SmsLength::lmsLimit));
    return tr("%1 bytes · too long for one text message (an LMS holds %2): shorten it or send it another way")
        .arg(locale.toString(bytes), locale.toString(SmsLength::lmsLimit));
}

void MessagePreview::showMessage(const ComposedMessage &message, const QString &heading)
{
    m_heading->setText(heading);
    m_subject->setText(message.subject.isEmpty() ? QString() : tr("Email subject: %1").arg(message.subject));
    m_subject->setVisible(!message.subject.isEmpty());
    m_text->setPlainText(message.text);
    m_text->setEnabled(true);
    m_length->setText(describeLength(message.length.bytes));
    QPalette lengthColours = palette();
    if (message.length.kind == SmsKind::TooLong)
        lengthColours.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28)); // FieldError's red
    m_length->setPalette(lengthColours);
    m_length->show();

    QStringList warnings;
    if (!message.length.unencodable.isEmpty())
        warnings << tr("A text message cannot carry “%1”: carriers drop or garble it. Replace it, or send "
                       "by chat or email.")
                        .arg(message.length.unencodable);
    if (!message.missingPlaceholders.isEmpty())
        warnings << tr("No data for %1 here: left empty.").arg(message.missingPlaceholders.join(QStringLiteral(", ")));
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
}

void MessagePreview::showNothing(const QString &reason)
{
    m_heading->setText(reason);
    m_subject->clear();
    m_subject->hide();
    m_text->clear();
    m_text->setEnabled(false);
    m_length->clear();
    m_length->hide();
    m_warnings->clear();
    m_warnings->hide();
}

QString MessagePreview::heading() const
{
    return m_heading->text();
}

QString MessagePreview::subject() const
{
    return m_subject->text();
}

QString MessagePreview::text() const
{
    return m_text->toPlainText();
}

QString MessagePreview::lengthText() const
{
    return m_length->text();
}

QString MessagePreview::warningText() const
{
    return m_warnings->text();
}

} // namespace gonggu
