import Foundation
import QualityKit
import QualityKitTestSupport
import QualityRules
import Testing

/// ``RulePackLoader``: the worked example of `Examples/Data/custom-municipality.json`, the
/// `extends` operations, and every kind of error with the JSON path, line and column it names.
@Suite struct PackLoaderTests {
  static let loader = RulePackLoader(basePacks: DefaultPacks.all)
  static let examples = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Examples/Data")

  static func load(_ text: String, file: String = "p.json") throws(PackFileError) -> RulePack {
    try loader.load(Data(text.utf8), file: file)
  }

  static func failure(_ text: String) -> PackFileError? {
    do {
      _ = try load(text)
      return nil
    } catch {
      return error
    }
  }

  /// A small full pack: one threshold criterion on continuation to grade 10 and one rule.
  static let full = """
    {
      "format": "qualitykit.pack/1",
      "id": "tiny",
      "version": "0.1.0",
      "title": {"ru": "Малый пакет", "en": "Tiny pack"},
      "region": {"ru": "Регион", "en": "Region"},
      "sources": ["local.txt"],
      "criteria": [
        {
          "kind": "threshold",
          "id": "tiny.continuation",
          "title": {"ru": "Продолжение обучения ниже 60 %", "en": "Continuation below 60%"},
          "rationale": {"ru": "Пример.", "en": "An example."},
          "metric": "continuation.grade10_percent",
          "comparison": "<",
          "threshold": {
            "key": "tiny.continuation.threshold", "default_value": 60, "unit": "percent",
            "range": {"min": 0, "max": 100}, "kind": "stated",
            "rationale": {"ru": "Пример.", "en": "An example."}
          },
          "provenance": {"source": "local.txt", "section": "1", "quote": "менее 60 %", "kind": "stated"}
        }
      ],
      "category_rules": [
        {
          "category": "low_results",
          "condition": {"criterion": "tiny.continuation"},
          "rationale": {"ru": "Пример.", "en": "An example."},
          "provenance": {"source": "local.txt", "section": "1", "quote": "менее 60 %", "kind": "stated"}
        }
      ]
    }
    """

  /// Three schools in 2022: continuation A 50, B 60, C missing.
  static func cohort() throws -> Dataset {
    try Fixtures.dataset([
      "A": [.continuationGrade10Percent: [2022: 50]],
      "B": [.continuationGrade10Percent: [2022: 60]],
      "C": [.satisfactionPercent: [2022: 90]],
    ])
  }

  static func statuses(_ pack: RulePack, _ criterion: CriterionID) throws -> [String:
    CriterionResult.Status]
  {
    let report = try Identifier(packs: [pack]).identify(try cohort(), year: 2022)
    var statuses: [String: CriterionResult.Status] = [:]
    for school in report.schools {
      statuses[school.school.id.rawValue] =
        school.findings.first { $0.criterion == criterion }?.status
    }
    return statuses
  }

  @Test("a full pack loads and identifies: 50 < 60 met, 60 not, missing undecided")
  func fullPack() throws {
    let pack = try Self.load(Self.full)
    #expect(pack.id == "tiny" && pack.version == "0.1.0" && pack.extends == nil)
    #expect(pack.criteria.map(\.id) == ["tiny.continuation"])
    #expect(
      try Self.statuses(pack, "tiny.continuation") == [
        "A": .met, "B": .notMet, "C": .insufficientData,
      ])
  }

  @Test("override changes a default: with 61, B's 60 is met too")
  func override() throws {
    let text = Self.full.replacingOccurrences(
      of: #""category_rules": ["#,
      with: #""override": {"tiny.continuation.threshold": 61}, "category_rules": ["#)
    let pack = try Self.load(text)
    #expect(try Self.statuses(pack, "tiny.continuation")["B"] == .met)
  }

  // MARK: The worked example

  @Test("custom-municipality.json extends amur with a local criterion, a category and a threshold")
  func workedExample() throws {
    let pack = try Self.loader.load(
      contentsOf: Self.examples.appendingPathComponent("custom-municipality.json"))
    let amur = DefaultPacks.amur
    #expect(pack.id == "svobodny" && pack.extends == "amur")
    #expect(pack.criteria.map(\.id) == amur.criteria.map(\.id) + ["svobodny.satisfaction_below_85"])
    #expect(pack.categoryRules.count == amur.categoryRules.count + 1)
    #expect(pack.declaredMeasures == amur.declaredMeasures && pack.monitoring == amur.monitoring)
    let raised = try #require(
      pack.allParameters.first { $0.key == "amur.objectivity_markers.raised_above" })
    #expect(raised.defaultValue == 7.5)
    // The local criterion's own worked example runs like every built-in one.
    let local = try #require(pack.criteria.last)
    #expect(local.criterionDescription.examples.count == 1)
    for example in local.criterionDescription.examples { try expectExample(example, of: local) }
  }

  @Test("the worked example on the bundled Lesosibirsk data")
  func workedExampleOnBundledData() throws {
    let pack = try Self.loader.load(
      contentsOf: Self.examples.appendingPathComponent("custom-municipality.json"))
    let data = try DatasetLoader.load(
      schools: Self.examples.appendingPathComponent("schools.csv"),
      values: [Self.examples.appendingPathComponent("values.csv")],
      benchmarks: Self.examples.appendingPathComponent("benchmarks.csv"))
    let report = try Identifier(packs: [pack]).identify(
      data.dataset, benchmarks: data.benchmarks, year: 2022)
    func schools(in category: String) -> [String] {
      report.schools.filter { $0.categories.contains { $0.id == category } }.map(
        \.school.id.rawValue)
    }
    // satisfaction.percent in 2022 (values.csv): LES05 82.6 and LES06 81.4 are below 85; the
    // lowest of the others is LES03 with 86.2.
    #expect(schools(in: "low_satisfaction") == ["LES05", "LES06"])
    // vpr.marks_raised_percent in 2022: LES04 7.6, LES05 8.0, LES06 7.7 exceed 7.5 (none
    // exceeds amur's 15); the next is LES03 with 6.5.
    #expect(schools(in: "non_objective_results") == ["LES04", "LES05", "LES06"])
    let amurReport = try Identifier(packs: [DefaultPacks.amur]).identify(
      data.dataset, benchmarks: data.benchmarks, year: 2022)
    #expect(
      !amurReport.schools.contains { $0.categories.contains { $0.id == "non_objective_results" } })
  }

  // MARK: extends

  static let amurExtension = """
    {"format": "qualitykit.pack/1", "id": "local", "version": "1.0.0", "extends": "amur",
     "remove": {"criteria": ["amur.below_minimum_over_5"]}}
    """

  @Test("removing a criterion drops it from the rules that named it and keeps the rest")
  func removeCriterion() throws {
    let pack = try Self.load(Self.amurExtension)
    #expect(!pack.criteria.contains { $0.id == "amur.below_minimum_over_5" })
    #expect(pack.criteria.count == DefaultPacks.amur.criteria.count - 1)
    // The crisis rule was «every year AND over 5»; it keeps «every year».
    let crisis = try #require(pack.categoryRules.first { $0.severity == .crisis })
    #expect(crisis.condition == .all([.criterion("amur.low_results_every_year")]))
    #expect(pack.title == DefaultPacks.amur.title)
  }

  // MARK: Source titles

  @Test("source_titles give documents their titles; a name not in sources is an error at its key")
  func sourceTitles() throws {
    let titled = Self.full.replacingOccurrences(
      of: #""sources": ["local.txt"],"#,
      with:
        #""sources": ["local.txt"], "source_titles": {"local.txt": {"ru": "Приказ № 1", "en": "Order No. 1"}},"#
    )
    let pack = try Self.load(titled)
    #expect(pack.sourceTitles == ["local.txt": LocalizedText(ru: "Приказ № 1", en: "Order No. 1")])
    // A round trip keeps them.
    let reloaded = try Self.load(String(decoding: try pack.jsonData(), as: UTF8.self))
    #expect(reloaded.sourceTitles == pack.sourceTitles)

    let stray = Self.full.replacingOccurrences(
      of: #""sources": ["local.txt"],"#,
      with:
        "\"sources\": [\"local.txt\"],\n  \"source_titles\": {\"locl.txt\": {\"ru\": \"П\", \"en\": \"O\"}},"
    )
    let error = try #require(Self.failure(stray))
    #expect(error.path == "source_titles.locl.txt", "\(error)")
    #expect(error.message().contains("«locl.txt» нет среди источников пакета"), "\(error)")
    // The line of the stray title: the line after "sources" (line 7 of the document).
    #expect(error.line == 8 && error.column != nil, "\(error)")
  }

  @Test("an extending pack adds titles and drops those of the sources it no longer lists")
  func extendingSourceTitles() throws {
    let adds = try Self.load(
      """
      {"format": "qualitykit.pack/1", "id": "local", "version": "1.0.0", "extends": "amur",
       "sources": ["002_b8ad0e30ae99d723.txt", "order-12.txt"],
       "source_titles": {"order-12.txt": {"ru": "Приказ № 12", "en": "Order No. 12"}}}
      """)
    let amur = DefaultPacks.amur
    #expect(amur.sourceTitles.count == 2)
    #expect(
      adds.sourceTitles == [
        "002_b8ad0e30ae99d723.txt": try #require(amur.sourceTitles["002_b8ad0e30ae99d723.txt"]),
        "order-12.txt": LocalizedText(ru: "Приказ № 12", en: "Order No. 12"),
      ])
    // Without `sources` the base's titles stay as they are.
    #expect(try Self.load(Self.amurExtension).sourceTitles == amur.sourceTitles)
  }

  @Test("two files may extend each other in any order")
  func filesExtendFiles() throws {
    let second = """
      {"format": "qualitykit.pack/1", "id": "district", "version": "1.0.0", "extends": "local",
       "override": {"amur.persistent_low_results.required": 3}}
      """
    let packs = try Self.loader.load([
      RulePackLoader.Source(file: "district.json", data: Data(second.utf8)),
      RulePackLoader.Source(file: "local.json", data: Data(Self.amurExtension.utf8)),
    ])
    #expect(packs.map(\.id) == ["district", "local"])
    #expect(packs[0].extends == "local")
    #expect(packs[0].criteria.count == DefaultPacks.amur.criteria.count - 1)
    #expect(
      packs[0].allParameters.first { $0.key == "amur.persistent_low_results.required" }?
        .defaultValue == 3)
  }

  @Test("replacing an index reaches the base's criteria built on it")
  func replaceIndex() throws {
    let text = """
      {"format": "qualitykit.pack/1", "id": "k2", "version": "1.0.0", "extends": "krasnoyarsk",
       "replace": {"indices": [{"id": "index.social_wellbeing",
         "title": {"ru": "ИСБ по одному фактору", "en": "ИСБ of one factor"},
         "components": [{"metric": "social.large_family_percent", "direction": "-"}]}]}}
      """
    let pack = try Self.load(text)
    let criterion = try #require(
      pack.criteria.first { $0.id == "krasnoyarsk.social_wellbeing_lowest_quarter" }
        as? LowestShareCriterion)
    #expect(criterion.index.components.map(\.metric) == [.socialLargeFamilyPercent])
    #expect(criterion.criterionDescription.requiredMetrics == [.socialLargeFamilyPercent])
    #expect(pack.indices.first { $0.id == "index.social_wellbeing" }?.components.count == 1)
    // The base is untouched, and the other criteria are rebuilt equal to themselves.
    let base = try #require(
      DefaultPacks.krasnoyarsk.criteria.first { $0.id == criterion.id } as? LowestShareCriterion)
    #expect(base.index.components.count > 1)
    #expect(
      pack.criteria.map(\.criterionDescription)
        == DefaultPacks.krasnoyarsk.criteria.map(\.criterionDescription))
  }

  @Test("a criterion and the measure that answers only it can be removed together")
  func removeCriterionAndItsMeasure() throws {
    // krasnoyarsk.pd_courses_participation answers only the staffing-potential criterion.
    let text = """
      {"format": "qualitykit.pack/1", "id": "k2", "version": "1.0.0", "extends": "krasnoyarsk",
       "remove": {"criteria": ["krasnoyarsk.staffing_potential_lowest_quarter"],
                  "measures": ["krasnoyarsk.pd_courses_participation"]}}
      """
    let measure = try #require(
      DefaultPacks.krasnoyarsk.declaredMeasures.first {
        $0.id == "krasnoyarsk.pd_courses_participation"
      })
    #expect(measure.condition == .criteria(["krasnoyarsk.staffing_potential_lowest_quarter"]))
    let pack = try Self.load(text)
    #expect(!pack.measures.contains { $0.id == measure.id })
    #expect(!pack.criteria.contains { $0.id == "krasnoyarsk.staffing_potential_lowest_quarter" })
    #expect(pack.criteria.count == DefaultPacks.krasnoyarsk.criteria.count - 1)
  }

  @Test("null is refused: an absent value is an absent key")
  func null() throws {
    let error = try #require(Self.failure(Self.extending(#""notes": null"#)))
    #expect(error.path == "notes")
    #expect(error.message() == "ожидалось: объект, а найдено: null")
  }

  // MARK: Errors, each with its path

  /// An `extends` pack with `body` after the header.
  static func extending(_ body: String) -> String {
    #"{"format": "qualitykit.pack/1", "id": "local", "version": "1.0.0", "extends": "amur""#
      + (body.isEmpty ? "" : ", " + body) + "}"
  }

  /// A broken document, the path its error must name, and a fragment of the message.
  static let brokenDocuments: [(text: String, path: String, fragment: String)] = [
    // an unknown key: a typo in an optional field
    (
      full.replacingOccurrences(
        of: #""sources":"#, with: #""notes": {"ru": "", "en": ""}, "source":"#),
      "source", "неизвестное поле «source»"
    ),
    // a typo in a required field: reported as missing, with the look-alike named
    (
      full.replacingOccurrences(of: #""comparison": "<""#, with: #""comparision": "<""#),
      "criteria[0]", "нет обязательного поля «comparison» (есть «comparision» — опечатка?)"
    ),
    // an unknown block kind
    (
      full.replacingOccurrences(of: #""kind": "threshold""#, with: #""kind": "treshold""#),
      "criteria[0].kind", "неизвестный вид блока «treshold»"
    ),
    // an unknown metric
    (
      full.replacingOccurrences(
        of: "continuation.grade10_percent", with: "continuation.grade_10"),
      "criteria[0].metric", "неизвестный показатель «continuation.grade_10»"
    ),
    // a wrong type
    (
      full.replacingOccurrences(of: #""default_value": 60"#, with: #""default_value": "60""#),
      "criteria[0].threshold.default_value", "ожидалось: число, а найдено: строка"
    ),
    // a missing field
    (
      full.replacingOccurrences(of: #""metric": "continuation.grade10_percent","#, with: ""),
      "criteria[0]", "нет обязательного поля «metric»"
    ),
    // a condition naming a missing criterion
    (
      full.replacingOccurrences(
        of: #""criterion": "tiny.continuation""#, with: #""criterion": "tiny.other""#),
      "category_rules[0].condition", "неизвестный критерий tiny.other"
    ),
    // an unsupported format
    (
      full.replacingOccurrences(of: "qualitykit.pack/1", with: "qualitykit.pack/2"),
      "format", "недопустимое значение «qualitykit.pack/2»"
    ),
    // a section that needs extends
    (
      full.replacingOccurrences(
        of: #""category_rules": ["#, with: #""remove": {}, "category_rules": ["#),
      "remove", "только в пакете с «extends»"
    ),
    // a conflicting id: adding a criterion amur already has
    (
      extending(
        #""add": {"criteria": [{"kind": "persistence", "id": "amur.persistent_low_results"}]}"#),
      "add.criteria[0]", "нет обязательного поля «title»"
    ),
    // removing what is not there
    (
      extending(#""remove": {"criteria": ["amur.nothing"]}"#), "remove.criteria[0]",
      "нет критерия amur.nothing"
    ),
    // replacing what is not there
    (
      extending(#""remove": {"measures": ["amur.nothing"]}"#), "remove.measures[0]",
      "нет мероприятия amur.nothing"
    ),
    // removing an indicator, a procedure or a pack parameter that is not there
    (
      extending(#""remove": {"indicators": ["amur.nothing"]}"#), "remove.indicators[0]",
      "нет показателя amur.nothing"
    ),
    (
      extending(#""remove": {"monitoring": ["amur.nothing"]}"#), "remove.monitoring[0]",
      "нет процедуры мониторинга amur.nothing"
    ),
    (
      extending(#""remove": {"parameters": ["amur.nothing"]}"#), "remove.parameters[0]",
      "среди параметров самого пакета нет amur.nothing"
    ),
    // removing or adding a composite index: an unknown id, a second index of the same id
    (
      extending(#""remove": {"indices": ["index.amur.nothing"]}"#), "remove.indices[0]",
      "пакет local: нет сводного индекса index.amur.nothing"
    ),
    (
      extending(
        #""add": {"indices": [{"id": "index.amur.social_wellbeing", "title": {"ru": "и", "en": "i"}, "#
          + #""components": [{"metric": "ege.russian.mean_score", "direction": "+"}]}]}"#),
      "add.indices[0].id", "сводный индекс index.amur.social_wellbeing объявлен дважды"
    ),
    // an override of an undeclared parameter
    (extending(#""override": {"amur.nothing": 1}"#), "override.amur.nothing", "amur.nothing"),
    // an override with a typo in the key names the declared key it resembles
    (
      extending(#""override": {"amur.persistent_low_results.windw": 3}"#),
      "override.amur.persistent_low_results.windw",
      "неизвестный параметр «amur.persistent_low_results.windw» (есть "
        + "«amur.persistent_low_results.window» — опечатка?)"
    ),
    // an override outside the parameter's range
    (
      extending(#""override": {"amur.persistent_low_results.window": 99}"#),
      "override.amur.persistent_low_results.window", "99"
    ),
    // a full-pack section in an extension
    (extending(#""criteria": []"#), "criteria", "внутри «add» или «replace»"),
    // an unknown base pack
    (
      extending("").replacingOccurrences(of: #""amur""#, with: #""amurr""#), "extends",
      "базовый пакет «amurr» не найден"
    ),
  ]

  @Test("every kind of error names the JSON path", arguments: brokenDocuments)
  func errors(text: String, path: String, fragment: String) throws {
    let error = try #require(Self.failure(text))
    #expect(error.path == path, "\(error)")
    #expect(error.message().contains(fragment), "\(error)")
    #expect(error.file == "p.json" && error.line != nil && error.column != nil)
  }

  @Test("a duplicate criterion id is reported at the second one, with its line")
  func duplicateID() throws {
    let pack = try Self.load(Self.full)
    let data = try pack.jsonData()
    var text = String(decoding: data, as: UTF8.self)
    // Put the one criterion twice: the second copy is criteria[1].
    let criteria = try #require(text.range(of: #""criteria": ["#))
    let start = criteria.upperBound
    let end = try #require(
      text.range(of: "\n  ],\n  \"category_rules\"", range: start..<text.endIndex))
    let block = String(text[start..<end.lowerBound])
    text.replaceSubrange(start..<end.lowerBound, with: block + "," + block)
    let error = try #require(Self.failure(text))
    #expect(error.path == "criteria[1].id")
    #expect(error.message() == "пакет tiny: критерий tiny.continuation объявлен дважды")
    let secondID = text.components(separatedBy: "\n").enumerated().filter {
      $0.element.contains(#""id": "tiny.continuation""#)
    }
    #expect(error.line == secondID.last.map { $0.offset + 1 })
  }

  @Test("adding a criterion the base already has is a conflicting id at add.criteria[0].id")
  func conflictingID() throws {
    let amur = String(decoding: try DefaultPacks.amur.jsonData(), as: UTF8.self)
    // Take amur's first criterion as written and add it again.
    let start = try #require(amur.range(of: "\"criteria\": [\n")).upperBound
    let end = try #require(
      amur.range(of: "\n    },\n    {\n      \"kind\"", range: start..<amur.endIndex))
    let block = String(amur[start..<end.lowerBound]) + "\n    }"
    let text = Self.extending(#""add": {"criteria": ["# + block + "]}")
    let error = try #require(Self.failure(text))
    #expect(error.path == "add.criteria[0].id")
    #expect(error.message() == "пакет local: критерий amur.persistent_low_results объявлен дважды")
  }

  @Test("a cycle of extends is named from start to end")
  func cycle() throws {
    let a = #"{"format": "qualitykit.pack/1", "id": "a", "version": "1", "extends": "b"}"#
    let b = #"{"format": "qualitykit.pack/1", "id": "b", "version": "1", "extends": "a"}"#
    do {
      _ = try Self.loader.load([
        RulePackLoader.Source(file: "a.json", data: Data(a.utf8)),
        RulePackLoader.Source(file: "b.json", data: Data(b.utf8)),
      ])
      Issue.record("a cycle loaded")
    } catch {
      guard case .extendsCycle(let chain) = error.kind else {
        Issue.record("\(error)")
        return
      }
      #expect(chain == ["a", "b", "a"])
      #expect(error.file == "b.json" && error.path == "extends")
      #expect(error.message() == "пакеты расширяют друг друга по кругу: a → b → a")
    }
    let itself = #"{"format": "qualitykit.pack/1", "id": "c", "version": "1", "extends": "c"}"#
    let error = try #require(Self.failure(itself))
    #expect(error.message() == "пакеты расширяют друг друга по кругу: c → c")
  }

  @Test("two files with one id are refused at the second file's id")
  func duplicatePack() throws {
    do {
      _ = try Self.loader.load([
        RulePackLoader.Source(file: "one.json", data: Data(Self.amurExtension.utf8)),
        RulePackLoader.Source(file: "two.json", data: Data(Self.amurExtension.utf8)),
      ])
      Issue.record("two packs with one id loaded")
    } catch {
      #expect(error.file == "two.json" && error.path == "id")
      #expect(error.message() == "пакет local указан дважды")
    }
  }

  @Test("malformed JSON is a syntax error with line and column, in Russian and English")
  func syntax() throws {
    let error = try #require(
      Self.failure("{\n  \"format\": \"qualitykit.pack/1\",\n  \"id\": x\n}"))
    #expect(error.line == 3 && error.column == 9)
    #expect(
      error.description
        == "p.json:3:9: не JSON: ожидалось значение (объект, массив, строка, число, true, false или null)"
    )
    #expect(error.located(in: .english).hasPrefix("p.json:3:9: not JSON: a value expected"))
  }

  @Test("an unknown comparison lists the allowed ones at its value, never in Swift's words")
  func unknownComparison() throws {
    // Line 15 of `full` is `      "comparison": "<",`: the value's quote is in column 21.
    let error = try #require(
      Self.failure(
        Self.full.replacingOccurrences(of: "\"comparison\": \"<\"", with: "\"comparison\": \"=>\""))
    )
    #expect(
      error.description
        == "p.json:15:21: criteria[0].comparison: недопустимое значение «=>»: допустимы: <, <=, >, >=, ="
    )
    #expect(
      error.located(in: .english)
        == "p.json:15:21: criteria[0].comparison: invalid value '=>': expected one of: <, <=, >, >=, ="
    )
  }

  @Test("an unknown value of any enumeration lists the allowed values")
  func unknownEnumerationValue() throws {
    let error = try #require(
      Self.failure(
        Self.full.replacingOccurrences(of: "\"unit\": \"percent\"", with: "\"unit\": \"процент\"")))
    #expect(error.path == "criteria[0].threshold.unit")
    let text = error.located(in: .russian)
    #expect(text.contains("недопустимое значение «процент»: допустимы: "), "\(text)")
    #expect(text.contains("percent"), "\(text)")
    #expect(!text.contains("Cannot initialize"), "\(text)")
  }

  @Test("a host's own block kind loads once registered, and is refused before")
  func hostKind() throws {
    let text = Self.full.replacingOccurrences(
      of: #""kind": "threshold""#, with: #""kind": "host_small""#)
    let refused = try #require(Self.failure(text))
    #expect(refused.path == "criteria[0].kind")
    let loader = RulePackLoader(
      basePacks: [], blockKinds: PackBlockKinds.standard.registering(criterion: HostSmall.self))
    do {
      _ = try loader.load(Data(text.utf8), file: "p.json")
    } catch {
      // HostSmall reads only id/title: the threshold keys are unknown to it — strictness holds for
      // host kinds too.
      #expect(error.path.hasPrefix("criteria[0]."))
      guard case .unknownKey = error.kind else {
        Issue.record("\(error)")
        return
      }
    }
  }

  /// A host's criterion type that reads only the common keys (and is never met).
  struct HostSmall: CodableCriterion {
    static let kind = "host_small"
    let criterionDescription: CriterionDescription
    enum CodingKeys: String, CodingKey { case kind, id, title, rationale, provenance }
    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      criterionDescription = CriterionDescription(
        id: try container.decode(CriterionID.self, forKey: .id),
        title: try container.decode(LocalizedText.self, forKey: .title),
        rationale: try container.decode(LocalizedText.self, forKey: .rationale),
        provenance: try container.decode(Provenance.self, forKey: .provenance),
        requiredMetrics: [])
    }
    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(Self.kind, forKey: .kind)
      try container.encode(criterionDescription.id, forKey: .id)
      try container.encode(criterionDescription.title, forKey: .title)
      try container.encode(criterionDescription.rationale, forKey: .rationale)
      try container.encode(criterionDescription.provenance, forKey: .provenance)
    }
    func evaluate(in context: EvaluationContext) -> [CriterionResult] {
      let evidence = Evidence(
        value: nil, threshold: nil, years: [],
        explanation: Explanation(LocalizedText(ru: "—", en: "—")))
      return Array(repeating: .notMet(evidence), count: context.dataset.schoolCount)
    }
  }
}
