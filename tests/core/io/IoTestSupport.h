#pragma once

#include "TestPaths.h"
#include "domain/Errors.h"
#include "io/SheetTable.h"

#include <QFile>
#include <QStringList>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace gonggu::test {

/** A row's cells from UTF-16 literals, so expected Hangul reads as written. */
inline QStringList cells(std::initializer_list<const char16_t *> texts)
{
    QStringList list;
    for (const char16_t *text : texts)
        list.append(QString::fromUtf16(text));
    return list;
}

/** tests/data/io/<name>: fixtures made by tests/data/make_fixtures.py. */
inline QString ioFixture(const QString &name)
{
    return dataDir() + QStringLiteral("/io/") + name;
}

/** tests/data/bank/<name>: one set of six transactions in every statement format (make_fixtures.py). */
inline QString bankFixture(const QString &name)
{
    return dataDir() + QStringLiteral("/bank/") + name;
}

/** tests/data/samples/<name>: the shared sample files, copied into the repository. */
inline QString sampleFile(const QString &name)
{
    return dataDir() + QStringLiteral("/samples/") + name;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

/** A row as a test expects it: the line the user would see, and the cells' text. */
struct ExpectedRow
{
    int line;
    QStringList cells;
};

inline std::vector<std::string> utf8(const QStringList &cells)
{
    std::vector<std::string> out;
    for (const QString &cell : cells)
        out.push_back(cell.toStdString());
    return out;
}

inline std::string describe(const SheetData &sheet)
{
    std::string text;
    for (const SheetRow &row : sheet.rows)
        text += std::to_string(row.line) + ": [" + row.cells.join(QStringLiteral("|")).toStdString() + "]\n";
    return text;
}

/** Checks every row of \a sheet, cells and line numbers, in order. */
inline void expectRows(const SheetData &sheet, const std::vector<ExpectedRow> &expected)
{
    ASSERT_EQ(sheet.rows.size(), expected.size()) << describe(sheet);
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(sheet.rows[i].line, expected[i].line) << "row " << i << "\n" << describe(sheet);
        EXPECT_EQ(utf8(sheet.rows[i].cells), utf8(expected[i].cells)) << "line " << expected[i].line;
    }
}

/** The message of the InputError that \a read throws; a test failure if it throws none. */
template <typename Read> QString inputErrorOf(Read &&read)
{
    try {
        read();
    } catch (const InputError &error) {
        return error.message();
    }
    ADD_FAILURE() << "expected an InputError";
    return {};
}

} // namespace gonggu::test
