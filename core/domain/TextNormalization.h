#pragma once

#include <QString>
#include <QStringList>

namespace gonggu {

// How names, headers and contact details are compared when files from forms and banks come in.

/** Full-width forms folded (NFKC), case folded, every kind of space removed: "Ｋｉｍ 하나" → "kim하나". */
QString foldForMatching(const QString &text);

/** Where `wanted` is in a header row: the exact text first, then compared folded ("연락처 (필수)" finds
 *  "연락처(필수)"); -1 when absent. For the column names users give with --columns. */
int indexOfHeader(const QStringList &header, const QString &wanted);

/** Only the digits of a phone number, with a +82 country prefix turned into the domestic 0:
 *  "+82 10-1111-2222", "010.1111.2222" and "01011112222" all give "01011112222". */
QString phoneDigits(const QString &phone);

/** A phone number written the way Korean users read it ("010-1111-2222"); other input is returned
 *  trimmed as it came. */
QString formatPhone(const QString &phone);

/** Lower-case, trimmed email; empty if it does not look like one (no '@' with text on both sides). */
QString normalizedEmail(const QString &email);

} // namespace gonggu
