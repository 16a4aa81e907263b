#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QString>

#include <quazip.h>
#include <quazipfile.h>

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace gonggu::test {

/** Builds a zip in memory, for packages no spreadsheet program would write. */
inline QByteArray zipOf(const std::vector<std::pair<QString, QByteArray>> &parts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    {
        QuaZip zip(&buffer);
        EXPECT_TRUE(zip.open(QuaZip::mdCreate));
        for (const auto &[name, data] : parts) {
            QuaZipFile file(&zip);
            EXPECT_TRUE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
            file.write(data);
            file.close();
        }
        zip.close();
    }
    return bytes;
}

inline const QByteArray mainNamespace("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
inline const QByteArray relationshipNamespace("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

/** A workbook of one sheet called "시트1" whose <sheetData> is \a rows, plus optional extra parts. */
inline QByteArray workbookOf(const QByteArray &rows, std::vector<std::pair<QString, QByteArray>> extra = {})
{
    std::vector<std::pair<QString, QByteArray>> parts = {
        {QStringLiteral("xl/workbook.xml"),
         "<workbook xmlns=\"" + mainNamespace + "\" xmlns:r=\"" + relationshipNamespace +
             "\"><sheets><sheet name=\"시트1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" +
             relationshipNamespace +
             "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
             "<Relationship Id=\"rId2\" Type=\"" +
             relationshipNamespace + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"),
         "<worksheet xmlns=\"" + mainNamespace + "\"><sheetData>" + rows + "</sheetData></worksheet>"},
    };
    parts.insert(parts.end(), extra.begin(), extra.end());
    return zipOf(parts);
}

} // namespace gonggu::test
