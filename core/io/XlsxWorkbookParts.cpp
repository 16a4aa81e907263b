#include "XlsxWorkbookParts.h"

#include "XlsxXml.h"

namespace gonggu {
namespace {

// The cell styles (cellXfs) in the order of XlsxWorkbookParts::Style. Money is the built-in "#,##0" (numFmtId 3).
const char stylesXml[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="3"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border><border><left/><right/><top style="thin"><color auto="1"/></top><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center"/></xf><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="2" xfId="0" applyFont="1" applyBorder="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="2" xfId="0" applyFont="1" applyBorder="1"/><xf numFmtId="3" fontId="1" fillId="0" borderId="2" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>
)";

const char rootRelationshipsXml[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
)";

/** A sheet name as a formula refers to it: 'name', apostrophes doubled. */
QByteArray quotedSheet(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'\'', QStringLiteral("''"));
    return xlsxXmlText(u'\'' + quoted + u'\'');
}

} // namespace

QByteArray XlsxWorkbookParts::styles()
{
    return stylesXml;
}

QByteArray XlsxWorkbookParts::rootRelationships()
{
    return rootRelationshipsXml;
}

QByteArray XlsxWorkbookParts::workbook(const QStringList &names, const TableDocument &document)
{
    QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                     "\n<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                     "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                     "<bookViews><workbookView/></bookViews><sheets>";
    for (int i = 0; i < names.size(); ++i)
        xml += "<sheet name=\"" + xlsxXmlText(names[i]) + "\" sheetId=\"" + QByteArray::number(i + 1) +
               "\" r:id=\"rId" + QByteArray::number(i + 1) + "\"/>";
    xml += "</sheets><definedNames>";
    // The filter's range, as Excel records it, and the header row repeated on every printed page.
    for (int i = 0; i < names.size(); ++i) {
        const DocumentTable &table = document.tables[std::size_t(i)];
        const QByteArray sheet = quotedSheet(names[i]);
        if (table.rowCount() > 0)
            xml += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + QByteArray::number(i) +
                   "\" hidden=\"1\">" + sheet + "!$A$1:$" + xlsxColumnLetters(table.columnCount() - 1) + '$' +
                   QByteArray::number(table.rowCount() + 1) + "</definedName>";
        xml += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"" + QByteArray::number(i) + "\">" + sheet +
               "!$1:$1</definedName>";
    }
    // Excel recalculates the totals on opening; the stored values serve every other viewer.
    xml += "</definedNames><calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>\n";
    return xml;
}

QByteArray XlsxWorkbookParts::workbookRelationships(int sheets)
{
    QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                     "\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (int i = 1; i <= sheets; ++i)
        xml += "<Relationship Id=\"rId" + QByteArray::number(i) +
               "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
               "Target=\"worksheets/sheet" +
               QByteArray::number(i) + ".xml\"/>";
    xml += "<Relationship Id=\"rId" + QByteArray::number(sheets + 1) +
           "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
           "Target=\"styles.xml\"/></Relationships>\n";
    return xml;
}

QByteArray XlsxWorkbookParts::contentTypes(int sheets)
{
    QByteArray xml =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
        "\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" "
        "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>";
    for (int i = 1; i <= sheets; ++i)
        xml += "<Override PartName=\"/xl/worksheets/sheet" + QByteArray::number(i) +
               ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    xml += "</Types>\n";
    return xml;
}

QByteArray XlsxWorkbookParts::coreProperties(const TableDocument &document, const QDateTime &created)
{
    const QString title =
        document.subtitle.isEmpty() ? document.title : document.title + QStringLiteral(" — ") + document.subtitle;
    const QByteArray stamp = created.toString(Qt::ISODate).toUtf8();
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
           "\n<cp:coreProperties "
           "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>" +
           xlsxXmlText(title) + "</dc:title><dc:creator>" + xlsxXmlText(document.author) +
           "</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + stamp +
           "</dcterms:created></cp:coreProperties>\n";
}

} // namespace gonggu
