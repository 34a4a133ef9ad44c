#!/usr/bin/env python3
"""Writes DIR/values.xlsx from DIR/values.csv (a make-region region) for the workbook benchmark.

    python3 Benchmarks/make-xlsx.py /tmp/region-40000

One sheet «Значения» with the CSV's cells as Excel writes them: text (ids, the header) in a
shared-string table, numbers as numbers (`<v>` holds the CSV's text, which is already the shortest
that reads back), empty cells left out, every cell with its `r` reference, the archive deflated.
Written by hand rather than with openpyxl, which takes minutes for six million cells.
"""
import csv
import os
import sys
import zipfile
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def column(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def is_number(text):
    try:
        float(text)
        return text.strip() == text and text.lower() not in ("nan", "inf", "-inf", "infinity")
    except ValueError:
        return False


def main(directory):
    source = os.path.join(directory, "values.csv")
    with open(source, encoding="utf-8-sig") as f:
        sample = f.readline()
    delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    strings, index = [], {}
    parts = []
    with open(source, encoding="utf-8-sig", newline="") as f:
        for r, row in enumerate(csv.reader(f, delimiter=delimiter), start=1):
            cells = []
            for c, text in enumerate(row):
                if text == "":
                    continue
                ref = f"{column(c)}{r}"
                if r > 1 and is_number(text.replace(",", ".") if delimiter == ";" else text):
                    cells.append(f'<c r="{ref}"><v>{text.replace(",", ".")}</v></c>')
                else:
                    if text not in index:
                        index[text] = len(strings)
                        strings.append(text)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[text]}</v></c>')
            parts.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}">'
             f'<sheetData>{"".join(parts)}</sheetData></worksheet>')
    shared = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" '
              f'uniqueCount="{len(strings)}">'
              + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
    target = os.path.join(directory, "values.xlsx")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
                   '.org/package/2006/content-types"><Default Extension="rels" ContentType="'
                   'application/vnd.openxmlformats-package.relationships+xml"/><Default Extension='
                   '"xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
                   '.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument"'
                   ' Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml",
                   f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="Значения" '
                   'sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/worksheet" '
                   f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{REL}/'
                   'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/sharedStrings.xml", shared)
    print(f"{target}: {os.path.getsize(target)} bytes; sheet XML {len(sheet.encode())} bytes, "
          f"{sum(p.count('<c ') for p in parts)} cells")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make-xlsx.py DIR")
    main(sys.argv[1])
