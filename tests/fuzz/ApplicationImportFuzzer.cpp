// The application importer over any sheet: a plan or an InputError; an applied plan is rolled back afterwards
// so that every input meets the same demo round.
#include "FuzzCheck.h"
#include "FuzzTarget.h"
#include "FuzzWorkspace.h"
#include "domain/Errors.h"
#include "services/applications/ApplicationImporter.h"
#include "storage/Transaction.h"

using namespace gonggu;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::FuzzWorkspace::instance();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (fuzz::isLegacyXls(bytes))
        return 0;
    fuzz::FuzzWorkspace &fixture = fuzz::FuzzWorkspace::instance();
    ApplicationImporter importer(fixture.workspace());
    try {
        const SheetData sheet = SheetReader::readBytes(bytes, QStringLiteral("fuzz.csv"));
        const ApplicationImportPlan plan = importer.plan(fixture.round(), sheet);
        for (const RejectedRow &rejected : plan.rejected)
            GONGGU_FUZZ_CHECK(!rejected.reason.isEmpty());
        for (const PlannedApplication &row : plan.rows)
            GONGGU_FUZZ_CHECK(row.personId.has_value() != (row.newPersonIndex >= 0));
        Transaction undone(fixture.workspace()); // never committed: rolled back when it goes
        importer.apply(fixture.round(), plan);
    } catch (const InputError &error) {
        GONGGU_FUZZ_CHECK(!QString::fromUtf8(error.what()).isEmpty());
    }
    return 0;
}
