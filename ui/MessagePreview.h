#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace gonggu {

struct ComposedMessage;

/** One message as its buyer will read it: who it goes to, the email subject, the text, its length as
 *  carriers count it (SMS up to 90 bytes, LMS up to 2,000) and what may go wrong (characters a carrier
 *  cannot carry, placeholders with no data, unknown placeholders). */
class MessagePreview : public QWidget
{
    Q_OBJECT

public:
    explicit MessagePreview(QWidget *parent = nullptr);

    /** Shows the message under a heading ("To tini (김민준) · 010-…"). */
    void showMessage(const ComposedMessage &message, const QString &heading);
    /** Shows no message, only why (nobody to address, no round). */
    void showNothing(const QString &reason);
    /** Adds a row of the page's controls for this message (buttons, the channel) under it. */
    void addControlRow(const QList<QWidget *> &controls);
    /** The message's text, read-only (first in the Tab order of the preview). */
    QPlainTextEdit *textView() const { return m_text; }

    QString heading() const;
    QString subject() const;
    QString text() const;
    QString lengthText() const;
    QString warningText() const;

    /** "58 bytes · SMS (up to 90)", as the counter shows a length. */
    static QString describeLength(int bytes);

private:
    QLabel *m_heading;
    QLabel *m_subject;
    QPlainTextEdit *m_text;
    QLabel *m_length;
    QLabel *m_warnings;
};

} // namespace gonggu
