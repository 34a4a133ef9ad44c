/// What rule packs contain — every criterion, index, category rule, parameter, indicator, support
/// measure, monitoring procedure, expected result, stage and risk with its provenance — as a document or as JSON
/// (`qualitykit.packs/1`). This is `identify-schools --describe`.
///
/// A measure is described with its id, titles, categories, level, responsible roles, schedule (the
/// content files' form with a summary), timing quote, expected result, target, condition, seed
/// lines and provenance; in JSON as in a support plan's `measures`.
///
/// A pack is a tree, not a table: its CSV is the JSON, and command-line tools reject CSV before
/// calling.
///
/// - Complexity: O(p) in the total number of rules of the packs.
public struct PackDescription: Reportable {
  /// The packs, in order.
  public let packs: [RulePack]

  /// Describes `packs`.
  public init(packs: [RulePack]) { self.packs = packs }

  /// Writes the `qualitykit.packs/1` JSON (both languages: `language` is not used).
  public func writeJSON(language: Language, to output: inout some ReportOutputStream) {
    writeJSON(packs, to: &output)
  }

  // MARK: - JSON

  private func writeJSON(_ packs: [RulePack], to output: inout some ReportOutputStream) {
    output.write("{\n  \"schema\": \"qualitykit.packs/1\",\n  \"packs\": [")
    for (index, pack) in packs.enumerated() {
      output.write(index == 0 ? "\n" : ",\n")
      output.write("    {\n      \"id\": \(JSONText.string(pack.id.rawValue)),\n")
      output.write("      \"version\": \(JSONText.string(pack.version)),\n")
      output.write("      \"title\": \(Self.json(pack.title)),\n")
      output.write("      \"region\": \(Self.json(pack.region)),\n")
      output.write(
        "      \"sources\": [\(pack.sources.map(JSONText.string).joined(separator: ", "))],\n")
      if !pack.sourceTitles.isEmpty {
        let titles = pack.sourceTitles.sorted { $0.key < $1.key }.map { file, title in
          "\(JSONText.string(file)): \(Self.json(title))"
        }
        output.write("      \"source_titles\": {\(titles.joined(separator: ", "))},\n")
      }
      if let base = pack.extends {
        output.write("      \"extends\": \(JSONText.string(base.rawValue)),\n")
      }
      output.write(
        "      \"listing\": {\"basis\": \"\(pack.listing.basis.rawValue)\""
          + (pack.listing.act.map { ", \"act\": \(Self.json($0))" } ?? "")
          + (pack.listing.provenance.map { ", \"provenance\": \(Self.json($0))" } ?? "") + "},\n")
      if let notes = pack.notes { output.write("      \"notes\": \(Self.json(notes)),\n") }
      output.write("      \"criteria\": [")
      output.write(
        pack.criteria.map { criterion in
          let d = criterion.criterionDescription
          let parameters: [String] = d.parameters.map { JSONText.string($0.key.rawValue) }
          return
            "\n        {\"id\": \(JSONText.string(d.id.rawValue)), \"title\": \(Self.json(d.title)), "
            + "\"rationale\": \(Self.json(d.rationale)), \"provenance\": \(Self.json(d.provenance)), "
            + "\"required_metrics\": [\(d.requiredMetrics.map { JSONText.string($0.rawValue) }.joined(separator: ", "))], "
            + "\"parameters\": [\(parameters.joined(separator: ", "))], "
            + "\"examples\": \(d.examples.filter(\.isDocumented).count)}"
        }.joined(separator: ","))
      output.write("\n      ],\n      \"indices\": [")
      output.write(
        pack.indices.map { index in
          let components: [String] = index.components.map { component in
            let enabledBy: String =
              component.enabledBy.map { ", \"enabled_by\": \(JSONText.string($0.key.rawValue))" }
              ?? ""
            return
              "{\"metric\": \(JSONText.string(component.metric.rawValue)), \"direction\": \"\(component.direction.rawValue)\", "
              + "\"weight\": \(JSONText.number(component.weight))" + enabledBy + "}"
          }
          let id: String = JSONText.string(index.id.rawValue)
          return
            "\n        {\"id\": \(id), \"title\": \(Self.json(index.title)), "
            + "\"window\": \(index.window), \"minimum_coverage\": \(JSONText.number(index.minimumCoverage)), "
            + "\"components\": [\(components.joined(separator: ", "))]"
            + (index.provenance.map { ", \"provenance\": \(Self.json($0))" } ?? "") + "}"
        }.joined(separator: ","))
      output.write("\n      ],\n      \"category_rules\": [")
      output.write(
        pack.categoryRules.map { rule in
          "\n        {\"id\": \(JSONText.string(rule.category.id)), \"title\": \(Self.json(rule.category.title)), "
            + "\"criteria\": [\(rule.condition.criteria.map { JSONText.string($0.rawValue) }.joined(separator: ", "))], "
            + "\"rationale\": \(Self.json(rule.rationale)), \"provenance\": \(Self.json(rule.provenance))"
            + ", \"role\": \"\(pack.listing.isProposal ? "proposal" : "criterion")\""
            + (rule.severity.map { ", \"severity\": \(JSONText.string($0.id))" } ?? "") + "}"
        }.joined(separator: ","))
      output.write("\n      ],\n      \"parameters\": [")
      output.write(
        pack.allParameters.map { p in
          "\n        {\"key\": \(JSONText.string(p.key.rawValue)), \"default\": \(JSONText.number(p.defaultValue)), "
            + "\"unit\": \"\(p.unit.rawValue)\", \"min\": \(JSONText.number(p.range.lowerBound)), "
            + "\"max\": \(JSONText.number(p.range.upperBound)), \"kind\": \"\(p.kind.rawValue)\", "
            + "\"rationale\": \(Self.json(p.rationale))}"
        }.joined(separator: ","))
      output.write("\n      ],\n      \"indicators\": [")
      output.write(
        pack.indicators.map { indicator in
          let d = indicator.indicatorDescription
          return
            "\n        {\"id\": \(JSONText.string(d.id.rawValue)), \"title\": \(Self.json(d.title)), "
            + "\"unit\": \"\(d.unit.rawValue)\", \"level\": \"\(d.level.rawValue)\", "
            + "\"better\": \"\(d.better.rawValue)\", \"target\": \(Self.json(d.target)), "
            + "\"provenance\": \(Self.json(d.provenance))}"
        }.joined(separator: ","))
      output.write("\n      ],\n      \"measures\": [")
      output.write(
        pack.measures.map { "\n        " + MeasureJSON.measure($0.measureDescription) }
          .joined(separator: ","))
      output.write(
        pack.measures.isEmpty
          ? "],\n      \"monitoring\": [" : "\n      ],\n      \"monitoring\": [")
      output.write(
        pack.monitoring.map { procedure in
          "\n        {\"id\": \(JSONText.string(procedure.id.rawValue)), "
            + "\"title\": \(Self.json(procedure.title)), "
            + "\"periodicity\": {\"kind\": \(JSONText.string(procedure.periodicity.kind)), "
            + "\"summary\": \(Self.json(procedure.periodicity.summary))}, "
            + "\"responsible\": \(procedure.responsible.map(Self.json) ?? "null"), "
            + "\"provenance\": \(Self.json(procedure.provenance))}"
        }.joined(separator: ","))
      output.write("\n      ]")
      writeProgramme(pack, to: &output)
      output.write("\n    }")
    }
    output.write(packs.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
  }

  /// The pack's `expected_results` (each with `indicators` and `status_source`: `indicator` or
  /// `by_hand`), `stages` (with `from` and `to` end years, `null` when the document gives none) and
  /// `risks` (with `measures`), every entry with its provenance.
  private func writeProgramme(_ pack: RulePack, to output: inout some ReportOutputStream) {
    func ids(_ list: [some StringIdentifier]) -> String {
      "[" + list.map { JSONText.string($0.rawValue) }.joined(separator: ", ") + "]"
    }
    func year(_ year: AcademicYear?) -> String { year.map { String($0.endYear) } ?? "null" }
    func list(_ key: String, _ entries: [String]) {
      output.write(",\n      \"\(key)\": [")
      output.write(entries.map { "\n        " + $0 }.joined(separator: ","))
      output.write(entries.isEmpty ? "]" : "\n      ]")
    }
    list(
      "expected_results",
      pack.expectedResults.map { result in
        "{\"id\": \(JSONText.string(result.id.rawValue)), \"title\": \(Self.json(result.title)), "
          + "\"indicators\": \(ids(result.indicators)), "
          + "\"status_source\": \"\(result.isRecordedByHand ? "by_hand" : "indicator")\", "
          + "\"provenance\": \(Self.json(result.provenance))}"
      })
    list(
      "stages",
      pack.stages.map { stage in
        "{\"id\": \(JSONText.string(stage.id.rawValue)), \"title\": \(Self.json(stage.title)), "
          + "\"from\": \(year(stage.from)), \"to\": \(year(stage.to)), "
          + "\"provenance\": \(Self.json(stage.provenance))}"
      })
    list(
      "risks",
      pack.risks.map { risk in
        "{\"id\": \(JSONText.string(risk.id.rawValue)), \"title\": \(Self.json(risk.title)), "
          + "\"measures\": \(ids(risk.measures)), \"provenance\": \(Self.json(risk.provenance))}"
      })
  }

  static func json(_ text: LocalizedText) -> String { JSONText.localized(text) }

  static func json(_ target: Target?) -> String {
    guard let target else { return "null" }
    let plan = target.plannedYears.map { year in
      "{\"year\": \(year), \"value\": \(JSONText.number(target.plan[year] ?? .nan))}"
    }
    return
      "{\"comparison\": \"\(target.comparison.rawValue)\", \"plan\": [\(plan.joined(separator: ", "))]"
      + (target.start.map { ", \"start\": \($0)" } ?? "")
      + (target.relative.map { relative in
        ", \"relative_to\": {\"scopes\": [\(relative.scopes.map { JSONText.string($0.description) }.joined(separator: ", "))], "
          + "\"key\": \(JSONText.string(relative.key.rawValue)), \"from\": \(relative.from)}"
      } ?? "")
      + (target.baseline.map {
        ", \"baseline\": {\"year\": \($0.year), \"value\": \(JSONText.number($0.value))}"
      } ?? "")
      + (target.reading.map { ", \"reading\": \(json($0))" } ?? "") + "}"
  }

  static func json(_ provenance: Provenance) -> String { JSONText.provenance(provenance) }

  // MARK: - Document

  /// The packs as a rule book in `language`: a table of contents, then every pack's criteria,
  /// indices, category rules, parameters, indicators, monitoring procedures and measures, each
  /// with its provenance (see `RuleBook`).
  public func document(language: Language) -> ReportDocument {
    RuleBook(packs: packs, language: language).document()
  }
}
