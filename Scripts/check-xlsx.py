#!/usr/bin/env python3
"""Opens every workbook the three tools write for Examples/Data with openpyxl and checks it
against the CSV of the same tables (issue 18).

For identify-schools, plan-support and track-indicators, in Russian and English: the workbook
(`--format xlsx`) has one sheet per table, in order; each sheet's header row is the CSV header
(`--format csv --section ID`), bold and frozen, with an autofilter over the table; it has as many
rows as the CSV; a column the workbook formats as a number holds numbers equal to the CSV's (to
the CSV's decimals), a date column holds dates equal to the CSV's; every other cell is the CSV's
text (without the apostrophe CSV puts before a leading =, +, - or @). Two runs give the same bytes.

Usage: python3 Scripts/check-xlsx.py [BIN]   (BIN: the folder of the built tools; by default
`swift build --show-bin-path`). Needs openpyxl (`pip install openpyxl`).
"""
import csv
import datetime
import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent

# The tables of each tool, in the workbook's order, with the arguments that make them all.
TOOLS = {
    "identify-schools": ([], ["summary", "municipalities", "schools", "context", "parameters", "issues"]),
    "plan-support": ([], ["municipal-roadmap", "school-roadmaps", "partners"]),
    "track-indicators": ([], ["progress", "programme", "monitoring", "history", "history-summary"]),
}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def run(binary, arguments):
    result = subprocess.run([str(binary)] + arguments, capture_output=True, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"{binary.name} {' '.join(arguments)}: exit {result.returncode}: "
                         + result.stderr.decode("utf-8", "replace"))
    return result.stdout


def number(text, russian):
    """The CSV text as a number and its decimals, or None."""
    candidate = text.replace(",", ".") if russian else text
    if not re.fullmatch(r"-?\d+(\.\d+)?", candidate):
        return None
    decimals = len(candidate.split(".")[1]) if "." in candidate else 0
    return float(candidate), decimals


def date(text, russian):
    pattern = r"(\d\d)\.(\d\d)\.(\d{4})" if russian else r"(\d{4})-(\d\d)-(\d\d)"
    match = re.fullmatch(pattern, text)
    if not match:
        return None
    parts = [int(p) for p in match.groups()]
    day, month, year = parts if russian else reversed(parts)
    return datetime.date(year, month, day)


def check_sheet(label, sheet, rows, russian):
    header = [cell.value for cell in sheet[1]]
    if header != rows[0]:
        fail(f"{label}: header {header} is not the CSV's {rows[0]}")
        return
    if not all(cell.font.b for cell in sheet[1]):
        fail(f"{label}: the header row is not bold")
    if sheet.freeze_panes != "A2":
        fail(f"{label}: the header row is not frozen ({sheet.freeze_panes})")
    last = openpyxl.utils.get_column_letter(len(header))
    expected_filter = f"A1:{last}{max(len(rows), 1)}"
    if sheet.auto_filter.ref != expected_filter:
        fail(f"{label}: autofilter {sheet.auto_filter.ref}, expected {expected_filter}")
    if sheet.max_row != len(rows):
        fail(f"{label}: {sheet.max_row} rows, the CSV has {len(rows)}")
    numbers = dates = 0
    for r, (cells, expected) in enumerate(zip(sheet.iter_rows(min_row=2), rows[1:]), start=2):
        for cell, text in zip(cells, expected):
            where = f"{label}!{cell.coordinate}"
            value = cell.value
            if text == "":
                if value not in (None, ""):
                    fail(f"{where}: {value!r} where the CSV cell is empty")
                continue
            if cell.is_date:
                dates += 1
                expected_date = date(text, russian)
                if expected_date is None or value.date() != expected_date:
                    fail(f"{where}: date {value!r}, the CSV has {text!r}")
            elif cell.number_format != "General":
                numbers += 1
                parsed = number(text, russian)
                if not isinstance(value, (int, float)) or isinstance(value, bool):
                    fail(f"{where}: {value!r} is not a number (CSV {text!r})")
                elif parsed is None or abs(value - parsed[0]) > 0.5 * 10 ** -parsed[1] + 1e-9:
                    fail(f"{where}: {value!r}, the CSV has {text!r}")
            else:
                plain = text[1:] if text[:1] == "'" and value[:1] in "=+-@" else text
                if value != plain:
                    fail(f"{where}: {value!r}, the CSV has {text!r}")
    return numbers, dates


def main():
    if len(sys.argv) > 1:
        bin_dir = Path(sys.argv[1])
    else:
        bin_dir = Path(subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT,
                                      capture_output=True, text=True, check=True).stdout.strip())
    with tempfile.TemporaryDirectory() as folder:
        for tool, (arguments, ids) in TOOLS.items():
            binary = bin_dir / tool
            for language in ["ru", "en"]:
                russian = language == "ru"
                path = Path(folder) / f"{tool}-{language}.xlsx"
                base = arguments + ["--lang", language]
                run(binary, base + ["--format", "xlsx", "--out", str(path)])
                again = run(binary, base + ["--format", "xlsx"])
                if path.read_bytes() != again:
                    fail(f"{tool} --lang {language}: two runs give different workbooks")
                book = openpyxl.load_workbook(path)
                if len(book.worksheets) != len(ids):
                    fail(f"{tool} --lang {language}: {len(book.worksheets)} sheets, "
                         f"expected {len(ids)} ({', '.join(ids)})")
                counts = []
                for sheet, table in zip(book.worksheets, ids):
                    text = run(binary, base + ["--format", "csv", "--section", table])
                    text = text.decode("utf-8-sig")
                    rows = list(csv.reader(io.StringIO(text, newline=""),
                                           delimiter=";" if russian else ","))
                    label = f"{path.name}:{sheet.title}"
                    result = check_sheet(label, sheet, rows, russian)
                    if result:
                        counts.append(f"{sheet.title} {len(rows) - 1} rows, {result[0]} numbers, "
                                      f"{result[1]} dates")
                print(f"{tool} --lang {language}: " + "; ".join(counts))
    if failures:
        print(f"0 passed, {len(failures)} failed")
        sys.exit(1)
    print("check-xlsx: every workbook matches its CSV")


if __name__ == "__main__":
    main()
