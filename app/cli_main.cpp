#include "AppIdentity.h"
#include "cli/CliApplication.h"
#include "domain/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

int main(int argc, char *argv[])
{
    // A PDF export lays out text with the platform's fonts, which takes a QGuiApplication; on the offscreen
    // platform it needs no display. Every other command starts faster on a plain QCoreApplication.
    QStringList words;
    for (int i = 1; i < argc; ++i)
        words << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (gonggu::cli::CliApplication::needsGuiApplication(words)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Its start-up warns when XDG_RUNTIME_DIR is unset (ssh, cron, CI), which nothing here needs; stderr is
        // for the command's own one-line errors.
        QLoggingCategory::setFilterRules(QStringLiteral("default.warning=false"));
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    gonggu::setApplicationIdentity();

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return 1;
    gonggu::cli::CliApplication cli(out, err, gonggu::SystemClock::instance());
    return cli.run(QCoreApplication::arguments().mid(1));
}
