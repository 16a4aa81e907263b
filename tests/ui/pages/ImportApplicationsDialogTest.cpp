#include "ImportApplicationsDialog.h"
#include "PageTest.h"
#include "TestPaths.h"
#include "services/RoundLedger.h"
#include "storage/ItemRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

namespace gonggu::test {
namespace {

class ImportApplicationsDialogTest : public PageTest
{
protected:
    void SetUp() override
    {
        PageTest::SetUp();
        // Remembered column mappings go to a settings file of this test's own.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        m_round.title = QStringLiteral("리팩터링 공구");
        m_round.id = RoundRepository(sessionWorkspace()).create(m_round);
        Item book;
        book.roundId = m_round.id;
        book.name = QStringLiteral("리팩터링");
        book.unitPrice = Money::won(30'000);
        book.listPrice = Money::won(35'000);
        ItemRepository(sessionWorkspace()).add(book);
    }

    template <typename T> static T *child(QDialog &dialog, const QString &name) { return dialog.findChild<T *>(name); }
    static QPushButton *importButton(QDialog &dialog)
    {
        return child<QPushButton>(dialog, QStringLiteral("importButton"));
    }
    int buyers() { return RoundLedger(sessionWorkspace()).summary(m_round).buyers; }
    static QString fixture(const QString &name) { return dataDir() + QStringLiteral("/applications/") + name; }

    QTemporaryDir m_settingsDir;
    Round m_round;
};

TEST_F(ImportApplicationsDialogTest, PreviewsTheFormAndImportsItUndoablyOnceRejectedRowsAreSkipped)
{
    ImportApplicationsDialog dialog(session(), m_round);
    dialog.loadFile(fixture(QStringLiteral("form-utf8-bom.csv")));

    auto *preview = child<QTableWidget>(dialog, QStringLiteral("previewTable"));
    EXPECT_EQ(preview->rowCount(), 6);
    EXPECT_EQ(preview->horizontalHeaderItem(1)->text(), QStringLiteral("이름"));
    EXPECT_EQ(child<QComboBox>(dialog, QStringLiteral("column_name"))->currentText(), QStringLiteral("이름"));
    EXPECT_EQ(child<QComboBox>(dialog, QStringLiteral("column_copies"))->currentText(), QStringLiteral("구매 수량"));

    const QString summary = child<QLabel>(dialog, QStringLiteral("summaryLabel"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("4 new orders"))) << summary.toStdString();
    auto *rejected = child<QListWidget>(dialog, QStringLiteral("rejectedList"));
    ASSERT_EQ(rejected->count(), 1);
    EXPECT_TRUE(rejected->item(0)->text().startsWith(QStringLiteral("line 7: ")))
        << rejected->item(0)->text().toStdString();

    EXPECT_FALSE(importButton(dialog)->isEnabled()) << "rejected rows must be skipped explicitly";
    child<QCheckBox>(dialog, QStringLiteral("skipRejectedCheck"))->setChecked(true);
    ASSERT_TRUE(importButton(dialog)->isEnabled());
    // "Import 4 rows" once gonggu_en.qm gives the English plural; these tests run untranslated.
    EXPECT_TRUE(importButton(dialog)->text().startsWith(QStringLiteral("Import 4 row")));

    QSignalSpy ordersChanged(&session(), &WorkspaceSession::ordersChanged);
    QSignalSpy peopleChanged(&session(), &WorkspaceSession::peopleChanged);
    importButton(dialog)->click();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(buyers(), 4);
    EXPECT_EQ(ordersChanged.count(), 1);
    EXPECT_EQ(peopleChanged.count(), 1);

    session().undoStack()->undo();
    EXPECT_EQ(buyers(), 0);
    session().undoStack()->redo();
    EXPECT_EQ(buyers(), 4);
}

TEST_F(ImportApplicationsDialogTest, UnrecognisedHeadersNeedTheColumnChooserAndTheMappingIsRemembered)
{
    {
        ImportApplicationsDialog dialog(session(), m_round);
        dialog.loadFile(fixture(QStringLiteral("custom-headers.csv")));
        EXPECT_FALSE(importButton(dialog)->isEnabled());

        child<QComboBox>(dialog, QStringLiteral("column_name"))->setCurrentText(QStringLiteral("Buyer"));
        child<QComboBox>(dialog, QStringLiteral("column_copies"))->setCurrentText(QStringLiteral("How many"));
        EXPECT_TRUE(
            child<QLabel>(dialog, QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("2 new orders")));
        ASSERT_TRUE(importButton(dialog)->isEnabled());
        importButton(dialog)->click();
        ASSERT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(buyers(), 2);
    }

    ImportApplicationsDialog again(session(), m_round);
    again.loadFile(fixture(QStringLiteral("custom-headers.csv")));
    EXPECT_EQ(child<QComboBox>(again, QStringLiteral("column_copies"))->currentText(), QStringLiteral("How many"));
    EXPECT_TRUE(child<QLabel>(again, QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("2 unchanged")));
    EXPECT_FALSE(importButton(again)->isEnabled()) << "importing the same file twice changes nothing";
}

TEST_F(ImportApplicationsDialogTest, UndoingAnUpdatePutsTheOrderBackAsItWas)
{
    const auto importFile = [this](const QString &path) {
        ImportApplicationsDialog dialog(session(), m_round);
        dialog.loadFile(path);
        child<QComboBox>(dialog, QStringLiteral("column_name"))->setCurrentText(QStringLiteral("Buyer"));
        child<QComboBox>(dialog, QStringLiteral("column_copies"))->setCurrentText(QStringLiteral("How many"));
        return child<QLabel>(dialog, QStringLiteral("summaryLabel"))->text() +
               (importButton(dialog)->isEnabled() ? (importButton(dialog)->click(), QString()) : QStringLiteral("!"));
    };
    importFile(fixture(QStringLiteral("custom-headers.csv")));
    ASSERT_EQ(RoundLedger(sessionWorkspace()).summary(m_round).copies, 3);

    QFile changed(m_settingsDir.filePath(QStringLiteral("changed.csv")));
    ASSERT_TRUE(changed.open(QIODevice::WriteOnly));
    changed.write("Buyer,Handle,How many,Where\nAlice Kim,alice,5,meetup\n");
    changed.close();
    const QString summary = importFile(changed.fileName());
    EXPECT_TRUE(summary.contains(QStringLiteral("1 updated"))) << summary.toStdString();
    EXPECT_EQ(RoundLedger(sessionWorkspace()).summary(m_round).copies, 6);

    session().undoStack()->undo();
    EXPECT_EQ(RoundLedger(sessionWorkspace()).summary(m_round).copies, 3);
    EXPECT_EQ(buyers(), 2);
    session().undoStack()->redo();
    EXPECT_EQ(RoundLedger(sessionWorkspace()).summary(m_round).copies, 6);
}

} // namespace
} // namespace gonggu::test
