#pragma once

#include <QString>
#include <QUrl>

#include <vector>

namespace gonggu {

struct ComposedMessage;

/** The texts and links that carry a message out of Gonggu: to the clipboard, an email program or a phone's
 *  messaging app. Built here, opened by the page, so that what they carry can be checked without opening
 *  anything. */
namespace MessageLinks {

/** "mailto:" the address, with the subject and the body percent-encoded as UTF-8 (line breaks as CR LF, as
 *  RFC 6068 asks). */
QUrl mailto(const QString &email, const QString &subject, const QString &body);
/** "sms:" the phone number (digits and a leading "+" only) with the body, as RFC 5724 writes it. */
QUrl sms(const QString &phone, const QString &body);
/** The phone number as a messaging app dials it: "010-2101-0001" → "01021010001"; empty when it has no
 *  digits. */
QString dialable(const QString &phone);

/** The name a message goes under in a list of several: "tini (김민준)", or the one name when they agree. */
QString addressee(const ComposedMessage &message);
/** Several messages as one text to paste: each under its buyer's name, separated by a blank line and a
 *  divider; a single message is its text alone. */
QString clipboardText(const std::vector<ComposedMessage> &messages);

} // namespace MessageLinks
} // namespace gonggu
