import Foundation
import QualityKit

/// The bundled sample: the nine Lesosibirsk schools of seed 003 over three years (see README.md in
/// this folder for which figures come from the document).
public enum ExampleData {
  /// The URL of a bundled file: `schools.csv`, `values.csv` or `benchmarks.csv`.
  public static func url(_ name: String) -> URL? {
    let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { return nil }
    return Bundle.module.url(forResource: parts[0], withExtension: parts[1])
  }

  /// The URL of a bundled file, or a CSV error naming it when the bundle lacks it.
  public static func bundledURL(_ name: String) throws(CSVError) -> URL {
    guard let url = url(name) else {
      // A build without the resource: the sample file is missing from the bundle.
      throw CSVError(
        kind: .unreadableFile(FileAccessError(kind: .notFound, path: name, access: .read)),
        file: name, line: 0, column: 0)
    }
    return url
  }

  /// Where a report goes: the file at `path` (`--out`), or standard output when it is `nil`.
  ///
  /// A file that cannot be created is a data error with the system's reason and the path
  /// («нет папки /nonexistent/dir для файла /nonexistent/dir/x.json»).
  public static func output(to path: String?, language: Language) throws(RunError) -> FileOutput {
    guard let path else { return .standardOutput() }
    do {
      return try FileOutput(path: path)
    } catch {
      throw .data(error.message(in: language))
    }
  }

  /// The names of the data files a run reads, for a report's heading: the files named on the
  /// command line (without their folders, so that a report does not depend on where it was run),
  /// or the bundled sample's.
  public static func fileNames(schools: String?, values: [String], benchmarks: String?) -> [String]
  {
    guard let schools else { return ["schools.csv", "values.csv", "benchmarks.csv"] }
    return ([schools] + values + (benchmarks.map { [$0] } ?? [])).map {
      URL(fileURLWithPath: $0).lastPathComponent
    }
  }

  /// The day a report is made on: `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) when the
  /// environment sets it, as reproducible builds do — the tests set it so that a report comes out
  /// the same on any day — or else today in the local time zone.
  public static func today(
    environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date()
  ) -> CalendarDate {
    var calendar = Calendar(identifier: .gregorian)
    var date = now
    if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text) {
      date = Date(timeIntervalSince1970: TimeInterval(seconds))
      calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    }
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return CalendarDate(
      clampingYear: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
  }

  /// The decisions of the file at `path` (`--decisions`), checked against the schools of
  /// `dataset` and the `categories` the run's packs decide; in collecting mode the rows refused go
  /// to `rejected`.
  public static func decisions(
    _ path: String, dataset: Dataset, categories: [SchoolCategory],
    mode: CSVSource.ReadMode = .strict, rejected: inout [CSVError]
  ) throws(CSVError) -> [Decision] {
    try DecisionsFile.read(
      try CSVSource(contentsOf: URL(fileURLWithPath: path)),
      schools: dataset.schools.map(\.id), categories: categories, mode: mode,
      rejected: &rejected)
  }

  /// The data files named on the command line, or the bundled sample when `schools` is `nil`;
  /// `progress` hears each file read.
  public static func load(
    schools: String?, values: [String], benchmarks: String?, mode: CSVSource.ReadMode = .strict,
    references: [MetricCatalog.Definition] = [], progress: RunProgress.Handler? = nil
  ) throws(CSVError) -> DatasetLoader.LoadedData {
    // The keys of relative targets are new to the standard catalogue (`Target.Relative
    // .references(of:)` leaves out the ones it has), so registering them cannot clash.
    let catalog = (try? MetricCatalog.standard.registering(contentsOf: references)) ?? .standard
    let keys = Set(references.map(\.key))
    if let schools {
      return try DatasetLoader.load(
        schools: URL(fileURLWithPath: schools), values: values.map { URL(fileURLWithPath: $0) },
        benchmarks: benchmarks.map { URL(fileURLWithPath: $0) }, catalog: catalog,
        references: keys, mode: mode, progress: progress)
    }
    return try DatasetLoader.load(
      schools: try bundledURL("schools.csv"), values: [try bundledURL("values.csv")],
      benchmarks: try bundledURL("benchmarks.csv"), catalog: catalog, references: keys,
      mode: mode, progress: progress)
  }
}

extension ExampleData {
  /// The sheets of the workbook at `path` (`--workbook`) by what they hold, each as the path
  /// `path:Лист` the readers take (see ``Workbook/Role`` for the sheet names looked for).
  ///
  /// - Parameters:
  ///   - path: The workbook, as typed.
  ///   - required: The roles the run needs from the book (those no explicit option gives).
  /// - Returns: The path of each role's sheet the book has.
  /// - Throws: ``CSVError``: the workbook cannot be read, or it lacks a required sheet (the error
  ///   names the sheet names looked for and lists the book's sheets).
  public static func workbookSheets(_ path: String, requiring required: [Workbook.Role])
    throws(CSVError) -> [Workbook.Role: String]
  {
    let book = try Workbook(contentsOf: URL(fileURLWithPath: path))
    var sheets: [Workbook.Role: String] = [:]
    for role in Workbook.Role.allCases {
      if let sheet = book.sheet(for: role) { sheets[role] = path + ":" + sheet }
    }
    for role in required where sheets[role] == nil {
      throw CSVError(
        kind: .workbook(
          .noSuchSheet(role.sheetNames.joined(separator: " / "), available: book.sheetNames)),
        file: path, line: 0, column: 0)
    }
    return sheets
  }

  /// Fills the data files `--workbook` holds: each of `schools`, `values`, `benchmarks` and
  /// `decisions` that no explicit option named takes its sheet of the book (schools and values
  /// must be there when not named). Nothing without a workbook.
  ///
  /// - Returns: Every role's sheet the book has, for the files a tool reads beyond these (the
  ///   reported values and monitoring records of `track-indicators`).
  public static func useWorkbook(
    _ workbook: String?, schools: inout String?, values: inout [String],
    benchmarks: inout String?, decisions: inout String?
  ) throws(CSVError) -> [Workbook.Role: String] {
    guard let workbook else { return [:] }
    let sheets = try workbookSheets(
      workbook, requiring: (schools == nil ? [.schools] : []) + (values.isEmpty ? [.values] : []))
    if schools == nil { schools = sheets[.schools] }
    if values.isEmpty, let sheet = sheets[.values] { values = [sheet] }
    if benchmarks == nil { benchmarks = sheets[.benchmarks] }
    if decisions == nil { decisions = sheets[.decisions] }
    return sheets
  }

  /// Without `--workbook`, `--schools` and `--values` come together, and `--benchmarks` only with
  /// them: what `identify-schools` and `plan-support` check.
  public static func checkDataFiles(
    workbook: String?, schools: String?, values: [String], benchmarks: String?
  ) throws(UsageError) {
    guard workbook == nil else { return }
    if schools != nil, values.isEmpty {
      throw UsageError(ru: "--schools требует --values", en: "--schools needs --values")
    }
    if schools == nil, !values.isEmpty || benchmarks != nil {
      throw UsageError(
        ru: "--values и --benchmarks требуют --schools",
        en: "--values and --benchmarks need --schools")
    }
  }
}
