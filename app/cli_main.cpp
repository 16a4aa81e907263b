#include "AppIdentity.h"
#include "cli/CliApplication.h"
#include "domain/Clock.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    gonggu::setApplicationIdentity();

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return 1;
    gonggu::cli::CliApplication cli(out, err, gonggu::SystemClock::instance());
    return cli.run(QCoreApplication::arguments().mid(1));
}
