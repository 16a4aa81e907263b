#include "CliRun.h"

#include "TestPaths.h"

namespace gonggu::test {

QProcessEnvironment cliEnvironment(const QString &dataHome)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

CliOutcome runCli(const QStringList &arguments, const QString &dataHome, int timeoutMs,
                  const std::function<void()> &childSetup)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(dataHome));
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(cliPath(), arguments);
    CliOutcome outcome;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    } else {
        outcome.finished = process.exitStatus() == QProcess::NormalExit;
        outcome.exitCode = outcome.finished ? process.exitCode() : -1;
    }
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

} // namespace gonggu::test
