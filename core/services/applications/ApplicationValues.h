#pragma once

#include "domain/Statuses.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace gonggu {

/** Reads the values people type into application forms, in Korean or English. */
namespace ApplicationValues {

/** "1", "2권", "3 부", "２", "1개" → the number (INT_MAX when it has more digits than an int holds); "" → 0;
 *  nullopt for anything else ("두 권", "1.5", "-1"). */
std::optional<int> copies(const QString &text);
/** "택배"/"courier"/"배송" → courier; "현장 수령"/"pickup"/"모임에서" → pickup; "" or unknown → nullopt. */
std::optional<Delivery> delivery(const QString &text);
/** Whether a tax-invoice or receipt column (or a note) asks for one: "예", "필요", "O", "yes",
 *  "세금계산서 필요" → true; "", "아니오", "불필요", "X", "no" → false. */
bool asksFor(const QString &text);
/** "관심"/"interested" → interested; "신청"/"applied" → applied; "확정"/"confirmed" → confirmed;
 *  "취소"/"cancelled" → cancelled; anything else → nullopt. */
std::optional<OrderStatus> status(const QString &text);
/** Timestamps as forms and spreadsheets write them, read as local time ("2026. 11. 1 오후 2:30:00",
 *  "2026-11-01 14:30:00", "11/1/2026 14:30:00"); null when unreadable. */
QDateTime timestamp(const QString &text);
/** Whether a timestamp is written in a form timestamp() reads but names no real day or time
 *  ("2026-02-30 10:00", "2026-13-01"): a damaged cell rather than a form that uses another format. */
bool isImpossibleTimestamp(const QString &text);

} // namespace ApplicationValues
} // namespace gonggu
