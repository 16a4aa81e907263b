#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <minizip/zip.h>

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace gonggu::test {

/** Builds a zip (through a temporary file, minizip's way), for packages no spreadsheet program would write. */
inline QByteArray zipOf(const std::vector<std::pair<QString, QByteArray>> &parts)
{
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("built.zip"));
    const zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    EXPECT_NE(zip, nullptr) << path.toStdString();
    if (!zip)
        return {};
    for (const auto &[name, data] : parts) {
        const zip_fileinfo info{};
        EXPECT_EQ(zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                        Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0),
                  ZIP_OK);
        EXPECT_EQ(zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())), ZIP_OK);
        EXPECT_EQ(zipCloseFileInZip(zip), ZIP_OK);
    }
    EXPECT_EQ(zipClose(zip, nullptr), ZIP_OK);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
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
