import Foundation
import Testing

@testable import QualityKit

/// The sheet conversion has a quick reading of the common cells and reads a sheet while it is
/// inflated; both must give exactly what the general reading of the whole part gives. The
/// general reading is the peer: every case here is compared with it, not with stored text.
@Suite("Sheet conversion: the quick cells and the part in pieces read as the general reading")
struct SheetReadingPathsTests {
  typealias Fixture = WorkbookFixture

  static let strings =
    (try? SharedStrings(
      Array(Fixture.strings(["school_id", "a;b", "x\ny", "plain"]).utf8), part: "s.xml"))
    ?? SharedStrings()
  static let styles =
    (try? CellStyles(Array(Fixture.styles(builtIn: 14).utf8), part: "t.xml")) ?? CellStyles()

  /// The outcome of a conversion: the text and rows, or the error.
  enum Outcome: Equatable {
    case text(String, [Int32], [CSVError])
    case error(CSVError)
  }

  static func outcome(_ body: () throws(CSVError) -> SheetConverter.Output) -> Outcome {
    do {
      let output = try body()
      return .text(
        String(decoding: output.csv, as: UTF8.self), output.lines.rows, output.lines.problems)
    } catch {
      return .error(error)
    }
  }

  static func convert(_ xml: [UInt8], plainCells: Bool) -> Outcome {
    outcome { () throws(CSVError) in
      try SheetConverter.convert(
        xml, part: "xl/worksheets/sheet1.xml", sheet: "Лист1", file: "v.xlsx", strings: strings,
        styles: styles, date1904: false, plainCells: plainCells)
    }
  }

  /// The conversion given the part a row at a time: each piece ends just before the next
  /// `<row`, as ``SheetFeed`` cuts them, and is a fresh copy, so that nothing read from an
  /// earlier piece survives the move to the next.
  static func convertGrowing(_ xml: [UInt8]) -> Outcome {
    let pieces = RowPieces(xml)
    let first = pieces.next() ?? UnsafeBufferPointer(start: nil, count: 0)
    return outcome { () throws(CSVError) in
      try SheetConverter.convert(
        first, continuation: pieces, size: xml.count, part: "xl/worksheets/sheet1.xml",
        sheet: "Лист1", file: "v.xlsx", strings: strings, styles: styles, date1904: false)
    }
  }

  /// A part in pieces that each end just before a `<row`, each copied afresh.
  final class RowPieces: XMLContinuation {
    let whole: [UInt8]
    var given = 0
    var copy: UnsafeMutableBufferPointer<UInt8>?

    init(_ whole: [UInt8]) { self.whole = whole }
    deinit { copy?.deallocate() }

    var isComplete: Bool { given == whole.count }

    func next() -> UnsafeBufferPointer<UInt8>? {
      guard given < whole.count else { return nil }
      // Just before the nearest `<row` past the start, or the end.
      var cut = whole.count
      var index = given + 1
      while index + 4 < whole.count {
        if whole[index] == UInt8(ascii: "<"), whole[index + 1] == UInt8(ascii: "r"),
          whole[index + 2] == UInt8(ascii: "o"), whole[index + 3] == UInt8(ascii: "w"),
          [UInt8(ascii: " "), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(whole[index + 4])
        {
          cut = index
          break
        }
        index += 1
      }
      copy?.deallocate()
      let piece = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: cut - given)
      _ = piece.initialize(from: whole[given..<cut])
      copy = piece
      given = cut
      return UnsafeBufferPointer(piece)
    }
  }

  /// A random sheet: cells of every shape the quick reading takes or refuses, references in
  /// order or (rarely) not; with `hostile`, comments and CDATA that hold `<row`.
  static func sheet(seed: UInt64, rows: Int, hostile: Bool) -> [UInt8] {
    var state = seed
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let shapes: [(String, String) -> String] = [
      { r, _ in "<c r=\"\(r)\"><v>\(12.5)</v></c>" },
      { r, _ in "<c r=\"\(r)\" t=\"s\"><v>\(0)</v></c>" },
      { r, _ in "<c r=\"\(r)\" s=\"0\" t=\"s\"><v>1</v></c>" },
      { r, _ in "<c r=\"\(r)\" t=\"s\"><v>2</v></c>" },
      { r, _ in "<c r=\"\(r)\" t=\"s\"><v>99</v></c>" },
      { r, _ in "<c r=\"\(r)\" s=\"1\"><v>44788</v></c>" },
      { r, _ in "<c r=\"\(r)\" s=\"0\" t=\"n\"><v>-0.25</v></c>" },
      { r, _ in "<c r=\"\(r)\"/>" },
      { r, _ in "<c r=\"\(r)\" s=\"0\"/>" },
      { r, _ in "<c r=\"\(r)\"><v></v></c>" },
      { r, _ in "<c r=\"\(r)\"><v>1;2</v></c>" },
      { r, _ in "<c r=\"\(r)\"><v>\"q\"</v></c>" },
      { r, _ in "<c r=\"\(r)\"><v>x&amp;y</v></c>" },
      { r, _ in "<c r=\"\(r)\" t=\"str\"><f>A1</f><v>t</v></c>" },
      { r, _ in "<c r=\"\(r)\" t=\"inlineStr\"><is><t>in;line</t></is></c>" },
      { r, _ in "<c r=\"\(r)\" t=\"b\"><v>1</v></c>" },
      { r, _ in "<c r=\"\(r)\" t=\"e\"><v>#N/A</v></c>" },
      { _, _ in "<c><v>3</v></c>" },
      { r, _ in "<c r=\"\(r.lowercased())\"><v>4</v></c>" },
      { r, _ in "<c r=\"\(r)\" cm=\"1\"><v>5</v></c>" },
      { r, _ in "<c r='\(r)'><v>6</v></c>" },
      { r, _ in "\n  <c r=\"\(r)\" ><v>7</v></c>" },
      { r, _ in "<c s=\"0\" r=\"\(r)\" t=\"n\"><v>8</v></c>" },
      { r, _ in "<c r=\"\(r)\"><v>9</v> </c>" },
      { r, _ in "<c r=\"\(r)\" t=\"s\"><v>1x</v></c>" },
      { r, _ in "<c r=\"\(r)\" s=\"x\"><v>10</v></c>" },
      { r, _ in "<c r=\"\(r)\" t=\"d\"><v>2022-08-15T00:00:00</v></c>" },
      { r, _ in "<c r=\"\(r)\"><v><![CDATA[11]]></v></c>" },
    ]
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet><sheetData>"
    var row = 0
    for _ in 0..<rows {
      row += next(20) == 0 ? 0 : 1 + next(2)  // now and then a repeated row number
      if next(10) == 0 {
        xml += "<row r=\"\(max(row, 1))\"/>"
        continue
      }
      xml +=
        next(3) == 0 ? "<row r=\"\(max(row, 1))\" spans=\"1:9\">" : "<row r=\"\(max(row, 1))\">"
      var column = 0
      for _ in 0..<(1 + next(6)) {
        column += next(30) == 0 ? 0 : 1 + next(2)  // now and then a repeated column
        let reference = SheetReference.cell(row: max(row, 1), column: max(column, 1))
        // Mostly the common shapes, as an export has them.
        let shape = next(3) == 0 ? next(shapes.count) : next(3)
        xml += shapes[shape](reference, "")
      }
      xml += "</row>"
      if hostile, next(8) == 0 {
        xml +=
          next(2) == 0
          ? "<!-- <row r=\"1\"> -->"
          : "<row r=\"\(row + 1)\"><c><v><![CDATA[<row >]]></v></c></row>"
        row += 1
      }
    }
    xml += "</sheetData></worksheet>"
    return Array(xml.utf8)
  }

  @Test(
    "the quick reading of the common cells gives the general reading's text, problems and errors")
  func plainCells() {
    #expect(Self.strings.count == 4 && Self.styles.isDate(1))
    var errors = 0
    for seed in 1...300 {
      let xml = Self.sheet(seed: UInt64(seed), rows: 1 + seed % 12, hostile: false)
      let quick = Self.convert(xml, plainCells: true)
      #expect(quick == Self.convert(xml, plainCells: false), "seed \(seed)")
      if case .error = quick { errors += 1 }
    }
    // Both branches are exercised: sheets that read and sheets with errors.
    #expect(errors > 20 && errors < 280)
  }

  @Test(
    "a part given a row at a time, each piece a fresh copy, reads as the whole part, errors included"
  )
  func growing() {
    for seed in 1...300 {
      let xml = Self.sheet(seed: UInt64(seed), rows: 1 + seed % 12, hostile: false)
      #expect(Self.convertGrowing(xml) == Self.convert(xml, plainCells: true), "seed \(seed)")
    }
  }

  @Test("with comments and CDATA that hold <row, a read in pieces that ends well equals the whole")
  func hostileCuts() {
    var read = 0
    var differed = 0
    for seed in 1...300 {
      let xml = Self.sheet(seed: UInt64(seed), rows: 2 + seed % 12, hostile: true)
      let whole = Self.convert(xml, plainCells: true)
      let growing = Self.convertGrowing(xml)
      if case .text = growing {
        #expect(growing == whole, "seed \(seed)")
        read += 1
      } else if growing != whole {
        differed += 1  // the caller reads the whole part again
      }
    }
    #expect(read > 0)
    #expect(differed > 0)
  }

  @Test("the bytes the value scan stops at are the word's bits")
  func markedBytes() {
    let marked: Set<UInt8> = [0x09, 0x0A, 0x0D, 0x22, 0x26, 0x2C, 0x3B, 0x3C]
    for byte in UInt8(0)..<64 {
      let bit = SheetConverter.State.markedBytes & (1 << UInt64(byte)) != 0
      #expect(bit == marked.contains(byte), "byte \(byte)")
    }
  }

  @Test("a sheet of several megabytes reads through the workbook as its whole part converts")
  func largeSheet() throws {
    var rows = ""
    for row in 1...60_000 {
      rows += "<row r=\"\(row)\"><c r=\"A\(row)\" t=\"s\"><v>\(row % 3)</v></c>"
      rows +=
        "<c r=\"B\(row)\"><v>\(row)</v></c><c r=\"C\(row)\"><v>\(Double(row) / 8)</v></c></row>"
    }
    let xml = Fixture.sheet(rows)
    #expect(xml.utf8.count > 3 * ZipUnpacking.window)
    var bytes = Self.deflatedBook(sheet: xml, strings: ["x", "y;z", "w"])
    let source = try Workbook(bytes: bytes, name: "big.xlsx").source()
    let whole = try SheetConverter.convert(
      Array(xml.utf8), part: "xl/worksheets/sheet1.xml", sheet: "Лист1", file: "big.xlsx",
      strings: SharedStrings(Array(Fixture.strings(["x", "y;z", "w"]).utf8), part: "s"),
      styles: CellStyles(), date1904: false, plainCells: false)
    #expect(source.bytes == whole.csv)
    #expect(source.sheetLines?.rows == whole.lines.rows)
    // Row 1: string 1 (quoted for its `;`), 1, 1/8; row 2: string 2, 2, 2/8.
    #expect(source.bytes.starts(with: Array("\"y;z\";1;0.125\nw;2;0.25\n".utf8)))

    // Damage the sheet's compressed data near its end: the archive's error, not the sheet's.
    let archive = try ZipArchive(bytes: bytes, name: "big.xlsx")
    let entry = try #require(archive.entry("xl/worksheets/sheet1.xml"))
    let end = entry.dataOffset + entry.compressedSize
    for index in (end - 40)..<(end - 20) { bytes[index] ^= 0x5A }
    let book = try Workbook(bytes: bytes, name: "big.xlsx")
    do {
      _ = try book.source()
      Issue.record("a damaged sheet was read")
    } catch {
      guard case .workbook(.archive) = error.kind else {
        Issue.record("not the archive's error: \(error)")
        return
      }
    }
  }

  @Test("a read in pieces cut inside a comment fails, and the whole part is read again")
  func cutInsideComment() throws {
    // Rows spelt `<x:row>` are never cut at; the only `<row` is in the comments, so every piece
    // ends inside one and the read in pieces throws.
    var rows = ""
    for row in 1...40_000 {
      rows += "<x:row r=\"\(row)\"><x:c r=\"A\(row)\"><x:v>\(row)</x:v></x:c></x:row>"
      if row % 500 == 0 { rows += "<!-- <row r=\"\(row)\"> -->" }
    }
    let xml =
      "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      + "<x:sheetData>\(rows)</x:sheetData></x:worksheet>"
    #expect(xml.utf8.count > 2 * ZipUnpacking.window)
    let source = try Workbook(bytes: Self.deflatedBook(sheet: xml, strings: []), name: "c.xlsx")
      .source()
    let text = String(decoding: source.bytes, as: UTF8.self)
    #expect(text == (1...40_000).map { "\($0)\n" }.joined())
    #expect(source.sheetLines?.rows == (1...40_000).map(Int32.init))
  }

  /// A one-sheet book with its parts deflated (``WorkbookFixture`` stores them), so that the
  /// sheet is inflated, and read, a megabyte at a time.
  static func deflatedBook(sheet xml: String, strings: [String]) -> [UInt8] {
    var zip = ZipWriter()
    zip.add(path: "_rels/.rels", bytes: Array(Self.rels.utf8))
    zip.add(path: "xl/workbook.xml", bytes: Array(Self.workbook.utf8))
    zip.add(path: "xl/_rels/workbook.xml.rels", bytes: Array(Self.workbookRels.utf8))
    zip.add(path: "xl/worksheets/sheet1.xml", bytes: Array(xml.utf8))
    zip.add(path: "xl/sharedStrings.xml", bytes: Array(Fixture.strings(strings).utf8))
    return zip.finish()
  }

  static let rels =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(Fixture.relType)officeDocument\" "
    + "Target=\"xl/workbook.xml\"/></Relationships>"
  static let workbook =
    "<workbook \(Fixture.main) \(Fixture.relationships)><sheets>"
    + "<sheet name=\"Лист1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
  static let workbookRels =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(Fixture.relType)worksheet\" "
    + "Target=\"worksheets/sheet1.xml\"/>"
    + "<Relationship Id=\"rIdS\" Type=\"\(Fixture.relType)sharedStrings\" "
    + "Target=\"sharedStrings.xml\"/></Relationships>"
}
