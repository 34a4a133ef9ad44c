import Foundation
import QualityKitTestSupport
import Testing

@testable import QualityKit

/// ``PartnerMatching`` as a ``SupportPlan/Section``: the pairs after the roadmaps in text, Markdown
/// and JSON, and as a second table in CSV. The plan is ``MeasureFixture``'s (2020/2021, identified for 2019/2020),
/// the matching ``PartnerFixture``'s (identified for 2021/2022): the section does not compare the
/// two, so fixtures of different years show which year each heading names.
@Suite struct PartnerPlanSectionTests {
  typealias P = PartnerFixture

  /// A (ШНОР, ЕГЭ 40, ses 10) and B (ЕГЭ 80, ses 30), quantile 0.6: A → B (see
  /// `PartnerReportTests.onePair`: strengths −1 and 1, threshold 0.2, social difference 2).
  func onePair() throws -> PartnerMatching {
    try P.match(
      [P.low("A", ege: 40, ses: 10), P.fine("B", ege: 80, ses: 30)], P.options(quantile: 0.6))
  }

  @Test("text: the partner section at level 2 after the plan, headed by the identification year")
  func text() throws {
    let plan = try MeasureFixture.plan()
    let matching = try onePair()
    let text = ReportFormat.text.render(plan.appending([matching]))
    #expect(text.hasPrefix(ReportFormat.text.render(plan)))
    let heading = "Школы-партнёры по итогам идентификации за 2021/2022 учебный год"
    // The standalone matching's document one level down, its heading replaced: the body is the
    // partner document's own.
    var standalone = ""
    TextRenderer().render(
      PartnerDocument(language: .russian).document(matching, level: 2), to: &standalone)
    let body = standalone.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)[2]
    #expect(
      text.hasSuffix(
        "\n" + heading + "\n" + String(repeating: "-", count: heading.count) + "\n" + body))
    #expect(text.contains("\nПары\n----\n• 1. A [A], М → B [B], М\n"))
    let english = ReportFormat.text.render(plan.appending([matching]), language: .english)
    #expect(english.contains("\nPartner schools following identification for 2021/2022\n"))
    let markdown = ReportFormat.markdown.render(plan.appending([matching]))
    #expect(markdown.contains("\n## \(heading)\n"))
    #expect(markdown.contains("\n### Пары\n"))
  }

  @Test("JSON: the qualitykit.partners/1 object under «partners»")
  func json() throws {
    let plan = try MeasureFixture.plan()
    let matching = try onePair()
    let json = ReportFormat.json.render(plan.appending([matching]))
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(root["schema"] as? String == "qualitykit.support/1")
    let partners = try #require(root["partners"] as? [String: Any])
    #expect(partners["schema"] as? String == "qualitykit.partners/1")
    #expect(partners["year"] as? Int == 2022)
    let pairs = try #require(partners["pairs"] as? [[String: Any]])
    #expect((pairs.first?["partner"] as? [String: Any])?["id"] as? String == "B")
    // The value is the partner writer's object, indented as a top-level key's.
    var object = ""
    matching.writeJSONValue(language: .russian, to: &object)
    #expect(json.hasSuffix(",\n  \"partners\": " + object + "\n}\n"))
  }

  @Test("tables: the plan's roadmaps, then the partner table; CSV writes the municipal roadmap")
  func tables() throws {
    let plan = try MeasureFixture.plan()
    let matching = try onePair()
    let tables = plan.appending([matching]).tables(language: .russian)
    #expect(tables.map(\.id) == ["municipal-roadmap", "school-roadmaps", "partners"])
    #expect(
      ReportFormat.csv.render(plan.appending([matching])) == ReportFormat.csv.render(plan))
    #expect(
      tables[2].csv(language: .russian)
        == matching.tables(language: .russian)[0].csv(language: .russian))
    #expect(tables[2].csv(language: .russian).hasPrefix("\u{FEFF}очередь;school_id;"))
  }

  @Test("the severity is the school's, not its last category's")
  func severity() throws {
    // A: satisfaction 15 ≤ 20 → ШНОР «в кризисной ситуации»; coverage 5 ≤ 10 → ШНСУ (ungraded).
    var a = P.low("A", ege: 40)
    a.satisfaction = 15
    a.coverage = 5
    let matching = try P.match([a, P.fine("B", ege: 80)], P.options(social: false))
    let text = ReportFormat.text.render(matching)
    #expect(
      text.contains(
        "  – ШНОР — школы с низкими результатами обучения; ШНСУ — школы, функционирующие в "
          + "неблагоприятных социальных условиях; школа в кризисной ситуации\n"))
    let english = ReportFormat.text.render(matching, language: .english)
    #expect(english.contains("; the school is in crisis\n"))
  }
}
