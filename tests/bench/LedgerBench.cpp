// Reading a round of 100,000 buyers: open + summary (budget 150 ms), the unpaid list (50 ms), the rounds list
// the window starts with, and the orders table's model.

#include "ScaleFixture.h"
#include "models/OrdersTableModel.h"
#include "models/PeopleTableModel.h"
#include "models/RoundListModel.h"
#include "services/RoundLedger.h"
#include "services/UnpaidList.h"
#include "storage/RoundRepository.h"
#include "storage/Workspace.h"

#include <benchmark/benchmark.h>

namespace gonggu::bench {
namespace {

Round scaleRound(const Workspace &workspace)
{
    return *RoundRepository(workspace).find(ScaleFixture::instance().scaleRound());
}

// What `gonggu-cli summary` does, and the window before its first paint: open the file (checks, no migration)
// and sum up the round.
void BM_OpenWorkspaceAndSummary(benchmark::State &state)
{
    for (auto _ : state) {
        const Workspace workspace(ScaleFixture::instance().workspacePath(), ScaleFixture::clock());
        const RoundSummary summary = RoundLedger(workspace).summary(scaleRound(workspace));
        benchmark::DoNotOptimize(summary.outstanding);
    }
}
BENCHMARK(BM_OpenWorkspaceAndSummary)->Unit(benchmark::kMillisecond);

void BM_UnpaidList(benchmark::State &state)
{
    const Workspace workspace(ScaleFixture::instance().workspacePath(), ScaleFixture::clock());
    const Round round = scaleRound(workspace);
    const UnpaidList unpaid(workspace, ScaleFixture::clock());
    std::size_t buyers = 0;
    for (auto _ : state) {
        const std::vector<UnpaidBuyer> list = unpaid.unpaidBuyers(round);
        buyers = list.size();
        benchmark::DoNotOptimize(list.data());
    }
    state.counters["buyers"] = double(buyers);
}
BENCHMARK(BM_UnpaidList)->Unit(benchmark::kMillisecond);

// The rounds list on the left of the window: a summary of every round, read before the window first shows.
void BM_RoundListModel(benchmark::State &state)
{
    Workspace workspace(ScaleFixture::instance().workspacePath(), ScaleFixture::clock());
    for (auto _ : state) {
        const RoundListModel model(workspace);
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_RoundListModel)->Unit(benchmark::kMillisecond);

// The orders table's rows (one per buyer), read when the round is chosen.
void BM_LoadOrdersModel(benchmark::State &state)
{
    const Workspace workspace(ScaleFixture::instance().workspacePath(), ScaleFixture::clock());
    const Round round = scaleRound(workspace);
    OrdersTableModel model(workspace);
    for (auto _ : state) {
        model.showRound(round);
        benchmark::DoNotOptimize(model.rowCount());
    }
    state.counters["rows"] = model.rowCount();
}
BENCHMARK(BM_LoadOrdersModel)->Unit(benchmark::kMillisecond);

// What the first search keystroke adds: the model builds every row's search key on first use.
void BM_OrdersSearchKeys(benchmark::State &state)
{
    const Workspace workspace(ScaleFixture::instance().workspacePath(), ScaleFixture::clock());
    const Round round = scaleRound(workspace);
    OrdersTableModel model(workspace);
    for (auto _ : state) {
        state.PauseTiming();
        model.showRound(round);
        state.ResumeTiming();
        benchmark::DoNotOptimize(model.searchKeyAt(0).size());
    }
}
BENCHMARK(BM_OrdersSearchKeys)->Unit(benchmark::kMillisecond);

// The People tab: the whole directory, sorted by name.
void BM_LoadPeopleModel(benchmark::State &state)
{
    const Workspace workspace(ScaleFixture::instance().workspacePath(), ScaleFixture::clock());
    for (auto _ : state) {
        const PeopleTableModel model(workspace);
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_LoadPeopleModel)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace gonggu::bench
