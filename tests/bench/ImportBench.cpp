// Importing 100,000 rows (budget: parse + match + commit ≤ 1 s): an application form into a new round, matched
// against the directory of the scale workspace or creating everyone anew, and a bank statement matched against
// a round of 100,000 buyers who all owe. Each run imports into a fresh copy; copying and opening it is not timed.

#include "ScaleFixture.h"
#include "Stopwatch.h"
#include "io/SheetReader.h"
#include "services/applications/ApplicationImporter.h"
#include "services/bank/BankImporter.h"
#include "storage/RoundRepository.h"
#include "storage/Workspace.h"

#include <benchmark/benchmark.h>

namespace gonggu::bench {
namespace {

/** Read, match and commit times summed over the iterations, reported per iteration in milliseconds. */
struct Phases
{
    double read = 0;
    double match = 0;
    double commit = 0;
    double cpu = 0; // of all three

    void report(benchmark::State &state) const
    {
        const auto perIteration = benchmark::Counter::kAvgIterations;
        state.counters["read_ms"] = benchmark::Counter(read * 1000, perIteration);
        state.counters["match_ms"] = benchmark::Counter(match * 1000, perIteration);
        state.counters["commit_ms"] = benchmark::Counter(commit * 1000, perIteration);
        state.counters["cpu_ms"] = benchmark::Counter(cpu * 1000, perIteration);
    }

    /** Reads `file`, then plans and applies it with `importer`, each phase timed; returns the plan. */
    template <typename Importer>
    auto timeImport(Importer &importer, const Round &round, const QString &file, benchmark::State &state)
    {
        const double cpuBefore = Stopwatch::threadCpuSeconds();
        Stopwatch watch;
        const SheetData sheet = SheetReader::readFile(file);
        const double readSeconds = watch.lap();
        auto plan = importer.plan(round, sheet);
        const double matchSeconds = watch.lap();
        importer.apply(round, plan);
        const double commitSeconds = watch.lap();
        cpu += Stopwatch::threadCpuSeconds() - cpuBefore;

        state.SetIterationTime(readSeconds + matchSeconds + commitSeconds);
        read += readSeconds;
        match += matchSeconds;
        commit += commitSeconds;
        return plan;
    }
};

// Arg 0: the form's people are in the directory already (matched by phone and nickname); 1: an empty workspace,
// so that every row makes a person, an order and its lines.
void BM_ImportApplications(benchmark::State &state)
{
    ScaleFixture &fixture = ScaleFixture::instance();
    const bool newPeople = state.range(0) == 1;
    const QString form = fixture.applicationsFile();
    Phases phases;
    std::size_t orders = 0;
    for (auto _ : state) {
        RoundId roundId = 0;
        const QString path = newPeople
                                 ? fixture.emptyWorkspaceCopy(QStringLiteral("import-applications.gonggu"), &roundId)
                                 : fixture.newRoundCopy(QStringLiteral("import-applications.gonggu"), &roundId);
        Workspace workspace(path, ScaleFixture::clock());
        const Round round = *RoundRepository(workspace).find(roundId);
        ApplicationImporter importer(workspace);

        const ApplicationImportPlan plan = phases.timeImport(importer, round, form, state);
        orders = std::size_t(plan.count(ApplicationAction::NewOrder));
        if (!plan.rejected.empty()) {
            state.SkipWithError("the form has rejected rows");
            break;
        }
    }
    phases.report(state);
    state.counters["new_orders"] = double(orders);
}
BENCHMARK(BM_ImportApplications)->ArgName("new_people")->Arg(0)->Arg(1)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_ImportBankStatement(benchmark::State &state)
{
    ScaleFixture &fixture = ScaleFixture::instance();
    const QString statement = fixture.bankStatementFile();
    Phases phases;
    int matched = 0;
    int review = 0;
    for (auto _ : state) {
        RoundId roundId = 0;
        Workspace workspace(fixture.exportRoundCopy(QStringLiteral("import-bank.gonggu"), &roundId),
                            ScaleFixture::clock());
        const Round round = *RoundRepository(workspace).find(roundId);
        BankImporter importer(workspace);

        const BankImportPlan plan = phases.timeImport(importer, round, statement, state);
        matched = plan.count(DepositAction::Match);
        review = plan.count(DepositAction::Review);
        if (!plan.rejected.empty()) {
            state.SkipWithError("the statement has rejected rows");
            break;
        }
    }
    phases.report(state);
    state.counters["matched"] = matched;
    state.counters["review"] = review;
}
BENCHMARK(BM_ImportBankStatement)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace
} // namespace gonggu::bench
