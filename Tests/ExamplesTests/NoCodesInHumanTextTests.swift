import Foundation
import Testing

// Issue 15: in every Russian and English text and Markdown output of the three tools, categories,
// statuses, metrics, roles, periodicities, criteria, indicators, procedures and measures appear by
// their titles, never as ids such as `low_results`, `insufficient_data` or `vpr.math.mean_mark`.
// Ids stay in JSON, CSV and `--describe` (not checked here), and in code font where a reader types
// one: a parameter key for `--set` is code in Markdown, and the one key a text shows as it is.
//
// The outputs are those of the bundled sample and of a generated region of 300 schools (every
// kind of school, missing cells, the four packs, undetermined schools and signs of non-objective
// results), in both languages and both formats.

/// An id-looking token: lowercase Latin words joined by `.` or `_` — `low_results`,
/// `vpr.math.mean_mark`, `krasnoyarsk.results_lowest_quarter` — outside Markdown code spans.
func idTokens(in text: String, markdown: Bool) -> [String] {
  var tokens: [String] = []
  let characters = Array(text)
  var index = 0
  var inCode = false
  func inID(_ character: Character) -> Bool {
    character.isASCII
      && (character.isLetter || character.isNumber || character == "_" || character == ".")
  }
  while index < characters.count {
    let character = characters[index]
    if markdown, character == "`" {
      inCode.toggle()
      index += 1
      continue
    }
    guard !inCode, character.isASCII, character.isLowercase,
      index == 0 || !inID(characters[index - 1])
    else {
      index += 1
      continue
    }
    var end = index
    while end < characters.count, inID(characters[end]) { end += 1 }
    var token = String(characters[index..<end])
    while token.hasSuffix(".") { token.removeLast() }
    if token.contains("_") || token.contains(".") { tokens.append(token) }
    index = end
  }
  return tokens
}

/// Tokens that look like ids and are not: abbreviations and file names.
private func isAllowed(_ token: String) -> Bool {
  ["p.p", "e.g", "i.e"].contains(token)
    || [".csv", ".txt", ".json"].contains { token.hasSuffix($0) }
}

@Suite(.serialized) struct NoCodesInHumanTextTests {
  /// A generated region of 300 schools, written once for the suite.
  static let region: Result<URL, ExampleRunnerError> = {
    do {
      let directory = try makeTemporaryDirectory()
      let made = try runExample(
        "make-region", [directory.path, "--schools", "300", "--seed", "1"])
      guard made.status == 0 else {
        return .failure(ExampleRunnerError(description: "make-region failed: \(made.status)"))
      }
      return .success(directory)
    } catch {
      return .failure(ExampleRunnerError(description: "\(error)"))
    }
  }()

  /// The generated region's data arguments.
  static func data() throws -> [String] {
    let directory = try region.get()
    return ["schools", "values", "benchmarks"].flatMap { name in
      ["--\(name)", directory.appendingPathComponent("\(name).csv").path]
    }
  }

  /// The parameter keys of the four packs: a text may show one as it is, since a reader types it.
  static func parameterKeys() throws -> Set<String> {
    let run = try runIdentifySchools([
      "--describe", "--format", "json", "--pack", "krasnoyarsk,amur,khabarovsk,krasnodar",
    ])
    let packs = try jsonObject(run.stdout)["packs"] as? [[String: Any]] ?? []
    return Set(
      packs.flatMap {
        ($0["parameters"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
      })
  }

  /// Schools of the region to explain: the first on a list and the first undetermined.
  static func regionSchools() throws -> [String] {
    let run = try runIdentifySchools(
      try data() + ["--pack", "krasnoyarsk,amur,khabarovsk,krasnodar", "--format", "json"])
    let schools = try jsonObject(run.stdout)["schools"] as? [[String: Any]] ?? []
    let listed = schools.first { !($0["categories"] as? [Any] ?? []).isEmpty }
    let open = schools.first { !($0["undetermined_categories"] as? [Any] ?? []).isEmpty }
    return [listed, open].compactMap { $0?["id"] as? String }
  }

  /// Every command checked, as (tool, arguments).
  static func commands() throws -> [(tool: String, arguments: [String])] {
    let region = try data()
    let directory = try Self.region.get()
    let all = ["--pack", "krasnoyarsk,amur,khabarovsk,krasnodar"]
    let programme = [
      "--reported", directory.appendingPathComponent("reported.csv").path,
      "--records", directory.appendingPathComponent("monitoring-records.csv").path,
    ]
    var commands: [(String, [String])] = [
      ("identify-schools", []),
      ("identify-schools", ["--school", "LES04"]),
      ("identify-schools", region + all),
      ("track-indicators", []),
      ("track-indicators", region + programme),
      ("plan-support", []),
      ("plan-support", region + ["--pack", "amur"]),
    ]
    for school in try regionSchools() {
      commands.append(("identify-schools", region + all + ["--school", school]))
    }
    return commands
  }

  @Test func textAndMarkdownNameEverythingByTitle() throws {
    let keys = try Self.parameterKeys()
    #expect(keys.contains("krasnoyarsk.low_results.min_supporting"))
    var leaks: [String: Set<String>] = [:]
    var checked = 0
    for (tool, arguments) in try Self.commands() {
      for language in ["ru", "en"] {
        for format in ["text", "markdown"] {
          let command = ([tool] + arguments + ["--format", format, "--lang", language])
          let run = try runExample(tool, Array(command.dropFirst()), timeout: 300)
          let output = String(decoding: run.stdout, as: UTF8.self)
          #expect(run.status == 0, "\(command.joined(separator: " ")): status \(run.status)")
          #expect(!output.isEmpty)
          checked += 1
          let markdown = format == "markdown"
          for token in idTokens(in: output, markdown: markdown) where !isAllowed(token) {
            // A parameter key is a name a reader types: code in Markdown, as it is in text.
            if !markdown, keys.contains(token) { continue }
            let name =
              "\(tool) \(format) \(language)" + (arguments.contains("--school") ? " --school" : "")
            leaks[name, default: []].insert(token)
          }
        }
      }
    }
    #expect(checked >= 28)
    let noLeaks = leaks.isEmpty
    #expect(
      noLeaks,
      "ids in human text: \(leaks.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.sorted().prefix(8))" })"
    )
  }

  @Test func theTokenizerFindsIDsAndSkipsCode() {
    #expect(
      idTokens(in: "нет vpr.math.mean_mark (2022).", markdown: false) == ["vpr.math.mean_mark"])
    #expect(
      idTokens(in: "• Лицей (S000014): non_objective_results", markdown: false) == [
        "non_objective_results"
      ])
    #expect(idTokens(in: "ключ `krasnoyarsk.low_results.min_supporting`", markdown: true).isEmpty)
    #expect(idTokens(in: "ключ krasnoyarsk.low_results.min_supporting", markdown: true).count == 1)
    #expect(idTokens(in: "10 p.p. below; LES05, S000014", markdown: false) == ["p.p"])
  }
}
