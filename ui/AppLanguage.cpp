#include "AppLanguage.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace gonggu {
namespace {

// Owned by the application object; kept here so that a second call replaces rather than stacks them.
QPointer<QTranslator> qtTranslator;
QPointer<QTranslator> appTranslator;

bool systemSpeaksKorean()
{
    // uiLanguages() honours LANGUAGE as well as LANG/LC_*, the way desktop environments pass the choice.
    const QStringList languages = QLocale::system().uiLanguages();
    return !languages.isEmpty() && languages.first().startsWith(QStringLiteral("ko"));
}

void replace(QPointer<QTranslator> &slot, const QLocale &locale, const QString &name, const QString &folder,
             bool &loaded)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = new QTranslator(QCoreApplication::instance());
    loaded = slot->load(locale, name, QStringLiteral("_"), folder);
    if (loaded)
        QCoreApplication::installTranslator(slot);
}

} // namespace

bool AppLanguage::isValidChoice(const QString &choice)
{
    return choice == automatic || choice == korean || choice == english;
}

QString AppLanguage::storedChoice()
{
    const QString choice = AppSettings().value(settingsKey, automatic).toString();
    return isValidChoice(choice) ? choice : automatic;
}

void AppLanguage::storeChoice(const QString &choice)
{
    AppSettings().setValue(settingsKey, isValidChoice(choice) ? choice : automatic);
}

QLocale AppLanguage::localeFor(const QString &choice)
{
    const bool wantKorean = choice == korean || (choice != english && systemSpeaksKorean());
    const QLocale system = QLocale::system();
    if (wantKorean)
        return system.language() == QLocale::Korean ? system : QLocale(QLocale::Korean, QLocale::SouthKorea);
    return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
}

bool installTranslations(const QLocale &locale)
{
    QLocale::setDefault(locale);
    bool qtLoaded = false;
    bool appLoaded = false;
    replace(qtTranslator, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath),
            qtLoaded);
    replace(appTranslator, locale, QStringLiteral("gonggu"), QStringLiteral(":/i18n"), appLoaded);
    return appLoaded;
}

} // namespace gonggu
