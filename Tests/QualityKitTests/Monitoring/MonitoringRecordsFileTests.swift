import QualityKit
import Testing

/// ``MonitoringRecordsFile``: `procedure;date`, every error at its line and column.
@Suite struct MonitoringRecordsFileTests {
  typealias F = MonitoringFixture
  static let header = "procedure;date\n"
  static let procedures: [MonitoringProcedureID] = ["quality", "management"]

  func read(_ text: String) throws(CSVError) -> [MonitoringRecord] {
    try MonitoringRecordsFile.read(
      CSVSource(name: "r.csv", text: text), procedures: Self.procedures)
  }

  @Test("reads both date forms, quoting, blank lines and a reversed column order")
  func reads() throws {
    let records = try read(
      Self.header + """
        quality;15.10.2022
        management;2023-01-30

        "quality";"1.3.2023"
        """)
    #expect(
      records == [
        F.record("quality", "2022-10-15"), F.record("management", "2023-01-30"),
        F.record("quality", "2023-03-01"),
      ])
    let reversed = try read("date;procedure\n30.11.2022;management\n")
    #expect(reversed == [F.record("management", "2022-11-30")])
  }

  @Test("reads what Excel with Russian settings saves: BOM, CRLF, `;`")
  func excel() throws {
    let records = try read("\u{FEFF}procedure;date\r\nquality;15.10.2022\r\nquality;30.11.2022\r\n")
    #expect(records == [F.record("quality", "2022-10-15"), F.record("quality", "2022-11-30")])
  }

  @Test("the seed 000 example file reads in full")
  func seed000() throws {
    let records = try MonitoringRecordsFile.read(
      CSVSource(name: "records.csv", text: F.seed000Records), procedures: F.seed000.ids)
    #expect(records.count == 7)
    #expect(records[1] == F.record("identification", "2022-06-10"))
    #expect(records[4] == F.record("management", "2023-01-30"))
  }

  @Test(
    "a bad row is an error at its line and column",
    arguments: [
      ("audit;15.10.2022", CSVError.Kind.unknownProcedure("audit"), 1),
      ("Quality;15.10.2022", .unknownProcedure("Quality"), 1),
      (";15.10.2022", .missingValue(column: "procedure"), 1),
      ("quality;", .missingValue(column: "date"), 2),
      ("quality;31.02.2023", .invalidDate("31.02.2023"), 2),
      ("quality;2023-13-01", .invalidDate("2023-13-01"), 2),
      ("quality;15.10.22", .invalidDate("15.10.22"), 2),
      ("quality;15 октября 2022", .invalidDate("15 октября 2022"), 2),
      ("quality;2022-10-15 10:00", .invalidDate("2022-10-15 10:00"), 2),
      (
        "quality;2022-10-01",
        .duplicateRecord(procedure: "quality", date: MonitoringFixture.day("2022-10-01")), 2
      ),
      ("quality", .wrongFieldCount(expected: 2, found: 1), 1),
      ("quality;15.10.2022;да", .wrongFieldCount(expected: 2, found: 3), 3),
    ])
  func badRow(row: String, kind: CSVError.Kind, column: Int) {
    // Line 2 holds 01.10.2022 for quality: line 3 repeats it in the ISO form.
    #expect(throws: CSVError(kind: kind, file: "r.csv", line: 3, column: column)) {
      _ = try read(Self.header + "quality;01.10.2022\n" + row + "\n")
    }
  }

  @Test("errors in a reversed file point at the column where the cell is")
  func reversedColumns() {
    #expect(
      throws: CSVError(kind: .invalidDate("завтра"), file: "r.csv", line: 2, column: 1)
    ) {
      _ = try read("date;procedure\nзавтра;quality\n")
    }
    #expect(
      throws: CSVError(kind: .unknownProcedure("audit"), file: "r.csv", line: 2, column: 2)
    ) {
      _ = try read("date;procedure\n01.10.2022;audit\n")
    }
  }

  @Test("header problems are structural")
  func header() {
    #expect(throws: CSVError(kind: .missingColumn("date"), file: "r.csv", line: 1, column: 2)) {
      _ = try read("procedure\nquality\n")
    }
    #expect(
      throws: CSVError(kind: .unexpectedColumn("comment"), file: "r.csv", line: 1, column: 3)
    ) {
      _ = try read("procedure;date;comment\n")
    }
    #expect(throws: CSVError(kind: .emptyFile, file: "r.csv", line: 1, column: 1)) {
      _ = try read("")
    }
    #expect(throws: CSVError(kind: .malformedQuoting, file: "r.csv", line: 2, column: 1)) {
      _ = try read(Self.header + "\"quality;01.10.2022\n")
    }
  }

  @Test("a header-only file has no records")
  func headerOnly() throws {
    #expect(try read(Self.header).isEmpty)
  }

  @Test("collecting mode keeps the good rows and reports every bad one")
  func collecting() throws {
    var rejected: [CSVError] = []
    let records = try MonitoringRecordsFile.read(
      CSVSource(
        name: "r.csv",
        text: Self.header + """
          quality;15.10.2022
          audit;15.10.2022
          quality;2022-10-15
          management;32.01.2023
          management;30.01.2023

          """),
      procedures: Self.procedures, mode: .collecting, rejected: &rejected)
    #expect(records == [F.record("quality", "2022-10-15"), F.record("management", "2023-01-30")])
    #expect(
      rejected == [
        CSVError(kind: .unknownProcedure("audit"), file: "r.csv", line: 3, column: 1),
        CSVError(
          kind: .duplicateRecord(procedure: "quality", date: F.day("2022-10-15")), file: "r.csv",
          line: 4, column: 2),
        CSVError(kind: .invalidDate("32.01.2023"), file: "r.csv", line: 5, column: 2),
      ])
  }

  @Test("the new error kinds have Russian and English messages and stable codes")
  func messages() {
    let located = CSVError(
      kind: .invalidDate("31.02.2023"), file: "records.csv", line: 4, column: 2)
    #expect(
      located.description
        == "records.csv:4:2: «31.02.2023» — не дата: ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ")
    #expect(
      located.located(in: .english)
        == "records.csv:4:2: \"31.02.2023\" is not a date: expected YYYY-MM-DD or DD.MM.YYYY")
    #expect(
      CSVError.Kind.unknownProcedure("audit").message()
        == "неизвестная процедура мониторинга «audit»: её нет в плане мониторинга")
    #expect(
      CSVError.Kind.unknownProcedure("audit").message(in: .english)
        == "unknown monitoring procedure \"audit\": it is not in the monitoring plan")
    let duplicate = CSVError.Kind.duplicateRecord(procedure: "quality", date: F.day("2022-10-01"))
    #expect(
      duplicate.message() == "повторная запись: процедура quality уже отмечена датой 01.10.2022")
    #expect(
      duplicate.message(in: .english)
        == "duplicate record: procedure quality is already recorded on 2022-10-01")
    #expect(CSVError.Kind.unknownProcedure("x").code == "unknown_procedure")
    #expect(CSVError.Kind.invalidDate("x").code == "invalid_date")
    #expect(duplicate.code == "duplicate_record")
    let issue = DataIssue(located)
    #expect(issue.code == "invalid_date")
    #expect(issue.line == 4)
    #expect(issue.column == 2)
  }
}
