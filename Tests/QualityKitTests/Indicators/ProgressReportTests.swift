import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

@Suite("ProgressReport")
struct ProgressReportTests {
  typealias F = IndicatorFixture

  // Three schools. Quality: 2022 S1 60, S2 80; 2023 S1 64, S2 82, S3 70. Students: S1 100 and
  // S2 300 in both years, S3 50 in 2022 and 3 in 2023 — a small cell.
  static func dataset() throws -> Dataset {
    try Fixtures.dataset(
      [
        "S1": [
          .resultsQualityPercent: [2022: 60, 2023: 64], .contextEnrollment: [2022: 100, 2023: 100],
        ],
        "S2": [
          .resultsQualityPercent: [2022: 80, 2023: 82], .contextEnrollment: [2022: 300, 2023: 300],
        ],
        "S3": [.resultsQualityPercent: [2023: 70], .contextEnrollment: [2022: 50, 2023: 3]],
      ],
      names: ["S1": "СОШ №1", "S2": "ООШ №2", "S3": "НОШ №3"])
  }

  static func reported() throws -> ReportedValues {
    try F.values([
      ("webinars", 2021, nil, 8), ("webinars", 2022, nil, 14), ("webinars", 2023, nil, 21),
      ("network", 2022, "S1", 75), ("network", 2022, "S3", 85), ("network", 2023, "S3", 90),
    ])
  }

  /// Webinars: count, municipal, «не менее 20» by 2023.
  static let webinars = ReportedIndicator(
    id: "webinars", title: LocalizedText(ru: "Вебинары", en: "Webinars"), unit: .count,
    better: .positive, target: Target(comparison: .atLeast, value: 20, by: 2023, start: 2021),
    provenance: F.provenance, rationale: F.rationale)
  /// Quality: the plain mean over schools, «не менее» 70 in 2022 and 75 in 2023.
  static let quality = AggregateIndicator(
    id: "quality", title: LocalizedText(ru: "Качество", en: "Quality"), unit: .percent,
    better: .positive, target: Target(comparison: .atLeast, plan: [2022: 70, 2023: 75]),
    provenance: F.provenance, rationale: F.rationale, metric: .resultsQualityPercent,
    aggregation: .mean)
  /// Network: a school indicator reported by hand, a bare «80 %» by 2022 read as «равно».
  static let network = F.reported(
    "network", level: .school,
    target: Target(
      comparison: .equal, value: 80, by: 2022, start: 2021,
      reading: LocalizedText(ru: "голое число", en: "a bare number")))
  /// Quality dynamics: «50 % школ достигли положительной динамики» by 2023.
  static let dynamics = F.dynamics(
    "dynamics", metric: .resultsQualityPercent,
    target: Target(comparison: .atLeast, value: 50, by: 2023, start: 2021))
  /// Trained teachers: no target, nothing reported.
  static let trained = F.reported("trained", unit: .count)

  static let all: [any Indicator] = [webinars, quality, network, dynamics, trained]

  static func report(_ indicators: [any Indicator] = all, years: [AcademicYear]? = nil) throws
    -> ProgressReport
  {
    ProgressReport(
      indicators: indicators,
      context: IndicatorContext(dataset: try dataset(), reported: try reported()), years: years)
  }

  struct Expected: Equatable, CustomStringConvertible {
    let value: Double?
    let target: Double?
    let status: ProgressReport.Status
    let distance: Double?
    var description: String { "\(value as Any) \(target as Any) \(status) \(distance as Any)" }
  }

  static func rows(_ progress: ProgressReport.IndicatorProgress) -> [Expected] {
    progress.rows.map {
      Expected(value: $0.value, target: $0.target, status: $0.status, distance: $0.distance)
    }
  }

  @Test func theYearsAreThoseOfTheDatasetAndTheReportedValues() throws {
    let report = try Self.report()
    #expect(report.years == [2021, 2022, 2023])  // reported 2021–2023 ∪ dataset 2022–2023
    #expect(try Self.report(years: [2023, 2021, 2023]).years == [2021, 2023])
    #expect(try Self.report(years: [2025]).indicators[0].rows.map(\.status) == [.noData])
    #expect(
      report.indicators.map(\.description.id) == [
        "webinars", "quality", "network", "dynamics", "trained",
      ])
  }

  @Test func statusesTargetsAndDistancesYearByYear() throws {
    let report = try Self.report()
    // Webinars: the target is due in 2023 only; 21 − 20 = +1.
    #expect(
      Self.rows(report.indicators[0]) == [
        Expected(value: 8, target: nil, status: .notYetDue, distance: nil),
        Expected(value: 14, target: nil, status: .notYetDue, distance: nil),
        Expected(value: 21, target: 20, status: .achieved, distance: 1),
      ])
    // Quality: 2021 has no data but no target either — the per-year plan starts in 2022, so no
    // target is set for it; 2022 (60 + 80) / 2 = 70 on the boundary; 2023 (64 + 82 + 70) / 3 =
    // 72, 3 below 75.
    #expect(
      Self.rows(report.indicators[1]) == [
        Expected(value: nil, target: nil, status: .targetNotSet, distance: nil),
        Expected(value: 70, target: 70, status: .achieved, distance: 0),
        Expected(value: 72, target: 75, status: .notAchieved, distance: -3),
      ])
    // Network: 2022 (75 + 85) / 2 = 80 = 80; 2023 S3 alone 90, the target kept after 2022:
    // −|90 − 80| = −10.
    #expect(
      Self.rows(report.indicators[2]) == [
        Expected(value: nil, target: nil, status: .notYetDue, distance: nil),
        Expected(value: 80, target: 80, status: .achieved, distance: 0),
        Expected(value: 90, target: 80, status: .notAchieved, distance: -10),
      ])
    // Dynamics: 2023 S1 +4, S2 +2 (S3 has 2023 only): 2 of 2 = 100 %, 50 above 50.
    #expect(
      Self.rows(report.indicators[3]) == [
        Expected(value: nil, target: nil, status: .notYetDue, distance: nil),
        Expected(value: nil, target: nil, status: .notYetDue, distance: nil),
        Expected(value: 100, target: 50, status: .achieved, distance: 50),
      ])
    // Trained: no target at all.
    #expect(report.indicators[4].rows.map(\.status) == [.noTarget, .noTarget, .noTarget])
  }

  @Test func aTargetInForceWithoutAnActualIsNoData() throws {
    let report = try Self.report([Self.webinars, Self.quality], years: [2024])
    // Webinars: 20 is kept after 2023, nothing reported for 2024. Quality: 75 kept, no values.
    #expect(
      report.indicators.map { Self.rows($0) } == [
        [Expected(value: nil, target: 20, status: .noData, distance: nil)],
        [Expected(value: nil, target: 75, status: .noData, distance: nil)],
      ])
    #expect(report.indicators[0].rows[0].actual.ru == "значение за 2023/2024 не указано")
  }

  @Test func trendsOverTheYearsWithAValue() throws {
    let report = try Self.report()
    // Webinars 8, 14, 21: Σ dx·dy = (−1)(8 − 43/3) + (1)(21 − 43/3) = 13; Σ dx² = 2 → 6.5.
    #expect(report.indicators[0].trend == .improving)
    #expect(report.indicators[0].slope == 6.5)
    #expect(report.indicators[1].trend == .improving)  // 70 → 72
    #expect(report.indicators[1].slope == 2)
    #expect(report.indicators[3].trend == .insufficientData)  // one year with a value
    #expect(report.indicators[4].trend == .insufficientData)
    #expect(report.indicators[4].slope == nil)
  }

  @Test func smallSchoolsValuesAreHidden() throws {
    let report = try Self.report()
    // Quality 2023: S3 has 3 students; the municipal mean of 3 schools (403 students) is shown.
    let quality = try #require(report.indicators[1].row(for: 2023))
    #expect(quality.mayShowValue)
    #expect(quality.schools.map(\.mayShowValue) == [true, true, false])
    // Network 2023 is S3's value alone: the municipal value is hidden too, the status is not.
    let network = try #require(report.indicators[2].row(for: 2023))
    #expect(!network.mayShowValue)
    #expect(network.status == .notAchieved)
    #expect(!report.indicators[2].mayShowValues)
    // Network 2022: S3 had 50 students in 2022, so its value of that year is shown.
    let earlier = try #require(report.indicators[2].row(for: 2022))
    #expect(earlier.schools.map(\.mayShowValue) == [true, true])
    #expect(earlier.mayShowValue)

    let text = report.render(.text)
    #expect(text.contains("2022/2023  *     80    не достигнуто     *"))
    let json = report.render(.json)
    #expect(
      json.contains("{\"id\": \"S3\", \"name\": \"НОШ №3\", \"value\": null, \"suppressed\": true}")
    )
    #expect(!json.contains("90"))
    let csv = report.render(.csv)
    #expect(
      csv.contains(
        "quality;Качество;%;percent;школа;school;2022/2023;2023;S3;НОШ №3;;;;;;;;;значение не "
          + "выводится: менее 5 обучающихся или их число неизвестно в одном из лет значения\r\n"
      ))
  }

  @Test func theTextReport() throws {
    let text = try Self.report([Self.webinars, Self.quality]).render(.text)
    let expected = """
      Целевые показатели: ход достижения
      ==================================
      Годы: 2020/2021, 2021/2022, 2022/2023. Показателей: 2.

      Вебинары
      --------
      Единица: количество; уровень: муниципалитет; лучше: больше.
      Цель: не менее 20 (2022/2023).
      Как считается: Значение указывается для муниципалитета вручную.
      Тренд: улучшение (+6,5 в год).

      год        факт  цель  статус            отклонение  основание
      2020/2021  8     —     срок не наступил  —           указано для муниципалитета
      2021/2022  14    —     срок не наступил  —           указано для муниципалитета
      2022/2023  21    20    достигнуто        +1          указано для муниципалитета

      Качество
      --------
      Единица: %; уровень: школа; лучше: больше.
      Цель: не менее: 2021/2022 — 70; 2022/2023 — 75.
      Как считается: Среднее значений «качество обученности (доля обучающихся на «4» и «5»)» по школам, у которых оно есть за год (каждая школа с равным весом).
      Тренд: улучшение (+2 в год).

      год        факт  цель  статус               отклонение  основание
      2020/2021  —     —     цель не установлена  —           ни у одной школы нет значения «качество обученности (доля обучающихся на «4» и «5»)» за 2020/2021
      2021/2022  70    70    достигнуто           0           среднее по школам со значением (школ: 2 из 3)
      2022/2023  72    75    не достигнуто        -3          среднее по школам со значением (школ: 3 из 3)

      Значения школ:
      школа        2021/2022  2022/2023
      СОШ №1 (S1)  60         64
      ООШ №2 (S2)  80         82
      НОШ №3 (S3)  —          *

      * — значение не выводится: в школе менее 5 обучающихся или их число неизвестно в одном из лет, из которых оно берётся (для изменения к прошлому году — в любом из двух лет); значение по школам не выводится, если в них вместе менее 5 обучающихся или оно рассчитано по двум школам и значение одной из них скрыто.

      """
    #expect(text == expected)
  }

  @Test func theMarkdownAndEnglishReports() throws {
    let report = try Self.report([Self.webinars, Self.quality])
    let markdown = report.render(.markdown)
    #expect(markdown.hasPrefix("# Целевые показатели: ход достижения\n\n"))
    #expect(markdown.contains("## Вебинары\n\n- Единица: количество;"))
    #expect(
      markdown.contains("| 2022/2023 | 21 | 20 | достигнуто | +1 | указано для муниципалитета |\n"))
    #expect(markdown.contains("| НОШ №3 (S3) | — | \\* |\n"))
    #expect(
      markdown.hasSuffix(
        "\\* — значение не выводится: в школе менее 5 обучающихся или их число неизвестно в одном из лет, из которых оно берётся (для изменения к прошлому году — в любом из двух лет); значение по школам не выводится, если в них вместе менее 5 обучающихся или оно рассчитано по двум школам и значение одной из них скрыто.\n"
      ))
    let english = report.render(.text, language: .english)
    #expect(english.hasPrefix("Target indicators: progress\n"))
    // "actual" and "target" are six wide: 72 and 75 take four spaces more; "status" is as wide
    // as 2020/2021's "target not set", two more than "not achieved".
    #expect(english.contains("2022/2023  72      75      not achieved    -3"))
    #expect(english.contains("2020/2021  —       —       target not set  —"))
    #expect(english.contains("Trend: improving (+6.5 per year)."))
  }

  @Test func theCSVReportIsForRussianExcel() throws {
    let csv = try Self.report([Self.webinars, Self.quality]).render(.csv)
    let lines = csv.components(separatedBy: "\r\n")
    #expect(
      csv.hasPrefix(
        "\u{FEFF}indicator_id;показатель;единица;unit_id;уровень;level_id;год;год окончания;"
          + "school_id;школа;факт;цель;сравнение;статус;status_id;отклонение;тренд;trend_id;"
          + "основание\r\n"))
    #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    // Unit, level, status and trend by their Russian words, each id beside it.
    #expect(
      lines.contains(
        "webinars;Вебинары;чел.;count;муниципалитет;municipality;2022/2023;2023;;;21;20;не менее;"
          + "достигнуто;achieved;1;улучшение;improving;указано для муниципалитета"))
    #expect(
      lines.contains(
        "quality;Качество;%;percent;школа;school;2022/2023;2023;;;72;75;не менее;не достигнуто;"
          + "not_achieved;-3;улучшение;improving;среднее по школам со значением (школ: 3 из 3)"))
    #expect(
      lines.contains("quality;Качество;%;percent;школа;school;2021/2022;2022;S1;СОШ №1;60;;;;;;;;"))
    // 3 webinar rows; quality 3 municipal rows and 2 + 3 school rows; header; the empty tail.
    #expect(lines.count == 1 + 3 + 3 + 5 + 1)
    // A decimal comma: the weighted mean of 2023 is (64·100 + 82·300 + 70·3) / 403 = 31210 / 403.
    let weighted = F.aggregate(.enrolmentWeightedMean, id: "weighted")
    let row = try Self.report([weighted], years: [2023]).render(.csv)
    #expect(row.contains(";2022/2023;2023;;;77,444169;"))  // 77.4441687…
    // English: commas between cells and a decimal point.
    let english = try Self.report([weighted], years: [2023]).render(.csv, language: .english)
    #expect(english.contains(",2022/2023,2023,,,77.444169,"))
  }

  @Test func theJSONReport() throws {
    let json = try Self.report([Self.network]).render(.json)
    let expected = """
      {
        "schema": "qualitykit.progress/1",
        "language": "ru",
        "years": [2021, 2022, 2023],
        "minimum_group_size": 5,
        "assume_large_when_unknown": false,
        "indicators": [
          {"id": "network", "title": {"ru": "indicator network", "en": "indicator network"}, "unit": "percent", "level": "school", "better": "+",
           "target": {"comparison": "=", "plan": [{"year": 2022, "value": 80}], "start": 2021, "reading": {"ru": "голое число", "en": "a bare number"}}, "aggregation": {"ru": "Значение муниципалитета, если оно указано, иначе среднее значений, указанных школами (каждая школа с равным весом).", "en": "The municipality's value where reported, otherwise the plain mean of the schools' values (each school weighted equally)."}, "school_value_meaning": null,
           "trend": "improving", "slope": null, "slope_suppressed": true,
           "years": [
            {"year": 2021, "status": "not_yet_due", "actual": null, "target": null, "distance": null, "schools_used": null, "left_out": 0, "note": "значение за 2020/2021 не указано ни для муниципалитета, ни для одной школы", "schools": []},
            {"year": 2022, "status": "achieved", "actual": 80, "target": 80, "distance": 0, "schools_used": 2, "left_out": 0, "note": "среднее значений, указанных школами (школ: 2 из 3)", "schools": [{"id": "S1", "name": "СОШ №1", "value": 75}, {"id": "S3", "name": "НОШ №3", "value": 85}]},
            {"year": 2023, "status": "not_achieved", "actual": null, "suppressed": true, "target": 80, "distance": null, "schools_used": 1, "left_out": 0, "note": "среднее значений, указанных школами (школ: 1 из 3)", "schools": [{"id": "S3", "name": "НОШ №3", "value": null, "suppressed": true}]}
           ]}
        ]
      }

      """
    #expect(json == expected)
    let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    #expect(parsed?["schema"] as? String == "qualitykit.progress/1")
  }

  @Test func theJSONIsByteIdenticalWhateverTheInputOrder() throws {
    let cohort = SyntheticCohort(seed: 20_230_501, schoolCount: 60)
    let ids = cohort.schools.map(\.id).sorted()
    var entries: [ReportedValues.Entry] = []
    for (index, id) in ids.enumerated() {
      for year in 2020...2022 {
        entries.append(
          .init(
            indicator: "network", year: AcademicYear(year), school: id,
            value: Double((index * 7 + year) % 100)))
      }
    }
    entries += (2020...2022).map {
      .init(indicator: "webinars", year: AcademicYear($0), value: Double($0 - 2015))
    }
    let indicators: [any Indicator] = [
      Self.webinars, Self.network, F.aggregate(.mean, id: "m"),
      F.aggregate(.enrolmentWeightedMean, id: "w"),
      F.dynamics(
        "d", metric: .resultsQualityPercent,
        target: Target(comparison: .atLeast, value: 50, by: 2022)),
    ]
    func json(_ seed: UInt64?) throws -> String {
      var shuffled = entries
      if let seed {
        var rng = SeededGenerator(seed: seed)
        shuffled.shuffle(using: &rng)
      }
      let context = IndicatorContext(
        dataset: try cohort.dataset(shuffledWith: seed), reported: try ReportedValues(shuffled))
      return ProgressReport(indicators: indicators, context: context).render(.json)
    }
    let baseline = try json(nil)
    #expect(baseline.contains("\"suppressed\": true"))  // the cohort has small schools
    for seed: UInt64 in [1, 2, 3] { #expect(try json(seed) == baseline, "seed \(seed)") }
    #expect(try json(nil) == baseline)
  }

  @Test func anEmptyReportIsWellFormed() throws {
    let report = ProgressReport(indicators: [], context: IndicatorContext())
    #expect(report.years.isEmpty)
    let json = report.render(.json)
    #expect(json.hasSuffix("\"indicators\": []\n}\n"))
    #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
    #expect(report.render(.text).contains("Годы: нет. Показателей: 0."))
    let noYears = ProgressReport(indicators: [Self.trained], context: IndicatorContext())
    #expect(noYears.indicators[0].rows.isEmpty)
    #expect(noYears.indicators[0].trend == .insufficientData)
    #expect(
      try JSONSerialization.jsonObject(with: Data(noYears.render(.json).utf8)) is [String: Any])
  }
}
