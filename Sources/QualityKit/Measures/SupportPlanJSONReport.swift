/// Writes a support plan as JSON in the `qualitykit.support/1` schema.
///
/// Keys are written in a fixed order, one measure, entry or school per line, so equal plans give
/// byte-identical files:
///
/// ```json
/// {
///   "schema": "qualitykit.support/1",
///   "year": 2025, "academic_year": "2024/2025", "identification_year": 2024,
///   "language": "ru",
///   "packs": [{"id": "amur", "version": "1.0.0"}],
///   "summary": {"identified_schools": 4, "undetermined_schools": 1, "measures": 8,
///               "not_selected": 0},
///   "measures": [
///     {"id": "amur.working_group_meeting", "pack": "amur", "title": {"ru": "…", "en": "…"},
///      "categories": ["normative_organisational", "monitoring"], "level": "municipal",
///      "responsible": [{"id": "municipal_coordinator", "title": {"ru": "…", "en": "…"}}],
///      "schedule": {"form": "school_quarters", "summary": {"ru": "…", "en": "…"}},
///      "timing_quote": "1 раз в четверть ежегодно", "expected_result": {"ru": "…", "en": "…"},
///      "target": null, "condition": {"kind": "programme"}, "lines": "L1088–1091",
///      "provenance": {"source": "…", "section": "…", "quote": "…", "kind": "stated"}}
///   ],
///   "municipal": {
///     "entries": [
///       {"measure": "amur.working_group_meeting", "dated": true,
///        "occurrences": [{"start": "2024-09-01", "end": "2024-10-31"}, …],
///        "reasons": [{"kind": "programme"}], "schools": [], "schools_without_data": []}
///     ],
///     "outside_year": [], "no_data": []
///   },
///   "schools": [
///     {"id": "S1", "name": "…", "municipality": "…",
///      "categories": [{"id": "low_results", "severity": null}], "undetermined_categories": [],
///      "values_shown": true,
///      "entries": [{"measure": "…", "dated": true, "occurrences": […],
///                   "reasons": [{"kind": "criterion", "criterion": "…", "title": "…",
///                                "explanation": "…"}]}],
///      "outside_year": [], "no_data": []}
///   ],
///   "not_selected": ["amur.objectivity_check"]
/// }
/// ```
///
/// Each measure is described once, in `measures`; entries name it by id. `reasons[].kind` is
/// `programme`, `category` (with `category`, `title`, `severity`), `criterion` or
/// `insufficient_data` (with `criterion`, `title`, `explanation`), `undetermined_category`
/// (with `category`, `title`), or — for a host's own measure — `rule` or `rule_insufficient_data`
/// (with `title`, the rule in words, and `explanation`); a municipal entry's criterion and rule
/// reasons have `"explanation": null` (the explanations are the schools'). A host measure's custom
/// timing is `{"form": "custom", "summary": …}` and its custom audience
/// `{"kind": "custom", "summary": …}`. Texts that are not bilingual objects are in the writer's
/// language. The extra sections follow `not_selected`, each under its key. Keys may be added; these
/// may not change.
///
/// - Complexity: O(m + e + s) for m measures, e entries and s schools.
struct SupportPlanJSONReport: Sendable {
  /// The language of titles, explanations and other texts that are not bilingual.
  var language: Language
  /// Sections written after `not_selected`, each under its key.
  var sections: [any SupportPlan.Section]

  /// Creates a writer.
  init(language: Language = .russian, sections: [any SupportPlan.Section] = []) {
    self.language = language
    self.sections = sections
  }

  /// Writes `plan` to `output`.
  ///
  /// - Complexity: O(m + e + s).
  func write(_ plan: SupportPlan, to output: inout some ReportOutputStream) {
    var buffer = ByteBuffer(capacity: 4096 + plan.schools.count * 1024)
    buffer.append("{\n  \"schema\": \"qualitykit.support/1\",\n  \"year\": ")
    buffer.append(int: plan.year.endYear)
    buffer.append(",\n  \"academic_year\": ")
    buffer.appendJSONString(plan.year.description)
    buffer.append(",\n  \"identification_year\": ")
    buffer.append(int: plan.identificationYear.endYear)
    buffer.append(",\n  \"language\": ")
    buffer.appendJSONString(language.rawValue)
    buffer.append(",\n  \"packs\": [")
    for (index, pack) in plan.packs.enumerated() {
      buffer.append(index == 0 ? "{\"id\": " : ", {\"id\": ")
      buffer.appendJSONString(pack.id)
      buffer.append(", \"version\": ")
      buffer.appendJSONString(pack.version)
      buffer.append("}")
    }
    buffer.append("],\n  \"summary\": {\"identified_schools\": ")
    buffer.append(int: plan.identifiedCount)
    buffer.append(", \"undetermined_schools\": ")
    buffer.append(int: plan.undeterminedCount)
    buffer.append(", \"measures\": ")
    buffer.append(int: plan.measures.count)
    buffer.append(", \"not_selected\": ")
    buffer.append(int: plan.notSelected.count)
    buffer.append("},\n  \"measures\": [")
    for (index, measure) in plan.measures.enumerated() {
      buffer.append(index == 0 ? "\n    " : ",\n    ")
      buffer.append(
        string: MeasureJSON.measure(measure.measureDescription, pack: plan.pack(of: measure.id)))
    }
    buffer.append(plan.measures.isEmpty ? "],\n  \"municipal\": " : "\n  ],\n  \"municipal\": ")
    roadmap(plan.municipal, municipal: true, indent: "  ", &buffer)
    buffer.append(",\n  \"schools\": [")
    buffer.withUnsafeBytes { output.write(bytes: $0) }
    buffer.removeAll()
    // The schools, the bulk of the document, are rendered in chunks on the other cores and
    // written as they come: the document is never whole in memory.
    let writer = self
    ParallelChunks.render(count: plan.schools.count, chunkSize: 64, bytesPerItem: 16_384) {
      range, chunk in
      for index in range {
        chunk.append(index == 0 ? "\n    {\"id\": " : ",\n    {\"id\": ")
        writer.school(plan.schools[index], &chunk)
      }
    } emit: { bytes in
      output.write(bytes: bytes)
    }
    buffer.append(
      plan.schools.isEmpty ? "],\n  \"not_selected\": [" : "\n  ],\n  \"not_selected\": [")
    for (index, measure) in plan.notSelected.enumerated() {
      if index > 0 { buffer.append(", ") }
      buffer.appendJSONString(measure.id.rawValue)
    }
    buffer.append("]")
    for section in sections {
      buffer.append(",\n  ")
      buffer.appendJSONString(section.jsonKey)
      buffer.append(": ")
      var text = ""
      section.writeJSONValue(language: language, to: &text)
      buffer.append(string: text)
    }
    buffer.append("\n}\n")
    buffer.withUnsafeBytes { output.write(bytes: $0) }
  }

  /// A school's object from its `"id"` value on: the school, its categories and its roadmap.
  private func school(_ school: SupportPlan.SchoolRoadmap, _ buffer: inout ByteBuffer) {
    buffer.appendJSONSchool(school.school)
    buffer.append(", \"categories\": [")
    for (offset, placement) in school.placements.enumerated() {
      buffer.append(offset == 0 ? "{\"id\": " : ", {\"id\": ")
      buffer.appendJSONString(placement.category.id)
      buffer.append(", \"severity\": ")
      buffer.appendJSONString(orNull: placement.severity?.id)
      buffer.append("}")
    }
    buffer.append("], \"undetermined_categories\": ")
    buffer.appendJSONStrings(school.undeterminedCategories.lazy.map(\.id))
    buffer.append(
      school.mayShowValues ? ", \"values_shown\": true, " : ", \"values_shown\": false, ")
    lists(school.roadmap, municipal: false, indent: "      ", &buffer)
    buffer.append("}")
  }

  /// `{"entries": […], "outside_year": […], "no_data": […]}`.
  private func roadmap(
    _ roadmap: Roadmap, municipal: Bool, indent: String, _ buffer: inout ByteBuffer
  ) {
    buffer.append("{")
    lists(roadmap, municipal: municipal, indent: indent + "  ", &buffer)
    buffer.append("}")
  }

  /// `"entries": […], "outside_year": […], "no_data": […]`, one entry per line.
  private func lists(
    _ roadmap: Roadmap, municipal: Bool, indent: String, _ buffer: inout ByteBuffer
  ) {
    let lists: [(key: StaticString, entries: [Roadmap.Entry])] = [
      ("\"entries\": [", roadmap.entries), ("\"outside_year\": [", roadmap.outsideYear),
      ("\"no_data\": [", roadmap.noData),
    ]
    for (number, list) in lists.enumerated() {
      if number > 0 { buffer.append(", ") }
      buffer.append(list.key)
      for (index, entry) in list.entries.enumerated() {
        buffer.append(index == 0 ? "\n" : ",\n")
        buffer.append(string: indent)
        self.entry(entry, municipal: municipal, &buffer)
      }
      buffer.append("]")
    }
  }

  private func entry(_ entry: Roadmap.Entry, municipal: Bool, _ buffer: inout ByteBuffer) {
    buffer.append("{\"measure\": ")
    buffer.appendJSONString(entry.shared.description.id.rawValue)
    buffer.append(
      entry.shared.description.timing.isDated ? ", \"dated\": true" : ", \"dated\": false")
    buffer.append(", \"occurrences\": [")
    for (index, range) in entry.occurrences.enumerated() {
      buffer.append(index == 0 ? "{\"start\": \"" : ", {\"start\": \"")
      buffer.append(date: range.lowerBound)
      buffer.append("\", \"end\": \"")
      buffer.append(date: range.upperBound)
      buffer.append("\"}")
    }
    buffer.append("], \"reasons\": [")
    for (index, reason) in entry.reasons.enumerated() {
      if index > 0 { buffer.append(", ") }
      self.reason(reason, &buffer)
    }
    buffer.append("]")
    if municipal {
      buffer.append(", \"schools\": ")
      ids(entry.schools, &buffer)
      buffer.append(", \"schools_without_data\": ")
      ids(entry.schoolsWithoutData, &buffer)
    }
    buffer.append("}")
  }

  private func reason(_ reason: MeasureMatch.Reason, _ buffer: inout ByteBuffer) {
    buffer.append("{\"kind\": ")
    buffer.appendJSONString(reason.kind)
    switch reason {
    case .programme:
      break
    case .category(let category, let severity):
      buffer.append(", \"category\": ")
      buffer.appendJSONString(category.id)
      buffer.append(", \"title\": ")
      buffer.appendJSONString(category.title[language])
      buffer.append(", \"severity\": ")
      buffer.appendJSONString(orNull: severity?.id)
    case .undeterminedCategory(let category):
      buffer.append(", \"category\": ")
      buffer.appendJSONString(category.id)
      buffer.append(", \"title\": ")
      buffer.appendJSONString(category.title[language])
    case .criterion(let id, let title, let explanation),
      .insufficientData(let id, let title, let explanation):
      buffer.append(", \"criterion\": ")
      buffer.appendJSONString(id.rawValue)
      buffer.append(", \"title\": ")
      if let title { buffer.appendJSONString(title[language]) } else { buffer.append("null") }
      buffer.append(", \"explanation\": ")
      let text = explanation[language]
      if text.isEmpty { buffer.append("null") } else { buffer.appendJSONString(text) }
    case .rule(let rule, let explanation), .ruleWithoutData(let rule, let explanation):
      buffer.append(", \"title\": ")
      buffer.appendJSONString(rule[language])
      buffer.append(", \"explanation\": ")
      let text = explanation[language]
      if text.isEmpty { buffer.append("null") } else { buffer.appendJSONString(text) }
    }
    buffer.append("}")
  }

  private func ids(_ ids: [SchoolID], _ buffer: inout ByteBuffer) {
    buffer.append("[")
    for (index, id) in ids.enumerated() {
      if index > 0 { buffer.append(", ") }
      buffer.appendJSONString(id.rawValue)
    }
    buffer.append("]")
  }
}
