import QualityKit
import Testing

/// ``Benchmarks``: host-supplied reference values by scope, year and metric.
@Suite struct BenchmarksTests {
  @Test("scopes parse from and print as their file form")
  func scopes() {
    #expect(Benchmarks.Scope("region") == .region)
    #expect(Benchmarks.Scope("municipality:Лесосибирск") == .municipality("Лесосибирск"))
    #expect(Benchmarks.Scope("municipality:") == nil)
    #expect(Benchmarks.Scope("Region") == nil)
    #expect(Benchmarks.Scope("city:X") == nil)
    #expect(Benchmarks.Scope.municipality("М").description == "municipality:М")
    #expect(Benchmarks.Scope.region.description == "region")
  }

  @Test("values are found by scope, year and metric only")
  func lookup() throws {
    let benchmarks = try Benchmarks([
      .init(scope: .region, year: 2022, metric: .egeRussianMeanScore, value: 70.1),
      .init(scope: .municipality("М"), year: 2022, metric: .egeRussianMeanScore, value: 65),
    ])
    #expect(benchmarks.count == 2)
    #expect(benchmarks.value(scope: .region, year: 2022, metric: .egeRussianMeanScore) == 70.1)
    #expect(
      benchmarks.value(scope: .municipality("М"), year: 2022, metric: .egeRussianMeanScore) == 65)
    #expect(benchmarks.value(scope: .region, year: 2021, metric: .egeRussianMeanScore) == nil)
    #expect(benchmarks.value(scope: .region, year: 2022, metric: .egeMathProfileMeanScore) == nil)
    #expect(Benchmarks.none.count == 0)
  }

  @Test("a repeated entry or a non-finite value is an error")
  func errors() {
    let entry = Benchmarks.Entry(
      scope: .region, year: 2022, metric: .egeRussianMeanScore, value: 70)
    #expect(throws: DatasetError.duplicateBenchmark(entry)) { try Benchmarks([entry, entry]) }
    var infinite = entry
    infinite.value = .infinity
    #expect(throws: DatasetError.notFiniteBenchmark(infinite)) { try Benchmarks([infinite]) }
  }
}
