import Foundation
import QualityKitTestSupport
import Testing

// End-to-end tests of the `identify-schools` example: each test runs the built binary (DESIGN §8).
//
// Expected schools and reasons come from the hand calculation in `Examples/Data/README.md`
// ("What the `krasnoyarsk` pack should find for 2022"), not from the program's own output:
// ШНОР = СОШ №6 (LES05) and СОШ №8 (LES06); ШНСУ = ООШ №5 (LES04), СОШ №6 and СОШ №8.

// MARK: - Expectations from the sample's README

private let lowResults = "low_results"
private let socialConditions = "unfavourable_social_conditions"
private let expectedLowResults = ["LES05", "LES06"]
private let expectedSocialConditions = ["LES04", "LES05", "LES06"]
private let allSchools = (1...9).map { "LES0\($0)" }
private let statuses: Set<String> = ["met", "not_met", "insufficient_data"]
private let sampleFiles = ["schools.csv", "values.csv", "benchmarks.csv"]

// MARK: - Default text report

@Test func defaultRunPrintsRussianReport() throws {
  let run = try runIdentifySchools([])
  #expect(run.status == 0)
  #expect(run.stderr.isEmpty)
  let names = try schoolNames()
  let sections = ReportSections(run.stdout)
  #expect(sections.ids(lowResults) == expectedLowResults)
  #expect(sections.ids(socialConditions) == expectedSocialConditions)
  for id in expectedLowResults + expectedSocialConditions {
    let name = try #require(names[id])
    #expect(run.stdout.contains("• \(name) (\(id))"), "bullet for \(id)")
  }
  #expect(run.stdout.contains("«СОШ №6»") && run.stdout.contains("«СОШ №8»"))
  #expect(run.stdout.contains("«ООШ №5»"))
  // README: СОШ №6 = composite + quality gap; СОШ №8 = composite + continuation + quality gap.
  #expect(sections.reasons(lowResults, "LES05").count == 2)
  #expect(sections.reasons(lowResults, "LES06").count == 3)
  #expect(
    sections.reasons(lowResults, "LES06").contains {
      $0 == "Менее 60 % учащихся продолжили обучение на старшей ступени"
    })
  // The text is the summary: no card, no value; the numbers are in the full (Markdown) report.
  #expect(!run.stdout.contains("57,4"))
  #expect(!run.stdout.contains("Карточки школ\n"))
  // README: the three lowest on every index are ООШ №5, СОШ №8 and СОШ №6.
  for id in expectedSocialConditions {
    #expect(sections.reasons(socialConditions, id).count == 3, "three indices for \(id)")
  }
  #expect(sections.headings.contains { $0.hasPrefix("ШНОР") })
  #expect(sections.headings.contains { $0.hasPrefix("ШНСУ") })
  #expect(run.stdout.hasPrefix("Идентификация школ: 2021/2022"))
}

@Test func englishReportHasEnglishHeadings() throws {
  let run = try runIdentifySchools(["--lang", "en"])
  #expect(run.status == 0)
  #expect(run.stdout.hasPrefix("School identification: 2021/2022 academic year"))
  let sections = ReportSections(run.stdout)
  #expect(sections.headings.contains { $0.hasPrefix("Schools with low learning results") })
  #expect(
    sections.headings.contains {
      $0.hasPrefix("Schools in unfavourable social conditions")
    })
  #expect(sections.ids(lowResults) == expectedLowResults)
  #expect(sections.ids(socialConditions) == expectedSocialConditions)
  #expect(!run.stdout.contains("Идентификация школ"))
  #expect(!run.stdout.contains("Критерии"))
}

// MARK: - JSON report

@Test func jsonReportFollowsTheContract() throws {
  let run = try runIdentifySchools(["--format", "json"])
  #expect(run.status == 0)
  #expect(run.stderr.isEmpty)
  let root = try jsonObject(run.stdout)
  #expect(root["schema"] as? String == "qualitykit.identification/1")
  #expect(int(root["year"]) == 2022)

  let packs = try #require(root["packs"] as? [[String: Any]])
  #expect(packs.count == 1)
  #expect(packs.first?["id"] as? String == "krasnoyarsk")
  let version = try #require(packs.first?["version"] as? String)
  #expect(!version.isEmpty)

  let parameters = try #require(root["parameters"] as? [String: Any])
  #expect(double(parameters["krasnoyarsk.results_lowest_quarter.share"]) == 0.25)
  #expect(double(parameters["krasnoyarsk.low_results.min_supporting"]) == 1)
  #expect((root["issues"] as? [Any])?.isEmpty == true)

  let schools = try #require(root["schools"] as? [[String: Any]])
  let ids = schools.compactMap { $0["id"] as? String }
  #expect(ids == allSchools)
  #expect(ids == ids.sorted())

  let criteria = try describedCriterionIDs()
  #expect(criteria.count == 10)
  let names = try schoolNames()
  for school in schools {
    let id = school["id"] as? String ?? "?"
    #expect(school["name"] as? String == names[id], "name of \(id)")
    #expect(school["categories"] is [String], "categories of \(id)")
    let findings = try #require(school["findings"] as? [[String: Any]], "findings of \(id)")
    // Findings in pack order, one per criterion.
    #expect(findings.compactMap { $0["criterion"] as? String } == criteria, "order for \(id)")
    for finding in findings {
      let criterion = finding["criterion"] as? String ?? "?"
      let context = "\(id) \(criterion)"
      let status = try #require(finding["status"] as? String, "status of \(context)")
      #expect(statuses.contains(status), "status \(status) of \(context)")
      for key in ["value", "threshold", "reference"] {
        let value = finding[key]
        #expect(value is NSNull || double(value)?.isFinite == true, "\(key) of \(context)")
      }
      let years = try #require(finding["years"] as? [Any], "years of \(context)")
      #expect(!years.isEmpty && years.allSatisfy { int($0) != nil }, "years of \(context)")
      #expect(years.compactMap(int).last == 2022, "years of \(context) end in 2022")
      let explanation = finding["explanation"] as? String ?? ""
      #expect(!explanation.isEmpty, "explanation of \(context)")
      if status == "met" || status == "not_met" {
        #expect(double(finding["value"]) != nil, "value of \(context)")
      }
    }
  }

  func categories(_ id: String) -> [String] {
    schools.first { $0["id"] as? String == id }?["categories"] as? [String] ?? []
  }
  #expect(allSchools.filter { categories($0).contains(lowResults) } == expectedLowResults)
  #expect(
    allSchools.filter { categories($0).contains(socialConditions) } == expectedSocialConditions)

  // ООШ №5 is a basic school: it has no ЕГЭ, so the regional ЕГЭ gap cannot be judged.
  let gap = try finding("krasnoyarsk.gap_to_region_over_20", of: "LES04", in: schools)
  #expect(gap["status"] as? String == "insufficient_data")
  #expect(gap["value"] is NSNull)
}

@Test func jsonNumbersAgreeWithTheSampleREADME() throws {
  // Independent figures from Examples/Data/README.md, to the README's precision.
  let run = try runIdentifySchools(["--format", "json"])
  let schools = try #require(try jsonObject(run.stdout)["schools"] as? [[String: Any]])
  func value(_ criterion: String, _ id: String) throws -> Double? {
    double(try finding(criterion, of: id, in: schools)["value"])
  }
  let composite = "krasnoyarsk.results_lowest_quarter"
  let quality = "krasnoyarsk.quality_gap_over_10"
  let wellbeing = "krasnoyarsk.social_wellbeing_lowest_quarter"
  let checks: [(criterion: String, id: String, expected: Double, tolerance: Double)] = [
    (composite, "LES05", -1.131, 0.001),
    (composite, "LES03", -0.676, 0.001),  // the cut-off
    (composite, "LES04", -0.486, 0.001),
    (composite, "LES09", 1.795, 0.001),
    (quality, "LES05", 11.33, 0.01),
    (quality, "LES06", 13.33, 0.01),
    (wellbeing, "LES04", -1.555, 0.001),
    (wellbeing, "LES05", -0.900, 0.001),  // the cut-off
  ]
  for check in checks {
    let actual = try #require(try value(check.criterion, check.id), "\(check)")
    #expect(abs(actual - check.expected) < check.tolerance, "\(check): \(actual)")
  }
  let reference = double(try finding(quality, of: "LES06", in: schools)["reference"])
  #expect(abs((reference ?? .nan) - 71.33) < 0.01, "municipal mean of quality")
}

// Regression (fixed): a school above the municipal mean was explained as «школа ниже на -2,67» /
// "the school is -2.67 below it", the word following the criterion's direction instead of the
// gap's sign. The explanation now says «ниже»/«выше» by the sign and prints the distance unsigned.
@Test(arguments: ["ru", "en"])
func gapExplanationsNeverShowANegativeDistance(_ language: String) throws {
  let run = try runIdentifySchools(["--format", "json", "--lang", language])
  let schools = try #require(try jsonObject(run.stdout)["schools"] as? [[String: Any]])
  var checked = 0
  var negative: [String] = []
  for school in schools {
    for finding in school["findings"] as? [[String: Any]] ?? [] {
      let explanation = finding["explanation"] as? String ?? ""
      guard
        explanation.contains("ниже на") || explanation.contains("выше на")
          || explanation.contains(" below it") || explanation.contains(" above it")
      else { continue }
      checked += 1
      if explanation.contains(" на -") || explanation.contains("the school is -") {
        negative.append("\(school["id"] as? String ?? "?"): \(explanation)")
      }
    }
  }
  #expect(checked > 0)
  let noNegativeDistance = negative.isEmpty
  #expect(
    noNegativeDistance,
    "\(negative.count) of \(checked) gap explanations, e.g. \(negative.prefix(2))")
}

// MARK: - Markdown and CSV

@Test func markdownReport() throws {
  let run = try runIdentifySchools(["--format", "markdown"])
  #expect(run.status == 0)
  #expect(run.stdout.hasPrefix("# "))
  let sections = ReportSections(run.stdout)
  #expect(sections.ids(lowResults) == expectedLowResults)
  #expect(sections.ids(socialConditions) == expectedSocialConditions)
  #expect(sections.headings.contains { $0.hasPrefix("ШНОР") })
  let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  let table = try #require(lines.firstIndex { $0.hasPrefix("| критерий |") })
  #expect(table + 1 < lines.count && lines[table + 1].hasPrefix("| --- |"))
  // One table row per criterion, by title.
  let rows = lines[(table + 2)...].prefix { $0.hasPrefix("| ") }
  #expect(rows.count == 10)
  #expect(!rows.contains { $0.contains("krasnoyarsk.") })
  // The full report: a card per listed school with its numbers (README: СОШ №8 continues 57,4 %).
  #expect(run.stdout.contains("### МБОУ «СОШ №8» (LES06)"))
  #expect(run.stdout.contains("  - значение 57,4; порог 60; годы 2021/2022"))
}

@Test func csvReport() throws {
  let run = try runIdentifySchools(["--format", "csv"])
  #expect(run.status == 0)
  #expect(run.stdout.unicodeScalars.first == "\u{FEFF}", "UTF-8 BOM for Excel")
  let records = parseCSV(String(run.stdout.unicodeScalars.dropFirst()), delimiter: ";")
  let header = try #require(records.first)
  #expect(header.first == "school_id")
  #expect(header.count >= 8)
  let rows = Array(records.dropFirst())
  #expect(rows.count == 9 * 10)
  var pairs = Set<String>()
  for (index, row) in rows.enumerated() {
    #expect(row.count == header.count, "row \(index + 2) has \(row.count) fields")
    let criterion = row.first { $0.hasPrefix("krasnoyarsk.") } ?? "?"
    pairs.insert("\(row.first ?? "?") \(criterion)")
    #expect(row.filter { statuses.contains($0) }.count == 1, "one status in row \(index + 2)")
  }
  #expect(pairs.count == 90, "every (school, criterion) pair exactly once")
  #expect(Set(rows.compactMap(\.first)) == Set(allSchools))
  let les05 = try #require(rows.first { $0.first == "LES05" })
  #expect(les05.contains { $0.contains(lowResults) && $0.contains(socialConditions) })
}

@Test func outWritesTheFileInsteadOfStdout() throws {
  let directory = try makeTemporaryDirectory()
  defer { removeTemporaryDirectory(directory) }
  let file = directory.appendingPathComponent("report.json")
  let run = try runIdentifySchools(["--format", "json", "--out", file.path])
  #expect(run.status == 0)
  #expect(run.stdout.isEmpty)
  let written = String(decoding: try Data(contentsOf: file), as: UTF8.self)
  let printed = try runIdentifySchools(["--format", "json"]).stdout
  #expect(written == printed)
}

// MARK: - Describe

@Test func describeJSONListsPacksWithProvenance() throws {
  let run = try runIdentifySchools(["--describe", "--format", "json"])
  #expect(run.status == 0)
  #expect(run.stderr.isEmpty)
  let root = try jsonObject(run.stdout)
  #expect(root["schema"] as? String == "qualitykit.packs/1")
  let packs = try #require(root["packs"] as? [[String: Any]])
  let pack = try #require(packs.first)
  #expect(pack["id"] as? String == "krasnoyarsk")
  #expect((pack["version"] as? String)?.isEmpty == false)
  expectLocalized(pack["title"], "pack title")

  let criteria = try #require(pack["criteria"] as? [[String: Any]])
  #expect(criteria.count == 10)
  let ids = criteria.compactMap { $0["id"] as? String }
  #expect(ids.count == 10 && Set(ids).count == 10, "ids present and unique")
  #expect(ids.allSatisfy { $0.hasPrefix("krasnoyarsk.") })
  for list in ["indicators", "measures", "monitoring"] {
    #expect(pack[list] is [Any], "\(list) is an array")
  }
  let entries = ["criteria", "indicators", "measures", "monitoring"].flatMap { list in
    (pack[list] as? [[String: Any]] ?? []).map { (list, $0) }
  }
  for (list, entry) in entries {
    let id = entry["id"] as? String ?? "?"
    #expect(!id.isEmpty && id != "?", "\(list) entry has an id")
    expectLocalized(entry["title"], "title of \(id)")
    let provenance = try #require(entry["provenance"] as? [String: Any], "provenance of \(id)")
    for key in ["source", "section", "quote"] {
      #expect((provenance[key] as? String)?.isEmpty == false, "provenance.\(key) of \(id)")
    }
    let kind = provenance["kind"] as? String ?? ""
    #expect(kind == "stated" || kind == "derived", "provenance.kind of \(id): \(kind)")
  }
}

@Test func describeQuotesAreVerbatimFromTheSeed() throws {
  // DESIGN §8: `quote` is verbatim from the seed, cut with «…». The seed is the PDF's text, wrapped
  // and hyphenated at line ends, so whitespace and end-of-line hyphenation are normalised.
  let run = try runIdentifySchools(["--describe", "--format", "json"])
  let pack = try #require((try jsonObject(run.stdout)["packs"] as? [[String: Any]])?.first)
  var checked = 0
  for list in ["criteria", "indices", "category_rules", "indicators", "measures", "monitoring"] {
    for entry in pack[list] as? [[String: Any]] ?? [] {
      let id = entry["id"] as? String ?? "?"
      guard let provenance = entry["provenance"] as? [String: Any],
        let source = provenance["source"] as? String, let quote = provenance["quote"] as? String
      else { continue }
      let seed = try #require(
        try? String(contentsOf: SourceTree.seed(source), encoding: .utf8),
        "\(id) cites \(source), which is not a seed file")
      let text = normalisedQuoteText(seed)
      let joined = normalisedQuoteText(seed, droppingLineEndHyphens: true)
      for part in quote.components(separatedBy: "…") {
        let fragment = normalisedQuoteText(part)
        guard !fragment.isEmpty else { continue }
        #expect(
          text.contains(fragment) || joined.contains(fragment),
          "\(list) \(id): «\(fragment)» is not in \(source)")
      }
      // Indicators and procedures describe where they are (a table row, a plan item).
      if ["criteria", "indices", "category_rules"].contains(list),
        let section = provenance["section"] as? String
      {
        #expect(text.contains(normalisedQuoteText(section)), "\(id): section «\(section)»")
      }
      checked += 1
    }
  }
  #expect(checked >= 10)
}

// MARK: - Parameters

@Test func setChangesTheLowResultsList() throws {
  let run = try runIdentifySchools([
    "--format", "json", "--set", "krasnoyarsk.low_results.min_supporting=2",
  ])
  #expect(run.status == 0)
  let root = try jsonObject(run.stdout)
  let parameters = root["parameters"] as? [String: Any] ?? [:]
  #expect(double(parameters["krasnoyarsk.low_results.min_supporting"]) == 2)
  let schools = try #require(root["schools"] as? [[String: Any]])
  func ids(_ category: String) -> [String] {
    schools.filter { ($0["categories"] as? [String] ?? []).contains(category) }
      .compactMap { $0["id"] as? String }
  }
  // README: СОШ №6 has one supporting criterion (quality gap), СОШ №8 two (+ continuation).
  #expect(ids(lowResults) == ["LES06"])
  #expect(ids(socialConditions) == expectedSocialConditions)
}

@Test func setAcceptsDecimalComma() throws {
  let run = try runIdentifySchools([
    "--format", "json", "--set", "krasnoyarsk.results_lowest_quarter.share=0,5",
  ])
  #expect(run.status == 0)
  let parameters = try jsonObject(run.stdout)["parameters"] as? [String: Any] ?? [:]
  #expect(double(parameters["krasnoyarsk.results_lowest_quarter.share"]) == 0.5)
}

// MARK: - Years and cohorts

@Test func yearOption() throws {
  let run = try runIdentifySchools(["--year", "2021", "--format", "json"])
  #expect(run.status == 0)
  let root = try jsonObject(run.stdout)
  #expect(int(root["year"]) == 2021)
  let schools = try #require(root["schools"] as? [[String: Any]])
  // README: for 2021 ООШ №5 has only 6 of 18 composite cells.
  let composite = try finding("krasnoyarsk.results_lowest_quarter", of: "LES04", in: schools)
  #expect(composite["status"] as? String == "insufficient_data")
  #expect((composite["years"] as? [Any])?.compactMap(int).last == 2021)

  let text = try runIdentifySchools(["--year", "2021"])
  #expect(text.status == 0)
  #expect(text.stdout.hasPrefix("Идентификация школ: 2020/2021"))
}

@Test func yearWithoutValuesIsADataError() throws {
  let run = try runIdentifySchools(["--year", "1999"])
  #expect(run.status == 1)
  #expect(run.stdout.isEmpty)
  #expect(run.stderr.contains("1999"))
}

@Test(arguments: ["municipality", "region", "all"])
func cohortOption(_ cohort: String) throws {
  let run = try runIdentifySchools(["--cohort", cohort, "--format", "json"])
  #expect(run.status == 0)
  let root = try jsonObject(run.stdout)
  let schools = try #require(root["schools"] as? [[String: Any]])
  #expect(schools.count == 9)
  // One municipality and one region: every cohort is the whole sample.
  let ids = schools.filter { ($0["categories"] as? [String] ?? []).contains(lowResults) }
  #expect(ids.compactMap { $0["id"] as? String } == expectedLowResults)
}

@Test func municipalityCohortUsesEachMunicipalitysOwnMean() throws {
  // Split the sample into two towns; the municipal mean of results.quality_percent must then be
  // the plain mean of each town's schools (DESIGN §4), computed here from values.csv.
  var files = try SampleFiles.bundled()
  var schoolsTable = files.table("schools.csv")
  let municipality = try #require(schoolsTable.column("municipality"))
  for index in schoolsTable.rows.indices {
    let id = schoolsTable.rows[index][0]
    schoolsTable.rows[index][municipality - 1] = id <= "LES04" ? "Город А" : "Город Б"
  }
  files.setTable(schoolsTable, "schools.csv")
  let values = files.table("values.csv")
  let quality = try #require(values.column("results.quality_percent"))
  var byTown: [String: [Double]] = [:]
  for row in values.rows where row[1] == "2022" {
    guard let value = Double(row[quality - 1]) else { continue }
    byTown[row[0] <= "LES04" ? "А" : "Б", default: []].append(value)
  }
  func mean(_ town: String) -> Double {
    let list = byTown[town] ?? []
    return list.reduce(0, +) / Double(max(list.count, 1))
  }

  let directory = try files.write()
  defer { removeTemporaryDirectory(directory) }
  let run = try runIdentifySchools(
    files.arguments(in: directory) + ["--cohort", "municipality", "--format", "json"])
  #expect(run.status == 0, "\(run.stderr)")
  let schools = try #require(try jsonObject(run.stdout)["schools"] as? [[String: Any]])
  for id in allSchools {
    let gap = try finding("krasnoyarsk.quality_gap_over_10", of: id, in: schools)
    let expected = mean(id <= "LES04" ? "А" : "Б")
    let reference = try #require(double(gap["reference"]), "reference of \(id)")
    #expect(abs(reference - expected) < 1e-4, "\(id): \(reference) vs \(expected)")
  }
}

// MARK: - Usage errors (status 2)

/// A command line that must be rejected, and a word the message must contain.
struct UsageCase: Sendable, CustomTestStringConvertible {
  let arguments: [String]
  let mentions: String
  var testDescription: String { arguments.joined(separator: " ") }

  static let all: [UsageCase] = [
    UsageCase(arguments: ["--set", "nope=1"], mentions: "nope"),
    UsageCase(
      arguments: ["--set", "krasnoyarsk.results_lowest_quarter.share=7"],
      mentions: "krasnoyarsk.results_lowest_quarter.share"),
    UsageCase(
      arguments: ["--set", "krasnoyarsk.results_lowest_quarter.share=0"],
      mentions: "krasnoyarsk.results_lowest_quarter.share"),
    UsageCase(
      arguments: ["--set", "krasnoyarsk.low_results.min_supporting=abc"], mentions: "abc"),
    UsageCase(
      arguments: ["--set", "krasnoyarsk.low_results.min_supporting=nan"], mentions: "nan"),
    UsageCase(arguments: ["--set", "no-equals-sign"], mentions: "no-equals-sign"),
    UsageCase(arguments: ["--cohort", "bogus"], mentions: "bogus"),
    UsageCase(arguments: ["--format", "bogus"], mentions: "bogus"),
    UsageCase(arguments: ["--lang", "de"], mentions: "de"),
    UsageCase(arguments: ["--year", "abc"], mentions: "abc"),
    UsageCase(arguments: ["--year"], mentions: "--year"),
    UsageCase(arguments: ["--bogus"], mentions: "--bogus"),
    UsageCase(arguments: ["extra"], mentions: "extra"),
    UsageCase(arguments: ["--pack", "nope"], mentions: "nope"),
    UsageCase(arguments: ["--schools", "s.csv"], mentions: "--values"),
    UsageCase(arguments: ["--values", "v.csv"], mentions: "--schools"),
    UsageCase(arguments: ["--lang", "en", "--bogus"], mentions: "unknown argument"),
  ]
}

@Test(arguments: UsageCase.all)
func usageErrorExitsWithStatus2(_ usage: UsageCase) throws {
  let run = try runIdentifySchools(usage.arguments)
  #expect(run.status == 2)
  #expect(run.stdout.isEmpty)
  #expect(run.stderr.contains(usage.mentions), "stderr: \(run.stderr)")
}

@Test func aMisspeltSetKeyNamesTheNearestKey() throws {
  // "shar" drops the last letter of the krasnoyarsk pack's "share" parameter: one edit.
  let russian = try runIdentifySchools(["--set", "krasnoyarsk.results_lowest_quarter.shar=0.3"])
  #expect(russian.status == 2)
  #expect(
    russian.stderr
      == "identify-schools: неизвестный параметр «krasnoyarsk.results_lowest_quarter.shar» "
      + "(есть «krasnoyarsk.results_lowest_quarter.share» — опечатка?)\n")
  let english = try runIdentifySchools([
    "--set", "krasnoyarsk.results_lowest_quarter.shar=0.3", "--lang", "en",
  ])
  #expect(
    english.stderr
      == "identify-schools: unknown parameter 'krasnoyarsk.results_lowest_quarter.shar' "
      + "('krasnoyarsk.results_lowest_quarter.share' is there — a typo?)\n")
}

@Test func helpExitsWithStatus0() throws {
  let russian = try runIdentifySchools(["--help"])
  #expect(russian.status == 0)
  #expect(russian.stdout.contains("Использование"))
  let english = try runIdentifySchools(["-h", "--lang", "en"])
  #expect(english.status == 0)
  #expect(english.stdout.contains("Usage"))
  #expect(english.stdout.contains("Exit status: 0"))
  // The program does not read stdin; a megabyte it never reads must not hang or kill the runner.
  let ignored = try runIdentifySchools(["--help"], stdin: String(repeating: "x", count: 1 << 20))
  #expect(ignored.status == 0)
}

// Regression (fixed): `--describe` ignored `--set`, so a misspelt key was silently accepted; the
// overrides are now resolved for the packs before describing them, and an unknown key is a usage
// error naming it.
@Test func describeRejectsUnknownParameter() throws {
  let run = try runIdentifySchools(["--describe", "--set", "nope=1"])
  #expect(run.status == 2, "`--describe --set nope=1` must be a usage error")
  #expect(run.stderr.contains("nope"))
}

// Regression (fixed): `--describe --format csv` printed JSON with status 0; CSV is now a usage
// error for `--describe`, as the help says.
@Test func describeRejectsCSV() throws {
  let run = try runIdentifySchools(["--describe", "--format", "csv"])
  #expect(run.status == 2, "CSV is not a --describe format; got JSON with status \(run.status)")
}

// MARK: - Malformed input (status 1, located message, never a crash)

@Test(arguments: MalformedCase.all)
func malformedInputIsADataError(_ malformed: MalformedCase) throws {
  var files = try SampleFiles.bundled()
  let location = try malformed.make(&files)
  let directory = try files.write()
  defer { removeTemporaryDirectory(directory) }
  let run = try runIdentifySchools(files.arguments(in: directory))
  #expect(run.status == 1, "status \(run.status) (>128 is a crash); stderr: \(run.stderr)")
  #expect(run.stdout.isEmpty)
  #expect(run.stderr.contains(location.text), "expected «\(location.text)» in: \(run.stderr)")
  if let mentions = malformed.mentions {
    #expect(run.stderr.contains(mentions), "expected «\(mentions)» in: \(run.stderr)")
  }
}

@Test(arguments: MalformedCase.all.filter(\.collectable))
func collectReportsTheBadCellAsAnIssue(_ malformed: MalformedCase) throws {
  var files = try SampleFiles.bundled()
  let location = try malformed.make(&files)
  let directory = try files.write()
  defer { removeTemporaryDirectory(directory) }
  let run = try runIdentifySchools(
    files.arguments(in: directory) + ["--collect", "--format", "json"])
  #expect(run.status == 0, "stderr: \(run.stderr)")
  let issues = try #require(try jsonObject(run.stdout)["issues"] as? [[String: Any]])
  let located = issues.filter { issue in
    (issue["file"] as? String)?.hasSuffix(location.file) == true
      && int(issue["line"]) == location.line
      && (location.column == nil || int(issue["column"]) == location.column)
  }
  #expect(located.count == 1, "one issue at \(location.text); issues: \(issues)")
  #expect((located.first?["message"] as? String)?.isEmpty == false)
}

@Test func emptyAndHeaderOnlyValuesDoNotCrash() throws {
  var files = try SampleFiles.bundled()
  let header = files.text("values.csv").split(separator: "\n").first.map(String.init) ?? ""
  for values in ["", "\n", header + "\n", "\u{FEFF}"] {
    files.setText(values, "values.csv")
    let directory = try files.write()
    defer { removeTemporaryDirectory(directory) }
    let run = try runIdentifySchools(files.arguments(in: directory) + ["--format", "json"])
    #expect(run.status == 1, "values «\(values.prefix(20))»: status \(run.status)")
    #expect(!run.stderr.isEmpty)
  }
}

// Regression (fixed): an issue about a whole row was reported with column 0 — `"column": 0` in
// JSON, `values.csv:29:0:` in text — and then with no column at all (`values.csv:29:`). Issue 17
// wants every input error at file:line:column: a repeated (school, year) row is now at its
// `school_id`, the first column of values.csv.
@Test func aDuplicateRowIsReportedAtItsSchoolIDColumn() throws {
  var files = try SampleFiles.bundled()
  let duplicate = try #require(MalformedCase.all.first { $0.name == "duplicate school/year row" })
  _ = try duplicate.make(&files)
  let directory = try files.write()
  defer { removeTemporaryDirectory(directory) }
  let arguments = files.arguments(in: directory) + ["--collect"]
  let json = try runIdentifySchools(arguments + ["--format", "json"])
  let issues = try #require(try jsonObject(json.stdout)["issues"] as? [[String: Any]])
  let issue = try #require(issues.first { int($0["line"]) == 29 })
  #expect(int(issue["column"]) == 1, "column of a repeated row: \(issue["column"] ?? "absent")")
  let text = try runIdentifySchools(arguments)
  #expect(!text.stdout.contains("values.csv:29:0"), "the text report prints `values.csv:29:0:`")
  #expect(text.stdout.contains("values.csv:29:1"), "the text report lacks `values.csv:29:1:`")
}

// MARK: - Determinism

@Test func outputDoesNotDependOnInputOrder() throws {
  let bundled = try runIdentifySchools(["--format", "json"])
  #expect(bundled.status == 0)
  let original = try SampleFiles.bundled()
  let directory = try original.write()
  defer { removeTemporaryDirectory(directory) }
  let unshuffled = try runIdentifySchools(original.arguments(in: directory) + ["--format", "json"])
  #expect(unshuffled.status == 0)
  #expect(unshuffled.stdout == bundled.stdout, "explicit files = bundled sample")

  for seed: UInt64 in [1, 2, 3] {
    var generator = SeededGenerator(seed: seed)
    var shuffled = original
    for name in sampleFiles {
      var table = shuffled.table(name)
      table.rows.shuffle(using: &generator)
      shuffled.setTable(table, name)
    }
    let rowsDirectory = try shuffled.write()
    defer { removeTemporaryDirectory(rowsDirectory) }
    let rows = try runIdentifySchools(shuffled.arguments(in: rowsDirectory) + ["--format", "json"])
    #expect(rows.status == 0)
    #expect(rows.stdout == unshuffled.stdout, "rows shuffled with seed \(seed)")

    // The metric columns of the wide values file, too.
    var values = shuffled.table("values.csv")
    var order = Array(2..<values.header.count)
    order.shuffle(using: &generator)
    values.reorderColumns([0, 1] + order)
    shuffled.setTable(values, "values.csv")
    let columnsDirectory = try shuffled.write()
    defer { removeTemporaryDirectory(columnsDirectory) }
    let columns = try runIdentifySchools(
      shuffled.arguments(in: columnsDirectory) + ["--format", "json"])
    #expect(columns.stdout == unshuffled.stdout, "columns shuffled with seed \(seed)")
  }

  for _ in 0..<3 {
    #expect(try runIdentifySchools(["--format", "json"]).stdout == bundled.stdout)
  }
}

@Test func largeDatasetIsDeterministic() throws {
  // 40 copies of the sample (360 schools, a JSON report of a few MB, far beyond a pipe buffer):
  // the output must not depend on row order or on the run.
  let original = try SampleFiles.bundled()
  var large = original
  for name in ["schools.csv", "values.csv"] {
    let table = original.table(name)
    var copy = table
    copy.rows = (0..<40).flatMap { number in
      table.rows.map { row in
        var row = row
        row[0] = "C\(String(format: "%02d", number))-\(row[0])"
        return row
      }
    }
    large.setTable(copy, name)
  }
  var shuffled = large
  var generator = SeededGenerator(seed: 2022)
  for name in sampleFiles {
    var table = shuffled.table(name)
    table.rows.shuffle(using: &generator)
    shuffled.setTable(table, name)
  }
  let directory = try large.write()
  defer { removeTemporaryDirectory(directory) }
  let shuffledDirectory = try shuffled.write()
  defer { removeTemporaryDirectory(shuffledDirectory) }

  let first = try runIdentifySchools(large.arguments(in: directory) + ["--format", "json"])
  #expect(first.status == 0, "\(first.stderr)")
  let schools = try #require(try jsonObject(first.stdout)["schools"] as? [[String: Any]])
  #expect(schools.count == 360)
  let second = try runIdentifySchools(large.arguments(in: directory) + ["--format", "json"])
  #expect(second.stdout == first.stdout, "two runs on the same input")
  let reordered = try runIdentifySchools(
    shuffled.arguments(in: shuffledDirectory) + ["--format", "json"])
  #expect(reordered.stdout == first.stdout, "rows shuffled")
}

// MARK: - Golden snapshots (STYLE convention 8)

@Test func textReportSnapshot() throws {
  let run = try runIdentifySchools([])
  #expect(run.status == 0)
  expectSnapshot(run.stdout, named: "textReportSnapshot", extension: "txt")
}

@Test func describeJSONSnapshot() throws {
  let run = try runIdentifySchools(["--describe", "--format", "json"])
  #expect(run.status == 0)
  expectSnapshot(run.stdout, named: "describeJSONSnapshot", extension: "json")
}

/// The rule book of the default pack as Markdown: a change to its wording or structure shows here
/// as a diff to review against the documents.
@Test func describeMarkdownSnapshot() throws {
  let run = try runIdentifySchools(["--describe", "--format", "markdown"])
  #expect(run.status == 0)
  expectSnapshot(run.stdout, named: "describeMarkdownSnapshot", extension: "md")
}

@Test func helpSnapshot() throws {
  let run = try runIdentifySchools(["--help"])
  #expect(run.status == 0)
  expectSnapshot(run.stdout, named: "helpSnapshot", extension: "txt")
}

// MARK: - Malformed cases

/// Where a data error must be reported.
struct ErrorLocation: Sendable {
  let file: String
  let line: Int?
  let column: Int?

  /// `values.csv:3:5`, `values.csv:29` or `values.csv`.
  var text: String {
    [file, line.map(String.init), column.map(String.init)].compactMap { $0 }
      .joined(separator: ":")
  }
}

/// One way to break the sample, with where the error must point.
struct MalformedCase: Sendable, CustomTestStringConvertible {
  let name: String
  /// Whether `--collect` turns it into an issue (a bad cell or row, not a bad file).
  let collectable: Bool
  /// A word the message must contain besides the location.
  let mentions: String?
  let make: @Sendable (inout SampleFiles) throws -> ErrorLocation

  var testDescription: String { name }

  /// Replaces the cell of `metric` on 1-based `line` of values.csv.
  static func cell(
    _ name: String, line: Int, metric: String, value: String, collectable: Bool = true
  ) -> MalformedCase {
    MalformedCase(name: name, collectable: collectable, mentions: value) { files in
      var table = files.table("values.csv")
      let column = try #require(table.column(metric), "no column \(metric)")
      table.rows[line - 2][column - 1] = value
      files.setTable(table, "values.csv")
      return ErrorLocation(file: "values.csv", line: line, column: column)
    }
  }

  static let all: [MalformedCase] = [
    cell("not a number", line: 3, metric: "ege.russian.mean_score", value: "abc"),
    cell("nan", line: 5, metric: "results.quality_percent", value: "nan"),
    cell("NaN", line: 5, metric: "oge.math.mean_mark", value: "NaN"),
    cell("inf", line: 6, metric: "results.success_percent", value: "inf"),
    cell("-Infinity", line: 7, metric: "context.enrollment", value: "-Infinity"),
    cell("overflow to infinity", line: 8, metric: "satisfaction.percent", value: "1e309"),
    cell("percent out of range", line: 4, metric: "results.quality_percent", value: "120"),
    cell("mark out of range", line: 9, metric: "oge.russian.mean_mark", value: "7"),
    cell("negative percent", line: 10, metric: "satisfaction.percent", value: "-1"),
    MalformedCase(name: "unknown metric column", collectable: false, mentions: "bogus.metric") {
      files in
      var table = files.table("values.csv")
      table.header[4] = "bogus.metric"
      files.setTable(table, "values.csv")
      return ErrorLocation(file: "values.csv", line: 1, column: 5)
    },
    MalformedCase(name: "duplicate school/year row", collectable: true, mentions: "LES01") {
      files in
      var table = files.table("values.csv")
      table.rows.append(table.rows[1])  // line 3: LES01, 2021
      files.setTable(table, "values.csv")
      return ErrorLocation(file: "values.csv", line: table.rows.count + 1, column: nil)
    },
    MalformedCase(name: "school missing from schools file", collectable: true, mentions: "LES09") {
      files in
      var schools = files.table("schools.csv")
      schools.rows.removeAll { $0.first == "LES09" }
      files.setTable(schools, "schools.csv")
      let values = files.table("values.csv")
      let index = try #require(values.rows.firstIndex { $0.first == "LES09" })
      return ErrorLocation(file: "values.csv", line: index + 2, column: 1)
    },
    MalformedCase(name: "empty values file", collectable: false, mentions: nil) { files in
      files.setText("", "values.csv")
      return ErrorLocation(file: "values.csv", line: nil, column: nil)
    },
    MalformedCase(name: "empty schools file", collectable: false, mentions: nil) { files in
      files.setText("", "schools.csv")
      return ErrorLocation(file: "schools.csv", line: nil, column: nil)
    },
    MalformedCase(
      name: "schools file without municipality", collectable: false, mentions: "municipality"
    ) { files in
      var schools = files.table("schools.csv")
      let column = try #require(schools.column("municipality"))
      schools.removeColumn(column - 1)
      files.setTable(schools, "schools.csv")
      return ErrorLocation(file: "schools.csv", line: 1, column: nil)
    },
    MalformedCase(name: "unterminated quote in schools", collectable: false, mentions: nil) {
      files in
      var schools = files.table("schools.csv")
      schools.rows[2][1] = "\"" + schools.rows[2][1]  // line 4, column 2
      files.setTable(schools, "schools.csv")
      return ErrorLocation(file: "schools.csv", line: 4, column: 2)
    },
    MalformedCase(
      name: "unterminated quote at the end of values", collectable: false, mentions: nil
    ) { files in
      var table = files.table("values.csv")
      let last = table.rows.count - 1
      table.rows[last][2] = "\"" + table.rows[last][2]
      files.setText(table.text.trimmingCharacters(in: .newlines), "values.csv")
      return ErrorLocation(file: "values.csv", line: last + 2, column: 3)
    },
    MalformedCase(name: "row with too few fields", collectable: true, mentions: nil) { files in
      var table = files.table("values.csv")
      table.rows[1] = Array(table.rows[1].prefix(5))
      files.setTable(table, "values.csv")
      return ErrorLocation(file: "values.csv", line: 3, column: nil)
    },
    MalformedCase(name: "year not a number", collectable: true, mentions: "20x1") { files in
      var table = files.table("values.csv")
      table.rows[1][1] = "20x1"
      files.setTable(table, "values.csv")
      return ErrorLocation(file: "values.csv", line: 3, column: 2)
    },
    MalformedCase(name: "bad benchmark value", collectable: true, mentions: "abc") { files in
      var table = files.table("benchmarks.csv")
      table.rows[0][3] = "abc"
      files.setTable(table, "benchmarks.csv")
      return ErrorLocation(file: "benchmarks.csv", line: 2, column: 4)
    },
    MalformedCase(name: "invalid UTF-8", collectable: false, mentions: nil) { files in
      var bytes = Data(files.text("values.csv").utf8)
      bytes.insert(contentsOf: [0xFF, 0xFE, 0xC0], at: bytes.count / 2)
      files.contents["values.csv"] = bytes
      return ErrorLocation(file: "values.csv", line: nil, column: nil)
    },
  ]
}

// MARK: - Helpers

private func expectLocalized(
  _ value: Any?, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let title = value as? [String: Any]
  #expect((title?["ru"] as? String)?.isEmpty == false, "\(what).ru", sourceLocation: sourceLocation)
  #expect((title?["en"] as? String)?.isEmpty == false, "\(what).en", sourceLocation: sourceLocation)
}

/// The finding of `criterion` for school `id`.
private func finding(
  _ criterion: String, of id: String, in schools: [[String: Any]]
) throws -> [String: Any] {
  let school = try #require(schools.first { $0["id"] as? String == id }, "school \(id)")
  let findings = school["findings"] as? [[String: Any]] ?? []
  return try #require(
    findings.first { $0["criterion"] as? String == criterion }, "\(criterion) for \(id)")
}

/// The school names of the bundled schools.csv, by id.
private func schoolNames() throws -> [String: String] {
  let table = SimpleTable(try SourceTree.sampleText("schools.csv"))
  let name = try #require(table.column("name"))
  return Dictionary(
    table.rows.map { ($0[0], $0[name - 1]) }, uniquingKeysWith: { first, _ in first })
}

/// The criterion ids of the krasnoyarsk pack, in pack order, from `--describe --format json`.
private func describedCriterionIDs() throws -> [String] {
  let run = try runIdentifySchools(["--describe", "--format", "json"])
  let packs = try jsonObject(run.stdout)["packs"] as? [[String: Any]]
  let criteria = packs?.first?["criteria"] as? [[String: Any]] ?? []
  return criteria.compactMap { $0["id"] as? String }
}
