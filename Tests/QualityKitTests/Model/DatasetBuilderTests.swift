import QualityKit
import QualityKitTestSupport
import Testing

/// ``Dataset/Builder`` and the ``Dataset`` it builds: schools sorted by id, years and metrics
/// discovered from the values, typed errors for bad cells.
@Suite struct DatasetBuilderTests {
  static let schools = ["S2", "S10", "S1"].map { Fixtures.school(SchoolID($0)) }

  @Test("schools are sorted by id (UTF-8 bytes) and indexed in that order")
  func sortedSchools() throws {
    let builder = try Dataset.Builder(schools: Self.schools)
    #expect(builder.schools.map(\.id) == ["S1", "S10", "S2"])
    #expect(builder.index(of: "S2") == 2)
    #expect(builder.index(of: "S3") == nil)
    let dataset = builder.build()
    #expect(dataset.schools.map(\.id) == ["S1", "S10", "S2"])
    #expect(dataset.index(of: "S10") == 1)
  }

  @Test("values land in their cells; missing cells are nil (NaN in the column)")
  func cells() throws {
    var builder = try Dataset.Builder(schools: Self.schools)
    try builder.set(72.5, school: "S2", year: 2022, metric: .resultsQualityPercent)
    try builder.set(60, school: "S1", year: 2021, metric: .resultsQualityPercent)
    try builder.set(3, school: "S1", year: 2022, metric: .contextEnrollment)
    let dataset = builder.build()
    #expect(dataset.value(of: .resultsQualityPercent, school: 2, year: 2022) == 72.5)
    #expect(dataset.value(of: .resultsQualityPercent, school: 0, year: 2021) == 60)
    #expect(dataset.value(of: .resultsQualityPercent, school: 0, year: 2022) == nil)
    #expect(dataset.value(of: .satisfactionPercent, school: 0, year: 2022) == nil)
    #expect(dataset.value(of: .resultsQualityPercent, school: 0, year: 2030) == nil)
    let column = try #require(dataset.column(.resultsQualityPercent, year: 2022))
    #expect(column.count == 3)
    #expect(column[column.startIndex].isNaN)
    #expect(column[column.startIndex + 2] == 72.5)
    #expect(dataset.years == [2021, 2022])
    #expect(dataset.latestYear == 2022)
    #expect(dataset.metrics == [.contextEnrollment, .resultsQualityPercent])
    #expect(dataset.contains(.resultsQualityPercent))
    #expect(!dataset.contains(.satisfactionPercent))
  }

  @Test("a column that received no value adds neither a year nor a metric")
  func emptyColumns() throws {
    var builder = try Dataset.Builder(schools: Self.schools)
    _ = builder.slot(metric: .satisfactionPercent, year: 2023)
    try builder.set(1, school: "S1", year: 2022, metric: .resultsQualityPercent)
    let dataset = builder.build()
    #expect(dataset.years == [2022])
    #expect(dataset.metrics == [.resultsQualityPercent])
    #expect(dataset.latestYear == 2022)
  }

  @Test("an empty dataset has no schools and no latest year")
  func empty() throws {
    let dataset = try Dataset.Builder(schools: []).build()
    #expect(dataset.schoolCount == 0)
    #expect(dataset.latestYear == nil)
  }

  @Test("typed errors for a duplicate school, an unknown school, a non-finite or repeated value")
  func errors() throws {
    #expect(throws: DatasetError.duplicateSchool("S1")) {
      try Dataset.Builder(schools: Self.schools + [Fixtures.school("S1")])
    }
    var builder = try Dataset.Builder(schools: Self.schools)
    #expect(throws: DatasetError.unknownSchool("S9")) {
      try builder.set(1, school: "S9", year: 2022, metric: .satisfactionPercent)
    }
    #expect(throws: DatasetError.notFinite("S1", 2022, .satisfactionPercent)) {
      try builder.set(.nan, school: "S1", year: 2022, metric: .satisfactionPercent)
    }
    #expect(throws: DatasetError.notFinite("S1", 2022, .satisfactionPercent)) {
      try builder.set(-.infinity, school: "S1", year: 2022, metric: .satisfactionPercent)
    }
    try builder.set(1, school: "S1", year: 2022, metric: .satisfactionPercent)
    #expect(throws: DatasetError.duplicateValue("S1", 2022, .satisfactionPercent)) {
      try builder.set(2, school: "S1", year: 2022, metric: .satisfactionPercent)
    }
    // the first value stays
    #expect(builder.build().value(of: .satisfactionPercent, school: 0, year: 2022) == 1)
  }

  @Test("the slot API reports a duplicate instead of overwriting")
  func slotDuplicate() throws {
    var builder = try Dataset.Builder(schools: Self.schools)
    let slot = builder.slot(metric: .satisfactionPercent, year: 2022)
    #expect(builder.set(10, school: 1, slot: slot) == .stored)
    #expect(builder.set(20, school: 1, slot: slot) == .duplicate(existing: 10))
    #expect(builder.slot(metric: .satisfactionPercent, year: 2022) == slot)
  }
}
