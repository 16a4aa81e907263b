// The application importer over any sheet: a plan or an InputError, each planned row tied to one person.
#include "FuzzTarget.h"
#include "FuzzWorkspace.h"
#include "services/applications/ApplicationImporter.h"

using namespace gonggu;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::FuzzWorkspace::instance();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size)
{
    fuzz::importOnce<ApplicationImporter>(data, size, [](const ApplicationImportPlan &plan) {
        for (const PlannedApplication &row : plan.rows)
            GONGGU_FUZZ_CHECK(row.personId.has_value() != (row.newPersonIndex >= 0));
    });
    return 0;
}
