/// What rule packs contain — every criterion, index, category rule, parameter, indicator, support
/// measure and monitoring procedure with its provenance — as a document or as JSON
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
      output.write("    {\n      \"id\": \(JSONText.string(pack.id)),\n")
      output.write("      \"version\": \(JSONText.string(pack.version)),\n")
      output.write("      \"title\": \(Self.json(pack.title)),\n")
      output.write("      \"region\": \(Self.json(pack.region)),\n")
      output.write(
        "      \"sources\": [\(pack.sources.map(JSONText.string).joined(separator: ", "))],\n")
      if let base = pack.extends { output.write("      \"extends\": \(JSONText.string(base)),\n") }
      if let notes = pack.notes { output.write("      \"notes\": \(Self.json(notes)),\n") }
      output.write("      \"criteria\": [")
      output.write(
        pack.criteria.map { criterion in
          let d = criterion.criterionDescription
          return
            "\n        {\"id\": \(JSONText.string(d.id.rawValue)), \"title\": \(Self.json(d.title)), "
            + "\"rationale\": \(Self.json(d.rationale)), \"provenance\": \(Self.json(d.provenance)), "
            + "\"required_metrics\": [\(d.requiredMetrics.map { JSONText.string($0.rawValue) }.joined(separator: ", "))], "
            + "\"parameters\": [\(d.parameters.map { JSONText.string($0.key) }.joined(separator: ", "))], "
            + "\"examples\": \(d.examples.filter(\.isDocumented).count)}"
        }.joined(separator: ","))
      output.write("\n      ],\n      \"indices\": [")
      output.write(
        pack.indices.map { index in
          let components = index.components.map {
            "{\"metric\": \(JSONText.string($0.metric.rawValue)), \"direction\": \"\($0.direction.rawValue)\", "
              + "\"weight\": \(JSONText.number($0.weight))"
              + ($0.enabledBy.map { ", \"enabled_by\": \(JSONText.string($0.key))" } ?? "") + "}"
          }
          return
            "\n        {\"id\": \(JSONText.string(index.id)), \"title\": \(Self.json(index.title)), "
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
            + (rule.severity.map { ", \"severity\": \(JSONText.string($0.id))" } ?? "") + "}"
        }.joined(separator: ","))
      output.write("\n      ],\n      \"parameters\": [")
      output.write(
        pack.allParameters.map { p in
          "\n        {\"key\": \(JSONText.string(p.key)), \"default\": \(JSONText.number(p.defaultValue)), "
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
      output.write("\n      ]\n    }")
    }
    output.write(packs.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
  }

  static func json(_ text: LocalizedText) -> String { JSONText.localized(text) }

  static func json(_ target: Target?) -> String {
    guard let target else { return "null" }
    let plan = target.plannedYears.map { year in
      "{\"year\": \(year), \"value\": \(JSONText.number(target.plan[year] ?? .nan))}"
    }
    return
      "{\"comparison\": \"\(target.comparison.rawValue)\", \"plan\": [\(plan.joined(separator: ", "))]"
      + (target.reading.map { ", \"reading\": \(json($0))" } ?? "") + "}"
  }

  static func json(_ provenance: Provenance) -> String { JSONText.provenance(provenance) }

  // MARK: - Document

  /// The packs as a document in `language`.
  public func document(language: Language) -> ReportDocument {
    let ru = language == .russian
    var document = ReportDocument()
    func kindTitle(_ kind: Provenance.Kind) -> String {
      kind == .stated ? (ru ? "из документа" : "stated") : (ru ? "производное" : "derived")
    }
    func provenanceLine(_ p: Provenance) -> ReportDocument.Inline {
      let kind = kindTitle(p.kind)
      var text =
        "\(ru ? "Источник" : "Source"): \(p.source), \(ru ? "раздел" : "section") «\(p.section)», \(kind): «\(p.quote)»"
      if let derivation = p.derivation {
        text += (ru ? " — Примечание: " : " — Note: ") + derivation[language]
      }
      return ReportDocument.Inline(text)
    }
    /// «id — title» with the id strong: the item of a rule.
    func term(_ id: String, _ rest: String) -> ReportDocument.Inline {
      .strong(id) + ReportDocument.Inline(rest)
    }
    for pack in packs {
      document.heading(1, "\(pack.id) \(pack.version) — \(pack.title[language])")
      if let base = pack.extends {
        document.line((ru ? "Расширяет пакет " : "Extends pack ") + base)
        document.blank()
      }
      if let notes = pack.notes {
        document.line(notes[language])
        document.blank()
      }
      document.heading(2, ru ? "Критерии" : "Criteria")
      for criterion in pack.criteria {
        let d = criterion.criterionDescription
        let parameters = d.parameters.map { p in
          ReportDocument.Inline(
            "\(ru ? "Параметр" : "Parameter") \(p.key) = \(NumberText.format(p.defaultValue, decimals: 6, language)) (\(kindTitle(p.kind)))"
          )
        }
        document.item(
          term("\(d.id)", " — \(d.title[language])"),
          details: [ReportDocument.Inline(d.rationale[language]), provenanceLine(d.provenance)]
            + parameters)
      }
      document.blank()
      document.heading(2, ru ? "Правила категорий" : "Category rules")
      for rule in pack.categoryRules {
        let severity = rule.severity.map { " (\($0.title[language]))" } ?? ""
        document.item(
          term(rule.category.id, "\(severity) — \(rule.rationale[language])"),
          details: [provenanceLine(rule.provenance)])
      }
      document.blank()
      if !pack.indicators.isEmpty {
        document.heading(2, ru ? "Целевые показатели" : "Target indicators")
        for indicator in pack.indicators {
          let d = indicator.indicatorDescription
          let target =
            "\(ru ? "Цель" : "Target"): "
            + (d.target?.text(in: language) ?? (ru ? "не задана" : "none"))
          document.item(
            term("\(d.id)", " — \(d.title[language])"),
            details: [ReportDocument.Inline(target), provenanceLine(d.provenance)])
        }
        document.blank()
      }
      if !pack.measures.isEmpty {
        document.heading(2, ru ? "Меры поддержки" : "Support measures")
        for measure in pack.measures.map(\.measureDescription) {
          document.item(
            term("\(measure.id)", " — \(measure.title[language])"),
            details: details(of: measure, language: language).map { ReportDocument.Inline($0) }
              + [provenanceLine(measure.provenance)])
        }
        document.blank()
      }
      if !pack.monitoring.isEmpty {
        document.heading(2, ru ? "Мониторинг" : "Monitoring")
        for procedure in pack.monitoring {
          document.item(
            term(
              "\(procedure.id)",
              " — \(procedure.title[language]) (\(procedure.periodicity.summary[language]))"),
            details: [provenanceLine(procedure.provenance)])
        }
        document.blank()
      }
    }
    return document
  }

  /// The lines under a measure before its source.
  private func details(of measure: MeasureDescription, language: Language) -> [String] {
    let ru = language == .russian
    var lines = [
      "\(ru ? "Направления" : "Categories"): "
        + measure.categories.map { $0.title[language] }.joined(separator: "; ") + "; "
        + measure.level.title[language]
    ]
    if !measure.responsible.isEmpty {
      lines.append(
        "\(ru ? "Ответственные" : "Responsible"): "
          + measure.responsible.map { $0.title[language] }.joined(separator: "; "))
    }
    var timing = "\(ru ? "Сроки" : "Timing"): \(measure.timing.summary[language])"
    if let quote = measure.timingQuote { timing += " («\(quote)»)" }
    lines.append(timing)
    if let result = measure.expectedResult {
      lines.append("\(ru ? "Ожидаемый результат" : "Expected result"): \(result[language])")
    }
    if let target = measure.target {
      lines.append("\(ru ? "Цель" : "Target"): \(target.text[language])")
    }
    lines.append("\(ru ? "Для кого" : "Applies to"): \(measure.appliesTo.summary[language])")
    return lines
  }
}
