/// Something about the input a reader of the report should know: a rejected cell, a missing benchmark,
/// a metric no school has.
public struct DataIssue: Sendable, Hashable, Comparable {
  /// How serious the issue is.
  public enum Severity: String, Sendable, Hashable, Codable {
    /// Input was rejected (collecting mode): the cell is treated as missing.
    case error
    /// Results may be `insufficient_data` because of it.
    case warning
  }

  /// How serious.
  public var severity: Severity
  /// A stable machine-readable code, e.g. `value_out_of_range` or `missing_regional_benchmark`.
  public var code: String
  /// The input file, when the issue is located in one.
  public var file: String?
  /// The 1-based line, when located.
  public var line: Int?
  /// The 1-based column, when located.
  public var column: Int?
  /// What is wrong.
  public var message: LocalizedText

  /// Creates an issue.
  public init(
    severity: Severity, code: String, file: String? = nil, line: Int? = nil, column: Int? = nil,
    message: LocalizedText
  ) {
    self.severity = severity
    self.code = code
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:column: message` (as much of the location as is known), or the message alone.
  public func text(in language: Language) -> String {
    guard let file else { return message[language] }
    var location = file
    if let line {
      location += ":\(line)"
      if let column { location += ":\(column)" }
    }
    return "\(location): \(message[language])"
  }

  /// Orders by file, line, column, then code, so reports list issues deterministically.
  public static func < (lhs: DataIssue, rhs: DataIssue) -> Bool {
    let l = (lhs.file ?? "", lhs.line ?? 0, lhs.column ?? 0)
    let r = (rhs.file ?? "", rhs.line ?? 0, rhs.column ?? 0)
    if l != r { return l < r }
    if lhs.code != rhs.code { return lhs.code < rhs.code }
    return lhs.message.ru < rhs.message.ru
  }
}
