import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// ``CriterionDescription/Example``'s JSON form: schools by id, values by year and metric, the optional parts,
/// and what an example cannot say.
@Suite struct CriterionExampleJSONTests {
  static let json = """
    {"note": "two schools", "year": 2022,
     "schools": {"A": {"2021": {"results.quality_percent": 40},
                       "2022": {"results.quality_percent": 55, "results.success_percent": 90}},
                 "B": {}},
     "municipalities": {"B": "М2"}, "kinds": {"B": "basic"},
     "benchmarks": [{"scope": "municipality:М2", "year": 2022, "metric": "results.quality_percent",
                     "value": 61.5}],
     "parameters": {"p.threshold": 55}, "cohort": "municipality",
     "expected": {"A": "met", "B": "insufficient_data"}, "documented": false}
    """

  func decode(_ json: String) throws -> CriterionDescription.Example {
    try PackJSON.decoder().decode(CriterionDescription.Example.self, from: Data(json.utf8))
  }

  @Test func decodesEveryField() throws {
    let example = try decode(Self.json)
    #expect(example.note == "two schools")
    #expect(example.year == 2022)
    #expect(
      example.schools == [
        "A": [.resultsQualityPercent: [2021: 40, 2022: 55], .resultsSuccessPercent: [2022: 90]],
        "B": [:],
      ])
    #expect(example.municipalities == ["B": "М2"])
    #expect(example.kinds == ["B": .basic])
    #expect(
      example.benchmarks == [
        Benchmarks.Entry(
          scope: .municipality("М2"), year: 2022, metric: .resultsQualityPercent, value: 61.5)
      ])
    #expect(example.parameters == ["p.threshold": 55])
    #expect(example.cohort == .municipality)
    #expect(example.expected == ["A": .met, "B": .insufficientData])
    #expect(!example.isDocumented)
    // No Swift line to point at: the JSON path stands in.
    #expect(example.line == 1)
    #expect(example.fileID == "JSON/example")
  }

  @Test func leftOutPartsTakeTheInitialisersDefaults() throws {
    let example = try decode(
      #"{"year": 2022, "schools": {"A": {}}, "expected": {"A": "insufficient_data"}}"#)
    #expect(example.note == "")
    #expect(example.municipalities.isEmpty)
    #expect(example.kinds.isEmpty)
    #expect(example.benchmarks.isEmpty)
    #expect(example.parameters.isEmpty)
    #expect(example.cohort == .all)
    #expect(example.isDocumented)
  }

  @Test func writesYearsAsKeysAndLeavesEmptyPartsOut() throws {
    let example = CriterionDescription.Example(
      "n", year: 2022, schools: ["A": [.resultsQualityPercent: [2022: 0.1 + 0.2]]],
      expected: ["A": .notMet])
    let text = String(decoding: try PackJSON.encoder().encode(example), as: UTF8.self)
    #expect(
      text
        == #"{"cohort":"all","documented":true,"expected":{"A":"not_met"},"note":"n","#
        + #""schools":{"A":{"2022":{"results.quality_percent":0.30000000000000004}}},"year":2022}"#)
  }

  @Test func aFullExampleReadsBackTheSameAndWritesTheSameBytes() throws {
    let example = try decode(Self.json)
    let data = try PackJSON.encoder().encode(example)
    let again = try PackJSON.decoder().decode(CriterionDescription.Example.self, from: data)
    #expect(ExampleFields(again) == ExampleFields(example))
    #expect(try PackJSON.encoder().encode(again) == data)
  }

  @Test(
    "what an example cannot say, at its path",
    arguments: [
      // A year that is not a whole number.
      (#""2021": {"#, #""2021.5": {"#, ["schools", "A", "2021.5"]),
      // A status for a school the example does not have.
      (#""B": "insufficient_data"}"#, #""B": "insufficient_data", "C": "met"}"#, ["expected"]),
      // A school without a status.
      (#", "B": "insufficient_data"}"#, "}", ["expected"]),
      (#""kinds": {"B": "basic"}"#, #""kinds": {"C": "basic"}"#, ["kinds"]),
      (#""municipalities": {"B": "М2"}"#, #""municipalities": {"C": "М2"}"#, ["municipalities"]),
      (#""scope": "municipality:М2""#, #""scope": "district:М2""#, ["benchmarks", "[0]", "scope"]),
    ])
  func invalidValues(original: String, replacement: String, path: [String]) throws {
    #expect(Self.json.contains(original))
    let json = Self.json.replacingOccurrences(of: original, with: replacement)
    let issue = try #require(PackJSON.issue(decoding: json, as: CriterionDescription.Example.self))
    #expect(issue.path == path)
  }

  @Test func aRepeatedBenchmarkIsRejected() throws {
    let entry =
      #"{"scope": "region", "year": 2022, "metric": "results.quality_percent", "value": 1}"#
    let json = """
      {"year": 2022, "schools": {"A": {}}, "expected": {"A": "insufficient_data"},
       "benchmarks": [\(entry), \(entry)]}
      """
    let issue = try #require(PackJSON.issue(decoding: json, as: CriterionDescription.Example.self))
    #expect(issue.path == ["benchmarks"])
    #expect(
      issue.message(in: .english)
        == "invalid value 'region 2022 results.quality_percent': the benchmark for this scope, "
        + "year and metric is given twice")
  }

  @Test func anUnknownStatusIsADecodingError() throws {
    let json = Self.json.replacingOccurrences(of: #""A": "met""#, with: #""A": "yes""#)
    #expect(throws: DecodingError.self) { try decode(json) }
  }
}
