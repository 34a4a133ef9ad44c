import Foundation
import QualityKit
import QualityRules

/// `qualitykit-benchmark`: times load, identify and JSON writing in one process, best of N runs;
/// with `--html FILE`, the HTML document of the same report as well; with `--csv FILE` the CSV of
/// its main table (school × criterion) and with `--write-xlsx FILE` the workbook of all its tables;
/// with `--xlsx FILE`, the load again with the values read from that workbook instead of
/// `values.csv`; with `--plan FILE`, the support plan of the same report (`SupportPlanner`) and
/// its JSON to FILE and its text to FILE.txt, as `plan-support` writes them.
///
///     swift build -c release --product qualitykit-benchmark
///     .build/release/qualitykit-benchmark DIR [--packs krasnoyarsk|all] [--runs 5] [--out FILE]
///         [--html FILE] [--csv FILE] [--write-xlsx FILE] [--xlsx DIR/values.xlsx] [--plan FILE]
///
/// DIR holds `schools.csv`, `values.csv` and `benchmarks.csv` as `make-region` writes them. Prints
/// one line per phase with the best and median times, the JSON (and HTML) size and the process's
/// peak resident memory. The HTML, CSV and XLSX phases are timed after the total, which stays
/// load + identify + JSON as before. `qualitykit-benchmark --zip [ROWS] [--runs N]` times the ZIP
/// layer instead (``ZipBenchmark``).
@main
struct QualityKitBenchmark {
  static func main() throws {
    var arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "--zip" {
      ZipBenchmark.run(Array(arguments.dropFirst()))
      return
    }
    guard let directory = arguments.first, !directory.hasPrefix("--") else {
      print(
        "usage: qualitykit-benchmark DIR [--packs krasnoyarsk|all] [--runs N] [--out FILE] "
          + "[--html FILE] [--csv FILE] [--write-xlsx FILE] [--xlsx VALUES.xlsx] [--plan FILE]")
      exit(2)
    }
    arguments.removeFirst()
    var packsName = "krasnoyarsk"
    var runs = 5
    var out = "/dev/null"
    var html: String?
    var csv: String?
    var writeXlsx: String?
    var xlsx: String?
    var plan: String?
    while let flag = arguments.first {
      arguments.removeFirst()
      let value = arguments.isEmpty ? "" : arguments.removeFirst()
      switch flag {
      case "--packs": packsName = value
      case "--runs": runs = max(1, Int(value) ?? 5)
      case "--out": out = value
      case "--html": html = value
      case "--csv": csv = value
      case "--write-xlsx": writeXlsx = value
      case "--xlsx": xlsx = value
      case "--plan": plan = value
      default:
        print("unknown flag \(flag)")
        exit(2)
      }
    }
    let packs = packsName == "all" ? DefaultPacks.all : try DefaultPacks.packs(named: packsName)
    let base = URL(fileURLWithPath: directory)
    var phases: [String: [Double]] = [:]
    var size = 0
    var htmlSize = 0
    var sizes: [String: Int] = [:]
    var schools = 0
    for _ in 0..<runs {
      let start = DispatchTime.now()
      let data = try DatasetLoader.load(
        schools: base.appendingPathComponent("schools.csv"),
        values: [base.appendingPathComponent("values.csv")],
        benchmarks: base.appendingPathComponent("benchmarks.csv"))
      let loaded = DispatchTime.now()
      let report = try Identifier(packs: packs).identify(data.dataset, benchmarks: data.benchmarks)
      let identified = DispatchTime.now()
      var output = try FileOutput(path: out)
      ReportFormat.json.write(report, to: &output)
      output.flush()
      let written = DispatchTime.now()
      phases["1 load", default: []].append(seconds(start, loaded))
      phases["2 identify", default: []].append(seconds(loaded, identified))
      phases["3 write json", default: []].append(seconds(identified, written))
      phases["4 total", default: []].append(seconds(start, written))
      schools = report.schools.count
      if out != "/dev/null" {
        size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
      }
      if let html {
        // The document is built and drawn: what `--format html` does after identifying.
        let start = DispatchTime.now()
        var output = try FileOutput(path: html)
        ReportFormat.html.write(report, to: &output)
        output.flush()
        phases["5 write html", default: []].append(seconds(start, DispatchTime.now()))
        htmlSize = (try? FileManager.default.attributesOfItem(atPath: html)[.size] as? Int) ?? 0
      }
      if let xlsx {
        // The same load with the values from a workbook (`Benchmarks/make-xlsx.py DIR`): phase 1
        // is its CSV twin.
        let start = DispatchTime.now()
        _ = try DatasetLoader.load(
          schools: base.appendingPathComponent("schools.csv"), values: [URL(fileURLWithPath: xlsx)],
          benchmarks: base.appendingPathComponent("benchmarks.csv"))
        phases["6 load, values from xlsx", default: []].append(seconds(start, DispatchTime.now()))
        // Of which: opening the book, inflating the sheet and turning it into CSV text.
        let open = DispatchTime.now()
        _ = try Workbook(contentsOf: URL(fileURLWithPath: xlsx)).source()
        phases["7 of 6: sheet to CSV text", default: []].append(seconds(open, DispatchTime.now()))
      }
      for (phase, path, format) in [
        ("8 write csv", csv, ReportFormat.csv), ("9 write xlsx", writeXlsx, ReportFormat.xlsx),
      ] {
        guard let path else { continue }
        let start = DispatchTime.now()
        var output = try FileOutput(path: path)
        format.write(report, to: &output)
        output.flush()
        phases[phase, default: []].append(seconds(start, DispatchTime.now()))
        sizes[phase] = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
      }
      if let plan {
        // What `plan-support` does after identifying: plan the next year, then write the plan.
        let start = DispatchTime.now()
        let made = try SupportPlanner(packs: packs).plan(
          for: report, year: AcademicYear(report.year.endYear + 1))
        let planned = DispatchTime.now()
        phases["10 plan", default: []].append(seconds(start, planned))
        let social = packs.flatMap(\.indices).first { $0.id.rawValue.hasSuffix("social_wellbeing") }
        _ = try PartnerMatcher(options: PartnerMatcher.Options(capacity: 2, socialIndex: social))
          .match(report, dataset: data.dataset)
        phases["10b match partners", default: []].append(seconds(planned, DispatchTime.now()))
        for (phase, path, format) in [
          ("11 write plan json", plan, ReportFormat.json),
          ("12 write plan text", plan + ".txt", .text),
        ] {
          let start = DispatchTime.now()
          var output = try FileOutput(path: path)
          format.write(made, to: &output)
          output.flush()
          phases[phase, default: []].append(seconds(start, DispatchTime.now()))
          sizes[phase] =
            (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        }
      }
    }
    print(
      "schools: \(schools), packs: \(packs.map(\.id.rawValue).joined(separator: ",")), runs: \(runs)"
    )
    for (phase, times) in phases.sorted(by: { $0.key < $1.key }) {
      let sorted = times.sorted()
      print(
        "\(phase): best \(format(sorted[0])) s, median \(format(sorted[sorted.count / 2])) s")
    }
    if size > 0 { print("json: \(size) bytes") }
    if htmlSize > 0 { print("html: \(htmlSize) bytes") }
    for (phase, size) in sizes.sorted(by: { $0.key < $1.key }) {
      print("\(phase.dropFirst(8)): \(size) bytes")
    }
    print("peak RSS: \(peakResidentKilobytes() / 1024) MB")
  }

  static func seconds(_ from: DispatchTime, _ to: DispatchTime) -> Double {
    Double(to.uptimeNanoseconds - from.uptimeNanoseconds) / 1e9
  }

  static func format(_ value: Double) -> String { String(format: "%.3f", value) }

  static func peakResidentKilobytes() -> Int {
    var usage = rusage()
    #if os(Linux)
      getrusage(RUSAGE_SELF.rawValue, &usage)
      return usage.ru_maxrss
    #else
      getrusage(RUSAGE_SELF, &usage)
      return usage.ru_maxrss / 1024
    #endif
  }
}
