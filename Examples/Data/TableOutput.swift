import Foundation
import QualityKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How the example tools write a report's tables for `--format csv` and `--format xlsx`, with
/// `--section ID` and `--out FILE`: the one place the three tools share it.
///
/// - CSV holds one table per file. `--section ID` picks one. With `--out FILE.csv` and several
///   tables, the main table goes to `FILE.csv` and each other table to `FILE.ID.csv` beside it
///   (`plan.csv`, `plan.school-roadmaps.csv`, `plan.partners.csv`). To standard output without
///   `--section`, the main table is written and standard error says which other tables there are
///   and how to get them: nothing is left out silently.
/// - A workbook holds every table (or the one `--section` picks), a sheet each. It is binary: to a
///   terminal it is refused with a hint to use `--out FILE.xlsx`; to a pipe or a file it is
///   written.
public enum TableOutput {
  /// The table ids of `tables`, for messages: `summary, municipalities, schools`.
  static func ids(_ tables: [ExportTable]) -> String {
    tables.map(\.id).joined(separator: ", ")
  }

  /// The tables `section` picks among `tables`: all for `nil`, else the one with that id.
  ///
  /// - Throws: A usage error naming the ids there are, for an unknown id.
  public static func select(_ tables: [ExportTable], section: String?, language: Language)
    throws(RunError) -> [ExportTable]
  {
    guard let section else { return tables }
    let picked = tables.filter { $0.id == section }
    guard picked.isEmpty else { return picked }
    throw .usage(
      language == .russian
        ? "--section: нет таблицы «\(section)»; таблицы этого отчёта: \(ids(tables))"
        : "--section: no table '\(section)'; the tables of this report: \(ids(tables))")
  }

  /// The path of table `id` next to `out`: `plan.csv` → `plan.partners.csv`.
  public static func siblingPath(of out: String, id: String) -> String {
    let base = out.lowercased().hasSuffix(".csv") ? String(out.dropLast(4)) : out
    return base + "." + id + ".csv"
  }

  /// Writes `tables` in `format` (`.csv` or `.xlsx`) to `out` or standard output, as the type's
  /// documentation says; `program` names the tool in messages.
  public static func write(
    _ tables: [ExportTable], format: ReportFormat, out: String?, language: Language,
    program: String
  ) throws(RunError) {
    if format == .xlsx {
      if out == nil, isatty(STDOUT_FILENO) == 1 {
        throw .usage(
          language == .russian
            ? "--format xlsx пишет двоичный файл: укажите --out ФАЙЛ.xlsx или перенаправьте вывод"
            : "--format xlsx writes a binary file: add --out FILE.xlsx or redirect the output")
      }
      var output = try ExampleData.output(to: out, language: language)
      ExportTable.workbook(tables, language: language).withUnsafeBufferPointer {
        output.write(bytes: $0)
      }
      output.finish(program: program, language: language)
      return
    }
    guard let main = ExportTable.main(of: tables) else { return }
    var output = try ExampleData.output(to: out, language: language)
    main.writeCSV(language: language, to: &output)
    output.finish(program: program, language: language)
    let others = tables.filter { $0.id != main.id }
    guard !others.isEmpty else { return }
    if let out {
      for table in others {
        var file = try ExampleData.output(
          to: siblingPath(of: out, id: table.id), language: language)
        table.writeCSV(language: language, to: &file)
        file.finish(program: program, language: language)
      }
      return
    }
    var note = FileOutput.standardError()
    note.write(
      language == .russian
        ? "\(program): выведена таблица \(main.id); другие таблицы отчёта: \(ids(others)) — "
          + "выберите --section ID или укажите --out ФАЙЛ.csv (файл на каждую таблицу)\n"
        : "\(program): wrote table \(main.id); the report's other tables: \(ids(others)) — "
          + "pick one with --section ID or give --out FILE.csv (a file per table)\n")
    try? note.finish()
  }
}
