// The bank statement importer over any sheet: a plan or an InputError, and deposits that are deposits.
#include "FuzzTarget.h"
#include "FuzzWorkspace.h"
#include "services/bank/BankImporter.h"

using namespace gonggu;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::FuzzWorkspace::instance();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size)
{
    fuzz::importOnce<BankImporter>(data, size, [](const BankImportPlan &plan) {
        for (const PlannedDeposit &deposit : plan.deposits)
            GONGGU_FUZZ_CHECK(deposit.transaction.amount.toWon() > 0); // withdrawals are skipped, not imported
    });
    return 0;
}
