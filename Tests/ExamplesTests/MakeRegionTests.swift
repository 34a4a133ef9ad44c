import Foundation
import QualityKit
import RegionGenerator
import Testing

/// `make-region` run as a binary: the files it writes, its determinism, its dialects, its usage
/// errors, and the other examples run on what it writes.
@Suite struct MakeRegionTests {
  static func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
    let result = try runExample("make-region", arguments)
    return (result.status, String(decoding: result.stderr, as: UTF8.self))
  }

  static func files(in directory: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in RegionFiles.names {
      files[name] = try Data(contentsOf: directory.appendingPathComponent(name))
    }
    return files
  }

  @Test("the binary writes the five files the library generates, the same for the same seed")
  func determinism() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporaryDirectory(directory) }
    let arguments = ["--schools", "150", "--municipalities", "3", "--years", "2019-2022"]
    for (name, seed) in [("a", "5"), ("b", "5"), ("c", "6")] {
      let run = try Self.run(
        [directory.appendingPathComponent(name).path, "--seed", seed] + arguments)
      #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
    }
    let a = try Self.files(in: directory.appendingPathComponent("a"))
    let b = try Self.files(in: directory.appendingPathComponent("b"))
    let c = try Self.files(in: directory.appendingPathComponent("c"))
    #expect(a == b)
    #expect(a["values.csv"] != c["values.csv"])
    let library = RegionGenerator.generate(
      RegionOptions(schools: 150, municipalities: 3, years: [2019, 2020, 2021, 2022], seed: 5))
    for file in library.named {
      #expect(a[file.name] == Data(file.bytes), "\(file.name)")
    }
  }

  @Test("--excel writes ';', a decimal comma and a BOM; the default ',' and a decimal point")
  func excel() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporaryDirectory(directory) }
    let plain = directory.appendingPathComponent("plain")
    let excel = directory.appendingPathComponent("excel")
    #expect(try Self.run([plain.path, "--schools", "30"]).status == 0)
    #expect(try Self.run([excel.path, "--schools", "30", "--excel"]).status == 0)
    for name in RegionFiles.names {
      let plainBytes = try Data(contentsOf: plain.appendingPathComponent(name))
      let excelBytes = try Data(contentsOf: excel.appendingPathComponent(name))
      #expect(Array(excelBytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(name)")
      #expect(Array(plainBytes.prefix(3)) != [0xEF, 0xBB, 0xBF], "\(name)")
    }
    let plainValues = try String(
      contentsOf: plain.appendingPathComponent("values.csv"), encoding: .utf8)
    // Decoded without Foundation's BOM handling, which would drop the mark this test looks for.
    let excelValues = String(
      decoding: try Data(contentsOf: excel.appendingPathComponent("values.csv")), as: UTF8.self)
    #expect(plainValues.hasPrefix("school_id,year,ege.russian.mean_score,"))
    #expect(excelValues.hasPrefix("\u{FEFF}school_id;year;ege.russian.mean_score;"))
    #expect(excelValues.split(separator: "\n")[1].contains(/;\d+,\d/))
    #expect(!plainValues.split(separator: "\n")[1].contains(";"))
  }

  @Test(
    "identify-schools, track-indicators and plan-support run on a generated region",
    arguments: ["krasnoyarsk", "amur", "khabarovsk", "krasnodar"])
  func examplesRun(pack: String) throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporaryDirectory(directory) }
    let made = try Self.run([directory.path, "--schools", "200", "--pack", pack, "--excel"])
    #expect(made.status == 0, "\(made.stderr)")
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
    let data = [
      "--schools", path("schools.csv"), "--values", path("values.csv"), "--benchmarks",
      path("benchmarks.csv"), "--pack", pack,
    ]
    let identify = try runExample("identify-schools", data + ["--format", "json"])
    #expect(identify.status == 0, "\(String(decoding: identify.stderr, as: UTF8.self))")
    let root = try jsonObject(String(decoding: identify.stdout, as: UTF8.self))
    let schools = try #require(root["schools"] as? [[String: Any]])
    #expect(schools.count == 200)
    #expect(schools.contains { !(($0["categories"] as? [String]) ?? []).isEmpty })

    let track = try runExample(
      "track-indicators",
      data + ["--reported", path("reported.csv"), "--records", path("monitoring-records.csv")])
    let trackText = String(decoding: track.stdout, as: UTF8.self)
    #expect(track.status == 0, "\(String(decoding: track.stderr, as: UTF8.self))")
    // khabarovsk's document sets no targets: «цель не задана» is its status.
    #expect(
      ["достигнуто", "нет данных", "цель не задана"].contains { trackText.contains($0) })
    #expect(trackText.contains("выполнено") || trackText.contains("просрочено"))

    let plan = try runExample("plan-support", data)
    #expect(plan.status == 0, "\(String(decoding: plan.stderr, as: UTF8.self))")
    #expect(!plan.stdout.isEmpty)
  }

  @Test(
    "usage errors exit 2 with a Russian message, English with --lang en",
    arguments: [
      ([], "не указан каталог для файлов", "no output directory given"),
      (["/tmp/x"], "не указано --schools N", "--schools N is missing"),
      (["/tmp/x", "--schools", "abc"], "--schools: «abc»", "--schools: 'abc'"),
      (["/tmp/x", "--schools", "0"], "--schools: «0»", "--schools: '0'"),
      (["/tmp/x", "--schools", "5", "--seed", "-1"], "--seed: «-1»", "--seed: '-1'"),
      (
        ["/tmp/x", "--schools", "5", "--years", "2022-2020"], "--years: «2022-2020»",
        "--years: '2022-2020'"
      ),
      (
        ["/tmp/x", "--schools", "5", "--years", "2021,2020"], "--years: «2021,2020»",
        "--years: '2021,2020'"
      ),
      (
        ["/tmp/x", "--schools", "5", "--pack", "tula"], "--pack: неизвестный пакет «tula»",
        "--pack: unknown pack 'tula'"
      ),
      (
        ["/tmp/x", "/tmp/y", "--schools", "5"], "неизвестный аргумент «/tmp/y»",
        "unknown argument '/tmp/y'"
      ),
      (["/tmp/x", "--schools"], "после --schools нужно значение", "--schools needs a value"),
    ] as [([String], String, String)])
  func usageErrors(arguments: [String], russian: String, english: String) throws {
    let ru = try Self.run(arguments)
    #expect(ru.status == 2)
    #expect(ru.stderr.hasPrefix("make-region: " + russian), "\(ru.stderr)")
    #expect(ru.stderr.contains("Справка: make-region --help"))
    let en = try Self.run(arguments + ["--lang", "en"])
    #expect(en.status == 2)
    #expect(en.stderr.hasPrefix("make-region: " + english), "\(en.stderr)")
  }

  @Test("a directory that cannot be made is a run error (exit 1), not a crash")
  func unwritable() throws {
    let run = try Self.run(["/dev/null/region", "--schools", "5"])
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("make-region: не удалось записать файлы в /dev/null/region"))
  }

  @Test("--help prints the usage in the language asked for")
  func help() throws {
    let ru = try runExample("make-region", ["--help"])
    #expect(ru.status == 0)
    #expect(String(decoding: ru.stdout, as: UTF8.self).contains("make-region КАТАЛОГ --schools N"))
    let en = try runExample("make-region", ["--help", "--lang", "en"])
    #expect(String(decoding: en.stdout, as: UTF8.self).contains("make-region DIR --schools N"))
  }
}
