import Foundation
import QualityRules
import Testing

/// `--pack-file` in the four example executables, on the bundled Lesosibirsk sample: a small pack
/// file that extends a built-in pack changes what each prints, a bad one is a data error located
/// at its file, line, column and JSON path, and an exported pack reloads to the same report.
///
/// The expected figures are read off Examples/Data/README.md («What the `krasnoyarsk` pack should
/// find for 2022») and the attendance figures written in Examples/CustomCriterion.
@Suite struct PackFileTests {
  /// The four executables that take `--pack-file`.
  static let tools = ["identify-schools", "track-indicators", "plan-support", "custom-criterion"]
  /// The built-in packs as the tools list them in errors: the registry's ids, in its order.
  static let registered = DefaultPacks.all.map(\.id.rawValue).joined(separator: ", ")

  /// `krasnoyarsk` with the quality-gap threshold raised from 10 to 12 p.p.
  static let qualityGap12 = """
    {
      "format": "qualitykit.pack/1",
      "id": "krasnoyarsk.local",
      "version": "1.0.0",
      "extends": "krasnoyarsk",
      "override": {"krasnoyarsk.quality_gap_over_10.threshold": 12}
    }
    """

  /// `krasnoyarsk.local` (above) with the continuation threshold lowered from 60 to 57.
  static let continuation57 = """
    {
      "format": "qualitykit.pack/1",
      "id": "krasnoyarsk.local.strict",
      "version": "1.0.0",
      "extends": "krasnoyarsk.local",
      "override": {"krasnoyarsk.continuation_below_60.threshold": 57}
    }
    """

  /// `krasnoyarsk` with one more monitoring procedure, twice a year.
  static let attendanceCheck = """
    {
      "format": "qualitykit.pack/1",
      "id": "krasnoyarsk.local",
      "version": "1.0.0",
      "extends": "krasnoyarsk",
      "add": {
        "monitoring": [
          {
            "id": "krasnoyarsk.local.attendance_check",
            "title": {"ru": "Проверка посещаемости уроков", "en": "Lesson attendance check"},
            "periodicity": {"kind": "times_per_year", "times": 2},
            "provenance": {
              "source": "муниципальное решение", "section": "мониторинг",
              "quote": "посещаемость уроков", "kind": "derived",
              "derivation": {"ru": "Решение муниципалитета.", "en": "The municipality's choice."}
            }
          }
        ]
      }
    }
    """

  /// custom-criterion's own tailored pack with its attendance threshold lowered from 90 to 88.
  static let hostThreshold88 = """
    {
      "format": "qualitykit.pack/1",
      "id": "krasnoyarsk.host.tuned",
      "version": "1.1.0",
      "extends": "krasnoyarsk.host",
      "override": {"krasnoyarsk.host.attendance_below.threshold": 88}
    }
    """

  /// `krasnoyarsk` with a criterion on custom-criterion's host metric, which only that example's
  /// catalogue knows.
  static let hostMetricCriterion = """
    {
      "format": "qualitykit.pack/1",
      "id": "krasnoyarsk.attendance",
      "version": "1.0.0",
      "extends": "krasnoyarsk",
      "add": {
        "criteria": [
          {
            "kind": "threshold",
            "id": "krasnoyarsk.attendance_below_87",
            "title": {"ru": "Посещаемость уроков ниже 87 %", "en": "Attendance below 87%"},
            "comparison": "<",
            "metric": "host.attendance_percent",
            "rationale": {"ru": "Решение муниципалитета.", "en": "The municipality's choice."},
            "threshold": {
              "kind": "derived", "key": "krasnoyarsk.attendance_below_87.threshold",
              "default_value": 87, "range": {"min": 0, "max": 100}, "unit": "percent",
              "rationale": {"ru": "Порог муниципалитета.", "en": "The municipality's threshold."}
            },
            "provenance": {
              "source": "host", "section": "муниципальное решение",
              "quote": "посещаемость уроков", "kind": "derived",
              "derivation": {"ru": "Порог муниципалитета.", "en": "The municipality's threshold."}
            }
          }
        ]
      }
    }
    """

  /// A typo in a key: `"critera"` begins on line 6, column 14 (two spaces, `"remove":` in
  /// columns 3–11, a space, `{` in column 13).
  static let unknownKey = """
    {
      "format": "qualitykit.pack/1",
      "id": "krasnoyarsk.local",
      "version": "1.0.0",
      "extends": "krasnoyarsk",
      "remove": {"critera": ["krasnoyarsk.satisfaction_at_most_40"]}
    }
    """

  /// A base pack that does not exist: its name begins on line 5, column 14 (two spaces,
  /// `"extends":` in columns 3–12, a space).
  static let unknownBase = """
    {
      "format": "qualitykit.pack/1",
      "id": "krasnoyarsk.local",
      "version": "1.0.0",
      "extends": "krasnoyarskk"
    }
    """

  /// Runs example `tool` and decodes its output.
  func run(_ tool: String, _ args: [String]) throws -> (
    status: Int32, stdout: String, stderr: String
  ) {
    let result = try runExample(tool, args)
    return (
      result.status, String(decoding: result.stdout, as: UTF8.self),
      String(decoding: result.stderr, as: UTF8.self)
    )
  }

  /// Writes each `(name, text)` into a fresh temporary directory, runs `body` with their paths in
  /// the same order, and removes the directory.
  func withPackFiles<T>(_ files: [(String, String)], _ body: ([String]) throws -> T) throws -> T {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporaryDirectory(directory) }
    let paths = try files.map { name, text in
      let url = directory.appendingPathComponent(name)
      try Data(text.utf8).write(to: url)
      return url.path
    }
    return try body(paths)
  }

  /// The row of the criteria table of a Markdown report (`--format markdown`: the table is in the
  /// full report, not in the text summary) whose criterion is `title`, and its three counts: met,
  /// not met, insufficient data.
  func counts(_ markdown: String, _ title: String) throws -> [String] {
    let row = try #require(
      markdown.split(separator: "\n").first { $0.hasPrefix("| \(title) | ") })
    return row.split(separator: "|").suffix(3).map { $0.trimmingCharacters(in: .whitespaces) }
  }

  /// The titles of the criteria the tests count (the report names criteria by title).
  static let qualityGap =
    "Качество обученности ниже среднего по муниципалитету более чем на 10 п.п."
  static let continuation = "Менее 60 % учащихся продолжили обучение на старшей ступени"

  // MARK: - identify-schools

  @Test func identifySchoolsRunsTheFilesPack() throws {
    try withPackFiles([("local.json", Self.qualityGap12)]) { paths in
      let run = try run("identify-schools", ["--pack-file", paths[0]])
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stdout.contains("Пакет правил: krasnoyarsk.local 1.0.0 — Красноярский край"))
      // Quality gaps: СОШ №6 11,33 p.p. (no longer above 12), СОШ №8 13,33 (still above). СОШ №6
      // had no other supporting criterion and leaves ШНОР; СОШ №8 also has continuation 57,4 < 60.
      let sections = ReportSections(run.stdout)
      #expect(sections.ids("low_results") == ["LES06"])
      #expect(sections.ids("unfavourable_social_conditions") == ["LES04", "LES05", "LES06"])
      let markdown = try self.run(
        "identify-schools", ["--pack-file", paths[0], "--format", "markdown"])
      #expect(try counts(markdown.stdout, Self.qualityGap) == ["1", "8", "0"])
      // The file's value is its pack's default: the full report's parameter table says 12.
      #expect(
        markdown.stdout.contains(
          "| \(Self.qualityGap) — порог | 12 | 12 | `krasnoyarsk.quality_gap_over_10.threshold` |"))
    }
  }

  @Test func identifySchoolsWithPackRunsBothAndABaseOnlyThroughItsExtension() throws {
    try withPackFiles([("local.json", Self.qualityGap12)]) { paths in
      // `--pack amur` with the file: both packs, the built-in one first.
      let both = try run("identify-schools", ["--pack", "amur", "--pack-file", paths[0]])
      #expect(both.status == 0, "\(both.stderr)")
      #expect(both.stdout.contains("Пакеты правил:\n  – amur 1.0.0 — "))
      #expect(both.stdout.contains("\n  – krasnoyarsk.local 1.0.0 — "))
      // `--pack krasnoyarsk` is the file's base: it runs through the file only, instead of
      // declaring every krasnoyarsk criterion twice.
      let base = try run("identify-schools", ["--pack", "krasnoyarsk", "--pack-file", paths[0]])
      let alone = try run("identify-schools", ["--pack-file", paths[0]])
      #expect(base.status == 0, "\(base.stderr)")
      #expect(base.stdout == alone.stdout)
    }
  }

  @Test func aFileMayExtendAnotherFileGivenInAnyOrder() throws {
    let files = [("strict.json", Self.continuation57), ("local.json", Self.qualityGap12)]
    try withPackFiles(files) { paths in
      let run = try run("identify-schools", ["--pack-file", paths[0], "--pack-file", paths[1]])
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stdout.contains("Пакет правил: krasnoyarsk.local.strict 1.0.0 — "))
      #expect(!run.stdout.contains("krasnoyarsk.local 1.0.0"))
      // Both overrides hold: continuation 57,4 is not below 57, so no school meets it, and СОШ №8
      // stays ШНОР by its quality gap 13,33 > 12 alone.
      let markdown = try self.run(
        "identify-schools",
        ["--pack-file", paths[0], "--pack-file", paths[1], "--format", "markdown"])
      #expect(try counts(markdown.stdout, Self.continuation) == ["0", "9", "0"])
      #expect(try counts(markdown.stdout, Self.qualityGap) == ["1", "8", "0"])
      #expect(ReportSections(run.stdout).ids("low_results") == ["LES06"])
    }
  }

  @Test(arguments: DefaultPacks.all.map(\.id.rawValue))
  func exportedPackReloadsToTheSameJSONReport(_ pack: String) throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporaryDirectory(directory) }
    let file = directory.appendingPathComponent("\(pack).json").path
    let export = try run("identify-schools", ["--export-pack", pack, "--out", file])
    #expect(export.status == 0, "\(export.stderr)")
    #expect(export.stdout.isEmpty)
    let json = try jsonObject(try String(contentsOfFile: file, encoding: .utf8))
    #expect(json["format"] as? String == "qualitykit.pack/1")
    #expect(json["id"] as? String == pack)

    let fromFile = try run("identify-schools", ["--pack-file", file, "--format", "json"])
    let builtIn = try run("identify-schools", ["--pack", pack, "--format", "json"])
    #expect(fromFile.status == 0, "\(fromFile.stderr)")
    #expect(builtIn.status == 0)
    #expect(fromFile.stdout == builtIn.stdout)
  }

  @Test func exportOfAnUnknownPackIsAUsageError() throws {
    let run = try run("identify-schools", ["--export-pack", "nope"])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(
      run.stderr
        == "identify-schools: неизвестный пакет «nope»; доступны: \(Self.registered)\n")
  }

  // MARK: - track-indicators

  @Test func trackIndicatorsFollowsTheFilesProgramme() throws {
    try withPackFiles([("local.json", Self.attendanceCheck)]) { paths in
      let run = try run("track-indicators", ["--pack-file", paths[0], "--section", "monitoring"])
      #expect(run.status == 0, "\(run.stderr)")
      // On 01.03.2022 the new procedure's first window (01.09.2021–28.02.2022) has closed with no
      // record and its second (01.03–31.08.2022) is open: one more overdue and one more in
      // progress than krasnoyarsk's «Выполнено: 3, просрочено: 1, идёт: 2». The 3 done are the
      // bundled records: the file extends krasnoyarsk, so it reads the sample's programme files.
      #expect(run.stdout.contains("Выполнено: 3, просрочено: 2, идёт: 3"))
      #expect(
        run.stdout.contains(
          "• 28.02.2022 — Проверка посещаемости уроков, 1 из 2 (01.09.2021–28.02.2022)"))
      // `--pack krasnoyarsk` is the file's base, not a second programme.
      let withBase = try self.run(
        "track-indicators",
        ["--pack", "krasnoyarsk", "--pack-file", paths[0], "--section", "monitoring"])
      #expect(withBase.status == 0, "\(withBase.stderr)")
      #expect(withBase.stdout == run.stdout)
    }
  }

  @Test func trackIndicatorsNeedsExactlyOneProgramme() throws {
    try withPackFiles([("local.json", Self.attendanceCheck)]) { paths in
      let two = try run("track-indicators", ["--pack", "amur", "--pack-file", paths[0]])
      #expect(two.status == 2)
      #expect(two.stdout.isEmpty)
      #expect(
        two.stderr
          == "track-indicators: нужен ровно один пакет (одна программа), а --pack и --pack-file "
          + "дают 2: amur, krasnoyarsk.local\n")
      let list = try run("track-indicators", ["--pack", "amur,krasnoyarsk", "--lang", "en"])
      #expect(list.status == 2)
      #expect(
        list.stderr
          == "track-indicators: exactly one pack (one programme) is needed, but --pack and "
          + "--pack-file give 2: amur, krasnoyarsk\n")
    }
  }

  // MARK: - plan-support

  @Test func planSupportPlansWithTheFilesPack() throws {
    try withPackFiles([("local.json", Self.qualityGap12)]) { paths in
      let run = try run(
        "plan-support", ["--pack-file", paths[0], "--section", "roadmaps", "--format", "json"])
      #expect(run.status == 0, "\(run.stderr)")
      let root = try jsonObject(run.stdout)
      let packs = try #require(root["packs"] as? [[String: Any]])
      #expect(packs.map { $0["id"] as? String } == ["krasnoyarsk.local"])
      // СОШ №6 is ШНСУ only now (quality gap 11,33 ≤ 12): its roadmap has no ШНОР reason left.
      let schools = try #require(root["schools"] as? [[String: Any]])
      func categories(_ id: String) -> [String] {
        let school = schools.first { $0["id"] as? String == id }
        let list = school?["categories"] as? [[String: Any]] ?? []
        return list.compactMap { $0["id"] as? String }
      }
      #expect(schools.compactMap { $0["id"] as? String } == ["LES04", "LES05", "LES06"])
      #expect(categories("LES05") == ["unfavourable_social_conditions"])
      #expect(categories("LES06") == ["low_results", "unfavourable_social_conditions"])
      let les05 = try #require(schools.first { $0["id"] as? String == "LES05" })
      let reasons = (les05["entries"] as? [[String: Any]] ?? [])
        .flatMap { $0["reasons"] as? [[String: Any]] ?? [] }
      #expect(!reasons.isEmpty)
      #expect(!reasons.contains { $0["category"] as? String == "low_results" })
    }
  }

  // MARK: - custom-criterion

  @Test func customCriterionFileTunesTheHostPack() throws {
    try withPackFiles([("tuned.json", Self.hostThreshold88)]) { paths in
      let run = try run("custom-criterion", ["--pack-file", paths[0]])
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stdout.contains("Пакет правил: krasnoyarsk.host.tuned 1.1.0 — "))
      // Attendance below 88: only СОШ №6 (86,5); СОШ №8 88,9 and Лицей 89,4 are no longer below
      // (at 90 the table counted 3). The Swift-built rest of the pack is kept: continuation
      // threshold 55, and both schools stay ШНОР by their quality gaps.
      let markdown = try self.run(
        "custom-criterion", ["--pack-file", paths[0], "--format", "markdown"])
      #expect(try counts(markdown.stdout, "Посещаемость уроков ниже порога") == ["1", "8", "0"])
      #expect(markdown.stdout.contains("Посещаемость 86,5 % при пороге 88 %."))
      #expect(
        markdown.stdout.contains(
          "| Посещаемость уроков ниже порога — порог | 88 | 88 | "
            + "`krasnoyarsk.host.attendance_below.threshold` |"))
      #expect(
        markdown.stdout.contains(
          "| \(Self.continuation) — порог | 55 | 55 | `krasnoyarsk.continuation_below_60.threshold` |"
        ))
      let sections = ReportSections(run.stdout)
      #expect(sections.ids("low_results") == ["LES05", "LES06"])
      #expect(!sections.reasons("low_results", "LES06").contains { $0.contains("Посещаемость") })
    }
  }

  @Test func customCriterionFileMayNameTheHostMetric() throws {
    try withPackFiles([("attendance.json", Self.hostMetricCriterion)]) { paths in
      // A standard `threshold` block on the host's metric: 86,5 (СОШ №6) is the only value
      // below 87.
      let run = try run("custom-criterion", ["--pack-file", paths[0]])
      #expect(run.status == 0, "\(run.stderr)")
      let markdown = try self.run(
        "custom-criterion", ["--pack-file", paths[0], "--format", "markdown"])
      #expect(try counts(markdown.stdout, "Посещаемость уроков ниже 87 %") == ["1", "8", "0"])
      // The file replaces the tailored pack: the Swift criterion does not run.
      #expect(!run.stdout.contains("krasnoyarsk.host.attendance_below"))
      // identify-schools has the standard catalogue only. The metric's value begins on line 13,
      // column 19 (8 spaces, `"metric":` in columns 9–17, a space).
      let plain = try self.run("identify-schools", ["--pack-file", paths[0]])
      #expect(plain.status == 1)
      #expect(
        plain.stderr.hasPrefix(
          "identify-schools: \(paths[0]):13:19: add.criteria[0].metric: неизвестный показатель "
            + "«host.attendance_percent»"))
    }
  }

  // MARK: - Bad pack files, in every executable

  @Test(arguments: tools)
  func unknownKeyIsADataErrorAtItsLineColumnAndPath(_ tool: String) throws {
    try withPackFiles([("bad.json", Self.unknownKey)]) { paths in
      let run = try run(tool, ["--pack-file", paths[0]])
      #expect(run.status == 1)
      #expect(run.stdout.isEmpty)
      #expect(
        run.stderr
          == "\(tool): \(paths[0]):6:14: remove.critera: неизвестное поле «critera» (опечатка?)\n")
      let english = try self.run(tool, ["--pack-file", paths[0], "--lang", "en"])
      #expect(english.status == 1)
      #expect(
        english.stderr
          == "\(tool): \(paths[0]):6:14: remove.critera: unknown field 'critera' (a typo?)\n")
    }
  }

  @Test(arguments: tools)
  func unknownBasePackIsADataErrorAtExtends(_ tool: String) throws {
    try withPackFiles([("bad.json", Self.unknownBase)]) { paths in
      let run = try run(tool, ["--pack-file", paths[0]])
      #expect(run.status == 1)
      #expect(run.stdout.isEmpty)
      // custom-criterion also offers its own tailored pack as a base.
      let known =
        Self.registered
        + (tool == "custom-criterion" ? ", krasnoyarsk.host" : "")
      #expect(
        run.stderr
          == "\(tool): \(paths[0]):5:14: extends: базовый пакет «krasnoyarskk» не найден; "
          + "доступны: \(known)\n")
    }
  }

  @Test(arguments: tools)
  func missingPackFileIsADataError(_ tool: String) throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("no-such-pack-\(UUID().uuidString).json").path
    let run = try run(tool, ["--pack-file", path])
    #expect(run.status == 1)
    #expect(run.stderr == "\(tool): нет файла \(path)\n")
  }
}
