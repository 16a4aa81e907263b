#include "RoundMilestones.h"

#include <QTimeZone>

namespace gonggu {
namespace {

// A round's dates are days in Korea, where its buyers are.
const QTimeZone seoul(9 * 3600);

QString milestoneTitle(const Round &round, MilestoneKind kind, Language language)
{
    if (language == Language::Korean)
        return QStringLiteral("%1 공구 %2")
            .arg(RoundMilestones::shortTitle(round), RoundMilestones::label(kind, language));
    return QStringLiteral("%1: %2").arg(round.title, RoundMilestones::label(kind, language));
}

QString description(const Round &round, const Milestone &milestone, Language language)
{
    const bool korean = language == Language::Korean;
    QStringList lines{round.title};
    if (!round.supplier.isEmpty())
        lines << (korean ? QStringLiteral("출판사: %1") : QStringLiteral("Supplier: %1")).arg(round.supplier);
    if (milestone.kind == MilestoneKind::PaymentDue && !round.bankAccount.isEmpty())
        lines << (korean ? QStringLiteral("입금 계좌: %1") : QStringLiteral("Pay into: %1")).arg(round.bankAccount);
    return lines.join(u'\n');
}

} // namespace

QString toKey(MilestoneKind kind)
{
    switch (kind) {
    case MilestoneKind::Opens:
        return QStringLiteral("opens");
    case MilestoneKind::Closes:
        return QStringLiteral("closes");
    case MilestoneKind::PaymentDue:
        return QStringLiteral("payment-due");
    case MilestoneKind::Ordered:
        return QStringLiteral("ordered");
    case MilestoneKind::Delivery:
        return QStringLiteral("delivery");
    case MilestoneKind::Meetup:
        return QStringLiteral("meetup");
    }
    Q_UNREACHABLE();
    return {};
}

QString RoundMilestones::label(MilestoneKind kind, Language language)
{
    const bool korean = language == Language::Korean;
    switch (kind) {
    case MilestoneKind::Opens:
        return korean ? QStringLiteral("신청 시작") : QStringLiteral("applications open");
    case MilestoneKind::Closes:
        return korean ? QStringLiteral("신청 마감") : QStringLiteral("applications close");
    case MilestoneKind::PaymentDue:
        return korean ? QStringLiteral("입금 마감") : QStringLiteral("payment due");
    case MilestoneKind::Ordered:
        return korean ? QStringLiteral("출판사 주문") : QStringLiteral("order placed with the supplier");
    case MilestoneKind::Delivery:
        return korean ? QStringLiteral("책 도착") : QStringLiteral("books delivered");
    case MilestoneKind::Meetup:
        return korean ? QStringLiteral("모임 (책 전달)") : QStringLiteral("hand-over meetup");
    }
    Q_UNREACHABLE();
    return {};
}

QString RoundMilestones::shortTitle(const Round &round)
{
    QString title = round.title.trimmed();
    for (const QString &suffix : {QStringLiteral("공동구매"), QStringLiteral("공구")}) {
        if (title.endsWith(suffix) && title.size() > suffix.size()) {
            title.chop(suffix.size());
            return title.trimmed();
        }
    }
    return title;
}

std::vector<Milestone> RoundMilestones::of(const Round &round, Language language)
{
    std::vector<Milestone> milestones;
    const auto addDay = [&](MilestoneKind kind, const QDate &date) {
        if (date.isValid())
            milestones.push_back({kind, date, {}, {}, milestoneTitle(round, kind, language)});
    };
    addDay(MilestoneKind::Opens, round.opensOn);
    addDay(MilestoneKind::Closes, round.closesOn);
    addDay(MilestoneKind::PaymentDue, round.paymentDue);
    addDay(MilestoneKind::Ordered, round.orderedOn);
    addDay(MilestoneKind::Delivery, round.deliveryOn);
    if (round.meetupAt.isValid()) {
        const QDateTime utc = round.meetupAt.toUTC();
        milestones.push_back({MilestoneKind::Meetup, utc.toTimeZone(seoul).date(), utc, round.meetupPlace,
                              milestoneTitle(round, MilestoneKind::Meetup, language)});
    }
    return milestones;
}

std::vector<CalendarEvent> RoundMilestones::calendarEvents(const Round &round, Language language)
{
    std::vector<CalendarEvent> events;
    for (const Milestone &milestone : of(round, language)) {
        CalendarEvent event;
        event.uid = QStringLiteral("round-%1-%2@gonggu").arg(round.id).arg(toKey(milestone.kind));
        event.summary = milestone.title;
        event.description = description(round, milestone, language);
        event.location = milestone.place;
        if (milestone.isTimed())
            event.startUtc = milestone.time;
        else
            event.date = milestone.date;
        events.push_back(std::move(event));
    }
    return events;
}

} // namespace gonggu
