/// The ZIP container of a workbook, and what a file is when it is not one.
///
/// This is the one place the workbook reader uses the ZIP layer (`Archive/`): parts are looked up
/// by path — exactly, then ignoring letter case, as some producers spell `xl/SharedStrings.xml` —
/// and every ZIP problem (a truncated archive, a bad CRC, a ZIP bomb past the limits) becomes
/// ``WorkbookProblem/archive(ru:en:)`` with the ZIP layer's own sentences.
///
/// - Complexity: O(e) to open an archive of e entries; a part is O(its size).
///
/// ```swift
/// let archive = try WorkbookArchive(bytes: bytes, name: "values.xlsx")
/// let workbook = try archive.part("xl/workbook.xml")
/// ```
struct WorkbookArchive: Sendable {
  /// What the first bytes of a file say it is.
  enum Container: Sendable, Hashable {
    /// A ZIP archive: an `.xlsx`, `.xlsb`, `.ods` or another.
    case zip
    /// An OLE2 compound file: an `.xls`, or a password-protected `.xlsx`.
    case ole2(encrypted: Bool)
  }

  /// The file name errors give.
  let name: String
  private let archive: ZipArchive
  /// Entry paths by their lower-case spelling.
  private let paths: [String: String]

  /// Opens the archive in `bytes`.
  ///
  /// - Throws: ``CSVError/Kind/workbook(_:)`` at line 0: ``WorkbookProblem/legacyExcel`` or
  ///   ``WorkbookProblem/encrypted`` for an OLE2 file, ``WorkbookProblem/archive(ru:en:)`` for a
  ///   ZIP archive the ZIP layer refuses.
  init(bytes: [UInt8], name: String) throws(CSVError) {
    self.name = name
    if case .ole2(let encrypted) = Self.container(of: bytes) {
      throw CSVError(
        kind: .workbook(encrypted ? .encrypted : .legacyExcel), file: name, line: 0, column: 0)
    }
    do {
      archive = try ZipArchive(bytes: bytes, name: name)
    } catch {
      throw Self.error(error, name)
    }
    var paths: [String: String] = [:]
    for entry in archive.entries where paths[entry.path.lowercased()] == nil {
      paths[entry.path.lowercased()] = entry.path
    }
    self.paths = paths
  }

  /// The bytes of the part at `path`, or `nil` when the archive has none.
  ///
  /// - Throws: ``WorkbookProblem/archive(ru:en:)`` when the entry cannot be extracted.
  func part(_ path: String) throws(CSVError) -> [UInt8]? {
    guard let actual = paths[path.lowercased()] else { return nil }
    do {
      return try archive.contents(of: actual)
    } catch {
      throw Self.error(error, name)
    }
  }

  /// The part at `path` unpacked on another thread while the caller reads it (``ZipUnpacking``),
  /// not started yet; `nil` when the archive has none.
  ///
  /// - Throws: ``WorkbookProblem/archive(ru:en:)`` when the entry cannot be extracted.
  func unpacking(_ path: String) throws(CSVError) -> ZipUnpacking? {
    guard let actual = paths[path.lowercased()], let entry = archive.entry(actual) else {
      return nil
    }
    do {
      return try archive.unpacking(of: entry)
    } catch {
      throw Self.error(error, name)
    }
  }

  /// Waits for the end of `unpacking` and says how it went.
  ///
  /// - Throws: ``WorkbookProblem/archive(ru:en:)`` for a corrupt stream, a wrong size, a bad CRC.
  func finish(_ unpacking: ZipUnpacking) throws(CSVError) {
    do {
      try unpacking.finish()
    } catch {
      throw Self.error(error, name)
    }
  }

  private static func error(_ error: ZipError, _ name: String) -> CSVError {
    CSVError(
      kind: .workbook(.archive(ru: error.message(in: .russian), en: error.message(in: .english))),
      file: name, line: 0, column: 0)
  }

  /// What `bytes` are by their first bytes: a ZIP archive (`PK\3\4`, or `PK\5\6` for an empty
  /// one), an OLE2 compound file (`D0 CF 11 E0 A1 B1 1A E1`; encrypted when it holds an
  /// `EncryptedPackage` stream), or neither (`nil`: text, read as CSV).
  ///
  /// - Complexity: O(1) for text and ZIP; O(n) for an OLE2 file, searched for the stream's name.
  static func container(of bytes: [UInt8]) -> Container? {
    if bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B,
      (bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6)
    {
      return .zip
    }
    let ole2: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    guard bytes.starts(with: ole2) else { return nil }
    // Directory entries hold stream names in UTF-16 LE.
    let stream = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    var index = 0
    let last = bytes.count - stream.count
    while index <= last {
      if bytes[index] == stream[0], bytes[index..<(index + stream.count)].elementsEqual(stream) {
        return .ole2(encrypted: true)
      }
      index += 1
    }
    return .ole2(encrypted: false)
  }
}
