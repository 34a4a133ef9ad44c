import Foundation
import QualityKitTestSupport
import Testing

// Test-side helpers for the example tests: editable copies of the bundled sample and
// readers for the text, Markdown, CSV and JSON reports.

// MARK: - Sample files

/// The three sample files as bytes, to be edited and written to a temporary directory.
struct SampleFiles: Sendable {
  var contents: [String: Data]

  static func bundled() throws -> SampleFiles {
    var contents: [String: Data] = [:]
    for name in ["schools.csv", "values.csv", "benchmarks.csv"] {
      contents[name] = try Data(contentsOf: SourceTree.sample(name))
    }
    return SampleFiles(contents: contents)
  }

  func text(_ name: String) -> String {
    String(decoding: contents[name] ?? Data(), as: UTF8.self)
  }

  mutating func setText(_ text: String, _ name: String) {
    contents[name] = Data(text.utf8)
  }

  func table(_ name: String) -> SimpleTable { SimpleTable(text(name)) }

  mutating func setTable(_ table: SimpleTable, _ name: String) {
    setText(table.text, name)
  }

  /// Writes the files into a new temporary directory and returns it.
  func write() throws -> URL {
    let directory = try makeTemporaryDirectory()
    for (name, data) in contents {
      try data.write(to: directory.appendingPathComponent(name))
    }
    return directory
  }

  /// `--schools … --values … --benchmarks …` for the files written into `directory`.
  func arguments(in directory: URL) -> [String] {
    [
      "--schools", directory.appendingPathComponent("schools.csv").path,
      "--values", directory.appendingPathComponent("values.csv").path,
      "--benchmarks", directory.appendingPathComponent("benchmarks.csv").path,
    ]
  }
}

/// A `;`-separated file without quoting, as the sample is (Examples/Data/README.md).
struct SimpleTable: Sendable {
  var header: [String]
  var rows: [[String]]

  init(_ text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
    let cells = lines.map {
      $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
    }
    header = cells.first ?? []
    rows = Array(cells.dropFirst())
  }

  /// The 1-based column of `name`.
  func column(_ name: String) -> Int? {
    header.firstIndex(of: name).map { $0 + 1 }
  }

  mutating func removeColumn(_ index: Int) {
    header.remove(at: index)
    for row in rows.indices { rows[row].remove(at: index) }
  }

  mutating func reorderColumns(_ order: [Int]) {
    header = order.map { header[$0] }
    rows = rows.map { row in order.map { row[$0] } }
  }

  var text: String {
    ([header] + rows).map { $0.joined(separator: ";") }.joined(separator: "\n") + "\n"
  }
}

// MARK: - Reading the output

/// The category sections of a text or Markdown report: which schools each lists, and the reasons
/// of each school — the criterion titles after « — » on its line, «; »-separated, after
/// «. Критерии: » when the line first gives the severity or the packs.
struct ReportSections {
  private(set) var headings: [String] = []
  private var schools: [String: [(id: String, reasons: [String])]] = [:]

  init(_ report: String) {
    let lines = report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var section: String?
    for (index, line) in lines.enumerated() {
      let next = index + 1 < lines.count ? lines[index + 1] : ""
      let underlined = !next.isEmpty && next.allSatisfy { $0 == "-" || $0 == "=" }
      if line.hasPrefix("#") || (underlined && !line.isEmpty) {
        let heading = String(line.drop { $0 == "#" || $0 == " " })
        headings.append(heading)
        section =
          heading.contains("ШНОР")
          ? "low_results" : heading.contains("ШНСУ") ? "unfavourable_social_conditions" : nil
        continue
      }
      guard let section else { continue }
      // "• Name (ID) — reason; reason", with ", municipality" after the id when there are several
      // and "severity; packs: …. Критерии: " before the reasons when the run says more.
      let parts = line.components(separatedBy: " — ")
      var head = parts[0]
      if let comma = head.range(of: "), ", options: .backwards) {
        head = String(head[..<comma.lowerBound]) + ")"
      }
      if line.hasPrefix("• ") || line.hasPrefix("- "), head.hasSuffix(")"),
        let open = head.lastIndex(of: "(")
      {
        let id = String(head[head.index(after: open)..<head.index(before: head.endIndex)])
        var reasons = parts.dropFirst().joined(separator: " — ")
        for marker in [". Критерии: ", ". Criteria: "] {
          if let notes = reasons.range(of: marker) {
            reasons = String(reasons[notes.upperBound...])
          }
        }
        schools[section, default: []].append(
          (id, reasons.isEmpty ? [] : reasons.components(separatedBy: "; ")))
      }
    }
  }

  /// The school ids listed under `category`, in report order.
  func ids(_ category: String) -> [String] {
    (schools[category] ?? []).map(\.id)
  }

  /// The reason lines under school `id` in `category`.
  func reasons(_ category: String, _ id: String) -> [String] {
    (schools[category] ?? []).first { $0.id == id }?.reasons ?? []
  }
}

/// Parses RFC 4180 CSV with `delimiter` (quoted fields may hold delimiters, quotes and newlines).
func parseCSV(_ text: String, delimiter: Character) -> [[String]] {
  var records: [[String]] = []
  var record: [String] = []
  var field = ""
  var quoted = false
  var closedQuote = false
  for character in text {
    if quoted {
      if character == "\"" {
        quoted = false
        closedQuote = true
      } else {
        field.append(character)
      }
      continue
    }
    if closedQuote {
      closedQuote = false
      if character == "\"" {  // "" inside a quoted field
        field.append("\"")
        quoted = true
        continue
      }
    }
    switch character {
    case "\"": quoted = true
    case delimiter:
      record.append(field)
      field = ""
    case "\n", "\r\n":
      record.append(field)
      records.append(record)
      record = []
      field = ""
    default: field.append(character)
    }
  }
  if !field.isEmpty || !record.isEmpty {
    record.append(field)
    records.append(record)
  }
  return records
}

/// Whitespace collapsed and end-of-line hyphenation joined («культурно-\n образовательным» →
/// «культурно-образовательным»), so that a quote can be found in the wrapped seed text.
func normalisedQuoteText(_ text: String, droppingLineEndHyphens: Bool = false) -> String {
  let words = text.split(whereSeparator: { $0.isWhitespace })
  var result = ""
  for word in words {
    if !result.isEmpty, !(result.hasSuffix("-") && result.dropLast().last?.isLetter == true) {
      result.append(" ")
    } else if droppingLineEndHyphens, result.hasSuffix("-"), word.first?.isLetter == true {
      // «эф-⏎фективный» quoted as the word it is, «эффективный».
      result.removeLast()
    }
    result += word
  }
  return result
}

func jsonObject(_ text: String) throws -> [String: Any] {
  let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
  return try #require(object as? [String: Any], "a JSON object")
}

func double(_ value: Any?) -> Double? {
  (value as? NSNumber)?.doubleValue
}

func int(_ value: Any?) -> Int? {
  guard let number = (value as? NSNumber)?.doubleValue, number == number.rounded(),
    abs(number) < 1e15
  else { return nil }
  return Int(number)
}
