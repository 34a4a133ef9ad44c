import Foundation
import Testing

/// `--workbook` and workbook paths in the tools, on the committed fixture written by openpyxl from
/// the bundled sample (`Tests/Fixtures/Workbooks/openpyxl-sample.xlsx`: sheets Школы, Значения,
/// Эталоны, Отчётность, Мониторинг, Решения).
@Suite("Workbooks in the tools")
struct WorkbookToolTests {
  static func fixture(_ name: String) -> String {
    SourceTree.root.appendingPathComponent("Tests/Fixtures/Workbooks").appendingPathComponent(name)
      .path
  }

  static let book = fixture("openpyxl-sample.xlsx")

  @Test("--workbook reads schools, values, benchmarks and decisions: the sample's categories")
  func identifySchools() throws {
    let run = try runIdentifySchools(["--workbook", Self.book, "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    // As DecisionsToolTests hand-derives for the sample with its decisions: LES04 included in
    // ШНОР, LES06 excluded from ШНСУ.
    let categories = try DecisionsToolTests.categories(try jsonObject(run.stdout))
    #expect(categories["LES04"] == ["low_results", "unfavourable_social_conditions"])
    #expect(categories["LES05"] == ["low_results", "unfavourable_social_conditions"])
    #expect(categories["LES06"] == ["low_results"])
    #expect(categories.filter { !$0.value.isEmpty }.count == 3)
  }

  @Test("an explicit --values replaces the book's sheet; BOOK.xlsx:ЛИСТ names a sheet")
  func explicitSheet() throws {
    let csv = try runIdentifySchools([
      "--schools", SourceTree.sample("schools.csv").path, "--values",
      SourceTree.sample("values.csv").path, "--format", "json",
    ])
    let book = try runIdentifySchools([
      "--workbook", Self.book, "--values", Self.book + ":значения", "--decisions",
      SourceTree.sample("decisions.csv").path, "--benchmarks", Self.book + ":Эталоны",
      "--format", "json",
    ])
    #expect(csv.status == 0 && book.status == 0, "\(book.stderr)")
    let withDecisions = try DecisionsToolTests.categories(try jsonObject(book.stdout))
    #expect(withDecisions["LES04"] == ["low_results", "unfavourable_social_conditions"])
    // Without decisions (the CSV run) LES04 is ШНСУ only, LES06 both.
    let rules = try DecisionsToolTests.categories(try jsonObject(csv.stdout))
    #expect(rules["LES04"] == ["unfavourable_social_conditions"])
    #expect(rules["LES06"] == ["low_results", "unfavourable_social_conditions"])
  }

  @Test("a cell that cannot be read is named by its sheet and cell")
  func cellError() throws {
    let run = try runIdentifySchools([
      "--schools", SourceTree.sample("schools.csv").path, "--values",
      Self.fixture("formula-without-value.xlsx"),
    ])
    #expect(run.status == 1)
    #expect(
      run.stderr.contains(
        "formula-without-value.xlsx:Значения!C2: у формулы нет сохранённого значения"))
  }

  @Test("an .xls file, and a book without the sheets asked for, get a sentence saying what to do")
  func refused() throws {
    let xls = try runIdentifySchools([
      "--schools", Self.fixture("legacy.xls"), "--values", SourceTree.sample("values.csv").path,
      "--lang", "en",
    ])
    #expect(xls.status == 1)
    #expect(xls.stderr.contains("legacy.xls: this is an Excel 97–2003 workbook (.xls)"))
    let missing = try runIdentifySchools(["--workbook", Self.fixture("formula-without-value.xlsx")])
    #expect(missing.status == 1)
    #expect(
      missing.stderr.contains(
        "в книге нет листа «schools / школы»; листы книги: «Значения»"))
  }

  @Test("track-indicators --workbook reads the reported values and records of the book too")
  func trackIndicators() throws {
    let csv = try runExample(
      "track-indicators",
      [
        "--schools", SourceTree.sample("schools.csv").path, "--values",
        SourceTree.sample("values.csv").path, "--benchmarks",
        SourceTree.sample("benchmarks.csv").path, "--reported",
        SourceTree.sample("reported.csv").path, "--records",
        SourceTree.sample("monitoring-records.csv").path, "--decisions",
        SourceTree.sample("decisions.csv").path, "--section", "monitoring", "--format", "csv",
      ])
    let book = try runExample(
      "track-indicators",
      ["--workbook", Self.book, "--section", "monitoring", "--format", "csv"])
    #expect(book.status == 0, "\(String(decoding: book.stderr, as: UTF8.self))")
    #expect(csv.status == 0)
    #expect(!book.stdout.isEmpty)
    #expect(book.stdout == csv.stdout)
  }
}
