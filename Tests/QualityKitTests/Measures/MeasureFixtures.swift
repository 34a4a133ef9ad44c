import QualityKit
import QualityKitTestSupport
import Testing

/// One small, realistic measure set — eight measures of the seed documents' plans, quoted
/// verbatim (OCR damage included) — with a pack and seven schools to plan them for, checked by
/// hand in the planner and writer tests.
///
/// **The pack `m`** (three threshold criteria, year 2020 = 2019/2020):
/// - `m.results_below_50`: ЕГЭ Russian mean < 50;
/// - `m.textbooks_below_30`: recent textbooks < 30 %;
/// - `m.staffing_below_40`: teachers trained in quality < 40 % (a low staffing potential);
/// - ШНОР = results; ШНСУ = textbooks ∨ staffing (three-valued).
///
/// **The schools** (municipality «М»; enrolment decides small-cell suppression, limit 5):
///
/// | school | ЕГЭ rus | textbooks | staffing | enrolment | ШНОР | ШНСУ |
/// | --- | --- | --- | --- | --- | --- | --- |
/// | A1 | 40 | 50 | 60 | 300 | yes | no |
/// | A2 | 70 | 20 | 30 | 200 | no | yes (both) |
/// | A3 | 45 | 25 | 20 | 3 | yes | yes (both) — values hidden |
/// | A4 | 80 | 60 | 70 | 500 | no | no — a strong school, no roadmap |
/// | A5 | — | 70 | 80 | 250 | open | no — undetermined |
/// | A6 | 75 | 40 | 35 | 150 | no | yes (staffing) |
/// | A7 | 42 | 60 | — | 120 | yes | open (no staffing value) |
///
/// **The measures** and their dates in 2020/2021 (the plan's year):
///
/// | id | level | schedule | condition | 2020/2021 |
/// | --- | --- | --- | --- | --- |
/// | `working_group_meeting` | M | school quarters | programme | 01.09–31.10.2020, 01.11–31.12.2020, 09.01–31.03.2021, 01.04–31.05.2021 |
/// | `best_schools_list` | M | June | programme | 01.06–30.06.2021 |
/// | `staffing_recommendations` | M | once 01.09.2020–01.01.2021 | ШНСУ | the window |
/// | `development_plans` | M | once October–November 2020 | `m.staffing_below_40` | 01.10–30.11.2020 |
/// | `consultations` | M | continuous | identified | 01.09.2020–31.08.2021 |
/// | `partnership_agreements` | M | continuous 2022–2024 | ШНОР | none: outside the year |
/// | `results_analysis` | M | as scheduled | ШНОР | undated |
/// | `school_roadmaps` | S | once September–October 2020 | identified | 01.09–31.10.2020 |
enum MeasureFixture {
  static let results: CriterionID = "m.results_below_50"
  static let textbooks: CriterionID = "m.textbooks_below_30"
  static let staffing: CriterionID = "m.staffing_below_40"

  /// The date written `YYYY-MM-DD`; records an issue when it is not one.
  static func day(_ text: String, sourceLocation: SourceLocation = #_sourceLocation)
    -> CalendarDate
  {
    guard let date = CalendarDate(text) else {
      Issue.record("not a date: \(text)", sourceLocation: sourceLocation)
      return CalendarDate(clampingYear: 1, month: 1, day: 1)
    }
    return date
  }

  /// Ranges as "start–end" strings, ISO dates.
  static func spans(_ ranges: [ClosedRange<CalendarDate>]) -> [String] {
    ranges.map { "\($0.lowerBound)–\($0.upperBound)" }
  }

  // MARK: - Measures

  static let workingGroupMeeting = DeclaredMeasure(
    id: "m.working_group_meeting",
    title: LocalizedText(
      ru: "Заседание муниципальной рабочей группы", en: "Meeting of the municipal working group"),
    categories: [.normativeOrganisational, .monitoring], level: .municipal,
    responsible: [.municipalCoordinator], schedule: .schoolQuarters,
    timingQuote: "1 раз в четверть ежегодно",
    expectedResult: LocalizedText(
      ru: "Анализ эффективности принятых мер",
      en: "Analysis of how effective the measures taken were"),
    condition: .programme,
    provenance: Provenance(
      source: "000_2047c6b8ed2e3828.txt",
      section: "План мероприятий — Нормативно-организационное обеспечение, п. 5",
      quote: "Заседание м униципальной рабочей группы 1 раз в четверть ежегодно", kind: .stated),
    lines: "L1088–1091")

  static let bestSchoolsList = DeclaredMeasure(
    id: "m.best_schools_list",
    title: LocalizedText(
      ru: "Сбор и анализ школьных мониторингов по итогам реализации программ",
      en: "Collecting and analysing the schools' monitoring of their programmes"),
    categories: [.monitoring], level: .municipal, responsible: [.educationDepartment],
    schedule: .month(.june), timingQuote: "Июнь, ежегодно",
    expectedResult: LocalizedText(
      ru: "Список школ, показавших лучшие результаты по итогам реализации программ",
      en: "A list of the schools with the best results of their programmes"),
    condition: .programme,
    provenance: Provenance(
      source: "001_a2b6d671e86258ea.txt",
      section: "Дорожная карта программы повышения качества образования",
      quote: "Июнь, ежегодно Список школ, показавших лучшие", kind: .stated,
      derivation: LocalizedText(
        ru: "Ответственный в документе не назван в этой строке: принят отдел образования.",
        en: "The row names no responsible: the education department is assumed.")))

  static let staffingRecommendations = DeclaredMeasure(
    id: "m.staffing_recommendations",
    title: LocalizedText(
      ru: "Рекомендации по штатному расписанию в части должности специалистов (психологов или "
        + "социальных педагогов)",
      en: "Recommendations on staffing with specialists (psychologists or social pedagogues)"),
    categories: [.staffingInfrastructure], level: .municipal,
    responsible: [.educationDepartment],
    schedule: .once(from: day("2020-09-01"), to: day("2021-01-01")),
    timingQuote: "До 1 января 2021г",
    condition: .categories([.unfavourableSocialConditions]),
    provenance: Provenance(
      source: "003_2156e850bfcb12b0.txt", section: "3. Ожидаемые результаты, п. 5",
      quote: "для всех школ, идентифицированных как ШНРО /ШНСУ, будут выданы рекомендации по "
        + "штатному расписанию в части должности специалистов (психологов или социальных "
        + "педагогов",
      kind: .derived,
      derivation: LocalizedText(
        ru: "Срок «до 1 января 2021» прочитан как 01.09.2020–01.01.2021; специалисты отвечают на "
          + "социальные условия (ШНСУ), компонент C4.",
        en: "«By 1 January 2021» read as 1 Sep 2020 – 1 Jan 2021; specialists answer social "
          + "conditions (ШНСУ), component C4.")))

  static let developmentPlans = DeclaredMeasure(
    id: "m.development_plans",
    title: LocalizedText(
      ru: "Методическая помощь: выявление профессиональных дефицитов по результатам самооценки и "
        + "построение индивидуального плана профессионального развития педагога",
      en: "Methodical help: finding professional deficits by self-assessment and building each "
        + "teacher's individual development plan"),
    categories: [.professionalDevelopment, .methodicalSupport], level: .municipal,
    responsible: [.educationDepartment, .methodicalService],
    schedule: .once(from: .october, 2020, to: .november, 2020),
    timingQuote: "Октябрь - ноябрь 2020 года",
    expectedResult: LocalizedText(
      ru: "Планы профессионального развития педагога в образовательных организациях",
      en: "Teachers' professional development plans in the schools"),
    condition: .criteria([staffing]),
    provenance: Provenance(
      source: "003_2156e850bfcb12b0.txt",
      section: "4. План – график мероприятий по повышению качества общего образования на "
        + "2020-2021 учебный год, п. 8",
      quote: "построение индивидуального плана профессионального развития педагога»",
      kind: .stated,
      derivation: LocalizedText(
        ru: "Условие — низкий кадровый потенциал — прочтение библиотеки.",
        en: "The condition, a low staffing potential, is the library's reading.")))

  static let consultations = DeclaredMeasure(
    id: "m.consultations",
    title: LocalizedText(
      ru: "Консультационно-методическое обеспечение реализации программ повышения качества ОО",
      en: "Consulting and methodical support of the schools' improvement programmes"),
    categories: [.methodicalSupport], level: .municipal, responsible: [.methodicalService],
    schedule: .continuous(), timingQuote: "В течение всего периода",
    expectedResult: LocalizedText(
      ru: "Помощь в реализации школьных программ повышения качества, контроль выполнения "
        + "плановых мероприятий",
      en: "Help with the schools' improvement programmes, control of the planned measures"),
    target: MeasureDescription.Target(
      text: LocalizedText(ru: "не менее 4-х консультаций", en: "at least 4 consultations"),
      value: 4, unit: .count, comparison: .atLeast),
    condition: .identified,
    provenance: Provenance(
      source: "002_b8ad0e30ae99d723.txt", section: "Мероприятия Программы, п. 1.1.4",
      quote: "функционирующих в неблагоприятных социальных условиях и показывающих низкие "
        + "результаты",
      kind: .stated))

  static let partnershipAgreements = DeclaredMeasure(
    id: "m.partnership_agreements",
    title: LocalizedText(
      ru: "Заключение договоров о сетевом партнерстве школ с низкими образовательными "
        + "результатами со школами-лидерами",
      en: "Network partnership agreements between low-result schools and leader schools"),
    categories: [.partnershipNetwork], level: .municipal,
    responsible: [.headOfEducationDepartment],
    schedule: .continuous(from: day("2022-01-01"), to: day("2024-12-31")),
    timingQuote: "2022-2024",
    expectedResult: LocalizedText(
      ru: "Обеспечение взаимодействия с целью повышения качества образования",
      en: "Cooperation to raise the quality of education"),
    condition: .categories([.lowResults]),
    provenance: Provenance(
      source: "000_2047c6b8ed2e3828.txt",
      section: "План мероприятий — Ресурсное обеспечение, п. 23",
      quote: "Заклю чение договоров о сетевом партнерстве ш кол с низким и образовательны м и "
        + "результатам и со ш колами лидерами",
      kind: .stated))

  static let resultsAnalysis = DeclaredMeasure(
    id: "m.results_analysis",
    title: LocalizedText(
      ru: "Мониторинг результатов: анализ выполнения заданий ВПР, ОГЭ, ЕГЭ по учебным предметам",
      en: "Monitoring results: analysis of ВПР, ОГЭ and ЕГЭ tasks by subject"),
    categories: [.monitoring], level: .municipal, responsible: [.educationDepartment],
    schedule: .asScheduled, timingQuote: "по графику",
    expectedResult: LocalizedText(
      ru: "Составлены программы мониторинга в ШНОР", en: "Monitoring programmes drawn up in ШНОР"),
    target: MeasureDescription.Target(
      text: LocalizedText(ru: "100%", en: "100%"), value: 100, unit: .percent,
      comparison: .equal),
    condition: .categories([.lowResults]),
    provenance: Provenance(
      source: "004_a21e3c7c7266135d.txt", section: "4. План, п. 2.3",
      quote: "Мониторинг результатов: анализ выполнения заданий ВПР, ОГЭ, ЕГЭ по учебным "
        + "предметам.",
      kind: .stated))

  static let schoolRoadmaps = DeclaredMeasure(
    id: "m.school_roadmaps",
    title: LocalizedText(
      ru: "«Дорожные карты» ШНРО/ШНСУ, определение школ-партнеров",
      en: "Roadmaps of the schools, choice of partner schools"),
    categories: [.normativeOrganisational, .partnershipNetwork], level: .school,
    responsible: [.schoolHead], schedule: .once(from: .september, 2020, to: .october, 2020),
    timingQuote: "сентябрь – октябрь 2020 года",
    expectedResult: LocalizedText(
      ru: "«дорожные карты», соглашения о партнерстве",
      en: "roadmaps, partnership agreements"),
    condition: .identified,
    provenance: Provenance(
      source: "003_2156e850bfcb12b0.txt",
      section: "4. План – график мероприятий по повышению качества общего образования на "
        + "2020-2021 учебный год, п. 4",
      quote: "плана действий по поддержке школ, «дорожных карт» ШНРО/ШНСУ, определение школ - "
        + "партнеров",
      kind: .stated))

  /// The eight measures in document order (as a pack lists them).
  static let measures = [
    workingGroupMeeting, bestSchoolsList, staffingRecommendations, developmentPlans,
    consultations, partnershipAgreements, resultsAnalysis, schoolRoadmaps,
  ]

  // MARK: - Pack and report

  /// The pack `m`, with `measures` (all eight by default).
  static func pack(measures: [DeclaredMeasure] = measures) -> RulePack {
    let resultsCriterion = Fixtures.threshold(
      results, metric: .egeRussianMeanScore, .lessThan, 50)
    let textbooksCriterion = Fixtures.threshold(
      textbooks, metric: .resourcesRecentTextbooksPercent, .lessThan, 30)
    let staffingCriterion = Fixtures.threshold(
      staffing, metric: .staffQualityTrainingPercent, .lessThan, 40)
    return RulePack(
      id: "m", version: "0.1.0", title: Fixtures.text("pack m"), region: Fixtures.text("region"),
      sources: ["test"], criteria: [resultsCriterion, textbooksCriterion, staffingCriterion],
      categoryRules: [
        CategoryRule(
          category: .lowResults, condition: .any([.criterion(results)]),
          provenance: Fixtures.provenance, rationale: Fixtures.text("low results")),
        CategoryRule(
          category: .unfavourableSocialConditions,
          condition: .any([.criterion(textbooks), .criterion(staffing)]),
          provenance: Fixtures.provenance, rationale: Fixtures.text("social")),
      ],
      measures: measures)
  }

  /// The seven schools' values in 2020, in the order given (`nil` is a missing value).
  static let rows: [(SchoolID, [Double?])] = [
    ("A1", [40, 50, 60, 300]),
    ("A2", [70, 20, 30, 200]),
    ("A3", [45, 25, 20, 3]),
    ("A4", [80, 60, 70, 500]),
    ("A5", [nil, 70, 80, 250]),
    ("A6", [75, 40, 35, 150]),
    ("A7", [42, 60, nil, 120]),
  ]

  /// The dataset, schools given to the builder in `order` (the table's order by default).
  static func dataset(order: [Int]? = nil) throws -> Dataset {
    let metrics: [MetricKey] = [
      .egeRussianMeanScore, .resourcesRecentTextbooksPercent, .staffQualityTrainingPercent,
      .contextEnrollment,
    ]
    let ordered = (order ?? Array(rows.indices)).map { rows[$0] }
    var builder = try Dataset.Builder(
      schools: ordered.map { Fixtures.school($0.0, name: "Школа \($0.0)") })
    for (id, values) in ordered {
      for (metric, value) in zip(metrics, values) {
        if let value { try builder.set(value, school: id, year: 2020, metric: metric) }
      }
    }
    return builder.build()
  }

  /// The identification report of the pack over the schools, for 2019/2020.
  static func report(pack: RulePack = pack(), order: [Int]? = nil) throws -> IdentificationReport {
    try Identifier(packs: [pack]).identify(try dataset(order: order), year: 2020)
  }

  /// The plan for 2020/2021.
  static func plan(pack: RulePack = pack(), order: [Int]? = nil, year: AcademicYear = 2021)
    throws -> SupportPlan
  {
    try SupportPlanner(packs: [pack]).plan(for: try report(pack: pack, order: order), year: year)
  }

  /// The outcome of school `id` in `report`.
  static func outcome(_ report: IdentificationReport, _ id: SchoolID) throws
    -> IdentificationReport.SchoolOutcome
  {
    try #require(report.schools.first { $0.school.id == id })
  }
}
