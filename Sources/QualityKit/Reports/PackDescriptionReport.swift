/// Writes what rule packs contain — every criterion, index, category rule, parameter, indicator,
/// support measure and monitoring procedure with its provenance — as JSON (`qualitykit.packs/1`),
/// text or Markdown. This is `identify-schools --describe`.
///
/// A measure is written with its id, titles, categories, level, responsible roles, schedule (the
/// content files' form with a summary), timing quote, expected result, target, condition, seed
/// lines and provenance; in JSON as in ``SupportPlanJSONReport``'s `measures`.
///
/// - Complexity: O(p) in the total number of rules of the packs.
public struct PackDescriptionReport: Sendable {
  /// The language of text and Markdown output (JSON carries both languages).
  public var language: Language

  /// Creates a writer.
  public init(language: Language = .russian) { self.language = language }

  /// Writes the description of `packs` in `format`. A pack is a tree, not a table: CSV is written as
  /// JSON, and command-line tools reject it before calling.
  public func write(
    _ packs: [RulePack], format: ReportFormat, to output: inout some TextOutputStream
  ) {
    switch format {
    case .json, .csv: writeJSON(packs, to: &output)
    case .text, .markdown: writeText(packs, markdown: format == .markdown, to: &output)
    }
  }

  // MARK: - JSON

  private func writeJSON(_ packs: [RulePack], to output: inout some TextOutputStream) {
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
        pack.measures.map { "\n        " + MeasureJSON.measure($0) }.joined(separator: ","))
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

  static func json(_ text: LocalizedText) -> String {
    "{\"ru\": \(JSONText.string(text.ru)), \"en\": \(JSONText.string(text.en))}"
  }

  static func json(_ target: Target?) -> String {
    guard let target else { return "null" }
    let plan = target.plannedYears.map { year in
      "{\"year\": \(year), \"value\": \(JSONText.number(target.plan[year] ?? .nan))}"
    }
    return
      "{\"comparison\": \"\(target.comparison.rawValue)\", \"plan\": [\(plan.joined(separator: ", "))]"
      + (target.reading.map { ", \"reading\": \(json($0))" } ?? "") + "}"
  }

  static func json(_ provenance: Provenance) -> String {
    "{\"source\": \(JSONText.string(provenance.source)), \"section\": \(JSONText.string(provenance.section)), "
      + "\"quote\": \(JSONText.string(provenance.quote)), \"kind\": \"\(provenance.kind.rawValue)\""
      + (provenance.derivation.map { ", \"derivation\": \(json($0))" } ?? "") + "}"
  }

  // MARK: - Text

  private func writeText(
    _ packs: [RulePack], markdown: Bool, to output: inout some TextOutputStream
  ) {
    let ru = language == .russian
    func heading(_ level: Int, _ text: String) {
      if markdown {
        output.write(String(repeating: "#", count: level) + " " + text + "\n\n")
      } else {
        output.write(
          text + "\n" + String(repeating: level == 1 ? "=" : "-", count: text.count) + "\n")
      }
    }
    func kindTitle(_ kind: Provenance.Kind) -> String {
      kind == .stated ? (ru ? "из документа" : "stated") : (ru ? "производное" : "derived")
    }
    func provenanceLine(_ p: Provenance) -> String {
      let kind = kindTitle(p.kind)
      var text = "\(p.source), \(ru ? "раздел" : "section") «\(p.section)», \(kind): «\(p.quote)»"
      if let derivation = p.derivation {
        text += (ru ? " — Примечание: " : " — Note: ") + derivation[language]
      }
      return text
    }
    for pack in packs {
      heading(1, "\(pack.id) \(pack.version) — \(pack.title[language])")
      if let base = pack.extends {
        output.write((ru ? "Расширяет пакет " : "Extends pack ") + base + "\n\n")
      }
      if let notes = pack.notes { output.write(notes[language] + "\n\n") }
      heading(2, ru ? "Критерии" : "Criteria")
      for criterion in pack.criteria {
        let d = criterion.criterionDescription
        output.write(
          "\(markdown ? "- **" : "• ")\(d.id)\(markdown ? "**" : "") — \(d.title[language])\n")
        output.write("  \(d.rationale[language])\n")
        output.write("  \(ru ? "Источник" : "Source"): \(provenanceLine(d.provenance))\n")
        for p in d.parameters {
          output.write(
            "  \(ru ? "Параметр" : "Parameter") \(p.key) = \(NumberText.format(p.defaultValue, decimals: 6, language)) (\(kindTitle(p.kind)))\n"
          )
        }
      }
      output.write("\n")
      heading(2, ru ? "Правила категорий" : "Category rules")
      for rule in pack.categoryRules {
        let severity = rule.severity.map { " (\($0.title[language]))" } ?? ""
        output.write(
          "\(markdown ? "- **" : "• ")\(rule.category.id)\(markdown ? "**" : "")\(severity) — \(rule.rationale[language])\n"
        )
        output.write("  \(ru ? "Источник" : "Source"): \(provenanceLine(rule.provenance))\n")
      }
      output.write("\n")
      if !pack.indicators.isEmpty {
        heading(2, ru ? "Целевые показатели" : "Target indicators")
        for indicator in pack.indicators {
          let d = indicator.indicatorDescription
          output.write(
            "\(markdown ? "- **" : "• ")\(d.id)\(markdown ? "**" : "") — \(d.title[language])\n")
          output.write(
            "  \(ru ? "Цель" : "Target"): "
              + (d.target?.text(in: language) ?? (ru ? "не задана" : "none")) + "\n")
          output.write("  \(ru ? "Источник" : "Source"): \(provenanceLine(d.provenance))\n")
        }
        output.write("\n")
      }
      if !pack.measures.isEmpty {
        heading(2, ru ? "Меры поддержки" : "Support measures")
        for measure in pack.measures {
          writeMeasure(measure, markdown: markdown, source: provenanceLine, to: &output)
        }
        output.write("\n")
      }
      if !pack.monitoring.isEmpty {
        heading(2, ru ? "Мониторинг" : "Monitoring")
        for procedure in pack.monitoring {
          output.write(
            "\(markdown ? "- **" : "• ")\(procedure.id)\(markdown ? "**" : "") — "
              + "\(procedure.title[language]) (\(procedure.periodicity.summary[language]))\n")
          output.write(
            "  \(ru ? "Источник" : "Source"): \(provenanceLine(procedure.provenance))\n")
        }
        output.write("\n")
      }
    }
  }

  /// One measure of the text description: the title line, then its details indented.
  private func writeMeasure(
    _ measure: SupportMeasure, markdown: Bool, source: (Provenance) -> String,
    to output: inout some TextOutputStream
  ) {
    let ru = language == .russian
    output.write(
      "\(markdown ? "- **" : "• ")\(measure.id)\(markdown ? "**" : "") — \(measure.title[language])\n"
    )
    output.write(
      "  \(ru ? "Направления" : "Categories"): "
        + measure.categories.map { $0.title[language] }.joined(separator: "; ") + "; "
        + measure.level.title[language] + "\n")
    if !measure.responsible.isEmpty {
      output.write(
        "  \(ru ? "Ответственные" : "Responsible"): "
          + measure.responsible.map { $0.title[language] }.joined(separator: "; ") + "\n")
    }
    var timing = "  \(ru ? "Сроки" : "Timing"): \(measure.schedule.summary[language])"
    if let quote = measure.timingQuote { timing += " («\(quote)»)" }
    output.write(timing + "\n")
    if let result = measure.expectedResult {
      output.write("  \(ru ? "Ожидаемый результат" : "Expected result"): \(result[language])\n")
    }
    if let target = measure.target {
      output.write("  \(ru ? "Цель" : "Target"): \(target.text[language])\n")
    }
    output.write(
      "  \(ru ? "Для кого" : "Applies to"): \(measure.condition.summary[language])\n")
    output.write("  \(ru ? "Источник" : "Source"): \(source(measure.provenance))\n")
  }
}
