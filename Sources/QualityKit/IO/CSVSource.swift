import Foundation

/// The bytes of one input file and the name errors will give it.
///
/// The readers in `IO/` work on bytes, never on a decoded `String` of the whole file. A source
/// keeps the name exactly as the caller gave it — a path as typed on the command line, or any label
/// a test chooses — because every ``CSVError`` names the file that way.
///
/// - Complexity: O(n) to copy n bytes in; reading a file is O(n) as well.
///
/// ```swift
/// let source = CSVSource(name: "schools.csv", text: "school_id;name;municipality\nS1;СОШ №1;М\n")
/// source.bytes.count  // 46
/// ```
public struct CSVSource: Sendable, Hashable {
  /// The file name used in error messages.
  public var name: String
  /// The file's bytes, byte order mark included if it has one.
  public var bytes: [UInt8]
  /// For a sheet of an Excel workbook (``Workbook/source(sheet:)``): the sheet and the row of
  /// each line of ``bytes``, which then hold the sheet as CSV text; `nil` for a CSV file.
  public internal(set) var sheetLines: SheetLines?

  /// Wraps bytes.
  ///
  /// - Parameters:
  ///   - name: The file name for error messages.
  ///   - bytes: The file's content.
  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }

  /// Wraps the content of a `Data` value.
  ///
  /// - Parameters:
  ///   - name: The file name for error messages.
  ///   - data: The file's content.
  public init(name: String, data: Data) {
    self.init(name: name, bytes: [UInt8](data))
  }

  /// Wraps text, encoded as UTF-8 (convenient in tests).
  ///
  /// - Parameters:
  ///   - name: The file name for error messages.
  ///   - text: The file's content.
  public init(name: String, text: String) {
    self.init(name: name, bytes: Array(text.utf8))
  }

  /// Reads a file.
  ///
  /// The name is the URL's path as the caller wrote it: `relativePath` for a file URL (so
  /// `URL(fileURLWithPath: "data/v.csv")` is named `data/v.csv`), the whole URL otherwise.
  ///
  /// An Excel workbook, recognised by its bytes whatever its extension, is read as its first
  /// sheet; a path `book.xlsx:Лист` that is no file names the sheet `Лист` of `book.xlsx` (see
  /// ``Workbook``). An `.xls`, `.xlsb` or `.ods` file, or a password-protected book, is a
  /// ``CSVError/Kind/workbook(_:)`` error that says what to do.
  ///
  /// - Parameter url: The file to read.
  /// - Throws: ``CSVError/Kind/unreadableFile(_:)`` at line 0 when the file does not exist, is a
  ///   folder or cannot be read; its ``FileAccessError`` says which, with the path.
  /// - Complexity: O(n) in the size of the file.
  ///
  /// ```swift
  /// let source = try CSVSource(contentsOf: URL(fileURLWithPath: "data/schools.csv"))
  /// source.name  // "data/schools.csv"
  /// ```
  public init(contentsOf url: URL) throws(CSVError) {
    var url = url
    var name = url.isFileURL ? url.relativePath : url.absoluteString
    var sheet: String?
    let split = Workbook.splitSheet(name)
    if url.isFileURL, split.sheet != nil, !FileManager.default.fileExists(atPath: url.path) {
      url = URL(fileURLWithPath: split.path)
      name = split.path
      sheet = split.sheet
    }
    let bytes: [UInt8]
    do {
      bytes = try FileBytes.read(url, name: name)
    } catch {
      throw CSVError(kind: .unreadableFile(error), file: name, line: 0, column: 0)
    }
    guard sheet != nil || WorkbookArchive.container(of: bytes) != nil else {
      self.init(name: name, bytes: bytes)
      return
    }
    self = try Workbook(bytes: bytes, name: name).source(sheet: sheet)
  }
}
