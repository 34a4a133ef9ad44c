import Foundation
import QualityRules
import Testing

/// `plan-support` on the bundled Lesosibirsk sample. What the expectations rest on, by hand:
///
/// - Identification (`krasnoyarsk`, 2021/2022; Examples/Data/README.md and
///   `IdentifySchoolsTests`): ШНОР = LES05, LES06; ШНСУ = LES04, LES05, LES06. Three identified
///   schools, so three school roadmaps, planned for the year after: 2022/2023.
/// - Dates (`KrasnoyarskCatalogue.swift`): `experience_exchange_events` «не менее 4-х в год» is
///   `.timesPerYear(4)`: 12 / 4 = 3-month windows from 1 September — Sep–Nov 2022, Dec 2022–Feb
///   2023 (2023 is not a leap year: 28.02), Mar–May 2023, Jun–Aug 2023. `final_review_2023` «Май –
///   август 2023 год» is a one-off 01.05.2023–31.08.2023: in 2022/2023, not in 2021/2022. Amur's
///   `working_group_sessions` «1 раз в четверть ежегодно» gives the library's school quarters
///   (1 Sep–31 Oct, 1 Nov–31 Dec, 9 Jan–31 Mar, 1 Apr–31 May) and `equipment_provision_monitoring`
///   «Сентябрь ежегодно» that September.
/// - Partners (Guides/PartnerMatching.md; README's order Лицей > Гимназия > СОШ №9 > СОШ №1 >
///   СОШ №2 > ООШ №5 > СОШ №4 > СОШ №6 > СОШ №8 on every exam metric): the median of the nine
///   strengths is the fifth, СОШ №2 (LES02); the six schools not identified minus СОШ №4 (below
///   it) leave five strong schools, LES01, LES02, LES07, LES08, LES09. LES06 and LES05 have two
///   categories each and are served first; their ИСБ (−0.938, −0.900) is below every strong
///   school's (all above СОШ №4's −0.092, the fourth lowest), so the nearest strong school is the
///   same for both: with capacity 2 they share it, with capacity 1 they cannot.
@Suite struct PlanSupportTests {
  static let identified = ["LES04", "LES05", "LES06"]

  func run(_ args: [String] = []) throws -> (status: Int32, stdout: String, stderr: String) {
    let result = try runExample("plan-support", args)
    return (
      result.status, String(decoding: result.stdout, as: UTF8.self),
      String(decoding: result.stderr, as: UTF8.self)
    )
  }

  func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// The titles of the measures the tests follow: the text names a measure by its title, its id is
  /// for the exports and `--describe`.
  static let titles = [
    "krasnoyarsk.experience_exchange_events":
      "Проведение мероприятий (не менее 4-х в год) по обмену опытом между школами",
    "amur.working_group_sessions": "Заседание муниципальной рабочей группы",
    "amur.equipment_provision_monitoring":
      "Организация мониторинга обеспеченности образовательных учреждений оборудованием, "
      + "необходимым для обеспечения полной реализации образовательных программ",
    "krasnoyarsk.final_review_2023":
      "Анализ итогов, обобщение практики, рекомендации к внедрению в массовую практику лучших "
      + "образцов",
  ]

  /// The «сроки» line of the first entry of measure `id` at or after line `start`.
  func dates(of id: String, in all: [String], from start: Int = 0) -> String? {
    guard let title = Self.titles[id],
      let bullet = all[start...].firstIndex(where: { $0 == "• " + title })
    else { return nil }
    return all[(bullet + 1)...].first { $0.hasPrefix("  – сроки: ") }
  }

  /// The school ids of the level-3 roadmap headings («МБОУ «ООШ №5» [LES04], г. Лесосибирск»
  /// underlined with '-').
  func roadmapSchools(_ all: [String]) -> [String] {
    zip(all, all.dropFirst()).compactMap { line, next in
      guard !next.isEmpty, next.allSatisfy({ $0 == "-" }), line.hasSuffix(", г. Лесосибирск"),
        let open = line.lastIndex(of: "["), let close = line.lastIndex(of: "]")
      else { return nil }
      return String(line[line.index(after: open)..<close])
    }
  }

  /// The pairs of the JSON `partners` object: school id → partner id.
  func pairs(_ partners: [String: Any]) throws -> [String: String] {
    let pairs = try #require(partners["pairs"] as? [[String: Any]])
    var result: [String: String] = [:]
    for pair in pairs {
      let school = try #require((pair["school"] as? [String: Any])?["id"] as? String)
      result[school] = try #require((pair["partner"] as? [String: Any])?["id"] as? String)
    }
    return result
  }

  @Test func noArgumentsPlansTheYearAfterTheIdentificationInRussian() throws {
    let run = try run()
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    let all = lines(run.stdout)
    #expect(all.first == "Дорожные карты поддержки школ: 2022/2023 учебный год")
    #expect(
      all.contains(
        "По итогам идентификации за 2021/2022 учебный год — последний год, за который есть значения не менее чем у половины школ (9 из 9). Пакет правил: krasnoyarsk 1.0.0 — Красноярский край: критерии идентификации ШНОР/ШНСУ (г. Лесосибирск)."
      ))
    #expect(all.contains("Школ в плане: 3; не определено из-за нехватки данных: 0."))
    let municipal = try #require(all.firstIndex(of: "Муниципальная дорожная карта"))
    let schools = try #require(all.firstIndex(of: "Дорожные карты школ"))
    #expect(
      dates(of: "krasnoyarsk.experience_exchange_events", in: all, from: municipal)
        == "  – сроки: 01.09.2022–30.11.2022; 01.12.2022–28.02.2023; 01.03.2023–31.05.2023; "
        + "01.06.2023–31.08.2023 (4 раза в год)")
    #expect(
      dates(of: "krasnoyarsk.final_review_2023", in: all, from: municipal)
        == "  – сроки: 01.05.2023–31.08.2023 (однократно: май–август 2023)")
    // both are municipal entries, before the school roadmaps
    let exchange = try #require(
      all.firstIndex { $0 == "• " + (Self.titles["krasnoyarsk.experience_exchange_events"] ?? "") })
    #expect(municipal < exchange && exchange < schools)
    // one roadmap per identified school, and none for the six others
    #expect(roadmapSchools(all) == Self.identified)
    #expect(all.contains("МБОУ «ООШ №5» [LES04], г. Лесосибирск"))
    #expect(
      all.contains(
        "Категории: ШНОР — школы с низкими результатами обучения; ШНСУ — школы, "
          + "функционирующие в неблагоприятных социальных условиях"))
    // the pairs: headed by the identification year, three pairs, LES05 and LES06 sharing LES02
    #expect(all.contains("Школы-партнёры по итогам идентификации за 2021/2022 учебный год"))
    #expect(
      all.contains("Пар: 3; без партнёра: 0; сильных школ: 5 из 9 (каждая принимает не более 2)."))
    #expect(all.contains("Не могут быть партнёрами: выявлены — 3, сила ниже порога — 1."))
    let pairLines = all.filter { $0.hasPrefix("• ") && $0.contains(" → ") }
    #expect(pairLines.count == 3)
    #expect(pairLines.first?.hasPrefix("• 1. МБОУ «СОШ №8» [LES06], г. Лесосибирск → ") == true)
    #expect(pairLines.allSatisfy { $0.contains("[LES0") })
  }

  @Test func jsonIsOneSupportDocumentWithThePartners() throws {
    let run = try run(["--format", "json"])
    #expect(run.status == 0)
    let root = try jsonObject(run.stdout)
    #expect(root["schema"] as? String == "qualitykit.support/1")
    #expect(root["academic_year"] as? String == "2022/2023")
    #expect(int(root["identification_year"]) == 2022)
    for key in ["packs", "summary", "measures", "municipal", "schools", "not_selected"] {
      #expect(root[key] != nil, "\(key)")
    }
    let municipal = try #require(root["municipal"] as? [String: Any])
    let entries = try #require(municipal["entries"] as? [[String: Any]])
    let exchange = try #require(
      entries.first { $0["measure"] as? String == "krasnoyarsk.experience_exchange_events" })
    let occurrences = try #require(exchange["occurrences"] as? [[String: String]])
    #expect(
      occurrences == [
        ["start": "2022-09-01", "end": "2022-11-30"], ["start": "2022-12-01", "end": "2023-02-28"],
        ["start": "2023-03-01", "end": "2023-05-31"], ["start": "2023-06-01", "end": "2023-08-31"],
      ])
    #expect(exchange["schools"] as? [String] == Self.identified)
    let schools = try #require(root["schools"] as? [[String: Any]])
    #expect(schools.compactMap { $0["id"] as? String } == Self.identified)

    let partners = try #require(root["partners"] as? [String: Any])
    #expect(partners["schema"] as? String == "qualitykit.partners/1")
    #expect(int(partners["capacity"]) == 2)
    #expect(
      (partners["social_index"] as? [String: Any])?["id"] as? String == "index.social_wellbeing")
    let candidates = try #require(partners["candidates"] as? [String: Any])
    #expect(int(candidates["strong"]) == 5)
    #expect((partners["unmatched"] as? [Any])?.isEmpty == true)
    let pairs = try pairs(partners)
    #expect(pairs.keys.sorted() == Self.identified)
    #expect(Set(pairs.values).isSubset(of: ["LES01", "LES02", "LES07", "LES08", "LES09"]))
    #expect(pairs["LES05"] == pairs["LES06"])
    for partner in Set(pairs.values) {
      #expect(pairs.values.filter { $0 == partner }.count <= 2, "\(partner)")
    }
    let loads = try #require(partners["loads"] as? [[String: Any]])
    #expect(loads.count == 5)
    #expect(loads.allSatisfy { (int($0["count"]) ?? 99) <= 2 })
  }

  @Test func capacityOneChangesThePairs() throws {
    let two = try pairs(
      try #require(jsonObject(try run(["--format", "json"]).stdout)["partners"] as? [String: Any]))
    let run = try run(["--format", "json", "--capacity", "1"])
    #expect(run.status == 0)
    let partners = try #require(try jsonObject(run.stdout)["partners"] as? [String: Any])
    #expect(int(partners["capacity"]) == 1)
    let one = try pairs(partners)
    #expect(one.keys.sorted() == Self.identified)
    // three identified schools, five strong ones: each takes one, none is left without
    #expect(Set(one.values).count == 3)
    #expect((partners["unmatched"] as? [Any])?.isEmpty == true)
    // LES06 is served first and keeps its partner; LES05 cannot share it any more
    #expect(one["LES06"] == two["LES06"])
    #expect(one["LES05"] != two["LES05"])
    #expect(one != two)
  }

  @Test func englishOnRequest() throws {
    let run = try run(["--lang", "en", "--format", "markdown"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("# Support roadmaps: academic year 2022/2023\n"))
    #expect(run.stdout.contains("\n## Municipal roadmap\n"))
    #expect(run.stdout.contains("2022-09-01–2022-11-30"))
    #expect(run.stdout.contains("\n## Partner schools following identification for 2021/2022\n"))
    #expect(!run.stdout.contains("Дорожные карты"))
  }

  @Test("--lang en: the text and the JSON are English, with no Russian frame words")
  func englishTextAndJSON() throws {
    let text = try run(["--lang", "en"])
    #expect(text.status == 0)
    let all = lines(text.stdout)
    #expect(all.first == "Support roadmaps: academic year 2022/2023")
    #expect(all.contains("Municipal roadmap"))
    #expect(all.contains { $0.hasPrefix("  – dates: 2022-09-01–2023-08-31") })
    #expect(all.contains { $0.hasPrefix("  – responsible: ") })
    for russian in ["Дорожные карты", "сроки:", "ответственные:", "основание:", "Школ в плане"] {
      #expect(!text.stdout.contains(russian), "\(russian)")
    }
    let json = try run(["--lang", "en", "--format", "json"])
    #expect(json.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(document["language"] as? String == "en")
    #expect(document["academic_year"] as? String == "2022/2023")
    let measures = try #require(document["measures"] as? [[String: Any]])
    #expect(measures.count == DefaultPacks.krasnoyarsk.measures.count)
    // Titles carry both languages in JSON whatever the language of the run.
    #expect(
      measures.allSatisfy {
        let title = $0["title"] as? [String: String]
        return !(title?["en"] ?? "").isEmpty && !(title?["ru"] ?? "").isEmpty
      })
  }

  @Test func amurPackDatesQuartersAndSeptember() throws {
    let run = try run(["--pack", "amur"])
    #expect(run.status == 0)
    let all = lines(run.stdout)
    #expect(
      all.contains(
        "По итогам идентификации за 2021/2022 учебный год — последний год, за который есть значения не менее чем у половины школ (9 из 9). Пакет правил: amur 1.0.0 — Амурская область: ШНОР, ШНСУ и необъективные результаты (г. Свободный, Михайловский район)."
      ))
    #expect(
      dates(of: "amur.working_group_sessions", in: all)
        == "  – сроки: 01.09.2022–31.10.2022; 01.11.2022–31.12.2022; 09.01.2023–31.03.2023; "
        + "01.04.2023–31.05.2023 (1 раз в четверть)")
    #expect(
      dates(of: "amur.equipment_provision_monitoring", in: all)
        == "  – сроки: 01.09.2022–30.09.2022 (ежегодно, сентябрь)")
    // amur's own social index is the default
    #expect(
      run.stdout.contains(
        "Социальный индекс: индекс социального благополучия (ИСБ) по факторам Приложения 1 "
          + "(г. Свободный) — среди партнёров"))
  }

  @Test func academicYearAndYearChooseThePlannedYear() throws {
    // --academic-year overrides the year after the identification: final_review_2023 (May–August
    // 2023) is then outside the year, and the 4-times-a-year windows move back one year.
    let run = try run(["--academic-year", "2021/2022"])
    #expect(run.status == 0)
    let all = lines(run.stdout)
    #expect(all.first == "Дорожные карты поддержки школ: 2021/2022 учебный год")
    #expect(
      all.contains(
        "По итогам идентификации за 2021/2022 учебный год — последний год, за который есть значения не менее чем у половины школ (9 из 9). Пакет правил: krasnoyarsk 1.0.0 — Красноярский край: критерии идентификации ШНОР/ШНСУ (г. Лесосибирск)."
      ))
    #expect(
      dates(of: "krasnoyarsk.experience_exchange_events", in: all)
        == "  – сроки: 01.09.2021–30.11.2021; 01.12.2021–28.02.2022; 01.03.2022–31.05.2022; "
        + "01.06.2022–31.08.2022 (4 раза в год)")
    let outside = try #require(all.firstIndex(of: "Не приходятся на этот учебный год:"))
    let review = try #require(
      all.firstIndex { $0 == "• " + (Self.titles["krasnoyarsk.final_review_2023"] ?? "") })
    #expect(review > outside)
    #expect(
      dates(of: "krasnoyarsk.final_review_2023", in: all)
        == "  – сроки: в этом учебном году нет (однократно: май–август 2023)")
    // --year 2021 identifies 2020/2021 and plans 2021/2022
    let earlier = try self.run(["--year", "2021", "--section", "roadmaps"])
    #expect(earlier.status == 0)
    #expect(earlier.stdout.hasPrefix("Дорожные карты поддержки школ: 2021/2022 учебный год\n"))
    #expect(
      earlier.stdout.contains(
        "По итогам идентификации за 2020/2021 учебный год — год задан при запуске. Пакет правил:"))
  }

  @Test func sectionsSocialIndexAndOutFile() throws {
    let roadmaps = try run(["--section", "roadmaps"])
    #expect(roadmaps.status == 0)
    #expect(!roadmaps.stdout.contains("Школы-партнёры"))
    let partners = try run(["--section", "partners", "--format", "json"])
    #expect(try jsonObject(partners.stdout)["schema"] as? String == "qualitykit.partners/1")
    let none = try run(["--section", "partners", "--social-index", "none"])
    #expect(none.stdout.hasPrefix("Школы-партнёры: 2021/2022 учебный год\n"))
    #expect(none.stdout.contains("Социальный индекс не задан"))

    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("plan.csv")
    let written = try runExample("plan-support", ["--format", "csv", "--out", file.path])
    #expect(written.status == 0)
    #expect(written.stdout.isEmpty)
    let direct = try runExample("plan-support", ["--format", "csv"])
    #expect(try Data(contentsOf: file) == direct.stdout)
  }

  @Test func describeListsTheMeasuresWithTheirSources() throws {
    let run = try run(["--describe"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("Меры поддержки"))
    #expect(run.stdout.contains("krasnoyarsk.experience_exchange_events"))
    #expect(run.stdout.contains("003_2156e850bfcb12b0.txt"))
  }

  @Test(
    arguments: [
      (["--pack", "nope"], "--pack"), (["--capacity", "0"], "--capacity"),
      (["--capacity", "two"], "--capacity"), (["--academic-year", "2022"], "--academic-year"),
      (["--academic-year", "2022/2024"], "--academic-year"), (["--year", "22"], "--year"),
      (["--social-index", "index.nope"], "--social-index"), (["--section", "all,"], "--section"),
      (["--format", "ods"], "--format"), (["--lang", "de"], "--lang"),
      (["--schools", "s.csv"], "--schools"), (["--bogus"], "--bogus"),
      (["--capacity"], "--capacity"),
      (["--describe", "--format", "csv"], "--describe"),
    ])
  func usageErrorsExitTwo(_ args: [String], _ option: String) throws {
    let run = try run(args)
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.hasPrefix("plan-support: "))
    #expect(run.stderr.contains(option))
  }

  @Test func dataErrorsExitOneWithFileLineAndColumn() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let schools = directory.appendingPathComponent("schools.csv")
    let values = directory.appendingPathComponent("values.csv")
    try "school_id;name;municipality;region;kind;settlement\nA;Школа А;М;Р;secondary;urban\n"
      .write(to: schools, atomically: true, encoding: .utf8)
    try "school_id;year;ege.russian.mean_score\nA;2022;abc\n"
      .write(to: values, atomically: true, encoding: .utf8)
    let bad = try run(["--schools", schools.path, "--values", values.path])
    #expect(bad.status == 1)
    #expect(bad.stdout.isEmpty)
    #expect(bad.stderr.contains("values.csv:2:3"))
    let missing = try run([
      "--schools", directory.appendingPathComponent("none.csv").path, "--values", values.path,
    ])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("none.csv"))
    // a year the data does not have: a data error naming the years there are
    let year = try run(["--year", "2019"])
    #expect(year.status == 1)
    #expect(year.stderr.contains("2019/2020"))
  }

  @Test(arguments: [
    ["--format", "text"], ["--format", "json"], ["--format", "csv", "--pack", "amur"],
  ])
  func twoRunsAreByteIdentical(_ args: [String]) throws {
    let first = try runExample("plan-support", args)
    let second = try runExample("plan-support", args)
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
  }
}
