import QualityKitTestSupport
import Testing

@testable import QualityKit

/// Partner matching with context-adjusted results: a resilient strong school is offered before a
/// strong school whose social index is closer (issue 19, item 3). The dataset of
/// ``PartnerFixture``, twelve schools in one municipality, checked by hand.
@Suite struct PartnerContextTests {
  typealias F = PartnerFixture

  /// Conditions: the low-SES share, read negatively (more low-SES families, harder conditions).
  static let conditions = CompositeIndex(
    id: "t.conditions", title: LocalizedText(ru: "условия", en: "conditions"),
    components: [CompositeIndex.Component(.socialLowSesFamilyPercent, .negative)])

  /// ЕГЭ and low-SES share per school; L1–L3 are in ШНОР (satisfaction 35).
  ///
  /// Results (ЕГЭ) from the top: E 95, R 90, F3 85 — the 3rd highest (⌈0.25 · 12⌉ = 3) is 85.
  /// Hardest conditions (highest low-SES share): R 60, F9 55, F8 50. Only R is in both: resilient.
  /// Strength is ЕГЭ; its median over the twelve is 57.5 (between 55 and 60), so the strong schools
  /// are F6 60, F5 65, F4 70, F3 85, R 90, E 95. L1 (ЕГЭ 40) is served first, then L2 (41).
  static let rows: [PartnerFixture.Row] = [
    F.low("L1", ege: 40, ses: 11.6), F.low("L2", ege: 41, ses: 13), F.low("L3", ege: 42, ses: 14),
    F.fine("R", ege: 90, ses: 60), F.fine("E", ege: 95, ses: 10), F.fine("F3", ege: 85, ses: 12),
    F.fine("F4", ege: 70, ses: 20), F.fine("F5", ege: 65, ses: 22), F.fine("F6", ege: 60, ses: 25),
    F.fine("F7", ege: 55, ses: 30), F.fine("F8", ege: 50, ses: 50), F.fine("F9", ege: 45, ses: 55),
  ]

  func match(context: Bool) throws -> PartnerMatching {
    var pack = F.pack
    pack.indices = [F.strength, Self.conditions]
    if context {
      pack.contextIndices = ContextIndexPair(results: F.strength.id, context: Self.conditions.id)
    }
    let data = try F.dataset(Self.rows)
    let report = try Identifier(packs: [pack]).identify(data)
    let options = PartnerMatcher.Options(
      capacity: 2, strength: F.strength, strengthQuantile: 0.5, socialIndex: Self.conditions)
    return try PartnerMatcher(options: options).match(report, dataset: data)
  }

  @Test("Without context-adjusted results the closest social index wins: L1 and L2 go to F3")
  func closestWithoutContext() throws {
    // L1's low-SES share 11.6: F3 (12) is 0.4 away, E (10) 1.6. L2's 13: F3 is 1 away.
    let matching = try match(context: false)
    #expect(F.outcome(matching)["L1"] == "F3")
    #expect(F.outcome(matching)["L2"] == "F3")
  }

  @Test("With them the resilient school R is offered first, and the explanation says so")
  func resilientFirst() throws {
    let matching = try match(context: true)
    #expect(F.outcome(matching)["L1"] == "R")
    #expect(F.outcome(matching)["L2"] == "R")
    let first = try #require(matching.pairs.first { $0.school.school.id == "L1" })
    #expect(
      first.explanation.ru.hasPrefix(
        "Партнёр — резильентная школа: условия среди самых трудных, результаты среди лучших; "
          + "такие школы предлагаются первыми. Тот же муниципалитет (М)."))
    #expect(first.explanation.ru.contains("среди резильентных сильных школ муниципалитета"))
    #expect(first.explanation.en.hasPrefix("The partner is a resilient school"))
  }
}
