import Testing

@testable import QualityKit

@Suite("SchoolsFile")
struct SchoolsFileTests {
  func read(_ text: String) throws(CSVError) -> [School] {
    try SchoolsFile.read(CSVSource(name: "s.csv", text: text))
  }

  @Test func readsEveryColumnAndKeepsExtraOnesAsAttributes() throws {
    let schools = try read(
      """
      school_id;name;municipality;region;kind;settlement;inn;director
      S1;"МБОУ ""Лицей"" №1";Лесосибирск;Красноярский край;Lyceum;URBAN;2454012345;
      S2;МБОУ ООШ №2;Лесосибирск;Красноярский край;basic;rural;;Иванова И. И.

      """)
    #expect(
      schools == [
        School(
          id: "S1", name: "МБОУ \"Лицей\" №1", municipality: "Лесосибирск",
          region: "Красноярский край", kind: .lyceum, settlement: .urban,
          attributes: ["inn": "2454012345"]),
        School(
          id: "S2", name: "МБОУ ООШ №2", municipality: "Лесосибирск", region: "Красноярский край",
          kind: .basic, settlement: .rural, attributes: ["director": "Иванова И. И."]),
      ])
  }

  @Test func optionalColumnsAndEmptyCellsTakeTheDefaults() throws {
    #expect(
      try read("municipality;school_id;name\nМ;S1;Школа\n")
        == [School(id: "S1", name: "Школа", municipality: "М", region: "", kind: .secondary)])
    let schools = try read("school_id;name;municipality;kind;settlement\nS1;Школа;М;;\n")
    #expect(schools.first?.kind == .secondary)
    #expect(schools.first?.settlement == .urban)
  }

  @Test func readsAMakeDatasetExcelFile() throws {
    let schools = try SchoolsFile.read(
      CSVSource(name: "schools.csv", text: IOFixture.MakeDataset.schools))
    #expect(schools.map(\.id) == ["S000001", "S000002", "S000003"])
    #expect(schools[0].name == "МБОУ СОШ №1")
    #expect(schools[1].kind == .basic)
    #expect(schools.allSatisfy { $0.region == "Синтетический край" && $0.attributes.isEmpty })
  }

  @Test(arguments: SchoolsFile.requiredColumns)
  func aMissingRequiredColumnIsStructural(column: String) {
    let header = SchoolsFile.requiredColumns.filter { $0 != column }.joined(separator: ";")
    // Two columns present: the missing one is expected at the third.
    let expected = CSVError(kind: .missingColumn(column), file: "s.csv", line: 1, column: 3)
    #expect(throws: expected) { _ = try read("\(header)\nS1;X\n") }
    var rejected: [CSVError] = []
    #expect(throws: expected) {
      _ = try SchoolsFile.read(
        CSVSource(name: "s.csv", text: "\(header)\nS1;X\n"), mode: .collecting, rejected: &rejected)
    }
  }

  @Test func aRepeatedIdIsAnErrorAtItsSecondLine() {
    #expect(
      throws: CSVError(kind: .duplicateSchool("S1"), file: "s.csv", line: 4, column: 2)
    ) {
      _ = try read("name;school_id;municipality\nА;S1;М\nБ;S2;М\nВ;S1;М\n")
    }
  }

  @Test func rowErrorsHaveTheirLineAndColumn() {
    let header = "school_id;name;municipality;region;kind;settlement\n"
    let cases: [(String, CSVError.Kind, Int)] = [
      (";Школа;М;Р;basic;urban", .emptyIdentifier, 1),
      ("  ;Школа;М;Р;basic;urban", .emptyIdentifier, 1),
      ("S1;;М;Р;basic;urban", .missingValue(column: "name"), 2),
      ("S1;Школа; ;Р;basic;urban", .missingValue(column: "municipality"), 3),
      ("S1;Школа;М;Р;школа;urban", .invalidKind("школа"), 5),
      ("S1;Школа;М;Р;basic;town", .invalidSettlement("town"), 6),
      ("S1;Школа;М;Р;basic", .wrongFieldCount(expected: 6, found: 5), 5),
      ("S1;Школа;М;Р;basic;urban;x", .wrongFieldCount(expected: 6, found: 7), 7),
    ]
    for (row, kind, column) in cases {
      #expect(throws: CSVError(kind: kind, file: "s.csv", line: 3, column: column)) {
        _ = try read(header + "S0;Школа;М;Р;basic;urban\n" + row + "\n")
      }
    }
  }

  @Test func headerProblemsAreStructural() {
    #expect(throws: CSVError(kind: .emptyFile, file: "s.csv", line: 1, column: 1)) {
      _ = try read("\u{FEFF}\n\n")
    }
    #expect(
      throws: CSVError(kind: .duplicateColumn("name"), file: "s.csv", line: 2, column: 4)
    ) {
      _ = try read("\nschool_id;name;municipality;name\n")
    }
    #expect(throws: CSVError(kind: .emptyColumnName, file: "s.csv", line: 1, column: 2)) {
      _ = try read("school_id;;name;municipality\n")
    }
    #expect(throws: CSVError(kind: .malformedQuoting, file: "s.csv", line: 4, column: 2)) {
      _ = try read("school_id;name;municipality\nS1;\"две\nстроки\";М\nS2;\"Школа;М\n")
    }
  }

  @Test func trailingEmptyColumnsAreIgnored() throws {
    let schools = try read("school_id;name;municipality;;\nS1;Школа;М;;\nS2;Школа 2;М\n")
    #expect(schools.map(\.id) == ["S1", "S2"])
  }

  @Test func collectingModeRejectsBadRowsAndKeepsTheRest() throws {
    var rejected: [CSVError] = []
    let schools = try SchoolsFile.read(
      CSVSource(
        name: "s.csv",
        text: """
          school_id;name;municipality;kind
          S1;Школа 1;М;secondary
          S2;Школа 2;М;college
          ;Школа 3;М;basic
          S1;Школа 1 again;М;basic
          S4;Школа 4;М
          S5;Школа 5;М;gymnasium

          """),
      mode: .collecting, rejected: &rejected)
    #expect(schools.map(\.id) == ["S1", "S5"])
    #expect(schools[0].name == "Школа 1")
    #expect(
      rejected == [
        CSVError(kind: .invalidKind("college"), file: "s.csv", line: 3, column: 4),
        CSVError(kind: .emptyIdentifier, file: "s.csv", line: 4, column: 1),
        CSVError(kind: .duplicateSchool("S1"), file: "s.csv", line: 5, column: 1),
        CSVError(kind: .wrongFieldCount(expected: 4, found: 3), file: "s.csv", line: 6, column: 3),
      ])
  }

  @Test func invalidUTF8InANameIsAnError() {
    var bytes = Array("school_id;name;municipality\nS1;".utf8)
    bytes += [0xC3, 0x28] + Array(";М\n".utf8)
    #expect(throws: CSVError(kind: .invalidUTF8, file: "s.csv", line: 2, column: 2)) {
      _ = try SchoolsFile.read(CSVSource(name: "s.csv", bytes: bytes))
    }
  }
}
