#pragma once

#include "domain/Language.h"
#include "domain/Round.h"
#include "io/ICalendarWriter.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace gonggu {

/** The dated steps of a round, in the order they happen. */
enum class MilestoneKind
{
    Opens,
    Closes,
    PaymentDue,
    Ordered,
    Delivery,
    Meetup
};

/** "opens", "closes", "payment-due", "ordered", "delivery", "meetup": the milestone's part of a calendar UID. */
QString toKey(MilestoneKind kind);

/** One dated step: a whole day, or (the meetup) a time with its place. */
struct Milestone
{
    MilestoneKind kind = MilestoneKind::Opens;
    QDate date;     // the day in Korea; for the meetup, the day of its time
    QDateTime time; // UTC; set for the meetup only
    QString place;  // the meetup's place
    QString title;  // e.g. "『실전 리팩터링』 공구 신청 마감"
    bool isTimed() const { return time.isValid(); }
};

/** Lists a round's milestones from its dates and turns them into calendar events. */
class RoundMilestones
{
public:
    /** The milestones whose date (or meetup time) is set, in kind order. */
    static std::vector<Milestone> of(const Round &round, Language language);
    /** The milestone's title alone (no round name), e.g. "신청 마감" / "Applications close". */
    static QString label(MilestoneKind kind, Language language);
    /** The round as the calendar names it: its title without a trailing "공동구매" or "공구". */
    static QString shortTitle(const Round &round);

    /** One event per milestone, with a UID stable for the round and milestone ("round-1-closes@gonggu"). */
    static std::vector<CalendarEvent> calendarEvents(const Round &round, Language language);
};

} // namespace gonggu
