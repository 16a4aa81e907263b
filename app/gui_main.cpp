// gonggu: the desktop app. Parses the command line, opens the workspace and shows its window.

#include "AppIdentity.h"
#include "MainWindow.h"
#include "domain/Errors.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The same identity as gonggu-cli, so both find the same default workspace.
    gonggu::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Gonggu"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gonggu.svg")));

    // Qt's own strings (dialog buttons) and ours; either may be missing, English is the fallback.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("gonggu"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Coordinate community group buys."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QApplication::translate("main", "Open the workspace file <path>."),
                                             QStringLiteral("path"));
    parser.addOption(workspaceOption);
    parser.process(app);

    QString path = parser.value(workspaceOption);
    if (path.isEmpty()) {
        path = gonggu::Workspace::defaultPath();
        QDir().mkpath(QFileInfo(path).absolutePath()); // the first start creates the app data folder
    }

    try {
        auto *window = new gonggu::MainWindow(std::make_unique<gonggu::Workspace>(path));
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    } catch (const gonggu::Error &error) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the workspace"),
                              QStringLiteral("%1\n\n%2").arg(QDir::toNativeSeparators(path), error.message()));
        return 2;
    }
    const int status = QApplication::exec();
    // Closed windows delete themselves later; flush that so each workspace is closed cleanly
    // (SQLite folds its write-ahead log back into the file on the last close).
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return status;
}
