/// A table a report exports: the one model that both CSV and Excel workbooks are written from, so
/// that a sheet and its CSV twin hold the same rows, headers and numbers.
///
/// A table has an ``id`` (`--section ID` picks it; CSV files next to `--out` are named by it), a
/// title in both languages (the sheet's name), typed ``Column``s and rows written cell by cell into
/// a ``TableRowWriter``: the rows are not kept as values, so a table of 400,000 rows costs the
/// bytes of its output and nothing more.
///
/// Small-group suppression is the report's: a hidden value is an empty cell, and the row's note
/// says why, in CSV and in the workbook alike.
///
/// - Complexity: writing is O(r · c) in rows and columns, done by the writer; making a table is
///   O(c).
///
/// ```swift
/// let table = ExportTable(
///   id: "parameters", title: LocalizedText(ru: "Параметры", en: "Parameters"),
///   columns: [.init("параметр", "parameter"), .init("значение", "value", .decimal(places: 2))]
/// ) { row in
///   row.text("доля школ снизу"); row.number(25); row.endRow()
/// }
/// table.csv(language: .russian)  // "\u{FEFF}параметр;значение\r\nдоля школ снизу;25\r\n"
/// ```
public struct ExportTable: Sendable {
  /// What a column holds: how CSV writes its cells and how a workbook stores and shows them.
  public enum Kind: Sendable, Hashable {
    /// Text for people (names, titles, explanations).
    case text
    /// An identifier (`school_id`, a measure id): text kept as written.
    case code
    /// A whole number, shown as `0`.
    case integer
    /// A number shown with `places` decimals in a workbook; CSV writes up to six decimals, as the
    /// JSON export does, so nothing the data holds is rounded away.
    case decimal(places: Int)
    /// A share or percentage computed by the report, rounded to `places` decimals in CSV too.
    case share(places: Int)
    /// A calendar day: `ДД.ММ.ГГГГ` in Russian CSV, `YYYY-MM-DD` in English, a date cell in a
    /// workbook.
    case date
    /// A list of short items (years, categories): one cell, items joined by `, `, always quoted
    /// in CSV.
    case list
  }

  /// A column: its header in both languages and what it holds.
  public struct Column: Sendable, Hashable {
    /// The header.
    public var header: LocalizedText
    /// What the cells hold.
    public var kind: Kind

    /// A column headed `ru` in Russian and `en` in English.
    public init(_ ru: String, _ en: String, _ kind: Kind = .text) {
      header = LocalizedText(ru: ru, en: en)
      self.kind = kind
    }

    /// An identifier column: the same header (`school_id`) in both languages.
    public static func code(_ name: String) -> Column { Column(name, name, .code) }
  }

  /// The table's id: lowercase Latin letters and hyphens (`schools`, `municipal-roadmap`).
  public let id: String
  /// The title, also the sheet's name (cut to Excel's 31 characters).
  public let title: LocalizedText
  /// The columns, in order.
  public let columns: [Column]
  /// Whether this is the report's main table: the one CSV writes to standard output without
  /// `--section`. A report with none marked has its first table as main.
  public var isMain: Bool
  /// Writes the rows: for each row, one call per column in order, then ``TableRowWriter/endRow()``.
  let rows: @Sendable (TableRowWriter) -> Void
  /// For a table whose rows come from items in order (a school's rows, then the next school's):
  /// how many items, and the rows of a range of them; CSV is then written on all cores.
  let items: (count: Int, rows: @Sendable (Range<Int>, TableRowWriter) -> Void)?

  /// A table whose rows `rows` writes.
  public init(
    id: String, title: LocalizedText, columns: [Column], isMain: Bool = false,
    rows: @escaping @Sendable (TableRowWriter) -> Void
  ) {
    self.id = id
    self.title = title
    self.columns = columns
    self.isMain = isMain
    self.rows = rows
    items = nil
  }

  /// A table whose rows come from `count` items in order: `rows` writes the rows of the items of
  /// a range (a range of schools, each with its rows). Being able to write a part of the table on
  /// its own lets CSV be written on all cores, the parts joined in order. (A workbook's sheet is
  /// written by one writer: its rows are numbered, and its compression already takes the other
  /// cores.)
  public init(
    id: String, title: LocalizedText, columns: [Column], isMain: Bool = false, items count: Int,
    rows: @escaping @Sendable (Range<Int>, TableRowWriter) -> Void
  ) {
    self.id = id
    self.title = title
    self.columns = columns
    self.isMain = isMain
    self.rows = { writer in rows(0..<count, writer) }
    items = (count, rows)
  }

  /// The main table of `tables`: the one marked, or the first.
  public static func main(of tables: [ExportTable]) -> ExportTable? {
    tables.first(where: \.isMain) ?? tables.first
  }
}
