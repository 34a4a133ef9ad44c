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
}
