// gonggu: the desktop app. Parses the command line, picks the language, opens the workspace and shows its window.

#include "AppIdentity.h"
#include "AppLanguage.h"
#include "MainWindow.h"
#include "domain/Clock.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>

#include <cstdio>
#include <cstring>

namespace {

// --help and --version must work where there is no display (a terminal over ssh, a packaging check),
// but QApplication aborts without one: look for them before it exists.
bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

// The language is needed before the parser exists (its help text is translated), so --lang is read here.
QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

struct Options
{
    QCommandLineOption workspace{QStringLiteral("workspace"),
                                 QCoreApplication::translate("main", "Open the workspace file <path>, or the shared "
                                                                     "workspace at a postgresql:// URL."),
                                 QStringLiteral("path")};
    QCommandLineOption language{QStringLiteral("lang"),
                                QCoreApplication::translate("main", "Speak <language>: ko (한국어) or en (English)."),
                                QStringLiteral("language")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Coordinate community group buys."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.workspace);
    parser.addOption(options.language);
}

// --lang wins over the language chosen in Preferences, which wins over the system's.
void chooseLanguage(int argc, char **argv)
{
    const QString argument = languageArgument(argc, argv);
    const bool valid = argument == gonggu::AppLanguage::korean || argument == gonggu::AppLanguage::english;
    gonggu::installTranslations(gonggu::AppLanguage::localeFor(valid ? argument : gonggu::AppLanguage::storedChoice()));
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        gonggu::setApplicationIdentity();
        chooseLanguage(argc, argv);
        QCommandLineParser parser;
        const Options options;
        describe(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    // The same identity as gonggu-cli, so both find the same default workspace.
    gonggu::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Gonggu"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gonggu.svg")));
    // Desktops match windows to the installed launcher (and its icon) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.gonggu.Gonggu"));
    chooseLanguage(argc, argv);

    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    parser.process(app);
    const QString language = parser.value(options.language);
    if (parser.isSet(options.language) && language != gonggu::AppLanguage::korean &&
        language != gonggu::AppLanguage::english) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "Unknown language %1: use ko or en.").arg(language)));
        return 2;
    }

    QString path = parser.value(options.workspace);
    if (path.isEmpty()) {
        path = gonggu::Workspace::defaultPath();
        QDir().mkpath(QFileInfo(path).absolutePath()); // the first start creates the app data folder
    }

    // A file that is no workspace, or one another Gonggu window has open, is refused with the reason and the
    // offer of another file; quitting then exits 2, as a refused file always did.
    // A shared workspace's password, when needed, is asked for in a dialog (and never saved).
    QString refusal;
    while (!gonggu::MainWindow::open(path, gonggu::SystemClock::instance(), &refusal)) {
        path = gonggu::MainWindow::offerAnotherWorkspace(nullptr, path, refusal, true);
        if (path.isEmpty())
            return 2;
    }
    const int status = QApplication::exec();
    // Closed windows delete themselves later; flush that so each workspace is closed cleanly
    // (SQLite folds its write-ahead log back into the file on the last close).
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return status;
}
