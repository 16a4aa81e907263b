#pragma once

#include <QString>

namespace gonggu {

/** Which Korean carrier message type a text needs. */
enum class SmsKind
{
    Sms,    // up to 90 bytes: one short message
    Lms,    // up to 2,000 bytes: a long message (costs more)
    TooLong // more than an LMS holds: shorten it or send it another way
};

QString toKey(SmsKind kind); // "sms", "lms", "too_long"

/** A text's length as Korean carriers count it: EUC-KR/CP949 bytes, where Hangul takes 2 and ASCII 1. */
struct SmsLength
{
    static constexpr int smsLimit = 90;
    static constexpr int lmsLimit = 2000;

    int bytes = 0;
    SmsKind kind = SmsKind::Sms;
    /** Characters CP949 cannot encode (emoji, some symbols): each is counted as 2 bytes, but a carrier may
     *  refuse or garble them, so they are reported. Each listed once, in order of appearance. */
    QString unencodable;

    static SmsLength of(const QString &text);
};

} // namespace gonggu
