#pragma once

#include "domain/Language.h"
#include "domain/Statuses.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace gonggu {

/** How the Messages page names message kinds, channels, languages and placeholders on screen, translated. */
class MessageText
{
    Q_DECLARE_TR_FUNCTIONS(MessageText)

public:
    static QString of(ContactKind kind);
    static QString of(ContactChannel channel);
    /** Each language in its own script ("한국어", "English"), as language pickers show them. */
    static QString of(Language language);
    /** Why a kind has nobody to go to, in the words of who it is meant for (the recipients list's empty text). */
    static QString nobodyToAddress(ContactKind kind);
    /** What a placeholder stands for, for the Insert Placeholder menu ("the buyer's nickname"). */
    static QString placeholderMeaning(const QString &name);
    /** A contact log time in the user's time zone and locale, short ("26. 11. 10. 오후 9:00"). */
    static QString sentTime(const QDateTime &utc);
    /** The language the UI speaks (Korean or English): messages start in it. */
    static Language uiLanguage();
};

} // namespace gonggu
