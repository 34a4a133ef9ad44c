import QualityKit
import QualityKitTestSupport
import Testing

/// The text report of ``Fixtures/smallMunicipality()`` with the krasnoyarsk-like pack: Russian by
/// default, English on request, decimal commas and small-cell suppression.
@Suite struct TextReportTests {
  static func report(minimumGroupSize: Int = 5) throws -> IdentificationReport {
    try Identifier(packs: [Fixtures.krasnoyarskLikePack()]).identify(
      try Fixtures.smallMunicipality(), minimumGroupSize: minimumGroupSize)
  }

  @Test("Russian by default")
  func russianByDefault() throws {
    let text = ReportFormat.text.render(try Self.report())
    #expect(text.contains("ШНОР"))
    #expect(text.hasPrefix("Идентификация школ: 2021/2022 учебный год\n"))
    // S1 alone is ШНОР; S1 and S2 are ШНСУ
    #expect(text.contains("ШНОР — школы с низкими результатами обучения: 1 из 5"))
    #expect(text.contains("в неблагоприятных социальных условиях: 2 из 5"))
    #expect(text.contains("• МБОУ СОШ №1 (S1)"))
    #expect(!text.contains("School identification"))
  }

  @Test("English with .english")
  func english() throws {
    let text = ReportFormat.text.render(try Self.report(), language: .english)
    #expect(text.hasPrefix("School identification: 2021/2022 academic year\n"))
    #expect(text.contains("Schools with low learning results (ШНОР): 1 of 5"))
    #expect(!text.contains("Идентификация"))
  }

  @Test("reasons are the met criteria by title; the cards give the numbers in Russian form")
  func reasons() throws {
    let summary = ReportFormat.text.render(try Self.report())
    // S1: the results criterion, continuation and the quality gap, by title; no value in the summary.
    #expect(summary.contains("• МБОУ СОШ №1 (S1) — lowest share; threshold; gap\n"))
    #expect(!summary.contains("-1,52"))
    let text = ReportFormat.markdown.render(try Self.report())
    // results: z(S1) = −1.521278 → "-1,52"; n = 4, k = 1
    #expect(text.contains("-1,52 — не выше порога отсечения -1,52"))
    #expect(text.contains("(1 из 4)"))
    // quality: mean 68, school 50, gap 18
    #expect(text.contains(": 50 при среднем по муниципалитету 68; школа ниже на 18 — более 10."))
  }

  @Test("schools left undetermined for lack of data are listed with the missing data by title")
  func undetermined() throws {
    let text = ReportFormat.text.render(try Self.report())
    #expect(text.contains("Категория не определена из-за нехватки данных: 1"))
    // Categories and metrics by title, never `low_results` or `ege.russian.mean_score`.
    #expect(
      text.contains("• МБОУ ООШ №5 (S5) — ШНОР: нет данных — средний балл ЕГЭ по русскому языку\n"))
    #expect(!text.contains("low_results") && !text.contains("ege.russian.mean_score"))
    let full = ReportFormat.markdown.render(try Self.report())
    #expect(full.contains("Недостаточно данных: средний балл ЕГЭ по русскому языку (2021/2022)."))
    #expect(!full.contains("ege.russian.mean_score"))
  }

  @Test("a school below the small-cell limit gets a notice instead of its values")
  func suppression() throws {
    // limit 301: S1 (300 students) is ШНОР and its values must not be printed
    let text = ReportFormat.markdown.render(try Self.report(minimumGroupSize: 301))
    #expect(text.contains("Значения не выводятся: в 2021/2022 в школе менее 301 обучающихся."))
    #expect(!text.contains("ниже на 18"))
    #expect(!text.contains("не выше порога отсечения -1,52"))
  }

  @Test("Markdown headings")
  func markdown() throws {
    let text = ReportFormat.markdown.render(try Self.report())
    #expect(text.hasPrefix("# Идентификация школ: 2021/2022 учебный год\n\n"))
    #expect(text.contains("## ШНОР — школы с низкими результатами обучения: 1 из 5"))
  }
}
