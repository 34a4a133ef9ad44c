import QualityKitTestSupport
import Testing

@testable import QualityKit

/// The order reasons are listed in. The planner collects a municipal entry's reasons in a set, so
/// the order must be total: any two different reasons must compare, whatever the set's hashing.
@Suite struct MeasureReasonOrderTests {
  @Test("one category at several severities: most serious first, ungraded last")
  func severities() {
    let expected: [MeasureMatch.Reason] = [
      .programme,
      .category(.lowResults, severity: .crisis),
      .category(.lowResults, severity: .risk),
      .category(.lowResults, severity: nil),
      .category(.unfavourableSocialConditions, severity: nil),
      .undeterminedCategory(.lowResults),
    ]
    // Every rotation and the reversal sort to the same list.
    var inputs = (0..<expected.count).map { Array(expected[$0...] + expected[..<$0]) }
    inputs.append(expected.reversed())
    for input in inputs {
      #expect(input.sorted(by: MeasureMatch.Reason.listOrder) == expected)
    }
  }

  @Test("two host severities of one rank are ordered by id")
  func sameRank() {
    let amber = Severity(id: "amber", title: LocalizedText(ru: "а", en: "a"), rank: 1)
    let blue = Severity(id: "blue", title: LocalizedText(ru: "б", en: "b"), rank: 1)
    let a = MeasureMatch.Reason.category(.lowResults, severity: amber)
    let b = MeasureMatch.Reason.category(.lowResults, severity: blue)
    #expect(MeasureMatch.Reason.listOrder(a, b))
    #expect(!MeasureMatch.Reason.listOrder(b, a))
  }
}
