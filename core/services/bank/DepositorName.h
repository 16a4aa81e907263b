#pragma once

#include <QString>

namespace gonggu {

/** The name a bank deposit carries, taken apart the way a coordinator reads it:
 *  "김 영 희" → 김영희; "박철수0042" → 박철수 + phone suffix 0042; "성춘향(향단대납)" → 성춘향, paid on
 *  her behalf by 향단; "ＫＩＭ　Ｈａｎａ" → kimhana. */
struct DepositorName
{
    QString raw;
    QString key;         // the whole text folded for matching (foldForMatching)
    QString core;        // folded, without the affixes below
    QString digits;      // a trailing number ("0042"): often the last digits of a phone
    QString bracketed;   // text in brackets, folded ("향단대납")
    QString trailing;    // trailing Latin text after a Hangul name ("tini" in "김하나tini"), folded
    bool onBehalf = false; // 대납 / 대신 / on behalf: someone paid for the named buyer
    QString payer;       // who paid on their behalf, when the text says ("향단")

    static DepositorName parse(const QString &text);
};

} // namespace gonggu
