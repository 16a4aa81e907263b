#!/usr/bin/python3
"""Generates the file-reader fixtures in tests/data/io/ (CSV in several encodings, XLSX workbooks).

The generated files are committed, so the tests never need Python. Run it again after changing it:
    /usr/bin/python3 tests/data/make_fixtures.py      (needs python3-openpyxl and iconv from Debian)

openpyxl 3.0 writes every string inline and leaves formulas without a cached value, so the workbooks
are post-processed into what Excel writes: shared strings (one with rich-text runs, one with a phonetic
guide), cached formula results, and the first sheet stored under a name that is not sheet1.xml.
"""

import datetime
import io
import pathlib
import random
import re
import subprocess
import xml.etree.ElementTree as ET
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

OUT = pathlib.Path(__file__).resolve().parent / "io"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
ET.register_namespace("", MAIN)
BOM = "\ufeff"
FORMULA_NICKNAME = "=cmd|' /C calc'!A0"


def write_bytes(name, data):
    (OUT / name).write_bytes(data)


def csv_fixtures():
    crlf_form = (
        "타임스탬프,이름,닉네임,휴대폰 번호,구매 수량,수령 방법,주소,비고\r\n"
        "2026-11-01 10:01:02,홍길동,gildong,010-1111-2222,1,현장 수령,,\r\n"
        '2026-11-01 11:15:40,김영희,"' + FORMULA_NICKNAME.replace('"', '""') + '",01033334444,2,택배,'
        '"경기도 성남시 분당구 판교로 1\r\n2층, 201호",세금계산서 필요\r\n'
        "\r\n"
        " , ,\r\n"
        '2026-11-02 14:30:00,박철수,"cs ""the reader"" park",010.5555.6666,1권,택배,"서울시 마포구 월드컵로 1, 3층",\r\n'
        '2026-11-03 09:00:00,이몽룡,mong,010-7777-8888,3,택배,"부산시 해운대구\n우동 1\n\n(경비실)",\r\n'
        "2026-11-03 09:05:00,성춘향,chun,,1,현장 수령,,,\r\n"
    )
    write_bytes("applications-utf8bom.csv", (BOM + crlf_form).encode("utf-8"))

    bank = (
        "No.,거래일시,적요,기재내용,찾으신금액,맡기신금액,거래후 잔액,취급점\r\n"
        "1,2026.11.05 14:22:01,인터넷,이몽룡,0,25000,525000,인터넷\r\n"
        "2,2026.11.05 15:30:00,모바일,똠방각하,0,30000,555000,모바일\r\n"
        '3,2026.11.06 08:12:45,모바일,"성춘향(향단대납), 2권",0,50000,605000,모바일\r\n'
    )
    # iconv, like the banks' own Windows tools: 똠 exists only in CP949 (UHC), not in EUC-KR proper.
    cp949 = subprocess.run(["iconv", "-f", "UTF-8", "-t", "CP949"], input=bank.encode("utf-8"),
                           capture_output=True, check=True).stdout
    write_bytes("bank-cp949.csv", cp949)

    # Excel's "Unicode text": UTF-16LE with a BOM, tab-separated, amounts with unquoted thousands commas.
    unicode_text = (
        "거래일자\t거래시간\t적요\t출금(원)\t입금(원)\t내용\t잔액(원)\r\n"
        "2026-11-02\t10:11:12\t타행이체\t\t30,000\t홍길동\t1,030,000\r\n"
        "2026-11-02\t11:00:00\t체크카드\t4,500\t\t커피\t1,025,500\r\n"
        "2026-11-03\t09:30:00\t모바일\t\t60,000\t김 영 희\t1,085,500\r\n"
    )
    write_bytes("bank-utf16le-tab.txt", (BOM + unicode_text).encode("utf-16-le"))

    write_bytes("semicolon.csv", '이름;금액;메모\n홍길동;30000;"a;b"\n김영희;25000;\n'.encode("utf-8"))
    write_bytes("classic-mac-cr.csv", '이름,수량\r홍길동,1\r"김\r영희",2\r박철수,3'.encode("utf-8"))
    write_bytes("unterminated-quote.csv",
                '이름,주소\r\n홍길동,서울\r\n김영희,"경기도 성남시\r\n분당구,2\r\n박철수,부산\r\n'.encode("utf-8"))
    write_bytes("latin1.csv", "Name;Dish\nRené;Crème brûlée\n".encode("latin-1"))
    write_bytes("empty.csv", b"")
    write_bytes("bom-only.csv", BOM.encode("utf-8"))
    rng = random.Random(20261101)
    noise = bytes(rng.randrange(256) for _ in range(4096))
    write_bytes("random.bin", b"\x7fRND" + noise)


def stamped(name, data):
    """A zip entry with a fixed time, so that running the generator again changes no committed byte."""
    info = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info, data


def fixed_workbook():
    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = datetime.datetime(2026, 11, 1)
    return wb


def rewrite_zip(path, replace, added=dict):
    """Rewrites the zip at path: replace(name, bytes) gives each part's new (name, bytes); the parts
    added() returns, once all others are written, go at the end."""
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(*stamped(*replace(info.filename, source.read(info.filename))))
        for name, data in added().items():
            out.writestr(*stamped(name, data))
    path.write_bytes(target.getvalue())


class ToSharedStrings:
    """Turns the inline strings of the first sheet into shared strings, as Excel stores them."""

    def __init__(self, keep_inline, special_items, cached):
        self.keep_inline = keep_inline          # cell refs left as t="inlineStr"
        self.special_items = special_items      # marker text -> <si> inner XML
        self.cached = cached                    # formula cell ref -> (type, cached value)
        self.items = []

    def sheet(self, data):
        root = ET.fromstring(data)
        for cell in root.iter(f"{{{MAIN}}}c"):
            ref = cell.get("r")
            if ref in self.cached:
                kind, value = self.cached[ref]
                if kind:
                    cell.set("t", kind)
                if cell.find(f"{{{MAIN}}}v") is None:
                    ET.SubElement(cell, f"{{{MAIN}}}v")
                cell.find(f"{{{MAIN}}}v").text = value
            if cell.get("t") != "inlineStr" or ref in self.keep_inline:
                continue
            text = "".join(t.text or "" for t in cell.iter(f"{{{MAIN}}}t"))
            cell.remove(cell.find(f"{{{MAIN}}}is"))
            cell.set("t", "s")
            ET.SubElement(cell, f"{{{MAIN}}}v").text = str(len(self.items))
            self.items.append(self.special_items.get(text, "<t xml:space=\"preserve\">%s</t>" % escape(text)))
        return ET.tostring(root, xml_declaration=True, encoding="UTF-8")

    def shared_strings_part(self):
        body = "".join(f"<si>{item}</si>" for item in self.items)
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" '
                f'count="{len(self.items)}" uniqueCount="{len(self.items)}">{body}</sst>').encode("utf-8")


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def applications_workbook(path):
    wb = fixed_workbook()
    ws = wb.active
    ws.title = "신청"
    ws.append(["신청일시", "이름", "닉네임", "휴대폰", "수량", "단가", "합계", "수령 방법", "주소", "입금일", "입금 시각", "동의"])
    ws.append([datetime.datetime(2026, 11, 1, 10, 1, 2), "홍길동", "gildong", "010-1111-2222", 1, 15000, "=E2*F2",
               "현장 수령", None, datetime.date(2026, 11, 3), datetime.time(10, 11, 12), True])
    ws.append([datetime.datetime(2026, 11, 1, 11, 15, 40), "김영희", FORMULA_NICKNAME, 1033334444, 2, 15000,
               "=E3*F3", "택배", "경기도 성남시 분당구 판교로 1\n2층", datetime.date(2026, 11, 4), None, False])
    ws["C3"].data_type = "s"  # openpyxl would take it for a formula; a form export stores it as text
    ws["J2"].number_format = "mm-dd-yy"  # built-in format 14, the locale's short date
    ws["J3"].number_format = 'yyyy"년" m"월" d"일"'
    ws["F2"].number_format = '#,##0"원"'  # a number format with a "d" only inside quotes: still a number
    # Row 4 stays empty. Row 5 skips cells: only A, D (kept inline) and I.
    ws["A5"] = datetime.datetime(2026, 11, 2, 14, 30, 0)
    ws["D5"] = "010.5555.6666"
    ws["I5"] = "서울시 마포구 1"
    ws.append(["2026-11-02", "@@RICH@@", "@@PHONETIC@@", 12345678901234, "1권", 0.1 + 0.2, -5000, 2.5])
    ws.append(["   "])  # whitespace only: skipped
    ws.append(['=UPPER("abc")', "#DIV/0!", "@@ESCAPED@@", 1e20, 1.5e-7])
    memo = wb.create_sheet("메모")
    memo.append(["이 시트는 무시됩니다"])
    wb.save(path)

    shared = ToSharedStrings(
        keep_inline={"D5"},
        special_items={
            "@@RICH@@": "<r><rPr><b/></rPr><t>박</t></r><r><t xml:space=\"preserve\">철수</t></r>",
            "@@PHONETIC@@": "<t>cs_park</t><rPh sb=\"0\" eb=\"2\"><t>シーエス</t></rPh>",
            "@@ESCAPED@@": "<t>첫줄_x000D_둘째줄 _x005F_x0041_</t>",
        },
        cached={"G2": (None, "15000"), "G3": (None, "30000"), "A8": ("str", "ABC"),
                # what Excel stores for =0.1+0.2; openpyxl would round it away
                "F6": (None, "0.30000000000000004")})

    # Store the first sheet as sheet2.xml and the second as sheet1.xml: a reader that guesses part
    # names instead of following workbook.xml and its relationships reads the wrong sheet.
    swap = {"xl/worksheets/sheet1.xml": "xl/worksheets/sheet2.xml", "xl/worksheets/sheet2.xml": "xl/worksheets/sheet1.xml"}

    def replace(name, data):
        if name == "xl/worksheets/sheet1.xml":
            return swap[name], shared.sheet(data)
        if name in swap:
            return swap[name], data
        if name == "xl/_rels/workbook.xml.rels":
            text = data.decode("utf-8")
            text = re.sub(r"sheet([12])\.xml", lambda m: "sheet%d.xml" % (3 - int(m.group(1))), text)
            text = text.replace("</Relationships>",
                                '<Relationship Id="rIdSst" Target="sharedStrings.xml" Type="http://schemas.'
                                'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/></Relationships>')
            return name, text.encode("utf-8")
        if name == "[Content_Types].xml":
            text = data.decode("utf-8").replace(
                "</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            return name, text.encode("utf-8")
        return name, data

    # The shared strings are known only once the sheet has been rewritten.
    rewrite_zip(path, replace, lambda: {"xl/sharedStrings.xml": shared.shared_strings_part()})


def dates_1904_workbook(path):
    wb = fixed_workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "입금"
    ws.append(["입금일", "입금 일시", "금액"])
    ws.append([datetime.date(2026, 11, 1), datetime.datetime(2026, 11, 1, 9, 30, 0), 30000])
    ws["A2"].number_format = "yyyy-mm-dd"
    wb.save(path)
    rewrite_zip(path, lambda name, data: (name, data))


def main():
    OUT.mkdir(exist_ok=True)
    csv_fixtures()
    applications_workbook(OUT / "applications.xlsx")
    dates_1904_workbook(OUT / "dates-1904.xlsx")


if __name__ == "__main__":
    main()
