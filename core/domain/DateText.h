#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace gonggu {

// How dates and times are written in the workspace and on the command line.

/** Strict YYYY-MM-DD (a real calendar date); nullopt otherwise. */
std::optional<QDate> parseIsoDate(const QString &text);
QString toIsoDate(const QDate &date); // empty for a null date

/** ISO-8601 UTC with seconds ("2026-11-02T01:02:03Z"); empty for a null time. */
QString toIsoUtc(const QDateTime &time);
QDateTime fromIsoUtc(const QString &text); // null when empty or malformed

} // namespace gonggu
