import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// A host's criterion or indicator may also be `CustomStringConvertible`: the protocols ask for
/// `criterionDescription` and `indicatorDescription`, not `description`, so the two never clash and
/// the library reads the structured description, never the host's string.
@Suite struct CustomStringConvertibleHostTests {
  /// Met for every school; its string form is the host's own.
  struct AlwaysMet: IdentificationCriterion, CustomStringConvertible {
    let criterionDescription = CriterionDescription(
      id: "host.always_met", title: LocalizedText(ru: "Всегда выполнен", en: "Always met"),
      rationale: Fixtures.text("host"), provenance: Fixtures.provenance, requiredMetrics: [])
    var description: String { "AlwaysMet(host.always_met)" }

    func evaluate(in context: EvaluationContext) -> [CriterionResult] {
      let evidence = Evidence(
        value: nil, threshold: nil, years: [], explanation: Explanation(Fixtures.text("—")))
      return Array(repeating: .met(evidence), count: context.dataset.schoolCount)
    }
  }

  /// A municipal count of 7 in every year; its string form is the host's own.
  struct Seven: Indicator, CustomStringConvertible {
    let indicatorDescription = IndicatorDescription(
      id: "host.seven", title: LocalizedText(ru: "Семь", en: "Seven"), unit: .count,
      level: .municipality, better: .positive, target: nil, provenance: Fixtures.provenance,
      rationale: Fixtures.text("host"))
    var description: String { "Seven(host.seven)" }

    func actual(in year: AcademicYear, context: IndicatorContext) -> IndicatorActual {
      .value(7, basis: .init(note: Fixtures.text("host")))
    }
  }

  @Test func aCriterionKeepsItsOwnDescriptionAndTheLibraryReadsTheCriterionDescription() throws {
    let criterion = AlwaysMet()
    #expect("\(criterion)" == "AlwaysMet(host.always_met)")
    #expect(criterion.id == "host.always_met")
    #expect(criterion.title(in: .english) == "Always met")

    let pack = RulePack(
      id: "host", version: "1", title: Fixtures.text("host"), region: Fixtures.text("host"),
      sources: [], criteria: [criterion], categoryRules: [])
    try pack.validate()
    let text = PackDescription(packs: [pack]).render(.text)
    #expect(text.contains("Всегда выполнен"))
    #expect(!text.contains("AlwaysMet("))
  }

  @Test func anIndicatorKeepsItsOwnDescriptionAndTheReportReadsTheIndicatorDescription() {
    let indicator = Seven()
    #expect("\(indicator)" == "Seven(host.seven)")
    #expect(indicator.id == "host.seven")
    let report = ProgressReport(indicators: [indicator], context: IndicatorContext(), years: [2022])
    #expect(report.indicators.map(\.description.title.ru) == ["Семь"])
    #expect(report.indicators.first?.rows.first?.value == 7)
    #expect(!report.render(.text).contains("Seven("))
  }
}
