import QualityKitTestSupport
import Testing

@testable import QualityKit

/// Compact cards: the ten schools of ``IdentificationDocumentTests`` forced into compact mode. Two
/// criteria, К1 = continuation < 60 and К2 = textbooks < 50, year 2021/2022; six cards (G1, G2,
/// R21, R22, R24, R101).
///
/// | school | continuation | textbooks | К1 line                              | К2 line           | not met |
/// |--------|--------------|-----------|--------------------------------------|-------------------|---------|
/// | G1     | 50           | 80        | К1 выполнен: 50 при пороге 60        | —                 | 1 of 2  |
/// | R21    | 55           | 20        | К1 выполнен: 55 при пороге 60        | К2 выполнен: 20 … | 0 of 2  |
/// | R22    | —            | 70        | К1: недостаточно данных — нет данных | —                 | 1 of 2  |
/// | R101   | 40 (hidden)  | 40 (hid.) | К1 выполнен (2021/2022)              | К2 выполнен (…)   | 0 of 2  |
@Suite struct CompactCardsTests {
  static func document(_ language: Language = .russian, above: Int = 0) throws -> ReportDocument {
    try IdentificationDocumentTests.report().document(
      language: language, detail: .full, compactCardsAbove: above)
  }

  /// The Markdown text of the card of `id`, up to the next card.
  static func card(_ id: String, in text: String) throws -> String {
    try #require(
      text.components(separatedBy: "### \(id) (\(id))").dropFirst().first?
        .components(separatedBy: "\n### ").first)
  }

  @Test("every listed school has a compact card with its anchor; every link leads to one")
  func anchors() throws {
    let document = try Self.document()
    let anchors = document.blocks.compactMap { block -> String? in
      if case .heading(_, _, let anchor?) = block { return anchor }
      return nil
    }
    #expect(anchors == ["G1", "G2", "R21", "R22", "R24", "R101"].map { "school-\($0)" })
    let links = document.blocks.flatMap { block -> [String] in
      guard case .item(let text, _, _, _) = block else { return [] }
      return text.runs.compactMap {
        if case .link(_, let anchor) = $0 { return anchor }
        return nil
      }
    }
    #expect(!links.isEmpty)
    #expect(Set(links).isSubset(of: Set(anchors)))
  }

  @Test("the legends list each criterion and rule once with its label; the note says why")
  func legend() throws {
    let document = try Self.document()
    #expect(
      IdentificationDocumentTests.table("метка", in: document) == [
        ["метка", "критерий", "пакет"], ["К1", "threshold", "t"], ["К2", "threshold", "t"],
      ])
    #expect(
      IdentificationDocumentTests.table("правило", in: document) == [
        ["правило", "категория", "пакет", "условие"],
        ["П1", "ШНОР", "t", "ШНОР — продолжение ниже 60."],
        ["П2", "ШНСУ", "t", "ШНСУ — учебники ниже 50."],
      ])
    let text = MarkdownRenderer().render(document)
    #expect(text.contains("Школ в списках: 6, поэтому карточки краткие"))
    #expect(text.contains("`identify-schools --school ID`"))
    let english = try Self.document(.english)
    #expect(
      IdentificationDocumentTests.table("label", in: english) == [
        ["label", "criterion", "pack"], ["C1", "threshold", "t"], ["C2", "threshold", "t"],
      ])
  }

  @Test("a card: municipality, categories with their rules, met findings by hand, not-met count")
  func cardLines() throws {
    let text = MarkdownRenderer().render(try Self.document())
    let r21 = try Self.card("R21", in: text)
    #expect(r21.contains("Район 2"))
    #expect(r21.contains("- ШНОР: в списке; правило П1\n"))
    #expect(r21.contains("- ШНСУ: в списке; правило П2\n"))
    #expect(r21.contains("- К1 выполнен: 55 при пороге 60 (2021/2022)\n"))
    #expect(r21.contains("- К2 выполнен: 20 при пороге 50 (2021/2022)\n"))
    #expect(r21.contains("- не выполнены: 0 из 2\n"))
    // No sentence, no «значение …; порог …» line.
    #expect(!r21.contains("значение 55"))

    let g1 = try Self.card("G1", in: text)
    #expect(g1.contains("- К1 выполнен: 50 при пороге 60 (2021/2022)\n"))
    #expect(!g1.contains("К2"))
    #expect(g1.contains("- не выполнены: 1 из 2\n"))

    let r22 = try Self.card("R22", in: text)
    #expect(r22.contains("- ШНОР: не определено\n"))
    #expect(r22.contains("- К1: недостаточно данных — нет данных: "))
    #expect(r22.contains("- не выполнены: 1 из 2\n"))

    // Under five students: the findings without values.
    let r101 = try Self.card("R101", in: text)
    #expect(r101.contains("Значения не выводятся"))
    #expect(r101.contains("- К1 выполнен (2021/2022)\n"))
    #expect(!r101.contains("40"))

    let english = MarkdownRenderer().render(try Self.document(.english))
    #expect(
      try Self.card("R21", in: english).contains("- C1 met: 55 at threshold 60 (2021/2022)\n"))
    #expect(try Self.card("G1", in: english).contains("- not met: 1 of 2\n"))
  }

  @Test("no criterion id in the compact cards and their legends (keys are in the parameters)")
  func noIDs() throws {
    for (language, cards, parameters) in [
      (Language.russian, "Карточки школ", "Параметры"), (.english, "School cards", "Parameters"),
    ] {
      let text = TextRenderer().render(try Self.document(language))
      let section = try #require(
        text.components(separatedBy: cards + "\n").dropFirst().first?
          .components(separatedBy: parameters + "\n").first)
      #expect(!section.isEmpty)
      #expect(!section.contains("t.continuation"))
      #expect(!section.contains("t.textbooks"))
    }
  }

  @Test("at or below the threshold the cards are full, as before")
  func fullBelow() throws {
    let report = try IdentificationDocumentTests.report()
    let atThreshold = report.document(language: .russian, detail: .full, compactCardsAbove: 6)
    #expect(atThreshold == report.document(language: .russian))
    let text = MarkdownRenderer().render(atThreshold)
    #expect(text.contains("  - значение 55; порог 60; годы 2021/2022"))
    #expect(!text.contains("К1 выполнен"))
    #expect(IdentificationDocumentTests.table("метка", in: atThreshold) == nil)
  }
}
