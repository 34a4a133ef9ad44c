import Foundation
import Testing

@testable import QualityKit

/// The committed workbooks written by openpyxl and LibreOffice (Tests/Fixtures/Workbooks, made by
/// its scripts from the bundled sample) read to the same data as the sample's CSV files.
@Suite("Workbook fixtures")
struct WorkbookFixturesTests {
  typealias Fixture = WorkbookFixture

  static func csv(_ name: String) throws -> CSVSource {
    try CSVSource(contentsOf: Fixture.sample.appendingPathComponent(name))
  }

  static func sheet(_ book: String, _ sheet: String) throws -> CSVSource {
    try CSVSource(contentsOf: Fixture.folder.appendingPathComponent(book + ":" + sheet))
  }

  static let twins: [(csv: String, sheet: String)] = [
    ("schools.csv", "Школы"), ("values.csv", "Значения"), ("benchmarks.csv", "Эталоны"),
  ]

  @Test(
    "schools, values and benchmarks of each book are the sample's",
    arguments: ["openpyxl-sample.xlsx", "openpyxl-shared.xlsx", "libreoffice-sample.xlsx"])
  func dataset(book: String) throws {
    let expected = try DatasetLoader.load(
      schools: Self.csv("schools.csv"), values: [Self.csv("values.csv")],
      benchmarks: Self.csv("benchmarks.csv"))
    // The LibreOffice book has the schools and values only (with formulas).
    let hasBenchmarks = book != "libreoffice-sample.xlsx"
    let read = try DatasetLoader.load(
      schools: Self.sheet(book, "Школы"), values: [Self.sheet(book, "Значения")],
      benchmarks: hasBenchmarks ? Self.sheet(book, "Эталоны") : Self.csv("benchmarks.csv"))
    #expect(read.rejected.isEmpty)
    #expect(IOFixture.sameValues(read.dataset, expected.dataset))
    #expect(read.dataset.schools.map(\.name).first == "МБОУ «СОШ №1»")
    // LES01 2020: 70.2 (a formula in the LibreOffice book), 2,5 stored as text.
    let year = try #require(read.dataset.years.first)
    #expect(read.dataset.value(of: "ege.russian.mean_score", school: 0, year: year) == 70.2)
    #expect(read.dataset.value(of: "context.distance_to_center_km", school: 0, year: year) == 2.5)
    #expect(read.benchmarks.count == expected.benchmarks.count)
    #expect(read.benchmarks.count == 17)
  }

  @Test(
    "reported values, monitoring records and decisions of the openpyxl books are the sample's",
    arguments: ["openpyxl-sample.xlsx", "openpyxl-shared.xlsx"])
  func otherFiles(book: String) throws {
    let indicators: [IndicatorID] = [
      "krasnoyarsk.schools_analysed_share", "krasnoyarsk.experience_exchange_events_count",
      "krasnoyarsk.roadmaps_share", "krasnoyarsk.partnership_agreements_count",
      "krasnoyarsk.support_measures_coverage_share",
    ]
    let csvReported = try? ReportedValuesFile.read(Self.csv("reported.csv"), indicators: indicators)
    if let csvReported {
      #expect(
        try ReportedValuesFile.read(Self.sheet(book, "Отчётность"), indicators: indicators)
          == csvReported)
    }
    let procedures: [MonitoringProcedureID] = [
      "krasnoyarsk.identification_annual", "krasnoyarsk.roadmaps_annual",
      "krasnoyarsk.quality_monitoring",
    ]
    let records = try MonitoringRecordsFile.read(
      Self.sheet(book, "Мониторинг"), procedures: procedures)
    #expect(
      records
        == (try MonitoringRecordsFile.read(
          Self.csv("monitoring-records.csv"), procedures: procedures)))
    #expect(records.count == 3)
    let schools: [SchoolID] = (1...9).map { SchoolID("LES0\($0)") }
    let categories: [SchoolCategory] = [.lowResults, .unfavourableSocialConditions]
    let decisions = try DecisionsFile.read(
      Self.sheet(book, "Решения"), schools: schools, categories: categories)
    #expect(
      decisions
        == (try DecisionsFile.read(
          Self.csv("decisions.csv"), schools: schools, categories: categories)))
    #expect(decisions.count == 2)
  }

  @Test("the first sheet is read when no sheet is named; a sheet that does not exist lists them")
  func sheets() throws {
    let url = Fixture.folder.appendingPathComponent("openpyxl-sample.xlsx")
    let first = try CSVSource(contentsOf: url)
    #expect(first.sheetLines?.sheet == "Школы")
    #expect(first.name == url.relativePath)
    let missing = Fixture.folder.appendingPathComponent("openpyxl-sample.xlsx:Лист9")
    #expect(
      throws: CSVError(
        kind: .workbook(
          .noSuchSheet(
            "Лист9",
            available: ["Школы", "Значения", "Эталоны", "Отчётность", "Мониторинг", "Решения"])),
        file: url.relativePath, line: 0, column: 0)
    ) { try CSVSource(contentsOf: missing) }
    let book = try Workbook(contentsOf: url)
    #expect(book.sheet(for: .schools) == "Школы")
    #expect(book.sheet(for: .values) == "Значения")
    #expect(book.sheet(for: .benchmarks) == "Эталоны")
    #expect(book.sheet(for: .reported) == "Отчётность")
    #expect(book.sheet(for: .monitoring) == "Мониторинг")
    #expect(book.sheet(for: .decisions) == "Решения")
    // Letter case does not matter.
    #expect(try book.source(sheet: "значения").sheetLines?.sheet == "Значения")
  }

  @Test(
    "files that are no .xlsx, and damaged ones, are errors that say what to do",
    arguments: [
      ("legacy.xls", CSVError.Kind.workbook(.legacyExcel)),
      ("encrypted.xlsx", .workbook(.encrypted)),
      ("libreoffice-sample.ods", .workbook(.openDocument)),
      ("not-a-workbook.zip", .workbook(.notAWorkbook)),
      ("dtd.xlsx", .workbook(.documentTypeDeclaration(part: "xl/worksheets/sheet1.xml"))),
    ])
  func refused(file: String, kind: CSVError.Kind) throws {
    let url = Fixture.folder.appendingPathComponent(file)
    #expect(
      throws: CSVError(
        kind: kind, file: url.relativePath, line: 0, column: 0,
        sheet: file == "dtd.xlsx" ? "Школы" : nil)
    ) {
      try CSVSource(contentsOf: url)
    }
  }

  @Test(
    "a truncated archive and a bad CRC are the ZIP layer's errors",
    arguments: ["truncated.xlsx", "bad-crc.xlsx"])
  func damaged(file: String) throws {
    let url = Fixture.folder.appendingPathComponent(file)
    do {
      _ = try CSVSource(contentsOf: url)
      Issue.record("\(file) was read")
    } catch {
      guard case .workbook(.archive) = error.kind else {
        Issue.record("\(error)")
        return
      }
      #expect(error.file == url.relativePath)
    }
  }

  @Test("a formula without a saved value is an error at its cell; under --collect it is listed")
  func formulaWithoutValue() throws {
    let url = Fixture.folder.appendingPathComponent("formula-without-value.xlsx")
    let schools = try Self.csv("schools.csv")
    let expected = CSVError(
      kind: .workbook(.formulaWithoutValue), file: url.relativePath, line: 2, column: 3,
      sheet: "Значения")
    #expect(throws: expected) {
      try DatasetLoader.load(
        schools: schools, values: [CSVSource(contentsOf: url)], benchmarks: nil)
    }
    let collected = try DatasetLoader.load(
      schools: schools, values: [CSVSource(contentsOf: url)], benchmarks: nil, mode: .collecting)
    #expect(collected.rejected == [expected])
    let year = try #require(collected.dataset.years.first)
    #expect(collected.dataset.value(of: "ege.russian.mean_score", school: 0, year: year) == nil)
  }
}
