/// The JSON form of a worked example:
///
/// ```json
/// {"note": "< 60: 55 → met, 60 → not met, no value → insufficient data", "year": 2022,
///  "schools": {"A": {"2022": {"continuation.grade10.percent": 55}},
///              "B": {"2022": {"continuation.grade10.percent": 60}}, "C": {}},
///  "municipalities": {"A": "М1"}, "kinds": {"B": "basic"},
///  "benchmarks": [{"scope": "region", "year": 2022, "metric": "ege.russian.mean_score",
///                  "value": 70}],
///  "parameters": {"krasnoyarsk.continuation_below_60.threshold": 55},
///  "cohort": "all", "expected": {"A": "met", "B": "not_met", "C": "insufficient_data"},
///  "documented": true}
/// ```
///
/// Schools are keyed by id, their values by end year (written as an object key) and then metric.
/// `municipalities`, `kinds`, `benchmarks` and `parameters` are written only when not empty;
/// `note`, `cohort` and `documented` may be left out (empty, `all`, `true`, as in
/// ``CriterionDescription/Example/init(_:year:schools:municipalities:kinds:benchmarks:parameters:cohort:expected:isDocumented:fileID:filePath:line:column:)``)
/// but are always written. Statuses, kinds, cohort and benchmark scopes are their raw values
/// (``CriterionResult/Status``, ``School/Kind``, ``Cohort/Scope``, `region` / `municipality:<name>`).
///
/// Objects become Swift dictionaries, so the order of keys is whatever the encoder makes it; the
/// pack exporter sorts keys, which makes the output deterministic. A metric given with no year at
/// all is not written (it carries no value, so the example's results do not change).
///
/// A decoded example has no Swift source line: it records its JSON path as its `fileID` and
/// `filePath` (line 1), so a failing example names where it sits in the pack.
extension CriterionDescription.Example: Codable {
  private enum CodingKeys: String, CodingKey {
    case note, year, schools, municipalities, kinds, benchmarks, parameters, cohort, expected
    case documented
  }

  /// A benchmark entry as the example writes it: the scope as in benchmark files.
  private struct BenchmarkObject: Codable {
    let scope: String
    let year: AcademicYear
    let metric: MetricKey
    let value: Double
  }

  /// Decodes an example from its JSON object.
  ///
  /// - Throws: `DecodingError` for a missing key, a wrong type or an unknown status, kind or cohort;
  ///   ``PackFileError/FormatIssue`` at `schools.<id>.<year>` for a year that is not a whole number, at
  ///   `benchmarks[i].scope` for an unknown scope, at `benchmarks` for a repeated or non-finite
  ///   entry, at `expected`, `municipalities` or `kinds` for a school id that is not in `schools`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let note = try container.decodeIfPresent(String.self, forKey: .note) ?? ""
    let year = try container.decode(AcademicYear.self, forKey: .year)
    // String keys throughout: a dictionary keyed by `MetricKey` would be coded as an array of pairs.
    let written = try container.decode(
      [String: [String: [String: Double]]].self, forKey: .schools)
    let municipalities =
      try container.decodeIfPresent([String: String].self, forKey: .municipalities) ?? [:]
    let kinds = try container.decodeIfPresent([String: School.Kind].self, forKey: .kinds) ?? [:]
    let benchmarkObjects =
      try container.decodeIfPresent([BenchmarkObject].self, forKey: .benchmarks) ?? []
    let parameters =
      try container.decodeIfPresent([String: Double].self, forKey: .parameters) ?? [:]
    let cohort = try container.decodeIfPresent(Cohort.Scope.self, forKey: .cohort) ?? .all
    let expected = try container.decode([String: CriterionResult.Status].self, forKey: .expected)
    let isDocumented = try container.decodeIfPresent(Bool.self, forKey: .documented) ?? true

    var schools: [SchoolID: [MetricKey: [Int: Double]]] = [:]
    for (school, years) in written {
      var cells: [MetricKey: [Int: Double]] = [:]
      for (yearText, values) in years {
        // Only the canonical spelling: "+2022" or "02022" would be a different key for the same year.
        guard let end = Int(yearText), String(end) == yearText else {
          throw BlockChecks.invalid(
            yearText, ru: "год — целое число (год окончания учебного года), например \"2022\"",
            en: "a year is a whole number (the year the academic year ends), e.g. \"2022\"",
            at: container.codingPath + [
              CodingKeys.schools, BlockPathKey(school), BlockPathKey(yearText),
            ])
        }
        for (metric, value) in values { cells[MetricKey(metric), default: [:]][end] = value }
      }
      schools[SchoolID(school)] = cells
    }
    let schoolIDs = Set(written.keys)
    try Self.check(Set(expected.keys) == schoolIDs, .expected, container, every: true)
    try Self.check(Set(municipalities.keys).isSubset(of: schoolIDs), .municipalities, container)
    try Self.check(Set(kinds.keys).isSubset(of: schoolIDs), .kinds, container)

    var benchmarks: [Benchmarks.Entry] = []
    for (index, object) in benchmarkObjects.enumerated() {
      guard let scope = Benchmarks.Scope(object.scope) else {
        throw BlockChecks.invalid(
          object.scope, ru: "область эталона — region или municipality:<название>",
          en: "a benchmark scope is region or municipality:<name>",
          at: container.codingPath + [
            CodingKeys.benchmarks, BlockPathKey(index: index), BlockPathKey("scope"),
          ])
      }
      benchmarks.append(
        Benchmarks.Entry(
          scope: scope, year: object.year, metric: object.metric, value: object.value))
    }
    do {
      _ = try Benchmarks(benchmarks)
    } catch {
      // JSON has no NaN or infinity, so only a repeated entry can arrive here; `Benchmarks(_:)`
      // throws no kind but the two benchmark ones.
      let value: String
      switch error.kind {
      case .duplicateBenchmark(let entry), .notFiniteBenchmark(let entry):
        value = "\(entry.scope) \(entry.year.endYear) \(entry.metric)"
      default: value = error.message(in: .english)
      }
      throw BlockChecks.invalid(
        value,
        ru: "эталон для этой области, года и показателя повторяется",
        en: "the benchmark for this scope, year and metric is given twice",
        at: container.codingPath + [CodingKeys.benchmarks])
    }

    let path = Self.pathText(decoder.codingPath)
    self.init(
      note, year: year, schools: schools,
      municipalities: Dictionary(uniqueKeysWithValues: municipalities.map { (SchoolID($0), $1) }),
      kinds: Dictionary(uniqueKeysWithValues: kinds.map { (SchoolID($0), $1) }),
      benchmarks: benchmarks,
      parameters: Dictionary(uniqueKeysWithValues: parameters.map { (ParameterKey($0), $1) }),
      cohort: cohort,
      expected: Dictionary(uniqueKeysWithValues: expected.map { (SchoolID($0), $1) }),
      isDocumented: isDocumented, fileID: "JSON/\(path.isEmpty ? "example" : path)",
      filePath: path, line: 1, column: 1)
  }

  /// `criteria[3].examples[0]`.
  private static func pathText(_ path: [any CodingKey]) -> String {
    var text = ""
    for key in path {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += (text.isEmpty ? "" : ".") + key.stringValue
      }
    }
    return text
  }

  /// Throws at `key` unless `condition`: the schools of `key` must be those of `schools` (`every`)
  /// or some of them.
  private static func check(
    _ condition: Bool, _ key: CodingKeys, _ container: KeyedDecodingContainer<CodingKeys>,
    every: Bool = false
  ) throws(PackFileError.FormatIssue) {
    guard !condition else { return }
    throw BlockChecks.invalid(
      key.stringValue,
      ru: every
        ? "ожидаемый статус нужен каждой школе из schools и только им"
        : "школы должны быть из schools",
      en: every
        ? "every school of schools, and only those, needs an expected status"
        : "the schools must be among schools",
      at: container.codingPath + [key])
  }

  /// Encodes the example as its JSON object.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(note, forKey: .note)
    try container.encode(year, forKey: .year)
    var written: [String: [String: [String: Double]]] = [:]
    for (school, metrics) in schools {
      var years: [String: [String: Double]] = [:]
      for (metric, values) in metrics {
        for (end, value) in values { years[String(end), default: [:]][metric.rawValue] = value }
      }
      written[school.rawValue] = years
    }
    try container.encode(written, forKey: .schools)
    if !municipalities.isEmpty {
      try container.encode(
        Dictionary(uniqueKeysWithValues: municipalities.map { ($0.rawValue, $1) }),
        forKey: .municipalities)
    }
    if !kinds.isEmpty {
      try container.encode(
        Dictionary(uniqueKeysWithValues: kinds.map { ($0.rawValue, $1) }), forKey: .kinds)
    }
    if !benchmarks.isEmpty {
      try container.encode(
        benchmarks.map {
          BenchmarkObject(
            scope: $0.scope.description, year: $0.year, metric: $0.metric, value: $0.value)
        }, forKey: .benchmarks)
    }
    if !parameters.isEmpty {
      // String keys: a dictionary keyed by `ParameterKey` would be coded as an array of pairs.
      try container.encode(
        Dictionary(uniqueKeysWithValues: parameters.map { ($0.rawValue, $1) }), forKey: .parameters)
    }
    try container.encode(cohort, forKey: .cohort)
    try container.encode(
      Dictionary(uniqueKeysWithValues: expected.map { ($0.rawValue, $1) }), forKey: .expected)
    try container.encode(isDocumented, forKey: .documented)
  }
}
