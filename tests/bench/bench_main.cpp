// gonggu-bench: the core benchmarks against the budgets (docs/PERFORMANCE.md). Not a test: it asserts nothing
// and takes minutes; tests/bench/run-benchmarks.sh runs it in a Release build.
//
//   gonggu-bench [--workspace=FILE] [--data-dir=DIR] [--buyers=N] [--rows=N] [Google Benchmark flags]
//
// --workspace: a scale workspace made by `gonggu-cli demo --buyers N` (otherwise the demo is made here).
// --data-dir: where the application form, the bank statement and the copies for imports go (default: a
// temporary folder). --rows: rows of the form and the statement (100,000).

#include "AppIdentity.h"
#include "ScaleFixture.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <exception>
#include <vector>

namespace {

/** Takes this program's own --name=value options out of argv, leaving Google Benchmark's. */
gonggu::bench::ScaleFixture::Options takeOptions(int &argc, char **argv)
{
    gonggu::bench::ScaleFixture::Options options;
    std::vector<char *> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const auto value = [&](const char *name) -> const char * {
            const std::size_t length = std::strlen(name);
            return std::strncmp(argv[i], name, length) == 0 && argv[i][length] == '=' ? argv[i] + length + 1 : nullptr;
        };
        if (const char *path = value("--workspace"))
            options.workspace = QString::fromLocal8Bit(path);
        else if (const char *dir = value("--data-dir"))
            options.dataDir = QString::fromLocal8Bit(dir);
        else if (const char *buyers = value("--buyers"))
            options.buyers = std::atoi(buyers);
        else if (const char *rows = value("--rows"))
            options.rows = std::atoi(rows);
        else
            rest.push_back(argv[i]);
    }
    argc = int(rest.size());
    std::copy(rest.begin(), rest.end(), argv);
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    const gonggu::bench::ScaleFixture::Options options = takeOptions(argc, argv);
    QCoreApplication app(argc, argv);
    gonggu::setApplicationIdentity();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    if (options.buyers <= 0 || options.rows <= 0) {
        std::fprintf(stderr, "--buyers and --rows take a positive number\n");
        return 2;
    }
    try {
        gonggu::bench::ScaleFixture::prepare(options);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "cannot prepare the benchmarks: %s\n", error.what());
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
