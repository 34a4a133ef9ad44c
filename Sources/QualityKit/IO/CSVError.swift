import Foundation

/// A problem in an input CSV file, with the place where it was found.
///
/// Every reader in `IO/` reports what it cannot accept as a `CSVError`: the ``kind`` says what is
/// wrong, and ``file``, ``line`` and ``column`` say where. The file is named exactly as the caller
/// gave it, so the message points at what the user typed. Lines are the physical lines of the file,
/// counted from 1; a record that spans several lines (a quoted field with a line break) is reported
/// at the line it starts on. The column is the 1-based position of the field in its record, or 0
/// when the error concerns a whole line; the line is 0 when it concerns the whole file.
///
/// Messages are written in Russian by default (``description``) and in English on request
/// (``message(in:)``). All of them come from one switch in this file, so tests compare error values,
/// never strings.
///
/// - Complexity: Creating an error is O(1); a message is O(m) in the length of the text it quotes.
///
/// ```swift
/// let error = CSVError(kind: .notANumber("abc"), file: "values.csv", line: 3, column: 4)
/// error.description                // "values.csv:3:4: «abc» — не число"
/// error.message(in: .english)      // "\"abc\" is not a number"
/// ```
public struct CSVError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
  /// What is wrong.
  public enum Kind: Sendable, Hashable {
    /// The file could not be read at all: missing, a folder, no permission, …; the error's
    /// sentence names the path.
    case unreadableFile(FileAccessError)
    /// The file has no header line (it is empty or holds only blank lines).
    case emptyFile
    /// The header lacks a required column.
    case missingColumn(String)
    /// The header names the same column twice.
    case duplicateColumn(String)
    /// The header has a column this kind of file does not have.
    case unexpectedColumn(String)
    /// A header column has an empty name (other than trailing empty columns, which are ignored).
    case emptyColumnName
    /// A metric key that the ``MetricCatalog`` does not define.
    case unknownMetric(String)
    /// A cell that should hold a number holds this text (also `nan`, `inf` and numbers too large
    /// for a `Double`).
    case notANumber(String)
    /// A number outside its metric's valid range.
    case valueOutOfRange(metric: MetricKey, value: Double, range: ClosedRange<Double>)
    /// A second value for a (school, year, metric) cell that already has one.
    case duplicateValue(school: SchoolID, year: Int, metric: MetricKey)
    /// A second row for the same (school, year) in a wide values file.
    case duplicateRow(school: SchoolID, year: Int)
    /// A second school with the same id in the schools file.
    case duplicateSchool(SchoolID)
    /// A value for a school that the schools file does not list.
    case unknownSchool(SchoolID)
    /// A year that is not an integer between 1900 and 2200 (or `2021/2022`).
    case invalidYear(String)
    /// A school kind other than those of ``School/Kind``.
    case invalidKind(String)
    /// A settlement other than `urban` or `rural`.
    case invalidSettlement(String)
    /// A benchmark scope other than `region`, `region:<name>`, `country` or `municipality:<name>`.
    case invalidScope(String)
    /// A second benchmark for the same (scope, year, metric).
    case duplicateBenchmark(scope: String, year: Int, metric: MetricKey)
    /// A benchmark for a municipality no school of the schools file is in, with the nearest
    /// names among those of the schools file (another letter case counts as near).
    case unknownMunicipality(String, similar: [String])
    /// A `region:<name>` benchmark for a region no school of the schools file is in, with the
    /// nearest names among those of the schools file.
    case unknownRegion(String, similar: [String])
    /// A benchmark no value of the data can be compared with: no school has a value of its metric,
    /// or none has a value in its year.
    case unusedBenchmark(metric: MetricKey, year: Int, metricAbsent: Bool)
    /// An empty school id.
    case emptyIdentifier
    /// An empty cell in a column that must have a value (e.g. `name`, `year`, `metric`).
    case missingValue(column: String)
    /// A row whose number of fields differs from the header's.
    case wrongFieldCount(expected: Int, found: Int)
    /// An unterminated quoted field, or text after a closing quote.
    case malformedQuoting
    /// Bytes that are not valid UTF-8 in a text field.
    case invalidUTF8
    /// Bytes that are not text in the encoding the file was recognised in (UTF-16 or cp1251; see
    /// ``InputEncoding``): an unpaired surrogate, an odd last byte, cp1251's unassigned 0x98.
    case invalidText(InputEncoding)
    /// A NUL or another control character in a text cell: the file is damaged or not text.
    case controlCharacter(Unicode.Scalar)
    /// A cell whose meaning a domain's reader refuses (an indicator, a monitoring procedure or
    /// record): the problem is the domain's own, e.g. ``ReportedValuesFile/Problem`` or
    /// ``MonitoringRecordsFile/Problem``.
    case content(CSVError.ContentIssue)
    /// A workbook that cannot be read, or a cell of it whose value cannot: see ``WorkbookProblem``.
    case workbook(WorkbookProblem)

    /// «; возможно, «г. Лесосибирск»» — the near names of an unknown one, or nothing.
    private static func hint(_ similar: [String], _ ru: Bool) -> String {
      guard !similar.isEmpty else { return "" }
      return (ru ? "; возможно, " : "; perhaps ")
        + similar.map { ru ? "«\($0)»" : "\"\($0)\"" }.joined(separator: ", ")
    }

    /// The sentence that says what is wrong, in `language`.
    ///
    /// - Parameter language: Russian (the default of every report) or English.
    /// - Returns: One sentence without the location and without a final full stop.
    /// - Complexity: O(m), where m is the length of the quoted text.
    ///
    /// ```swift
    /// CSVError.Kind.unknownSchool("S9").message(in: .russian)
    /// // "школы S9 нет в файле школ"
    /// ```
    public func message(in language: Language = .russian) -> String {
      let ru = language == .russian
      switch self {
      case .unreadableFile(let error):
        return error.message(in: language)
      case .emptyFile:
        return ru ? "файл пуст: нет строки заголовка" : "the file is empty: there is no header line"
      case .missingColumn(let name):
        return ru ? "нет обязательного столбца «\(name)»" : "required column \"\(name)\" is missing"
      case .duplicateColumn(let name):
        return ru
          ? "столбец «\(name)» указан в заголовке дважды"
          : "column \"\(name)\" appears twice in the header"
      case .unexpectedColumn(let name):
        return ru
          ? "лишний столбец «\(name)»: в файле этого вида его быть не может"
          : "unexpected column \"\(name)\" for this kind of file"
      case .emptyColumnName:
        return ru ? "у столбца в заголовке нет названия" : "a header column has no name"
      case .unknownMetric(let key):
        return ru
          ? "неизвестная метрика «\(key)»: её нет в каталоге метрик"
          : "unknown metric \"\(key)\": it is not in the metric catalogue"
      case .notANumber(let text):
        return ru ? "«\(text)» — не число" : "\"\(text)\" is not a number"
      case .valueOutOfRange(let metric, let value, let range):
        let v = Self.format(value, language)
        let lo = Self.format(range.lowerBound, language)
        let hi = Self.format(range.upperBound, language)
        return ru
          ? "значение \(v) вне допустимого диапазона \(lo)–\(hi) для метрики \(metric)"
          : "value \(v) is outside the valid range \(lo)–\(hi) of metric \(metric)"
      case .duplicateValue(let school, let year, let metric):
        return ru
          ? "повторное значение: у школы \(school) за \(year) год уже есть значение метрики \(metric)"
          : "duplicate value: school \(school) already has a value of \(metric) for \(year)"
      case .duplicateRow(let school, let year):
        return ru
          ? "повторная строка: школа \(school) за \(year) год уже встречалась в этом файле"
          : "duplicate row: school \(school) for \(year) already appears in this file"
      case .duplicateSchool(let school):
        return ru
          ? "школа \(school) уже описана выше: идентификатор повторяется"
          : "school id \(school) appears more than once"
      case .unknownSchool(let school):
        return ru
          ? "школы \(school) нет в файле школ" : "school \(school) is not in the schools file"
      case .invalidYear(let text):
        return ru
          ? "«\(text)» — не год: ожидается целое число от 1900 до 2200 или вид 2021/2022"
          : "\"\(text)\" is not a year: expected an integer 1900–2200 or the form 2021/2022"
      case .invalidKind(let text):
        let allowed = School.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        return ru
          ? "неизвестный тип школы «\(text)»: допустимы \(allowed)"
          : "unknown school kind \"\(text)\": expected one of \(allowed)"
      case .invalidSettlement(let text):
        return ru
          ? "неизвестный тип местности «\(text)»: допустимы urban, rural"
          : "unknown settlement \"\(text)\": expected urban or rural"
      case .invalidScope(let text):
        return ru
          ? "неверная область сравнения «\(text)»: ожидается region, region:<название>, country "
            + "или municipality:<название>"
          : "invalid scope \"\(text)\": expected region, region:<name>, country or "
            + "municipality:<name>"
      case .duplicateBenchmark(let scope, let year, let metric):
        return ru
          ? "повторный ориентир: для \(scope) за \(year) год по метрике \(metric) он уже задан"
          : "duplicate benchmark for \(scope), \(year), metric \(metric)"
      case .unknownMunicipality(let name, let similar):
        return ru
          ? "в файле школ нет муниципалитета «\(name)»\(Self.hint(similar, ru))"
          : "no school of the schools file is in municipality \"\(name)\"\(Self.hint(similar, ru))"
      case .unknownRegion(let name, let similar):
        return ru
          ? "в файле школ нет региона «\(name)»\(Self.hint(similar, ru))"
          : "no school of the schools file is in region \"\(name)\"\(Self.hint(similar, ru))"
      case .unusedBenchmark(let metric, let year, let metricAbsent):
        if metricAbsent {
          return ru
            ? "ориентир не с чем сравнить: ни у одной школы нет значений метрики \(metric)"
            : "nothing to compare the benchmark with: no school has a value of metric \(metric)"
        }
        return ru
          ? "ориентир не с чем сравнить: ни у одной школы нет значений за \(year) год"
          : "nothing to compare the benchmark with: no school has values for \(year)"
      case .emptyIdentifier:
        return ru ? "пустой идентификатор школы" : "empty school id"
      case .missingValue(let column):
        return ru
          ? "пустое значение в обязательном столбце «\(column)»"
          : "empty value in required column \"\(column)\""
      case .wrongFieldCount(let expected, let found):
        return ru
          ? "в строке \(found) \(Self.fieldsWord(found)), а в заголовке \(expected)"
          : "the row has \(found) fields but the header has \(expected)"
      case .malformedQuoting:
        return ru
          ? "нарушены кавычки: незакрытая кавычка или текст после закрывающей кавычки"
          : "malformed quoting: an unterminated quote or text after a closing quote"
      case .invalidUTF8:
        return ru
          ? "текст не в кодировке UTF-8: сохраните файл как «CSV UTF-8»"
          : "the text is not valid UTF-8: save the file as \"CSV UTF-8\""
      case .invalidText(let encoding):
        return ru
          ? "файл в кодировке \(encoding.name), но в этой ячейке байты, которые в ней не читаются: "
            + "сохраните файл как «CSV UTF-8»"
          : "the file is in \(encoding.name), but this cell holds bytes that are not text in it: "
            + "save the file as \"CSV UTF-8\""
      case .controlCharacter(let scalar):
        let code =
          "U+" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16, uppercase: true)
        return ru
          ? "в тексте управляющий символ \(code): в данных такого не бывает — файл повреждён или "
            + "сохранён не как текст"
          : "the text holds control character \(code): data never does — the file is damaged or "
            + "not saved as text"
      case .content(let issue):
        return issue.message(in: language)
      case .workbook(let problem):
        return problem.message(in: language)
      }
    }

    /// A number as a message shows it: integers without a fraction, Russian with a decimal comma.
    static func format(_ value: Double, _ language: Language) -> String {
      let text =
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
      return language == .russian ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// «поле», «поля» or «полей» for a count.
    static func fieldsWord(_ count: Int) -> String {
      let lastTwo = count % 100
      let last = count % 10
      if (11...14).contains(lastTwo) { return "полей" }
      if last == 1 { return "поле" }
      if (2...4).contains(last) { return "поля" }
      return "полей"
    }
  }

  /// What is wrong.
  public var kind: Kind
  /// The file, named exactly as the caller gave it.
  public var file: String
  /// The 1-based physical line the record starts on; 0 when the error concerns the whole file.
  public var line: Int
  /// The 1-based position of the field in its record; 0 when the error concerns a whole line.
  public var column: Int
  /// The sheet, when ``file`` is an Excel workbook: then ``line`` is the sheet's row and ``column``
  /// its column (1 for A), and the place reads `file.xlsx:Лист!D17`. `nil` for a CSV file.
  public var sheet: String?

  /// Creates an error at a place in a file.
  ///
  /// - Parameters:
  ///   - kind: What is wrong.
  ///   - file: The file name as the caller gave it.
  ///   - line: The 1-based line, or 0 for the whole file.
  ///   - column: The 1-based field position, or 0 for the whole line.
  ///   - sheet: The sheet when `file` is a workbook (then `line` is its row, `column` its column).
  public init(kind: Kind, file: String, line: Int, column: Int, sheet: String? = nil) {
    self.kind = kind
    self.file = file
    self.line = line
    self.column = column
    self.sheet = sheet
  }

  /// The sentence that says what is wrong, without the location.
  ///
  /// - Parameter language: Russian (the default) or English.
  /// - Returns: The sentence from ``Kind/message(in:)``.
  /// - Complexity: O(m), where m is the length of the quoted text.
  ///
  /// ```swift
  /// CSVError(kind: .emptyIdentifier, file: "s.csv", line: 4, column: 1).message(in: .english)
  /// // "empty school id"
  /// ```
  public func message(in language: Language = .russian) -> String {
    kind.message(in: language)
  }

  /// The location and the message: `file:line:column: message`.
  ///
  /// The column is left out when it is 0 (the error concerns a whole line), and the line too when it
  /// is 0 (the whole file), as compilers do. In a workbook the place is the sheet and the cell as
  /// Excel writes them: `values.xlsx:Значения!D17`, a whole row `values.xlsx:Значения!17:17`, the
  /// whole sheet `values.xlsx:Значения`; a sheet name with spaces or punctuation is quoted
  /// (`'Лист 1'!B2`). A file that cannot be read is named by its sentence
  /// («нет файла s.csv»), so the location is not repeated in front of it.
  ///
  /// - Parameter language: Russian (the default) or English.
  /// - Returns: For example `values.csv:3:4: «abc» — не число`.
  /// - Complexity: O(m), where m is the length of the message.
  ///
  /// ```swift
  /// CSVError(kind: .emptyFile, file: "s.csv", line: 0, column: 0).located(in: .english)
  /// // "s.csv: the file is empty: there is no header line"
  /// ```
  public func located(in language: Language = .russian) -> String {
    if case .unreadableFile(let error) = kind, error.path == file, line == 0 {
      return error.message(in: language)
    }
    var location = file
    if let sheet {
      location += ":" + SheetReference.sheetName(sheet)
      if line > 0 {
        location +=
          "!" + (column > 0 ? SheetReference.cell(row: line, column: column) : "\(line):\(line)")
      }
    } else if line > 0 {
      location += ":\(line)"
      if column > 0 { location += ":\(column)" }
    }
    return "\(location): \(message(in: language))"
  }

  /// `file:line:column: message` in Russian; see ``located(in:)``.
  public var description: String { located(in: .russian) }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }
}
