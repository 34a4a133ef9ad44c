import QualityKit

/// A fifth region built as `Guides/AddingARegion.md` describes, small enough to check by hand: one
/// criterion, one rule, and a catalogue of one indicator, one procedure and one measure, all
/// quoting seed 003 (whose copy the tests find through `sources`, like every pack's).
///
/// It lives in the tests rather than in `QualityRules`; ``TestedPacks`` registers it beside the
/// default packs with one line, as `DefaultPacks.all` would.
enum Toy {
  static let source = "003_2156e850bfcb12b0.txt"

  /// «Менее 60% учащихся, продолживших обучение на старшей ступени образования.»
  static let continuationBelow60 = ThresholdCriterion(
    id: "toy.continuation_below_60",
    title: LocalizedText(
      ru: "Менее 60 % выпускников 9 класса продолжили обучение в 10 классе",
      en: "Fewer than 60% of grade 9 graduates continue in grade 10"),
    rationale: LocalizedText(
      ru: "Критерий игрушечного региона: доля продолживших обучение за год Y.",
      en: "The toy region's criterion: the share continuing in year Y."),
    provenance: Provenance(
      source: source, section: "2.1.Организация процесса идентификации ШНОР/ШНСУ",
      quote: "Менее 60% учащихся, продолживших обучение на старшей ступени образования.",
      kind: .stated),
    metric: .continuationGrade10Percent,
    comparison: .lessThan,
    threshold: PackParameter(
      key: "toy.continuation_below_60.threshold", defaultValue: 60, unit: .percent,
      range: 0...100, kind: .stated,
      rationale: LocalizedText(
        ru: "«Менее 60%»: строго меньше.", en: "«Менее 60%»: strictly below.")),
    examples: [
      CriterionDescription.Example(
        "59 is below 60, 60 is not, no value is insufficient data", year: 2022,
        schools: [
          "A": [.continuationGrade10Percent: [2022: 59]],
          "B": [.continuationGrade10Percent: [2022: 60]],
          "C": [:],
        ],
        expected: ["A": .met, "B": .notMet, "C": .insufficientData])
    ])

  /// The catalogue, read as the default packs read theirs (an error names this file's line).
  static let catalogue: PackCatalogue = {
    do {
      return try PackCatalogue(
        json: catalogueText.json, file: #fileID, firstLine: catalogueText.line + 1)
    } catch {
      fatalError("\(error)")
    }
  }()

  // swift-format-ignore
  static let catalogueText = (line: #line, json: #"""
{
  "format": "qualitykit.catalogue/1",
  "source": "003_2156e850bfcb12b0.txt",
  "stated_rationale": {"ru": "Показатель в том виде, в каком его записывает документ.", "en": "The indicator as the document writes it."},
  "indicators": [
    {"section": "3. Ожидаемые результаты, ожидаемый результат, п. 3", "entries": [
      {"kind": "reported", "id": "toy.exchange_events", "unit": "count", "level": "municipality", "better": "+",
       "target": {"comparison": ">=", "plan": {"2022": 4}},
       "title": {"ru": "Мероприятия по обмену опытом в год", "en": "Experience-exchange events per year"},
       "provenance": {"kind": "derived", "quote": "Проведение мероприятий (не менее 4-х в год) по обмену опытом между школами"},
       "reading": {"ru": "«не менее 4-х в год» — не менее 4 в каждом учебном году.", "en": "«at least 4 a year» — at least 4 in every academic year."}}]}
  ],
  "monitoring": [
    {"section": "3. Ожидаемые результаты, ожидаемый результат", "entries": [
      {"id": "toy.identification_annual", "periodicity": {"kind": "times_per_year", "times": 1},
       "title": {"ru": "Ежегодная идентификация", "en": "Yearly identification"},
       "provenance": {"kind": "stated", "quote": "осуществляется регулярный мониторинг по идентификации школ – 1 раз в год;"}}]}
  ],
  "measures": [
    {"section": "2.1.Организация процесса идентификации ШНОР/ШНСУ — Основные компоненты «дорожной карты»", "entries": [
      {"id": "toy.identification", "categories": ["monitoring"], "level": "municipal",
       "responsible": ["education_department"], "schedule": {"form": "continuous"}, "condition": {"kind": "programme"},
       "title": {"ru": "Проведение идентификации", "en": "Identification"},
       "provenance": {"kind": "derived", "quote": "Идентификация на основе четких критериев и показателей, прозрачных процедур"},
       "reading": {"ru": "Компонент без сроков: постоянно; ответственный — отдел образования.", "en": "A component without timing: continuous; the education department is responsible."}}]}
  ]
}
"""#)

  /// ШНОР when the one criterion is met.
  static let lowResultsRule = CategoryRule(
    category: .lowResults, condition: .criterion(continuationBelow60.id),
    provenance: continuationBelow60.criterionDescription.provenance,
    rationale: LocalizedText(
      ru: "ШНОР, если продолжили обучение менее 60 %.", en: "ШНОР when fewer than 60% continue."))

  static let pack = RulePack(
    id: "toy", version: "0.1.0",
    title: LocalizedText(ru: "Игрушечный регион", en: "Toy region"),
    region: LocalizedText(ru: "Игрушечный регион", en: "Toy region"), sources: [source],
    sourceTitles: [
      source: LocalizedText(
        ru: "муниципальная программа г. Лесосибирска на 2020 – 2023 гг (как образец)",
        en: "the Lesosibirsk municipal programme, 2020–2023 (as a sample)")
    ],
    criteria: [continuationBelow60], categoryRules: [lowResultsRule],
    indicators: catalogue.indicators, monitoring: catalogue.monitoring,
    measures: catalogue.measures)
}
