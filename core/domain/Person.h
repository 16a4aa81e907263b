#pragma once

#include "Ids.h"

#include <QString>

namespace gonggu {

/** Someone in the community directory, reused across rounds. Names may repeat (동명이인);
 *  a nickname, when given, identifies one person. */
struct Person
{
    PersonId id = 0;
    QString displayName;
    QString nickname; // empty when none; unique otherwise
    QString realName;
    QString depositorName; // the name that shows on bank transfers
    QString phone;
    QString email;
    QString messenger;
    QString address;
    QString notes;
};

/** The most characters a person's name, contact or address may hold (anything longer is a pasted mistake, and
 *  would break every table and export it shows in), and their notes. */
inline constexpr int personFieldMaxChars = 200;
inline constexpr int personNotesMaxChars = 10'000;

} // namespace gonggu
