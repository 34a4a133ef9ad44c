/// The delimiter of a CSV file and whether its numbers may use a decimal comma.
///
/// QualityKit reads files written by hand, by Russian Excel (`;` and `72,5`) and by other programs
/// (`,` and `72.5`, or tab-separated). ``detect(header:)`` picks the delimiter from the header line:
/// the one of `;`, `,` and tab that occurs most often outside quotes, with ties going to `;`. A
/// decimal comma is accepted only when the delimiter is not a comma; a decimal point is always
/// accepted.
///
/// - Complexity: Detection is O(h), where h is the length of the header line.
///
/// ```swift
/// let dialect = CSVDialect.detect(header: Array("school_id;year;results.quality_percent".utf8))
/// dialect.delimiter            // UInt8(ascii: ";")
/// dialect.allowsDecimalComma   // true
/// ```
struct CSVDialect: Sendable, Hashable {
  /// The byte that separates fields: `;`, `,` or tab.
  public let delimiter: UInt8
  /// Whether `72,5` is read as 72.5. True unless the delimiter is a comma.
  public let allowsDecimalComma: Bool

  /// Creates a dialect with `delimiter`; a decimal comma is allowed unless it is a comma.
  ///
  /// - Parameter delimiter: The field separator byte.
  public init(delimiter: UInt8) {
    self.delimiter = delimiter
    self.allowsDecimalComma = delimiter != UInt8(ascii: ",")
  }

  /// `;` with a decimal comma allowed: the format of Russian Excel.
  public static let semicolon = CSVDialect(delimiter: UInt8(ascii: ";"))
  /// `,` with a decimal point only.
  public static let comma = CSVDialect(delimiter: UInt8(ascii: ","))
  /// Tab with a decimal comma allowed.
  public static let tab = CSVDialect(delimiter: UInt8(ascii: "\t"))

  /// Detects the dialect from the start of a file.
  ///
  /// Counts `;`, `,` and tab outside double quotes in the first line (a UTF-8 byte order mark is
  /// skipped; a line break inside quotes does not end the line) and picks the most frequent. When
  /// two or more share the highest count — including a header with no delimiter at all — the
  /// result is `;`.
  ///
  /// - Parameter header: The file's bytes; only the first line is read.
  /// - Returns: The detected dialect.
  /// - Complexity: O(h), where h is the length of the first line.
  ///
  /// ```swift
  /// CSVDialect.detect(header: Array("scope,year,metric,value\n".utf8)) == .comma   // true
  /// CSVDialect.detect(header: Array("\"a;b\",c\n".utf8)) == .comma                // true
  /// ```
  public static func detect(header: some Collection<UInt8>) -> CSVDialect {
    var semicolons = 0
    var commas = 0
    var tabs = 0
    var inQuotes = false
    scan: for byte in header {
      switch byte {
      case CSVByte.quote: inQuotes.toggle()
      case _ where inQuotes: continue
      case CSVByte.lineFeed, CSVByte.carriageReturn: break scan
      case UInt8(ascii: ";"): semicolons += 1
      case UInt8(ascii: ","): commas += 1
      case CSVByte.tab: tabs += 1
      default: continue
      }
    }
    if commas > semicolons, commas > tabs { return .comma }
    if tabs > semicolons, tabs > commas { return .tab }
    return .semicolon
  }
}

/// The bytes the CSV readers look for.
enum CSVByte {
  static let quote = UInt8(ascii: "\"")
  static let lineFeed = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")
  static let tab = UInt8(ascii: "\t")
  static let space = UInt8(ascii: " ")
}
