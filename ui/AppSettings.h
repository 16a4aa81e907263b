#pragma once

#include <QCoreApplication>
#include <QSettings>

namespace gonggu {

/** Gonggu's preferences and window state (~/.config/gonggu/gonggu.conf on Linux).
 *  The organisation is named explicitly: the application identity leaves it empty so that the data
 *  folder is ~/.local/share/gonggu, and QSettings refuses an empty organisation. Tests redirect the
 *  file with QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder). */
class AppSettings : public QSettings
{
public:
    AppSettings()
        : QSettings(QSettings::NativeFormat, QSettings::UserScope, QCoreApplication::applicationName(),
                    QCoreApplication::applicationName())
    {
    }
};

} // namespace gonggu
