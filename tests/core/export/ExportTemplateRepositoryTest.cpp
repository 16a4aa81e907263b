#include "storage/ExportTemplateRepository.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"
#include "storage/Migrations.h"
#include "storage/RawSqlite.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** ExportTemplateRepository: one template per supplier and kind, and the schema step that brought the table. */
class ExportTemplateRepositoryTest : public TempWorkspaceTest
{
protected:
    static ExportTemplate publisherTemplate()
    {
        ExportTemplate saved;
        saved.supplier = QStringLiteral("가나다출판사");
        saved.kind = ExportKind::Publisher;
        saved.paidOnly = true;
        saved.columns = {{QStringLiteral("item"), QStringLiteral("도서명, 부제")},
                         {QStringLiteral("quantity"), {}},
                         {QStringLiteral("amount"), QStringLiteral("\"금액\"")}};
        saved.contact = QStringLiteral("공구지기 010-9999-0000");
        return saved;
    }
};

TEST_F(ExportTemplateRepositoryTest, SavedTemplateComesBackAsItWas)
{
    ExportTemplateRepository templates(workspace());
    templates.save(publisherTemplate());
    reopen();
    const std::optional<ExportTemplate> found =
        ExportTemplateRepository(workspace()).find(QStringLiteral("가나다출판사"), ExportKind::Publisher);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(*found, publisherTemplate());
}

TEST_F(ExportTemplateRepositoryTest, OnePerSupplierAndKind)
{
    ExportTemplateRepository templates(workspace());
    templates.save(publisherTemplate());
    ExportTemplate changed = publisherTemplate();
    changed.paidOnly = false;
    changed.columns = {{QStringLiteral("item"), {}}};
    templates.save(changed);
    ExportTemplate handover = publisherTemplate();
    handover.kind = ExportKind::Handover;
    handover.columns = {{QStringLiteral("buyer"), {}}};
    templates.save(handover);
    ExportTemplate other = publisherTemplate();
    other.supplier = QStringLiteral("라마바북스");
    templates.save(other);

    const std::vector<ExportTemplate> all = templates.all();
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(*templates.find(QStringLiteral("가나다출판사"), ExportKind::Publisher), changed);
    EXPECT_FALSE(templates.find(QStringLiteral("가나다출판사"), ExportKind::Recipients).has_value());
}

TEST_F(ExportTemplateRepositoryTest, SupplierIsComparedTrimmed)
{
    ExportTemplateRepository templates(workspace());
    ExportTemplate spaced = publisherTemplate();
    spaced.supplier = QStringLiteral("  가나다출판사 ");
    templates.save(spaced);
    const std::optional<ExportTemplate> found = templates.find(QStringLiteral("가나다출판사"), ExportKind::Publisher);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->supplier, QStringLiteral("가나다출판사"));
}

TEST_F(ExportTemplateRepositoryTest, RemoveGoesBackToTheDefaults)
{
    ExportTemplateRepository templates(workspace());
    templates.save(publisherTemplate());
    EXPECT_TRUE(templates.remove(QStringLiteral("가나다출판사"), ExportKind::Publisher));
    EXPECT_FALSE(templates.remove(QStringLiteral("가나다출판사"), ExportKind::Publisher));
    EXPECT_FALSE(templates.find(QStringLiteral("가나다출판사"), ExportKind::Publisher).has_value());
}

TEST_F(ExportTemplateRepositoryTest, AColumnGivenTwiceOrWithoutKeyIsRefusedAndNothingIsStored)
{
    ExportTemplateRepository templates(workspace());
    ExportTemplate twice = publisherTemplate();
    twice.columns.push_back({QStringLiteral("item"), {}});
    EXPECT_THROW(templates.save(twice), InputError);
    ExportTemplate keyless = publisherTemplate();
    keyless.columns.push_back({QStringLiteral(" "), QStringLiteral("제목")});
    EXPECT_THROW(templates.save(keyless), InputError);
    EXPECT_TRUE(templates.all().empty());
}

TEST_F(ExportTemplateRepositoryTest, AWorkspaceOfVersionFiveGainsTheTableAndKeepsItsRows)
{
    const QString path = pathFor(QStringLiteral("v5.gonggu"));
    {
        RawSqlite raw(path);
        raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Workspace::applicationId));
        for (const MigrationStep &step : migrationSteps()) {
            if (step.toVersion > 5)
                break;
            for (const QString &statement : step.statements)
                raw.exec(statement);
        }
        raw.exec(QStringLiteral("INSERT INTO round (title, supplier, created_at) VALUES ('작년 공구', '가나다출판사', "
                                "'2025-11-01T00:00:00Z')"));
        raw.exec(QStringLiteral("PRAGMA user_version = 5"));
    }
    Workspace migrated(path, m_clock);
    EXPECT_EQ(migrated.schemaVersion(), Workspace::currentSchemaVersion);
    EXPECT_FALSE(migrated.migrationBackupPath().isEmpty());
    ExportTemplateRepository templates(migrated);
    EXPECT_TRUE(templates.all().empty());
    templates.save(publisherTemplate());
    EXPECT_EQ(*templates.find(QStringLiteral("가나다출판사"), ExportKind::Publisher), publisherTemplate());
    EXPECT_TRUE(migrated.integrityProblems().isEmpty());
}

TEST_F(ExportTemplateRepositoryTest, TheSchemaRefusesAnUnknownKind)
{
    QSqlQuery insert(workspace().database());
    EXPECT_FALSE(insert.exec(QStringLiteral("INSERT INTO export_template (supplier, kind, updated_at) VALUES "
                                            "('가나다출판사', 'invoice', '2026-11-10T00:00:00Z')")));
    const QString error = insert.lastError().text();
    EXPECT_TRUE(error.contains(QStringLiteral("CHECK"), Qt::CaseInsensitive)) << error.toStdString();
}

} // namespace
