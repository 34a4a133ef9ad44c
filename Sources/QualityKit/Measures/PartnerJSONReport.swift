/// Writes a ``PartnerMatching`` as JSON in the `qualitykit.partners/1` schema.
///
/// Keys are written in a fixed order, numbers with at most six decimals, pairs and unmatched
/// schools in the order served and loads by school id, so the same input gives byte-identical
/// output. Each pair, unmatched school and load sits on one line. Titles carry both languages;
/// explanations are in the writer's language. A value hidden by small-cell suppression is `null`
/// with `"suppressed": true` in the school's object.
///
/// ```json
/// {
///   "schema": "qualitykit.partners/1",
///   "language": "ru",
///   "year": 2022,
///   "capacity": 2,
///   "strength": {"id": "partners.strength", "title": {"ru": "…", "en": "…"},
///     "components": [{"metric": "ege.russian.mean_score", "direction": "+", "weight": 1}, …],
///     "window": 1, "quantile": 0.5, "threshold": 0.1},
///   "social_index": {"id": "index.social_wellbeing", "title": {"ru": "…", "en": "…"}},
///   "minimum_group_size": 5,
///   "candidates": {"schools": 10, "identified": 3, "undetermined": 0, "no_strength_data": 1,
///     "small_group": 0, "below_threshold": 4, "strong": 2},
///   "pairs": [
///     {"priority": 1, "school": {"id": "S1", "name": "…", "municipality": "М", "strength": -0.8,
///      "social_index": 0.12, "categories": ["low_results"], "severity": "crisis"},
///      "partner": {"id": "S4", …}, "choice": "same_municipality", "social_difference": 0.18,
///      "tied_with": null, "explanation": "…"}
///   ],
///   "unmatched": [
///     {"priority": 3, "school": {…}, "reason": "no_free_capacity", "explanation": "…"}
///   ],
///   "loads": [
///     {"partner": {"id": "S4", …}, "count": 2, "schools": ["S1", "S2"]}
///   ]
/// }
/// ```
///
/// - Complexity: O(p + u + s) for p pairs, u unmatched and s strong schools.
struct PartnerJSONReport: Sendable {
  /// The language of explanations.
  var language: Language

  /// Creates a writer.
  init(language: Language = .russian) { self.language = language }

  /// Writes `matching` as a document of its own.
  ///
  /// - Complexity: O(p + u + s).
  func write(_ matching: PartnerMatching, to output: inout some TextOutputStream) {
    var buffer = ByteBuffer(capacity: 4096)
    append(matching, indent: 0, to: &buffer)
    buffer.append("\n")
    output.write(buffer.string)
  }

  /// Appends `matching` as one JSON object, its lines after the first indented by `indent` spaces:
  /// the entry point for reports of the library that embed the pairs.
  ///
  /// - Complexity: O(p + u + s).
  func append(_ matching: PartnerMatching, indent: Int, to buffer: inout ByteBuffer) {
    let pad = String(repeating: " ", count: max(indent, 0))
    let options = matching.options
    func key(_ name: String) {
      buffer.append(",\n")
      buffer.append(string: pad)
      buffer.append("  ")
      buffer.appendJSONString(name)
      buffer.append(": ")
    }
    buffer.append("{\n")
    buffer.append(string: pad)
    buffer.append("  \"schema\": \"qualitykit.partners/1\"")
    key("language")
    buffer.appendJSONString(language.rawValue)
    key("year")
    buffer.append(int: matching.year.endYear)
    key("capacity")
    buffer.append(int: options.capacity)
    key("strength")
    buffer.append("{\"id\": ")
    buffer.appendJSONString(options.strength.id.rawValue)
    buffer.append(", \"title\": ")
    append(options.strength.title, to: &buffer)
    buffer.append(", \"components\": [")
    for (index, component) in options.strength.components.enumerated() {
      if index > 0 { buffer.append(", ") }
      buffer.append("{\"metric\": ")
      buffer.appendJSONString(component.metric.rawValue)
      buffer.append(", \"direction\": ")
      buffer.appendJSONString(component.direction.rawValue)
      buffer.append(", \"weight\": ")
      buffer.appendJSON(number: component.weight)
      buffer.append("}")
    }
    buffer.append("], \"window\": ")
    buffer.append(int: options.strength.window)
    buffer.append(", \"quantile\": ")
    buffer.appendJSON(number: options.strengthQuantile)
    buffer.append(", \"threshold\": ")
    buffer.appendJSON(number: matching.strengthThreshold)
    buffer.append("}")
    key("social_index")
    if let index = options.socialIndex {
      buffer.append("{\"id\": ")
      buffer.appendJSONString(index.id.rawValue)
      buffer.append(", \"title\": ")
      append(index.title, to: &buffer)
      buffer.append("}")
    } else {
      buffer.append("null")
    }
    key("minimum_group_size")
    buffer.append(int: matching.minimumGroupSize)
    key("candidates")
    let counts = matching.candidates
    let countPairs: [(String, Int)] = [
      ("schools", counts.schools), ("identified", counts.identified),
      ("undetermined", counts.undetermined), ("no_strength_data", counts.noStrengthData),
      ("small_group", counts.smallGroup), ("below_threshold", counts.belowThreshold),
      ("strong", counts.strong),
    ]
    buffer.append("{")
    for (index, (name, value)) in countPairs.enumerated() {
      if index > 0 { buffer.append(", ") }
      buffer.appendJSONString(name)
      buffer.append(": ")
      buffer.append(int: value)
    }
    buffer.append("}")

    func item(_ index: Int) {
      buffer.append(index == 0 ? "\n" : ",\n")
      buffer.append(string: pad)
      buffer.append("    ")
    }
    func close(_ isEmpty: Bool) {
      if isEmpty {
        buffer.append("]")
      } else {
        buffer.append("\n")
        buffer.append(string: pad)
        buffer.append("  ]")
      }
    }
    key("pairs")
    buffer.append("[")
    for (index, pair) in matching.pairs.enumerated() {
      item(index)
      buffer.append("{\"priority\": ")
      buffer.append(int: pair.priority)
      buffer.append(", \"school\": ")
      append(pair.school, categories: pair.categories, severity: pair.severity, to: &buffer)
      buffer.append(", \"partner\": ")
      append(pair.partner, to: &buffer)
      buffer.append(", \"choice\": ")
      buffer.appendJSONString(pair.choice.rawValue)
      buffer.append(", \"social_difference\": ")
      buffer.appendJSON(number: pair.school.mayShowValues ? pair.socialDifference : nil)
      buffer.append(", \"tied_with\": ")
      if let tied = pair.tiedWith {
        buffer.appendJSONString(tied.rawValue)
      } else {
        buffer.append("null")
      }
      buffer.append(", \"explanation\": ")
      buffer.appendJSONString(pair.explanation[language])
      buffer.append("}")
    }
    close(matching.pairs.isEmpty)
    key("unmatched")
    buffer.append("[")
    for (index, entry) in matching.unmatched.enumerated() {
      item(index)
      buffer.append("{\"priority\": ")
      buffer.append(int: entry.priority)
      buffer.append(", \"school\": ")
      append(entry.school, categories: entry.categories, severity: entry.severity, to: &buffer)
      buffer.append(", \"reason\": ")
      buffer.appendJSONString(entry.reason.rawValue)
      buffer.append(", \"explanation\": ")
      buffer.appendJSONString(entry.explanation[language])
      buffer.append("}")
    }
    close(matching.unmatched.isEmpty)
    key("loads")
    buffer.append("[")
    for (index, load) in matching.loads.enumerated() {
      item(index)
      buffer.append("{\"partner\": ")
      append(load.partner, to: &buffer)
      buffer.append(", \"count\": ")
      buffer.append(int: load.count)
      buffer.append(", \"schools\": [")
      for (number, school) in load.schools.enumerated() {
        if number > 0 { buffer.append(", ") }
        buffer.appendJSONString(school.rawValue)
      }
      buffer.append("]}")
    }
    close(matching.loads.isEmpty)
    buffer.append("\n")
    buffer.append(string: pad)
    buffer.append("}")
  }

  /// `{"id", "name", "municipality", "strength", "social_index"[, "suppressed"]` and, for an
  /// identified school, `"categories", "severity"`, then `}`.
  private func append(
    _ profile: PartnerMatching.Profile, categories: [SchoolCategory]? = nil,
    severity: Severity? = nil, to buffer: inout ByteBuffer
  ) {
    let show = profile.mayShowValues
    buffer.append("{\"id\": ")
    buffer.appendJSONSchool(profile.school)
    buffer.append(", \"strength\": ")
    buffer.appendJSON(number: show ? profile.strength : nil)
    buffer.append(", \"social_index\": ")
    buffer.appendJSON(number: show ? profile.socialIndex : nil)
    if !show { buffer.append(", \"suppressed\": true") }
    if let categories {
      buffer.append(", \"categories\": ")
      buffer.appendJSONStrings(categories.lazy.map(\.id))
      buffer.append(", \"severity\": ")
      buffer.appendJSONString(orNull: severity?.id)
    }
    buffer.append("}")
  }

  private func append(_ text: LocalizedText, to buffer: inout ByteBuffer) {
    buffer.append("{\"ru\": ")
    buffer.appendJSONString(text.ru)
    buffer.append(", \"en\": ")
    buffer.appendJSONString(text.en)
    buffer.append("}")
  }
}
