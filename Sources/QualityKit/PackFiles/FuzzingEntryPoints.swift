import Foundation

/// The two readers a fuzzer reaches that have no public entry of their own: the byte-level CSV
/// reader and the JSON parser with the strict decoder. The schools, values and benchmarks readers
/// and the pack loader are fuzzed through their public API (``DatasetLoader``,
/// ``RulePackLoader``). Used by the `Fuzz/` package only, hence `@_spi(Fuzzing)`: nothing here is
/// part of the library's API.
@_spi(Fuzzing)
public enum FuzzingEntryPoints {
  /// Reads every record of `bytes` as a CSV file and every field as text and as a number, as the
  /// file readers do.
  ///
  /// - Returns: The number of fields that were text.
  /// - Throws: The first ``CSVError`` (malformed quoting, invalid text, a control character).
  public static func readCSV(_ bytes: [UInt8], name: String) throws(CSVError) -> Int {
    var reader = CSVReader(CSVSource(name: name, bytes: bytes))
    var texts = 0
    while try reader.nextRecord() {
      for index in 0..<reader.fieldCount {
        _ = reader.number(at: index)
        _ = reader.displayText(at: index)
        _ = try reader.string(at: index)
        texts += 1
      }
    }
    return texts
  }

  /// Parses `data` as JSON and decodes it strictly as a pack document, with the standard block
  /// kinds and no composite indices, the way the pack loader's first steps do.
  ///
  /// - Throws: The ``PackFileError`` of the first problem.
  public static func decodePackDocument(_ data: Data, file: String) throws(PackFileError) {
    let root: JSONNode
    do {
      root = try JSONParser.parse(data)
    } catch {
      throw PackFileError(
        kind: .syntax(error.message), file: file, path: "", line: error.line,
        column: error.column)
    }
    _ = try StrictJSONDecoder.decode(
      RulePackDocument.self, from: root, file: file, catalog: .standard,
      userInfo: [
        .packBlockKinds: PackBlockKinds.standard, .packIndices: [IndexID: CompositeIndex](),
      ])
  }

  /// The marker between a workbook fuzz input's sheet XML and its shared-string table.
  public static let sharedStringsMarker = Array("\n--sharedStrings--\n".utf8)

  /// A workbook of one sheet «Значения» made from a fuzz input: the bytes before
  /// ``sharedStringsMarker`` are the sheet's XML, those after it (if any) the shared-string table,
  /// with a styles part whose style 1 is a date; stored in a ZIP archive, so that the fuzzer
  /// mutates the XML the workbook reader walks rather than compressed bytes.
  ///
  /// - Returns: The workbook's bytes.
  public static func workbook(fromFuzzInput bytes: [UInt8]) -> [UInt8] {
    var sheet = bytes
    var strings: [UInt8]?
    if let marker = bytes.firstRange(of: sharedStringsMarker) {
      sheet = Array(bytes[..<marker.lowerBound])
      strings = Array(bytes[marker.upperBound...])
    }
    let relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    let package = "http://schemas.openxmlformats.org/package/2006/relationships"
    var zip = ZipWriter(compression: .stored)
    zip.add(
      path: "_rels/.rels",
      bytes: Array(
        ("<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" "
          + "Type=\"\(relType)officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>").utf8))
    zip.add(
      path: "xl/workbook.xml",
      bytes: Array(
        ("<workbook xmlns:r=\"\(relType.dropLast())\"><sheets><sheet name=\"Значения\" "
          + "sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").utf8))
    zip.add(
      path: "xl/_rels/workbook.xml.rels",
      bytes: Array(
        ("<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" "
          + "Type=\"\(relType)worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"\(relType)sharedStrings\" "
          + "Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" "
          + "Type=\"\(relType)styles\" Target=\"styles.xml\"/></Relationships>").utf8))
    zip.add(path: "xl/worksheets/sheet1.xml", bytes: sheet)
    if let strings { zip.add(path: "xl/sharedStrings.xml", bytes: strings) }
    zip.add(
      path: "xl/styles.xml",
      bytes: Array(
        ("<styleSheet><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
          + "</cellXfs></styleSheet>").utf8))
    return zip.finish()
  }
}
