#pragma once

#include "Ids.h"

#include <QString>

namespace gonggu {

/** Someone in the community directory, reused across rounds. Names may repeat (동명이인);
 *  a nickname, when given, identifies one person. */
struct Person
{
    PersonId id = 0;
    qint64 rowVersion = 0; // as read; saving names it so that a newer change is not overwritten
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

/** Why `text` cannot be a person's `field` ("name", "address"…): empty when it is at most `most` characters. The
 *  directory and the application import refuse with the same words. */
inline QString overlongPersonField(const QString &text, const QString &field, qsizetype most = personFieldMaxChars)
{
    if (text.size() <= most)
        return {};
    return QStringLiteral("the %1 is %2 characters long; at most %3 fit").arg(field).arg(text.size()).arg(most);
}

} // namespace gonggu
