#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace gonggu::test {

/** How one gonggu-cli run ended. */
struct CliOutcome
{
    bool finished = false; // false: it crashed, was killed or did not end in time
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QStringList errLines() const { return errText().split(u'\n', Qt::SkipEmptyParts); }
};

/** The environment every gonggu-cli started by these tests gets: C.UTF-8, and a data folder of the test's own so
 *  that the user's default workspace is out of reach. */
QProcessEnvironment cliEnvironment(const QString &dataHome);

/** Starts gonggu-cli with \a arguments and waits up to \a timeoutMs for it; a run that takes longer is killed.
 *  \a childSetup, when set, runs in the child before the program starts (e.g. to drop privileges). */
CliOutcome runCli(const QStringList &arguments, const QString &dataHome, int timeoutMs = 60000,
                  const std::function<void()> &childSetup = {});

} // namespace gonggu::test
