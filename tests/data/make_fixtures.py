#!/usr/bin/python3
"""Generates the file-reader fixtures in tests/data/io/ (CSV in several encodings, XLSX and XLS workbooks)
and the bank statements in tests/data/bank/ (one set of six transactions in every format a bank gives).

The generated files are committed, so the tests never need Python. Run it again after changing it:
    /usr/bin/python3 tests/data/make_fixtures.py
(needs python3-openpyxl, python3-xlwt and iconv from Debian)

openpyxl 3.0 writes every string inline and leaves formulas without a cached value, so the workbooks
are post-processed into what Excel writes: shared strings (one with rich-text runs, one with a phonetic
guide), cached formula results, and the first sheet stored under a name that is not sheet1.xml.
"""

import datetime
import io
import pathlib
import random
import re
import struct
import subprocess
import xml.etree.ElementTree as ET
import zipfile

import openpyxl
import xlwt
from openpyxl.utils.datetime import CALENDAR_MAC_1904

OUT = pathlib.Path(__file__).resolve().parent / "io"
BANK_OUT = pathlib.Path(__file__).resolve().parent / "bank"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
ET.register_namespace("", MAIN)
BOM = "\ufeff"
FORMULA_NICKNAME = "=cmd|' /C calc'!A0"


def write_bytes(name, data):
    (OUT / name).write_bytes(data)


def to_cp949(text):
    """CP949 bytes made by iconv, like the banks' own Windows tools."""
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", "CP949"], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout


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
    # 똠 exists only in CP949 (UHC), not in EUC-KR proper.
    write_bytes("bank-cp949.csv", to_cp949(bank))

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


# Legacy .xls (BIFF8), written by xlwt. xlwt stores no timestamps, so the bytes are the same on every run.
XLS_DATETIME = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm:ss")
XLS_DATE = xlwt.easyxf(num_format_str="yyyy-mm-dd")
XLS_TIME = xlwt.easyxf(num_format_str="hh:mm:ss")
XLS_AMOUNT = xlwt.easyxf(num_format_str="#,##0")


def xls_cell(ws, row, column, value):
    if isinstance(value, datetime.datetime):
        ws.write(row, column, value, XLS_DATETIME)
    elif isinstance(value, datetime.date):
        ws.write(row, column, value, XLS_DATE)
    elif isinstance(value, datetime.time):
        ws.write(row, column, value, XLS_TIME)
    elif value is not None:
        ws.write(row, column, value)


def xls_applications(path):
    """The reader fixture: what applications.xlsx holds, as far as BIFF8 and FreeXL can carry it
    (FreeXL reads no formula results and shows booleans as numbers, so there are none)."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("신청")
    rows = {
        0: ["신청일시", "이름", "닉네임", "휴대폰", "수량", "단가", "입금일", "입금 시각", "주소"],
        1: [datetime.datetime(2026, 11, 1, 10, 1, 2), "홍길동", "gildong", "010-1111-2222", 1, 15000,
            datetime.date(2026, 11, 3), datetime.time(10, 11, 12), None],
        2: [datetime.datetime(2026, 11, 1, 11, 15, 40), "김영희", FORMULA_NICKNAME, 1033334444, 2, 15000,
            datetime.date(2026, 11, 4), None, "경기도 성남시 분당구 판교로 1\n2층"],
        # Row 4 stays empty. Row 5 has cells in A, D and I only.
        4: [datetime.datetime(2026, 11, 2, 14, 30, 0), None, None, "010.5555.6666", None, None, None, None,
            "서울시 마포구 1"],
        5: ["2026-11-02", "박철수", "cs_park", 12345678901234, "1권", 0.1 + 0.2, -5000, 2.5],
        6: ["   "],  # whitespace only: skipped
        7: [1e20, 1.5e-7, 1234.5],
        # Row 9 holds only empty strings (BLANK records): skipped. Row 10 is the last.
        8: ["", ""],
        9: ["끝"],
    }
    for row, values in rows.items():
        for column, value in enumerate(values):
            xls_cell(ws, row, column, value)
    memo = wb.add_sheet("메모")
    memo.write(0, 0, "이 시트는 무시됩니다")
    wb.save(str(path))


def xls_password_protected(path):
    """A workbook with a password to open, as Excel 97-2003 writes it: a FILEPASS record right after the
    globals' BOF, and every later record's data scrambled except those Excel leaves in the clear."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("입금")
    for row in range(20):
        ws.write(row, 0, "비밀 %d" % row)
        ws.write(row, 1, row * 1000)
    bof = wb._Workbook__bof_rec
    # FILEPASS (0x002F): encryption type 0 (XOR), key, verifier. xlwt computes the sheets' stream offsets
    # from the real record lengths, so they stay right.
    wb._Workbook__bof_rec = lambda: bof() + bytes.fromhex("2f00 0600 0000 3412 7856")
    biff_data = wb.get_biff_data
    wb.get_biff_data = lambda: scramble_after_filepass(biff_data())
    wb.save(str(path))


def scramble_after_filepass(stream):
    """Stands in for the encryption: a fixed pseudo-random XOR over each record's data. BOF, FILEPASS,
    INTERFACEHDR and the revision records stay clear, and so does BOUNDSHEET's stream offset."""
    clear = {0x0809, 0x002F, 0x00E1, 0x0138, 0x0194, 0x0195, 0x0196}
    rng = random.Random(20261102)
    out = bytearray()
    pos = 0
    encrypted = False
    while pos + 4 <= len(stream):
        record_type, size = struct.unpack_from("<HH", stream, pos)
        data = bytearray(stream[pos + 4:pos + 4 + size])
        if encrypted and record_type not in clear:
            for i in range(4 if record_type == 0x0085 else 0, len(data)):
                data[i] ^= rng.randrange(256)
        encrypted = encrypted or record_type == 0x002F
        out += stream[pos:pos + 4] + data
        pos += 4 + size
    return bytes(out)


def ole_with_stream(path, stream_name, payload):
    """An OLE compound file holding one stream named stream_name (xlwt can only name it "Workbook")."""
    buffer = io.BytesIO()
    xlwt.CompoundDoc.XlsDoc().save(buffer, payload)
    data = bytearray(buffer.getvalue())
    at = data.index("Workbook\0".encode("utf-16-le"))
    name = (stream_name + "\0").encode("utf-16-le")
    data[at:at + 64] = name + bytes(64 - len(name))
    data[at + 64:at + 66] = len(name).to_bytes(2, "little")  # the name's length in bytes, NUL included
    path.write_bytes(bytes(data))


def xls_fixtures():
    xls_applications(OUT / "applications.xls")
    whole = (OUT / "applications.xls").read_bytes()
    # Cut inside the workbook stream, as an interrupted download leaves it.
    (OUT / "applications-truncated.xls").write_bytes(whole[:len(whole) // 2])
    # The first sheet's LEFTMARGIN record claims 89 bytes instead of 8, so every record after it is read
    # out of step: FreeXL 1.0.6 crashes on this one (a reader must survive it).
    leftmargin = bytes.fromhex("2600 0800")
    assert whole.count(leftmargin) == 2  # one per sheet; the first is the first sheet's
    (OUT / "record-length-damaged.xls").write_bytes(whole.replace(leftmargin, bytes.fromhex("2600 5900"), 1))
    xls_password_protected(OUT / "password-protected.xls")
    # Date cells whose serials run into the billions: FreeXL counts such a date out day by day, for seconds
    # per cell. What a damaged file can do to a reader without a deadline.
    slow = xlwt.Workbook(encoding="utf-8")
    slow_sheet = slow.add_sheet("입금")
    for row in range(20):
        slow_sheet.write(row, 0, 2e9 + row, XLS_DATE)
    slow.save(str(OUT / "date-serial-in-the-billions.xls"))
    first_empty = xlwt.Workbook(encoding="utf-8")
    first_empty.add_sheet("빈 시트")
    first_empty.add_sheet("입금").write(0, 0, "홍길동")
    first_empty.save(str(OUT / "first-sheet-empty.xls"))
    # An old Word document, and what Excel 2007+ saves when a workbook has a password to open: an OLE
    # file (not a zip) whose EncryptedPackage stream holds the real .xlsx.
    ole_with_stream(OUT / "word-document.doc", "WordDocument", b"This is not a spreadsheet. " * 200)
    ole_with_stream(OUT / "password-protected.xlsx", "EncryptedPackage", bytes(range(256)) * 20)


# The same six transactions in every bank fixture, so each format is expected to give the same deposits:
# (time, deposit, withdrawal, depositor or counterparty, balance after, 적요, memo, branch).
TRANSACTIONS = [
    (datetime.datetime(2026, 11, 2, 10, 11, 12), 30000, 0, "홍길동", 1030000, "타행이체", "", "인터넷뱅킹"),
    (datetime.datetime(2026, 11, 2, 11, 0, 0), 0, 4500, "커피", 1025500, "체크카드", "", "본점"),
    (datetime.datetime(2026, 11, 3, 9, 30, 0), 60000, 0, "김 영 희", 1085500, "모바일", "", "모바일뱅킹"),
    (datetime.datetime(2026, 11, 3, 13, 45, 10), 30000, 0, "박철수0042", 1115500, "타행이체", "", "인터넷뱅킹"),
    (datetime.datetime(2026, 11, 4, 8, 0, 0), 25000, 0, "성춘향(향단대납)", 1140500, "인터넷", "2권", "인터넷뱅킹"),
    (datetime.datetime(2026, 11, 5, 12, 0, 0), 30000, 0, "홍길동", 1170500, "타행이체", "", "인터넷뱅킹"),
]
SHINHAN_HEADER = ["거래일자", "거래시간", "적요", "출금(원)", "입금(원)", "내용", "잔액(원)", "거래점명"]
KB_HEADER = ["No.", "거래일시", "적요", "기재내용", "찾으신금액", "맡기신금액", "거래후 잔액", "취급점", "메모"]


def write_bank(name, data):
    (BANK_OUT / name).write_bytes(data)


def csv_line(cells, delimiter=","):
    quoted = []
    for cell in cells:
        cell = str(cell)
        if delimiter in cell or '"' in cell or "\n" in cell:
            cell = '"' + cell.replace('"', '""') + '"'
        quoted.append(cell)
    return delimiter.join(quoted) + "\r\n"


def thousands(amount):
    """Shinhan's amounts: "30,000", and an empty cell for zero."""
    return f"{amount:,}" if amount else ""


def shinhan_rows(transactions):
    return [[t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), kind, thousands(withdrawal), thousands(deposit),
             name, thousands(balance), branch]
            for t, deposit, withdrawal, name, balance, kind, _memo, branch in transactions]


def kb_rows():
    """KB's cells as values: the caller formats the time and the numbers for its file type."""
    return [[number, t, kind, name, withdrawal, deposit, balance, branch.removesuffix("뱅킹"), memo]
            for number, (t, deposit, withdrawal, name, balance, kind, memo, branch) in enumerate(TRANSACTIONS, 1)]


SHINHAN_PREAMBLE = [["신한은행 거래내역 조회"], ["조회계좌", "110-123-456789"], ["조회기간", "2026-11-01 ~ 2026-11-30"], []]
KB_PREAMBLE = [["KB국민은행 거래내역조회"], ["계좌번호", "123456-01-234567", "조회기간", "2026.11.01 ~ 2026.11.30"]]


def bank_fixtures():
    BANK_OUT.mkdir(exist_ok=True)
    shinhan = "".join(csv_line(row) for row in SHINHAN_PREAMBLE + [SHINHAN_HEADER] + shinhan_rows(TRANSACTIONS))
    write_bank("shinhan-style-utf8bom.csv", (BOM + shinhan).encode("utf-8"))

    kb = [[str(cell) if not isinstance(cell, datetime.datetime) else cell.strftime("%Y.%m.%d %H:%M:%S")
           for cell in row] for row in kb_rows()]
    write_bank("kb-style-cp949.csv", to_cp949("".join(csv_line(row) for row in KB_PREAMBLE + [KB_HEADER] + kb)))

    # English headers: Description is the 적요, Details the name the transfer carries (KB's 기재내용).
    english = [["Date", "Description", "Details", "Withdrawal", "Deposit", "Balance"]] + [
        [t.strftime("%Y/%m/%d %H:%M:%S"), kind, name, withdrawal, deposit, balance]
        for t, deposit, withdrawal, name, balance, kind, _memo, _branch in TRANSACTIONS]
    write_bank("english-style.csv", "".join(csv_line(row) for row in english).encode("utf-8"))

    # One positive amount and its direction; dates only. Unix line ends, as a web bank's download gives.
    signed = [["거래일자", "구분", "거래금액", "입금자명", "잔액", "메모"]] + [
        [t.strftime("%Y%m%d"), "입금" if deposit else "출금", deposit or withdrawal, name, balance, memo]
        for t, deposit, withdrawal, name, balance, _kind, memo, _branch in TRANSACTIONS]
    write_bank("signed-amount.csv", "".join(csv_line(row).replace("\r\n", "\n") for row in signed).encode("utf-8"))

    # Excel's "Unicode text" save of the Shinhan sheet: UTF-16LE with a BOM, tabs, commas left unquoted.
    shinhan_sheet = SHINHAN_PREAMBLE + [SHINHAN_HEADER] + shinhan_rows(TRANSACTIONS)
    unicode_text = "".join(csv_line(row, "\t") for row in shinhan_sheet)
    write_bank("unicode-text-utf16.txt", (BOM + unicode_text).encode("utf-16-le"))

    # Two downloads of the same account whose periods overlap: transactions 3 and 4 are in both.
    for name, transactions in (("overlap-1.csv", TRANSACTIONS[0:4]), ("overlap-2.csv", TRANSACTIONS[2:6])):
        rows = [SHINHAN_HEADER] + shinhan_rows(transactions)
        write_bank(name, "".join(csv_line(row) for row in rows).encode("utf-8"))

    statement_xlsx(BANK_OUT / "statement.xlsx")
    statement_xls(BANK_OUT / "statement.xls")


def statement_xlsx(path):
    wb = fixed_workbook()
    ws = wb.active
    ws.title = "거래내역"
    for row in KB_PREAMBLE + [KB_HEADER] + kb_rows():
        ws.append([cell if cell != "" else None for cell in row])
    header_row = len(KB_PREAMBLE) + 1
    for row in ws.iter_rows(min_row=header_row + 1):
        row[1].number_format = "yyyy-mm-dd hh:mm:ss"
        for cell in row[4:7]:
            cell.number_format = "#,##0"
    wb.save(path)
    rewrite_zip(path, lambda name, data: (name, data))


def statement_xls(path):
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("거래내역")
    for r, row in enumerate(KB_PREAMBLE + [KB_HEADER] + kb_rows()):
        for c, value in enumerate(row):
            if value == "":
                continue
            if isinstance(value, int) and c >= 4:
                ws.write(r, c, value, XLS_AMOUNT)
            else:
                xls_cell(ws, r, c, value)
    wb.save(str(path))


def main():
    OUT.mkdir(exist_ok=True)
    csv_fixtures()
    applications_workbook(OUT / "applications.xlsx")
    dates_1904_workbook(OUT / "dates-1904.xlsx")
    xls_fixtures()
    bank_fixtures()


if __name__ == "__main__":
    main()
