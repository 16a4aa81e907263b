#pragma once

#include "TempWorkspace.h"
#include "domain/Round.h"
#include "io/SheetTable.h"
#include "io/TableDocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gonggu::test {

/** A round with every kind of buyer a document has to get right, in a fresh workspace:
 *  - 김하나 (hana): pickup, 2 × 실전 리팩터링, paid in full
 *  - 이두리 (duri): courier, 1 × each item, paid in full, a delivery note and a tax invoice request
 *  - 박세나 (sena): pickup, 1 × 테스트 주도 개발, nothing paid
 *  - a name that reads as a formula (=HYPERLINK…, nickname evil): courier, phone "+82 …", an address starting with
 *    '@' and a note with '-', 1 × 실전 리팩터링, 10,000 of 28,700 paid, a cash receipt request
 *  - 김하나 (hana2): pickup, 1 × 실전 리팩터링, paid in full (동명이인)
 *  - 최다섯 (daseot) only applied and 정여섯 (yeoseot) cancelled: in no document. */
class ExportRoundTest : public TempWorkspaceTest
{
protected:
    void SetUp() override;

    Round m_round;
    ItemId m_refactoring = 0; // 25,200
    ItemId m_tdd = 0;         // 21,600
    OrderId m_hanaOrder = 0;
    OrderId m_duriOrder = 0;
    OrderId m_evilOrder = 0;
    OrderId m_senaOrder = 0;

    static const QString evilName;
};

/** The cells of a table's rows (header, data and totals rows as a document shows them), as text. */
std::vector<QStringList> tableText(const DocumentTable &table);

/** Rows of a sheet read back, as text. */
std::vector<QStringList> sheetText(const SheetData &sheet);

/** Rows as lines "a|b|c", for readable failure messages. */
std::string describeRows(const std::vector<QStringList> &rows);

/** The text of a part of a zip (an .xlsx); empty when missing. */
QByteArray zipPart(const QByteArray &zip, const QString &name);

/** A command's standard output, or nothing when the program is not installed (the test then skips). */
std::optional<QString> run(const QString &program, const QStringList &arguments);

/** Lines of text from a cell list: `cells({u"a", u"b"})`. */
QStringList cells(std::initializer_list<const char16_t *> texts);

/** Fails writes past \a bytes for its lifetime (RLIMIT_FSIZE), as a full disk would. */
class FileSizeLimit
{
public:
    explicit FileSizeLimit(quint64 bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    struct Saved;
    std::unique_ptr<Saved> m_saved;
};

} // namespace gonggu::test
