#!/usr/bin/env python3
"""Writes the ZIP and DEFLATE fixtures of Tests/Fixtures/Zip with Python's zlib and zipfile.

The Swift tests (Tests/QualityKitTests/Archive) read these files: they are produced by an
independent implementation (zlib 1.2+ through Python), so the decoder is checked against what real
producers write, not against itself. Run from the repository root:

    python3 Scripts/make-zip-fixtures.py

The output is deterministic for a given zlib version (fixed timestamps, fixed texts).
"""
import io
import os
import struct
import zipfile
import zlib

OUT = os.path.join("Tests", "Fixtures", "Zip")
STAMP = (1980, 1, 1, 0, 0, 0)


def raw_deflate(data, level):
    """A raw DEFLATE stream (no zlib header), as ZIP's method 8 stores it."""
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def sample_xml():
    """~60 KB of sheet-like XML: repetitive tags, varying numbers and Cyrillic strings."""
    rows = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sheetData>']
    for r in range(1, 801):
        value = (r * 7919) % 1000 / 10
        rows.append(
            f'<row r="{r}"><c r="A{r}" t="s"><v>{r % 37}</v></c>'
            f'<c r="B{r}"><v>{value}</v></c>'
            f'<c r="C{r}" t="inlineStr"><is><t>Школа №{r % 113}</t></is></c></row>')
    rows.append("</sheetData>\n")
    return "\n".join(rows).encode("utf-8")


def handmade(name, data, flags=0, method=0, payload=None, size=None):
    """A one-entry ZIP built field by field, for what zipfile will not write: `payload` is what
    is stored (default `data`), `size` the declared uncompressed size (default `len(data)`)."""
    crc = zlib.crc32(data)
    payload = data if payload is None else payload
    size = len(data) if size is None else size
    common = struct.pack(
        "<HHHHHIIIH", 20, flags, method, 0, 0x21, crc, len(payload), size, len(name))
    local = b"PK\x03\x04" + common + struct.pack("<H", 0) + name + payload
    central = (b"PK\x01\x02" + struct.pack("<H", 20) + common
               + struct.pack("<HHHHII", 0, 0, 0, 0, 0, 0) + name)
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 1, 1, len(central), len(local), 0)
    return local + central + end


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def info(name, method=zipfile.ZIP_DEFLATED):
    z = zipfile.ZipInfo(name, STAMP)
    z.compress_type = method
    return z


def archive(entries, stream=None):
    """A ZIP of (ZipInfo, bytes); on a non-seekable `stream` zipfile writes data descriptors."""
    buffer = stream or io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for zinfo, data in entries:
            if stream is None:
                z.writestr(zinfo, data)
            else:
                with z.open(zinfo, "w") as f:
                    f.write(data)
    return buffer.getvalue()


class Unseekable(io.RawIOBase):
    """A write-only stream that cannot seek, so zipfile sets flag bit 3 (data descriptor)."""

    def __init__(self):
        self.data = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.data += b
        return len(b)

    def getvalue(self):
        return bytes(self.data)


def main():
    os.makedirs(OUT, exist_ok=True)
    xml = sample_xml()
    write("sample.xml", xml)
    # DEFLATE streams: a stored block (level 0), a fixed-Huffman block (zlib picks it for a short
    # text), dynamic blocks at levels 1, 6 and 9.
    write("stored.deflate", raw_deflate(b"Hello, stored block!", 0))
    write("fixed.deflate", raw_deflate(b"Hello, Hello, Hello!", 6))
    for level in (1, 6, 9):
        write(f"sample-{level}.deflate", raw_deflate(xml, level))
    write("zeros-1m.deflate", raw_deflate(bytes(1 << 20), 9))

    hello = "Привет, архив!\n".encode("utf-8") * 20
    basic = archive([
        (info("stored.txt", zipfile.ZIP_STORED), b"stored bytes"),
        (info("docs/"), b""),
        (info("docs/школа.xml"), hello),
            (info("empty.txt"), b""),
    ])
    write("basic.zip", basic)
    write("truncated.zip", basic[: len(basic) // 2])

    stream = Unseekable()
    write("descriptor.zip", archive([(info("a.xml"), xml), (info("b.txt"), b"second")], stream))

    # Flag bit 0 (encrypted) on an entry; the bytes are not really encrypted, the reader must
    # refuse the entry by its flag (zipfile cannot write encrypted entries).
    write("encrypted.zip", handmade(b"secret.txt", b"top secret", flags=0x1))
    # A name in CP437 without bit 11: 0x82 is "é", 0x8E "Ä".
    write("cp437.zip", handmade("café-Ä.txt".encode("cp437"), b"cp437 name"))

    # A stored entry whose data changed after the CRC was written.
    good = bytearray(archive([(info("data.txt", zipfile.ZIP_STORED), b"checksummed data")]))
    at = good.index(b"checksummed data")
    good[at] ^= 0x20
    write("badcrc.zip", bytes(good))

    # ZIP64: the local header carries 0xFFFFFFFF sizes and a ZIP64 extra field.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        with z.open(info("big.bin"), "w", force_zip64=True) as f:
            f.write(b"small, but written as ZIP64")
    write("zip64.zip", buffer.getvalue())

    # A bomb: 100 MiB of zeros in ~100 KB (ratio ~1,030).
    write("bomb.zip", archive([(info("xl/worksheets/sheet1.xml"), bytes(100 << 20))]))
    # A liar: 1 MiB of zeros declared as 1,000 bytes (with the CRC of those 1 MiB).
    zeros = bytes(1 << 20)
    write("liar.zip", handmade(b"sheet.xml", zeros, method=8, payload=raw_deflate(zeros, 9),
                               size=1000))

    # Method 12 (bzip2): listed, not readable.
    write("bzip2.zip", archive([(info("b.txt", zipfile.ZIP_BZIP2), b"bzip2 " * 50)]))


if __name__ == "__main__":
    main()
