#pragma once

#include <QDate>
#include <QDateTime>

namespace gonggu {

/** Where core code gets "now" from, so that tests can fix the time. */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    /** Today's date in the local time zone (what the coordinator calls "today"). */
    QDate today() const { return nowUtc().toLocalTime().date(); }
};

/** The real wall clock. */
class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    static const SystemClock &instance();
};

/** A clock that shows one set time until told otherwise. */
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(std::move(nowUtc)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime nowUtc) { m_now = std::move(nowUtc); }

private:
    QDateTime m_now;
};

} // namespace gonggu
