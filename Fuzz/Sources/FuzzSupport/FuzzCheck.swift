import Foundation
import QualityKit

/// What every fuzz target checks beyond «no crash»: an error a reader throws names its place and
/// reads as a sentence. A broken rule traps, so libFuzzer records the input as a crash.
public enum FuzzCheck {
  /// Text that only Swift or Foundation write, never a message of QualityKit's.
  static let rawText = [
    "Optional(", "Swift.", "DecodingError", "NSError", "NSCocoaErrorDomain", "Error Domain",
    "The data couldn’t be read", "The operation could not", "Foundation.", "Cannot initialize",
  ]

  /// The bytes of a bundled sample file, `Examples/Data/NAME` of the main package.
  public static func bundled(_ name: String) -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Examples/Data/\(name)")
    guard let data = try? Data(contentsOf: url) else {
      fatalError("fuzz setup: cannot read \(url.path)")  // not a finding: the checkout is wrong
    }
    return [UInt8](data)
  }

  /// The bundled sample's three data files, read once (a static is made on first use).
  static let sample: [String: [UInt8]] = Dictionary(
    uniqueKeysWithValues: ["schools.csv", "values.csv", "benchmarks.csv"].map { ($0, bundled($0)) })

  /// Traps unless `error` has a line and column of at least 1 and words without raw text. A
  /// workbook's problem may concern the whole book (line 0: not a workbook, a damaged archive or
  /// part) or a whole row of a sheet (column 0: a row out of order), and must name the sheet when
  /// it concerns a row.
  public static func check(_ error: CSVError) {
    if case .unreadableFile = error.kind { return }
    if case .workbook = error.kind, error.line == 0 || error.column == 0 {
      if error.line > 0, error.sheet == nil {
        fatalError("workbook row error without a sheet: \(error.located(in: .english))")
      }
      for language in [Language.russian, .english] {
        checkWording(error.located(in: language))
      }
      return
    }
    guard error.line >= 1, error.column >= 1 else {
      fatalError("CSV error without line and column: \(error.located(in: .english))")
    }
    for language in [Language.russian, .english] {
      checkWording(error.located(in: language))
    }
  }

  /// Traps unless `error` has a line and column and words without raw text.
  public static func check(_ error: PackFileError) {
    guard error.line != nil, error.column != nil else {
      fatalError("pack error without line and column: \(error.located(in: .english))")
    }
    for language in [Language.russian, .english] {
      checkWording(error.located(in: language))
    }
  }

  /// Loads the bundled sample through `DatasetLoader` with `bytes` in place of its file `name`
  /// (`schools.csv`, `values.csv` or `benchmarks.csv`), in strict and in collecting mode, and
  /// checks every error, thrown or collected: the one body of the three loader targets and the
  /// workbook target.
  public static func loadSample(replacing name: String, with bytes: UnsafeRawBufferPointer) {
    loadSample(replacing: name, withBytes: [UInt8](bytes))
  }

  /// ``loadSample(replacing:with:)`` with the bytes in an array.
  public static func loadSample(replacing name: String, withBytes bytes: [UInt8]) {
    func source(_ file: String) -> CSVSource {
      CSVSource(name: file, bytes: file == name ? bytes : sample[file] ?? [])
    }
    let schools = source("schools.csv")
    let values = source("values.csv")
    let benchmarks = source("benchmarks.csv")
    for mode in CSVSource.ReadMode.allCases {
      do {
        let loaded = try DatasetLoader.load(
          schools: schools, values: [values], benchmarks: benchmarks, mode: mode)
        loaded.rejected.forEach(check)
      } catch {
        check(error)
      }
    }
  }

  static func checkWording(_ text: String) {
    for raw in rawText where text.contains(raw) {
      fatalError("raw Swift or Foundation text in a message: \(text)")
    }
  }
}
