#include "services/messages/RoundTemplates.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"
#include "services/messages/DefaultTemplates.h"
#include "services/messages/TemplateRenderer.h"
#include "storage/MessageTemplateRepository.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** A round's own wording: stored, replaced, refused when it has a typo, and reset to the default. */
class RoundTemplatesTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_round = addRound(workspace(), QStringLiteral("1차 공구"));
        addItem(workspace(), m_round.id, QStringLiteral("책"), 20000);
    }
    Round m_round;
};

TEST_F(RoundTemplatesTest, EveryKindHasADefaultInBothLanguagesWithKnownPlaceholdersOnly)
{
    for (const QString &key : contactKindKeys()) {
        const ContactKind kind = *contactKindFromKey(key);
        for (const Language language : {Language::Korean, Language::English}) {
            for (const bool severalItems : {false, true}) {
                const MessageTemplate defaults = defaultTemplate(kind, language, severalItems);
                EXPECT_EQ(defaults.kind, kind);
                EXPECT_FALSE(defaults.body.isEmpty()) << key.toStdString();
                EXPECT_FALSE(defaults.subject.isEmpty()) << key.toStdString();
                EXPECT_TRUE(RoundTemplates::unknownPlaceholders(defaults).isEmpty()) << key.toStdString();
            }
        }
    }
    EXPECT_TRUE(defaultTemplate(ContactKind::Progress, Language::Korean)
                    .body.contains(QStringLiteral("현재 {buyers}명 {total_copies}권 신청")));
    EXPECT_TRUE(
        defaultTemplate(ContactKind::Progress, Language::Korean, true).body.contains(QStringLiteral("{item_lines}")));
}

TEST_F(RoundTemplatesTest, SaveReplaceAndReset)
{
    RoundTemplates templates(workspace());
    const MessageTemplate defaults = templates.effective(m_round, ContactKind::PaymentRequest, Language::Korean);
    EXPECT_EQ(defaults.body, defaultTemplate(ContactKind::PaymentRequest, Language::Korean).body);
    EXPECT_FALSE(templates.isCustomised(m_round.id, ContactKind::PaymentRequest, Language::Korean));

    templates.save(m_round.id, {ContactKind::PaymentRequest, Language::Korean, QStringLiteral("입금"),
                                QStringLiteral("{nickname}님 {amount} 부탁드려요")});
    templates.save(m_round.id, {ContactKind::PaymentRequest, Language::Korean, QStringLiteral("입금 안내"),
                                QStringLiteral("{nickname}님, {amount} 입금 부탁드립니다")});
    reopen();
    RoundTemplates reopened(workspace());
    EXPECT_TRUE(reopened.isCustomised(m_round.id, ContactKind::PaymentRequest, Language::Korean));
    EXPECT_FALSE(reopened.isCustomised(m_round.id, ContactKind::PaymentRequest, Language::English));
    const MessageTemplate own = reopened.effective(m_round, ContactKind::PaymentRequest, Language::Korean);
    EXPECT_EQ(own.subject, QStringLiteral("입금 안내"));
    EXPECT_EQ(own.body, QStringLiteral("{nickname}님, {amount} 입금 부탁드립니다"));
    EXPECT_EQ(MessageTemplateRepository(workspace()).forRound(m_round.id).size(), 1u);

    EXPECT_TRUE(reopened.reset(m_round.id, ContactKind::PaymentRequest, Language::Korean));
    EXPECT_FALSE(reopened.reset(m_round.id, ContactKind::PaymentRequest, Language::Korean));
    EXPECT_EQ(reopened.effective(m_round, ContactKind::PaymentRequest, Language::Korean).body, defaults.body);
}

TEST_F(RoundTemplatesTest, RefusesUnknownPlaceholdersAndEmptyBodies)
{
    RoundTemplates templates(workspace());
    try {
        templates.save(m_round.id, {ContactKind::UnpaidReminder, Language::Korean, QStringLiteral("{rund}"),
                                    QStringLiteral("{nickname}님 {typo}")});
        FAIL() << "a template with unknown placeholders was stored";
    } catch (const InputError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("{typo}")));
        EXPECT_TRUE(error.message().contains(QStringLiteral("{rund}")));
    }
    EXPECT_THROW(
        templates.save(m_round.id, {ContactKind::UnpaidReminder, Language::Korean, QString(), QStringLiteral("  ")}),
        InputError);
    EXPECT_THROW(templates.save(m_round.id + 99, {ContactKind::UnpaidReminder, Language::Korean, QString(),
                                                  QStringLiteral("{nickname}")}),
                 InputError);
    EXPECT_TRUE(MessageTemplateRepository(workspace()).forRound(m_round.id).empty());
}

TEST_F(RoundTemplatesTest, SeveralItemsGetTheItemByItemDefault)
{
    RoundTemplates templates(workspace());
    EXPECT_FALSE(templates.effective(m_round, ContactKind::Progress, Language::Korean).body.contains(u"{item_lines}"));
    addItem(workspace(), m_round.id, QStringLiteral("둘째 책"), 10000);
    EXPECT_TRUE(templates.effective(m_round, ContactKind::Progress, Language::Korean).body.contains(u"{item_lines}"));
}

} // namespace
