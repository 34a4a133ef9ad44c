import QualityKit
import QualityKitTestSupport
import Testing

/// The toy fifth region of `Guides/AddingARegion.md`: registered with one line, it is picked up by
/// the discovery every pack test uses, its seed is found through its `sources`, and it identifies
/// schools on a cohort small enough to check by hand.
@Suite struct ToyRegionTests {
  @Test func theRegistryLineIsAllTheTestsNeed() throws {
    #expect(TestedPacks.all.map(\.id).last == "toy")
    #expect(TestedPacks.pack(id: "toy")?.criteria.map(\.id) == ["toy.continuation_below_60"])
    // The parameterised suites take their arguments from the same list.
    #expect(CriterionExampleCase.all(in: TestedPacks.all).contains { $0.pack == "toy" })
    #expect(try Seeds.text(Toy.pack.sources[0]).contains("Менее 60% учащихся"))
  }

  @Test func theCatalogueGivesOneOfEachWithTheGroupsProvenance() throws {
    #expect(Toy.pack.indicators.map(\.id) == ["toy.exchange_events"])
    #expect(Toy.pack.monitoring.map(\.id) == ["toy.identification_annual"])
    #expect(Toy.pack.measures.map(\.id) == ["toy.identification"])
    let measure = try #require(Toy.pack.declaredMeasures.first)
    #expect(measure.provenance.source == Toy.source)
    #expect(measure.responsible == [.educationDepartment])
    #expect(Toy.pack.indicators[0].indicatorDescription.target?.plan == [2022: 4])
  }

  /// Four schools, 2022: 45 % and 59.9 % continue (below 60: ШНОР), 60 % does not (not below),
  /// and a school without the value is not decided.
  @Test func identifiesTheSchoolsBelowTheThresholdOnAHandCheckedCohort() throws {
    let dataset = try Fixtures.dataset([
      "S1": [.continuationGrade10Percent: [2022: 45]],
      "S2": [.continuationGrade10Percent: [2022: 59.9]],
      "S3": [.continuationGrade10Percent: [2022: 60]],
      "S4": [.continuationGrade10Percent: [2021: 40]],
    ])
    let report = try Identifier(packs: [Toy.pack]).identify(dataset, year: 2022)
    var categories: [String: [String]] = [:]
    for school in report.schools {
      categories[school.school.id.rawValue] = school.categories.map(\.id)
    }
    #expect(categories == ["S1": ["low_results"], "S2": ["low_results"], "S3": [], "S4": []])
  }
}
