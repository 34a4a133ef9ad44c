import QualityKit
import QualityKitTestSupport
import Testing

/// ``Cohort``: which schools are compared with which.
@Suite struct CohortTests {
  /// Already sorted by id, as a dataset's schools are.
  static let schools = [
    Fixtures.school("A", municipality: "М2", region: "Р1"),
    Fixtures.school("B", municipality: "М1", region: "Р1"),
    Fixtures.school("C", municipality: "М2", region: "Р2"),
    Fixtures.school("D", municipality: "М1", region: "Р1"),
  ]

  @Test("all: one group of every school")
  func all() {
    let cohort = Cohort(.all, schools: Self.schools)
    #expect(cohort.groups == [[0, 1, 2, 3]])
    #expect(cohort.groupOfSchool == [0, 0, 0, 0])
  }

  @Test("municipality: groups in order of their first school, members in id order")
  func municipality() {
    let cohort = Cohort(.municipality, schools: Self.schools)
    // М2 first (A), then М1 (B)
    #expect(cohort.groups == [[0, 2], [1, 3]])
    #expect(cohort.groupOfSchool == [0, 1, 0, 1])
  }

  @Test("region")
  func region() {
    let cohort = Cohort(.region, schools: Self.schools)
    #expect(cohort.groups == [[0, 1, 3], [2]])
    #expect(cohort.groupOfSchool == [0, 0, 1, 0])
  }

  @Test("no schools: no groups")
  func empty() {
    #expect(Cohort(.all, schools: []).groups.isEmpty)
    #expect(Cohort(.municipality, schools: []).groups.isEmpty)
  }
}
