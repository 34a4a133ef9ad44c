import QualityKit
import Testing

@Suite("ReportedValuesFile")
struct ReportedValuesFileTests {
  static let header = "indicator;year;school_id;value\n"
  static let indicators: [IndicatorID] = ["i1", "i2"]
  static let schools: [SchoolID] = ["S1", "S2"]

  func read(_ text: String, schools: [SchoolID]? = schools) throws(CSVError) -> ReportedValues {
    try ReportedValuesFile.read(
      CSVSource(name: "r.csv", text: text), indicators: Self.indicators, schools: schools)
  }

  @Test func readsMunicipalAndSchoolValues() throws {
    let reported = try read(
      Self.header + """
        i1;2022;;12
        i1;2021/2022;S1;3
        i2;2023;S2;75,5
        i2; 2023 ;S1; 80

        """)
    #expect(reported.count == 4)
    #expect(reported.value(of: "i1", year: 2022) == 12)
    #expect(reported.value(of: "i1", year: 2022, school: "S1") == 3)
    #expect(reported.value(of: "i2", year: 2023) == nil)
    #expect(
      reported.schoolValues(of: "i2", year: 2023)
        == [
          IndicatorActual.SchoolValue(school: "S1", value: 80),
          IndicatorActual.SchoolValue(school: "S2", value: 75.5),
        ])
    #expect(reported.years == [2022, 2023])
  }

  @Test func theSchoolColumnIsOptionalAndColumnsMayComeInAnyOrder() throws {
    let reported = try read("value;year;indicator\n12;2022;i1\n")
    #expect(reported.value(of: "i1", year: 2022) == 12)
    let commas = try read("indicator,year,value\ni1,2022,12.5\n")
    #expect(commas.value(of: "i1", year: 2022) == 12.5)
  }

  @Test("a value outside the indicator's range is an error at its cell; the ends are allowed")
  func valuesOutsideTheRangeAreErrors() throws {
    let ranges: [IndicatorID: ClosedRange<Double>] = [
      "i1": MetricCatalog.Unit.percent.validRange, "i2": MetricCatalog.Unit.count.validRange,
    ]
    func read(_ rows: String) throws(CSVError) -> ReportedValues {
      try ReportedValuesFile.read(
        CSVSource(name: "r.csv", text: Self.header + rows), indicators: Self.indicators,
        ranges: ranges)
    }
    let ends = try read("i1;2022;;0\ni1;2021;;100\ni2;2022;;0\ni2;2021;;250000\n")
    #expect(ends.count == 4)
    let overPercent = CSVError(
      kind: .content(
        .init(
          ReportedValuesFile.Problem.valueOutOfRange(indicator: "i1", value: 150, range: 0...100))),
      file: "r.csv", line: 3, column: 4)
    #expect(throws: overPercent) { _ = try read("i1;2021;;50\ni1;2022;;150\n") }
    #expect(
      overPercent.message(in: .russian)
        == "значение 150 вне допустимого диапазона 0–100 для показателя i1")
    do {
      _ = try read("i2;2022;S1;-1\n")
      Issue.record("a negative count was accepted")
    } catch {
      #expect(error.line == 2 && error.column == 4)
      #expect(error.kind.code == "reported_value_out_of_range")
      #expect(
        error.message(in: .english) == "value -1 is below the valid minimum 0 of indicator i2")
    }
    // Without ranges any finite number is taken, as before.
    #expect(try self.read(Self.header + "i1;2022;;150\n").value(of: "i1", year: 2022) == 150)
  }

  @Test func anySchoolIsAcceptedWithoutASchoolList() throws {
    let reported = try read(Self.header + "i1;2022;S9;4\n", schools: nil)
    #expect(reported.value(of: "i1", year: 2022, school: "S9") == 4)
  }

  @Test func anEmptyValueIsAMissingRowButItsOtherCellsAreChecked() throws {
    let reported = try read(Self.header + "i1;2022;;\ni1;2022;;7\ni2;2022;S1;  \n")
    #expect(reported.count == 1)
    #expect(reported.value(of: "i1", year: 2022) == 7)
    #expect(throws: CSVError(kind: .unknownIndicator("i9"), file: "r.csv", line: 2, column: 1)) {
      _ = try read(Self.header + "i9;2022;;\n")
    }
  }

  // Line 2 is a good row; the bad row is on line 3. Columns: 1 indicator, 2 year, 3 school_id,
  // 4 value; 0 for the whole line.
  @Test(arguments: [
    (";2022;;5", CSVError.Kind.missingValue(column: "indicator"), 1),
    ("i9;2022;;5", .unknownIndicator("i9"), 1),
    ("I1;2022;;5", .unknownIndicator("I1"), 1),
    ("i1;22;;5", .invalidYear("22"), 2),
    ("i1;;;5", .missingValue(column: "year"), 2),
    ("i1;2021/2023;;5", .invalidYear("2021/2023"), 2),
    ("i1;2022;S9;5", .unknownSchool("S9"), 3),
    ("i1;2022;;двенадцать", .notANumber("двенадцать"), 4),
    ("i1;2022;;NaN", .notANumber("NaN"), 4),
    ("i1;2022;;inf", .notANumber("inf"), 4),
    ("i1;2022;;-Infinity", .notANumber("-Infinity"), 4),
    ("i1;2022;;1e400", .notANumber("1e400"), 4),
    ("i1;2022;;13", .duplicateReportedValue(indicator: "i1", year: 2022, school: nil), 4),
    ("i1;2021/2022;;13", .duplicateReportedValue(indicator: "i1", year: 2022, school: nil), 4),
    ("i1;2022;S1", .wrongFieldCount(expected: 4, found: 3), 3),
    ("i1;2022;;5;6", .wrongFieldCount(expected: 4, found: 5), 5),
  ])
  func aBadRowIsAnErrorAtItsLineAndColumn(row: String, kind: CSVError.Kind, column: Int) {
    #expect(throws: CSVError(kind: kind, file: "r.csv", line: 3, column: column)) {
      _ = try read(Self.header + "i1;2022;;12\n" + row + "\n")
    }
  }

  @Test func aSchoolsSecondValueIsADuplicateButAnotherSchoolsIsNot() throws {
    let kind = CSVError.Kind.duplicateReportedValue(indicator: "i2", year: 2022, school: "S1")
    #expect(throws: CSVError(kind: kind, file: "r.csv", line: 5, column: 4)) {
      _ = try read(Self.header + "i2;2022;S1;5\ni2;2022;S2;5\ni2;2022;;5\ni2;2022;S1;6\n")
    }
  }

  @Test func headerProblemsAreStructural() {
    #expect(throws: CSVError(kind: .missingColumn("value"), file: "r.csv", line: 1, column: 4)) {
      _ = try read("indicator;year;school_id\n")
    }
    #expect(
      throws: CSVError(kind: .unexpectedColumn("comment"), file: "r.csv", line: 1, column: 4)
    ) {
      _ = try read("indicator;year;value;comment\n")
    }
    #expect(
      throws: CSVError(kind: .unexpectedColumn("school"), file: "r.csv", line: 1, column: 1)
    ) {
      _ = try read("school;indicator;year;value\n")
    }
    #expect(throws: CSVError(kind: .duplicateColumn("value"), file: "r.csv", line: 1, column: 4)) {
      _ = try read("indicator;year;value;value\n")
    }
    #expect(throws: CSVError(kind: .emptyFile, file: "r.csv", line: 1, column: 1)) {
      _ = try read("")
    }
    var rejected: [CSVError] = []
    #expect(
      throws: CSVError(kind: .unexpectedColumn("comment"), file: "r.csv", line: 1, column: 4)
    ) {
      _ = try ReportedValuesFile.read(
        CSVSource(name: "r.csv", text: "indicator;year;value;comment\n"),
        indicators: Self.indicators, mode: .collecting, rejected: &rejected)
    }
  }

  @Test func collectingModeRejectsBadRowsAndKeepsTheRest() throws {
    var rejected: [CSVError] = []
    let reported = try ReportedValuesFile.read(
      CSVSource(
        name: "r.csv",
        text: Self.header + """
          i1;2022;;12
          i1;2022;;13
          i3;2022;;1
          i2;2022;S3;1
          i2;2022;S1;nan
          i2;2021;S1;40

          """),
      indicators: Self.indicators, schools: Self.schools, mode: .collecting, rejected: &rejected)
    #expect(reported.count == 2)
    #expect(reported.value(of: "i1", year: 2022) == 12)
    #expect(reported.value(of: "i2", year: 2021, school: "S1") == 40)
    #expect(
      rejected == [
        CSVError(
          kind: .duplicateReportedValue(indicator: "i1", year: 2022, school: nil), file: "r.csv",
          line: 3, column: 4),
        CSVError(kind: .unknownIndicator("i3"), file: "r.csv", line: 4, column: 1),
        CSVError(kind: .unknownSchool("S3"), file: "r.csv", line: 5, column: 3),
        CSVError(kind: .notANumber("nan"), file: "r.csv", line: 6, column: 4),
      ])
  }

  @Test func theNewErrorKindsHaveRussianAndEnglishMessagesAndCodes() {
    let unknown = CSVError.Kind.unknownIndicator("amur.i99")
    #expect(
      unknown.message() == "неизвестный показатель «amur.i99»: его нет среди целевых показателей")
    #expect(unknown.message(in: .english).contains("\"amur.i99\""))
    #expect(unknown.code == "unknown_indicator")
    let municipal = CSVError.Kind.duplicateReportedValue(indicator: "i1", year: 2022, school: nil)
    #expect(
      municipal.message()
        == "повторное значение: показатель i1 за 2022 год уже указан для муниципалитета")
    #expect(
      municipal.message(in: .english)
        == "duplicate value: indicator i1 for 2022 is already reported for the municipality")
    let school = CSVError.Kind.duplicateReportedValue(indicator: "i1", year: 2022, school: "S1")
    #expect(school.message().hasSuffix("уже указан для школы S1"))
    #expect(school.message(in: .english).hasSuffix("for school S1"))
    #expect(school.code == "duplicate_reported_value")
    let located = CSVError(kind: unknown, file: "r.csv", line: 3, column: 1)
    #expect(located.description.hasPrefix("r.csv:3:1: неизвестный показатель"))
  }
}

@Suite("ReportedValues")
struct ReportedValuesTests {
  @Test func entriesAreCheckedForRepeatsAndNonFiniteValues() throws {
    let entry = ReportedValues.Entry(indicator: "i1", year: 2022, value: 1)
    #expect(throws: IndicatorError.duplicateValue(entry)) {
      _ = try ReportedValues([entry, entry])
    }
    let infinite = ReportedValues.Entry(indicator: "i1", year: 2022, school: "S1", value: .infinity)
    #expect(throws: IndicatorError.notFiniteValue(infinite)) {
      _ = try ReportedValues([infinite])
    }
    // The same indicator and year for the municipality and for a school are different values.
    let both = try ReportedValues([
      entry, .init(indicator: "i1", year: 2022, school: "S1", value: 2),
    ])
    #expect(both.count == 2)
    #expect(ReportedValues.none.count == 0)
    #expect(ReportedValues.none.years.isEmpty)
  }
}
