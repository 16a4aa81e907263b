#pragma once

#include <QLocale>
#include <QString>

namespace gonggu {

/** Which language Gonggu speaks: the user's choice (Preferences or --lang) or the system's, narrowed
 *  to the languages it has translations for, and the translators and default locale that follow. */
class AppLanguage
{
public:
    // The stored choices; "auto" follows the system.
    static inline const QString automatic = QStringLiteral("auto");
    static inline const QString korean = QStringLiteral("ko");
    static inline const QString english = QStringLiteral("en");
    static inline const QString settingsKey = QStringLiteral("ui/language");

    /** True for "auto", "ko" and "en". */
    static bool isValidChoice(const QString &choice);
    /** The choice saved in Preferences; "auto" when none or unknown. */
    static QString storedChoice();
    static void storeChoice(const QString &choice);

    /** The locale for a choice: Korean or English, keeping the system's country and formats when the
     *  system already speaks that language (en_GB keeps its day-first dates). */
    static QLocale localeFor(const QString &choice);
};

/** Makes `locale` the default (money, numbers and dates follow it) and installs Qt's and Gonggu's
 *  translations for its language, replacing any installed before; returns whether Gonggu's own
 *  translation was found (English needs none: it is the source language). Call it before creating
 *  windows: widgets built earlier keep their texts. */
bool installTranslations(const QLocale &locale);

} // namespace gonggu
