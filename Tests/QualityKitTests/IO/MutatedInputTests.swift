import Foundation
import Testing

@testable import QualityKit

/// The bundled CSV files of `Examples/Data`, damaged in the ways real files are — a short or long
/// row, a repeated row, a missing column, an empty file, a NUL, a control character, a bad number,
/// a broken quote, stray bytes, other encodings — read by every reader in strict and in collecting
/// mode. Every error must name `file:LINE:COLUMN:` (both at least 1) and read as a sentence, never
/// as Swift's or Foundation's own text; files that are only re-encoded must read exactly as the
/// originals.
@Suite("Mutated input files")
struct MutatedInputTests {
  /// One bundled file and how to read it.
  struct Input: Sendable, CustomStringConvertible {
    let name: String
    var description: String { name }
  }

  static let inputs = [
    "schools.csv", "values.csv", "benchmarks.csv", "decisions.csv", "reported.csv",
    "monitoring-records.csv",
  ].map(Input.init)

  static let dataFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Examples/Data")

  static func original(_ name: String) throws -> String {
    try String(contentsOf: dataFolder.appendingPathComponent(name), encoding: .utf8)
  }

  /// Text that only Swift or Foundation write, never a message of ours.
  static let rawText = [
    "Optional(", "Swift.", "DecodingError", "NSError", "NSCocoaErrorDomain", "Error Domain",
    "The data couldn’t be read", "The operation could not", "Foundation.", "Cannot initialize",
  ]

  /// Reads `bytes` as the file `name` in `mode`: the result's description, and every error (the
  /// thrown one last).
  static func read(_ name: String, _ bytes: [UInt8], mode: CSVSource.ReadMode) throws -> (
    result: String?, errors: [CSVError]
  ) {
    let source = CSVSource(name: name, bytes: bytes)
    let schools = try SchoolsFile.read(
      CSVSource(name: "schools.csv", text: original("schools.csv")))
    let ids = schools.map(\.id)
    let indicators = try Self.firstCells("reported.csv").map { IndicatorID($0) }
    let procedures = try Self.firstCells("monitoring-records.csv").map {
      MonitoringProcedureID($0)
    }
    var builder = try Dataset.Builder(schools: schools)
    var rejected: [CSVError] = []
    do throws(CSVError) {
      let result: String
      switch name {
      case "schools.csv":
        result = "\(try SchoolsFile.read(source, mode: mode, rejected: &rejected))"
      case "values.csv":
        try ValuesFile.read(source, into: &builder, mode: mode, rejected: &rejected)
        let dataset = builder.build()
        result = dataset.metrics.flatMap { metric in
          dataset.years.map {
            "\(metric) \($0): \(dataset.column(metric, year: $0).map(Array.init) ?? [])"
          }
        }.joined(separator: "\n")
      case "benchmarks.csv":
        result = "\(try BenchmarksFile.read(source, mode: mode, rejected: &rejected))"
      case "decisions.csv":
        result =
          "\(try DecisionsFile.read(source, schools: ids, categories: [.lowResults, .unfavourableSocialConditions], mode: mode, rejected: &rejected))"
      case "reported.csv":
        result =
          "\(try ReportedValuesFile.read(source, indicators: indicators, schools: ids, mode: mode, rejected: &rejected))"
      default:
        result =
          "\(try MonitoringRecordsFile.read(source, procedures: procedures, mode: mode, rejected: &rejected))"
      }
      return (result, rejected)
    } catch {
      return (nil, rejected + [error])
    }
  }

  /// The first cells of the data rows of a bundled file (its indicators or procedures).
  static func firstCells(_ name: String) throws -> [String] {
    Array(
      Set(
        try original(name).split(separator: "\n").dropFirst()
          .map { String($0.split(separator: ";", omittingEmptySubsequences: false)[0]) }))
  }

  /// Checks that every error is located and worded, in both languages.
  static func expectLocated(_ errors: [CSVError], _ name: String, _ mutation: String) {
    for error in errors {
      #expect(error.file == name, "\(mutation): \(error)")
      #expect(error.line >= 1 && error.column >= 1, "\(mutation): \(error) has no line or column")
      for language in [Language.russian, .english] {
        let text = error.located(in: language)
        #expect(
          text.hasPrefix("\(name):\(error.line):\(error.column): "), "\(mutation): \(text)")
        for raw in rawText {
          #expect(!text.contains(raw), "\(mutation): \(text)")
        }
      }
    }
  }

  // MARK: - Mutations

  /// The file's lines, without the last empty one.
  static func lines(_ text: String) -> [String] {
    var lines = text.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  static func joined(_ lines: [String]) -> [UInt8] {
    Array((lines.joined(separator: "\n") + "\n").utf8)
  }

  /// Damages that must give at least one error, by name.
  static func failing(_ text: String) -> [(String, [UInt8])] {
    var lines = lines(text)
    func with(_ change: (inout [String]) -> Void) -> [UInt8] {
      var copy = lines
      change(&copy)
      return joined(copy)
    }
    func fields(_ line: String) -> [String] {
      line.components(separatedBy: ";")
    }
    let last = lines.count - 1
    var result: [(String, [UInt8])] = [
      ("short row", with { $0[last] = fields($0[last]).dropLast().joined(separator: ";") }),
      ("long row", with { $0[1] += ";лишнее" }),
      (
        "missing first column",
        with { $0 = $0.map { fields($0).dropFirst().joined(separator: ";") } }
      ),
      ("renamed first column", with { $0[0] = "x" + $0[0] }),
      ("empty file", []),
      ("blank lines only", Array("\n\n  \n".utf8)),
      ("byte order mark only", [0xEF, 0xBB, 0xBF]),
      ("unterminated quote", with { $0[last] = "\"" + $0[last] }),
      (
        "text after a closing quote",
        with { $0[1] = "\"a\"b;" + fields($0[1]).dropFirst().joined(separator: ";") }
      ),
    ]
    for (label, character) in [
      ("NUL", "\u{0}"), ("U+0001", "\u{1}"), ("escape", "\u{1B}"), ("DEL", "\u{7F}"),
      ("C1 U+0085", "\u{85}"),
    ] {
      result.append(
        (
          "\(label) in the first cell",
          with { $0[1] = String($0[1].prefix(2)) + character + $0[1].dropFirst(2) }
        ))
    }
    var invalid = Array(joined(lines).prefix(lines[0].utf8.count + 3))
    invalid += [0xFF] + joined(lines).dropFirst(invalid.count)
    result.append(("invalid UTF-8 in the first cell", invalid))
    lines.append(lines[1])
    result.append(("a repeated first row", joined(lines)))
    return result
  }

  /// The same text in other encodings and with other byte order marks: must read as the original.
  static func reencoded(_ text: String) -> [(String, [UInt8])] {
    func utf16(_ bigEndian: Bool) -> [UInt8] {
      text.utf16.flatMap { unit in
        bigEndian
          ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
      }
    }
    let cp1251: [UInt8] = text.unicodeScalars.map { scalar in
      switch scalar.value {
      case 0..<0x80: UInt8(scalar.value)
      case 0x410...0x44F: UInt8(scalar.value - 0x410 + 0xC0)
      case 0x401: 0xA8
      case 0x451: 0xB8
      case 0x2116: 0xB9
      case 0xAB: 0xAB
      case 0xBB: 0xBB
      case 0x2013: 0x96
      case 0x2014: 0x97
      default: 0x3F  // not in the bundled files; the comparison would fail
      }
    }
    let utf8 = Array(text.utf8)
    return [
      ("a byte order mark", [0xEF, 0xBB, 0xBF] + utf8),
      ("two byte order marks", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + utf8),
      ("UTF-16 LE with a byte order mark", [0xFF, 0xFE] + utf16(false)),
      ("UTF-16 BE with a byte order mark", [0xFE, 0xFF] + utf16(true)),
      ("UTF-16 LE without a byte order mark", utf16(false)),
      ("UTF-16 BE without a byte order mark", utf16(true)),
      ("UTF-16 LE with two byte order marks", [0xFF, 0xFE, 0xFF, 0xFE] + utf16(false)),
      ("CRLF line breaks", Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
    ] + (text.unicodeScalars.contains { $0.value > 0x7F } ? [("cp1251", cp1251)] : [])
  }

  /// A result's description as a sorted list of its comma-separated parts, brackets and the
  /// type's name left out.
  static func entries(_ text: String?) -> [String] {
    (text ?? "").replacingOccurrences(of: "ReportedValues(municipal: ", with: "")
      .replacingOccurrences(of: "Benchmarks(values: ", with: "")
      .filter { $0 != "[" && $0 != "]" }.split(separator: ",")
      .map { $0.trimmingCharacters(in: .whitespaces) }.sorted()
  }

  // MARK: - Tests

  @Test("every damage gives a located error in strict and collecting mode", arguments: inputs)
  func damagedFilesGiveLocatedErrors(input: Input) throws {
    let text = try Self.original(input.name)
    for (mutation, bytes) in Self.failing(text) {
      for mode in CSVSource.ReadMode.allCases {
        let (result, errors) = try Self.read(input.name, bytes, mode: mode)
        if mutation != "a repeated first row" || input.name != "decisions.csv" {
          #expect(
            !errors.isEmpty, "\(input.name), \(mutation), \(mode): no error, read \(result ?? "")")
        }
        Self.expectLocated(errors, input.name, "\(input.name), \(mutation), \(mode)")
      }
    }
  }

  @Test("a file in another encoding reads exactly as the UTF-8 original", arguments: inputs)
  func reencodedFilesReadTheSame(input: Input) throws {
    let text = try Self.original(input.name)
    let expected = try Self.read(input.name, Array(text.utf8), mode: .strict)
    #expect(expected.errors.isEmpty)
    for (mutation, bytes) in Self.reencoded(text) {
      let read = try Self.read(input.name, bytes, mode: .strict)
      #expect(read.errors.isEmpty, "\(input.name), \(mutation): \(read.errors)")
      // Benchmarks and reported values print dictionaries, whose order differs between two
      // values with the same entries: compare the entries.
      #expect(
        Self.entries(read.result) == Self.entries(expected.result), "\(input.name), \(mutation)")
    }
  }

  @Test("bytes changed at random give only located errors", arguments: inputs)
  func randomDamageGivesOnlyLocatedErrors(input: Input) throws {
    let original = Array(try Self.original(input.name).utf8)
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let interesting: [UInt8] = [
      0, 1, 0x0A, 0x0D, 0x22, 0x3B, 0x2C, 0x09, 0x20, 0x7F, 0xC2, 0xFF, 0xD0,
    ]
    for round in 0..<300 {
      var bytes = original
      for _ in 0...next(3) {
        let at = next(bytes.count)
        let byte = next(2) == 0 ? interesting[next(interesting.count)] : UInt8(next(256))
        switch next(3) {
        case 0: bytes[at] = byte
        case 1: bytes.insert(byte, at: at)
        default: bytes.remove(at: at)
        }
      }
      for mode in CSVSource.ReadMode.allCases {
        let (_, errors) = try Self.read(input.name, bytes, mode: mode)
        Self.expectLocated(errors, input.name, "\(input.name), round \(round), \(mode)")
      }
    }
  }

  @Test("a NUL inside a school name is an error at its cell, not part of the name")
  func nulInASchoolName() {
    let text = "school_id;name;municipality\nS1;Школа\u{0}№1;Город\n"
    #expect(
      throws: CSVError(kind: .controlCharacter("\u{0}"), file: "s.csv", line: 2, column: 2)
    ) {
      _ = try SchoolsFile.read(CSVSource(name: "s.csv", text: text))
    }
  }

  @Test("a cp1251 schools file reads as the Russian text it is")
  func windows1251() throws {
    // «МБОУ СОШ №1» and «Город» in cp1251: М CC, Б C1, О CE, У D3, С D1, Ш D8, № B9; Г C3, о EE,
    // р F0, д E4.
    var bytes = Array("school_id;name;municipality\nS1;".utf8)
    bytes += [0xCC, 0xC1, 0xCE, 0xD3, 0x20, 0xD1, 0xCE, 0xD8, 0x20, 0xB9, 0x31, 0x3B]
    bytes += [0xC3, 0xEE, 0xF0, 0xEE, 0xE4, 0x0A]
    let schools = try SchoolsFile.read(CSVSource(name: "s.csv", bytes: bytes))
    #expect(schools.map(\.name) == ["МБОУ СОШ №1"])
    #expect(schools.map(\.municipality) == ["Город"])
  }

  @Test("an unpaired surrogate in a UTF-16 file is an error at its cell, naming UTF-16")
  func unpairedSurrogate() {
    var units = Array("school_id;name;municipality\nS1;".utf16)
    units += [0xD800]
    units += Array(";М\n".utf16)
    let bytes: [UInt8] =
      [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    #expect(
      throws: CSVError(
        kind: .invalidText(.utf16LittleEndian), file: "s.csv", line: 2, column: 2)
    ) {
      _ = try SchoolsFile.read(CSVSource(name: "s.csv", bytes: bytes))
    }
  }

  @Test("one stray byte in a UTF-8 file stays invalid UTF-8, not a guess of cp1251")
  func strayByteIsNotWindows1251() {
    var bytes = Array("school_id;name;municipality\nS1;Школа".utf8)
    bytes += [0xE0] + Array(";Город\n".utf8)
    #expect(throws: CSVError(kind: .invalidUTF8, file: "s.csv", line: 2, column: 2)) {
      _ = try SchoolsFile.read(CSVSource(name: "s.csv", bytes: bytes))
    }
  }

  @Test("a tab and a line break inside quotes are text, not control characters")
  func tabAndQuotedLineBreakAreText() throws {
    let text = "school_id;name;municipality\nS1;\"Школа\t№1\nкорпус 2\";Город\n"
    let schools = try SchoolsFile.read(CSVSource(name: "s.csv", text: text))
    #expect(schools.map(\.name) == ["Школа\t№1\nкорпус 2"])
  }
}
