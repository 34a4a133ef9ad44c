#!/usr/bin/env python3
"""Writes the workbook fixtures of Tests/Fixtures/Workbooks from the bundled sample (Examples/Data).

Run from anywhere: python3 Tests/Fixtures/Workbooks/make-openpyxl.py (needs openpyxl). The
outputs are committed; the tests read each one and compare it with its CSV twin.

- openpyxl-sample.xlsx: every bundled CSV file as a sheet (Школы, Значения, Эталоны,
  Отчётность, Мониторинг, Решения), cells typed as an analyst's book has them: numbers as numbers,
  ids and names as strings (openpyxl 3.1 writes them inline, `t="inlineStr"`), dates as date cells (styles DD.MM.YYYY and YYYY-MM-DD), and
  one value stored as text with a decimal comma (LES01 2020 context.distance_to_center_km, «2,5»).
- openpyxl-shared.xlsx: the same book with every string moved to a shared-string table, as Excel
  writes them; the ids (`school_id`, …) as rich text of two runs with a phonetic run.
- libreoffice-source.xlsx: the sample's schools and values with some values as formulas
  (=70+0.2 for 70.2 …), which openpyxl saves without a value; make-libreoffice.sh lets
  LibreOffice recompute and save it as libreoffice-sample.xlsx.
- formula-without-value.xlsx: the values sheet of libreoffice-source.xlsx as openpyxl saves it
  (a formula with no cached value: an error).
- negative fixtures: dtd.xlsx (a <!DOCTYPE> with an entity in the sheet), truncated.xlsx (the
  first half of the sample), bad-crc.xlsx (the first sheet's CRC changed), legacy.xls (the OLE2 magic of
  an Excel 97–2003 file), encrypted.xlsx (an OLE2 file with an EncryptedPackage stream, as Excel
  writes a password-protected book), not-a-workbook.zip (a ZIP of a text file).
"""
import csv
import datetime
import io
import os
import re
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "Examples", "Data")
FIXED = (1980, 1, 1, 0, 0, 0)


def rows(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return list(csv.reader(f, delimiter=";"))


def number(text):
    if text == "":
        return None
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value


def add(book, title, table, numeric=(), dates=(), text_numbers=()):
    sheet = book.create_sheet(title)
    header = table[0]
    sheet.append(header)
    for r, row in enumerate(table[1:], start=2):
        cells = []
        for c, text in enumerate(row):
            column = header[c]
            if (r, column) in text_numbers:
                cells.append(text_numbers[(r, column)])
            elif column in numeric:
                cells.append(number(text))
            elif column in dates and text:
                if "." in text:
                    d, m, y = (int(p) for p in text.split("."))
                else:
                    y, m, d = (int(p) for p in text.split("-"))
                cells.append(datetime.date(y, m, d))
            else:
                cells.append(text if text != "" else None)
        sheet.append(cells)
    for column in dates:
        index = header.index(column) + 1
        for r in range(2, sheet.max_row + 1):
            cell = sheet.cell(row=r, column=index)
            cell.number_format = "DD.MM.YYYY" if r % 2 == 0 else "YYYY-MM-DD"
    return sheet


def normalise(path):
    """Rewrites a ZIP with fixed timestamps, so that the bytes do not depend on the day."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, FIXED)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(fixed, data)


def rewrite(source, target, change):
    with zipfile.ZipFile(source) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            fixed = zipfile.ZipInfo(name, FIXED)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(fixed, change(name, data))


def sample():
    book = openpyxl.Workbook()
    book.remove(book.active)
    values = rows("values.csv")
    add(book, "Школы", rows("schools.csv"))
    add(book, "Значения", values, numeric=set(values[0][1:]),
        text_numbers={(2, "context.distance_to_center_km"): "2,5"})
    add(book, "Эталоны", rows("benchmarks.csv"), numeric={"year", "value"})
    add(book, "Отчётность", rows("reported.csv"), numeric={"year", "value"})
    add(book, "Мониторинг", rows("monitoring-records.csv"), dates={"date"})
    add(book, "Решения", rows("decisions.csv"), dates={"date"})
    path = os.path.join(HERE, "openpyxl-sample.xlsx")
    book.save(path)
    normalise(path)
    return path


def shared(source):
    """openpyxl writes inline strings; this rewrites them as a shared-string table, each header
    name as rich text of two runs (the second bold) and with a phonetic run to leave out."""
    strings = []
    index = {}

    def change(name, data):
        text = data.decode()
        if name.startswith("xl/worksheets/"):
            def cell(match):
                attributes, value = match.group(1), match.group(2)
                if value not in index:
                    index[value] = len(strings)
                    strings.append(value)
                attributes = attributes.replace('t="inlineStr"', 't="s"')
                return f"<c{attributes}><v>{index[value]}</v></c>"

            return re.sub(r'<c([^>]*t="inlineStr"[^>]*)><is><t[^>]*>(.*?)</t></is></c>', cell,
                          text).encode()
        if name == "xl/_rels/workbook.xml.rels":
            return text.replace("</Relationships>", '<Relationship Id="rIdS" Type="http://schemas.'
                                'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"'
                                ' Target="sharedStrings.xml"/></Relationships>').encode()
        if name == "[Content_Types].xml":
            return text.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType='
                                '"application/vnd.openxmlformats-officedocument.spreadsheetml.'
                                'sharedStrings+xml"/></Types>').encode()
        return data

    target = os.path.join(HERE, "openpyxl-shared.xlsx")
    rewrite(source, target, change)
    items = []
    for value in strings:
        if "_" in value and value.isascii():
            head, tail = value.split("_", 1)
            items.append(f"<si><r><t>{head}</t></r><r><rPr><b/></rPr><t>_{tail}</t></r>"
                         f"<rPh sb=\"0\" eb=\"1\"><t>ルビ</t></rPh></si>")
        else:
            items.append(f'<si><t xml:space="preserve">{value}</t></si>')
    table = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.'
             'openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
             % (len(strings), len(strings), "".join(items)))
    with zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("xl/sharedStrings.xml", FIXED)
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, table.encode())


def formulas():
    book = openpyxl.Workbook()
    book.remove(book.active)
    values = rows("values.csv")
    add(book, "Школы", rows("schools.csv"))
    sheet = add(book, "Значения", values, numeric=set(values[0][1:]),
                text_numbers={(2, "context.distance_to_center_km"): "2,5"})
    # LES01 2020: ege.russian.mean_score 70.2, results.quality_percent 75.
    sheet["C2"] = "=70+0.2"
    column = values[0].index("results.quality_percent") + 1
    sheet.cell(row=2, column=column).value = "=ROUND(74.6,0)"
    path = os.path.join(HERE, "libreoffice-source.xlsx")
    book.save(path)
    normalise(path)
    only_values = openpyxl.Workbook()
    only_values.remove(only_values.active)
    sheet = add(only_values, "Значения", values, numeric=set(values[0][1:]))
    sheet["C2"] = "=70+0.2"
    path = os.path.join(HERE, "formula-without-value.xlsx")
    only_values.save(path)
    normalise(path)


def negatives(sample_path):
    def dtd(name, data):
        if name == "xl/worksheets/sheet1.xml":
            return b'<!DOCTYPE worksheet [<!ENTITY boom "boom">]>' + data
        return data

    rewrite(sample_path, os.path.join(HERE, "dtd.xlsx"), dtd)
    data = open(sample_path, "rb").read()
    open(os.path.join(HERE, "truncated.xlsx"), "wb").write(data[: len(data) // 2])
    # bad CRC: change the CRC of the first sheet in its local and central headers.
    bad = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        first = z.getinfo("xl/worksheets/sheet1.xml")
    crc = first.CRC.to_bytes(4, "little")
    changed = ((first.CRC ^ 0xFFFFFFFF) & 0xFFFFFFFF).to_bytes(4, "little")
    for offset in [m.start() for m in re.finditer(re.escape(crc), bytes(bad))]:
        bad[offset:offset + 4] = changed
    open(os.path.join(HERE, "bad-crc.xlsx"), "wb").write(bytes(bad))
    ole = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504)
    open(os.path.join(HERE, "legacy.xls"), "wb").write(ole + bytes(512))
    name = "EncryptedPackage".encode("utf-16-le")
    open(os.path.join(HERE, "encrypted.xlsx"), "wb").write(ole + name + bytes(512 - len(name)))
    with zipfile.ZipFile(os.path.join(HERE, "not-a-workbook.zip"), "w") as z:
        z.writestr(zipfile.ZipInfo("readme.txt", FIXED), "не книга\n")


if __name__ == "__main__":
    path = sample()
    shared(path)
    formulas()
    negatives(path)
