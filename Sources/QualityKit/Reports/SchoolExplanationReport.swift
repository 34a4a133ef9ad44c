/// Writes a ``SchoolExplanation`` — why one school is or is not on each list — as a document (text,
/// Markdown) or JSON (`qualitykit.school/1`). This is `identify-schools --school ID`; hosts reach it
/// through ``ReportFormat`` since ``SchoolExplanation`` is ``Reportable``.
///
/// The text names criteria, categories and metrics by their titles, never by id or key: it is read
/// by the school's methodologist, not by a program. It gives
///
/// 1. each category with the verdict: on the list (which packs, what severity), not on it, or
///    undetermined for lack of data;
/// 2. per category, each pack's rule: what it requires, the tree of its condition with every part's
///    outcome («не менее 1 из 6 — выполнено 2»), the verdict and, for an open rule, the data missing;
/// 3. every finding of every pack with its explanation, value, threshold, reference and years.
///
/// JSON carries ids, codes and both-language titles for programs. Values of a school with fewer
/// students than the small-cell limit are not printed, as in every report.
///
/// - Complexity: O(c + r) for c criteria and r rule nodes.
struct SchoolExplanationReport: Sendable {
  /// The language of the text (JSON titles carry both).
  var language: Language
  /// The metric titles for missing data: the standard dictionary plus the host's metrics.
  var catalog: MetricCatalog

  /// The `schema` tag of the JSON form.
  static let schema = "qualitykit.school/1"

  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }

  // MARK: - Words

  /// The verdict on a category.
  func verdict(_ decision: SchoolExplanation.CategoryDecision, packCount: Int) -> String {
    let verdict = ruleVerdict(decision, packCount: packCount)
    guard let authority = decision.authority else { return verdict }
    return verdict + "; " + authority.sentence(in: language)
  }

  /// The verdict on a category as the rules left it.
  private func ruleVerdict(_ decision: SchoolExplanation.CategoryDecision, packCount: Int)
    -> String
  {
    switch decision.status {
    case .placed:
      var notes: [String] = []
      if packCount > 1, let packs = decision.placement?.packs {
        notes.append(t("пакеты: ", "packs: ") + packs.joined(separator: ", "))
      }
      if let severity = decision.placement?.severity { notes.append(severity.title[language]) }
      return t("да", "yes") + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")")
    case .notPlaced: return t("нет", "no")
    case .undetermined: return t("не определено — не хватает данных", "undetermined — data missing")
    }
  }

  /// What a rule's truth means for the school.
  func ruleVerdict(_ truth: CategoryRule.Truth) -> String {
    switch truth {
    case .true:
      t("выполнено: школа отнесена к категории", "holds: the school is placed in the category")
    case .false:
      t(
        "не выполнено: по этому правилу школа не отнесена к категории",
        "does not hold: this rule does not place the school in the category")
    case .unknown:
      t(
        "не определено: не хватает данных, чтобы решить",
        "undetermined: data is missing to decide")
    }
  }

  private func truthTitle(_ truth: CategoryRule.Truth) -> String {
    switch truth {
    case .true: t("выполнено", "holds")
    case .false: t("не выполнено", "does not hold")
    case .unknown: t("не определено", "undetermined")
    }
  }

  /// One node of a condition tree, without its parts: «Не менее 1 из 6 — выполнено: 2 из 6».
  func nodeLine(_ node: CategoryRule.Evaluation, in explanation: SchoolExplanation) -> String {
    let count = ": \(node.heldCount) " + t("из", "of") + " \(node.parts.count)"
    switch node.kind {
    case .criterion(let id, let status):
      let title = explanation.title(of: id)?[language] ?? id.rawValue
      return "\(title) — "
        + (status?.title(in: language) ?? t("критерий не запускался", "criterion did not run"))
    case .all:
      return t("Все условия", "All of") + " — " + truthTitle(node.truth) + count
    case .any:
      return t("Хотя бы одно из условий", "Any of") + " — " + truthTitle(node.truth) + count
    case .atLeast(let k):
      return t("Не менее \(k) из \(node.parts.count)", "At least \(k) of \(node.parts.count)")
        + " — " + truthTitle(node.truth) + count
    case .not:
      return t("Не выполнено условие", "Not") + " — " + truthTitle(node.truth)
    }
  }

  /// How findings and missing data are worded: shared with the identification document's cards.
  private func words(_ explanation: SchoolExplanation) -> FindingText {
    FindingText(
      language: language, catalog: catalog, minimumGroupSize: explanation.minimumGroupSize)
  }

  /// «нет данных: средний балл ЕГЭ по русскому языку (2021/2022); …» with metric titles instead of
  /// keys.
  func missingText(_ missing: [CriterionResult.MissingData], in explanation: SchoolExplanation)
    -> String
  {
    words(explanation).missing(missing)
  }

  /// A finding's sentence: the criterion's explanation, the small-cell notice, or for missing data
  /// the missing cells by title.
  func findingText(_ finding: IdentificationReport.Finding, in explanation: SchoolExplanation)
    -> String
  {
    words(explanation).sentence(finding, suppression: explanation.outcome.suppression)
  }

  /// The sentence of the JSON form, as it has always been written.
  func jsonFindingText(_ finding: IdentificationReport.Finding, in explanation: SchoolExplanation)
    -> String
  {
    words(explanation).explanation(finding, suppression: explanation.outcome.suppression)
  }

  /// The parameter keys of the run: a rule's wording that names one sets it as code.
  private func parameterKeys(_ explanation: SchoolExplanation) -> [ParameterKey] {
    explanation.parameterKeys
  }

  // MARK: - Text and Markdown

  func document(_ explanation: SchoolExplanation) -> ReportDocument {
    var document = ReportDocument()
    let school = explanation.school
    document.heading(
      1,
      t(
        "Почему школа в списке или нет: \(school.name) (\(school.id))",
        "Why the school is or is not on a list: \(school.name) (\(school.id))"))
    let packs = explanation.packs.map { "\($0.id) \($0.version) — \($0.title[language])" }
    let cohort = explanation.cohort.comparedWith[language]
    document.line(
      t(
        "\(school.municipality). Идентификация за \(explanation.year) учебный год; сравнение с: \(cohort).",
        "\(school.municipality). Identification for the \(explanation.year) academic year; compared with: \(cohort)."
      ))
    document.line(t("Пакеты правил: ", "Rule packs: ") + packs.joined(separator: "; "))
    document.blank()

    document.heading(2, t("Итог", "Summary"))
    for decision in explanation.categories {
      document.item(
        "\(decision.category.title[language]): "
          + verdict(decision, packCount: explanation.packs.count), level: 0)
    }
    document.blank()

    for decision in explanation.categories {
      document.heading(2, decision.category.title[language])
      for rule in decision.rules {
        var line = t("Правило пакета ", "Rule of pack ") + rule.pack
        if let severity = rule.severity {
          line += t(" («\(severity.title.ru)»)", " ('\(severity.title.en)')")
        }
        document.item(
          ReportDocument.Inline(line + " — " + ruleVerdict(rule.truth) + "."),
          details: [
            ReportDocument.Inline(t("Что требует: ", "What it requires: "))
              + .marking(parameterKeys(explanation), in: rule.rationale[language])
          ])
        tree(rule.evaluation, level: 1, in: explanation, to: &document)
        for entry in rule.missing {
          let title = explanation.title(of: entry.criterion)?[language] ?? entry.criterion.rawValue
          document.item(
            t("Для решения не хватает: ", "Needed to decide: ") + "\(title) — "
              + missingText(entry.data, in: explanation), level: 1)
        }
      }
      document.blank()
    }

    document.heading(2, t("Критерии", "Criteria"))
    let shown = explanation.outcome.mayShowValues
    for pack in explanation.packs {
      let findings = explanation.findings.filter { $0.pack == pack.id }
      guard !findings.isEmpty else { continue }
      document.line(
        t("Пакет ", "Pack ") + "\(pack.id) — \(pack.title[language])"
          + t(": критериев \(findings.count)", ": \(findings.count) criteria"))
      for finding in findings {
        let title =
          explanation.title(of: finding.criterion)?[language] ?? finding.criterion.rawValue
        let numbers =
          words(explanation).numbers(finding, mayShowValues: shown).map {
            [ReportDocument.Inline($0)]
          } ?? []
        document.item(
          ReportDocument.Inline("\(title) — \(finding.status.title(in: language))"),
          details: [ReportDocument.Inline(findingText(finding, in: explanation))] + numbers)
      }
      document.blank()
    }
    return document
  }

  private func tree(
    _ node: CategoryRule.Evaluation, level: Int, in explanation: SchoolExplanation,
    to document: inout ReportDocument
  ) {
    document.item(nodeLine(node, in: explanation), level: level)
    for part in node.parts { tree(part, level: level + 1, in: explanation, to: &document) }
  }

  // MARK: - JSON

  func writeJSON(_ explanation: SchoolExplanation, to output: inout some TextOutputStream) {
    let school = explanation.school
    let shown = explanation.outcome.mayShowValues
    output.write("{\n  \"schema\": \(JSONText.string(Self.schema)),\n")
    output.write("  \"year\": \(explanation.year.endYear),\n")
    output.write("  \"cohort\": \(JSONText.string(explanation.cohort.rawValue)),\n")
    output.write("  \"language\": \(JSONText.string(language.rawValue)),\n")
    output.write(
      "  \"packs\": ["
        + explanation.packs.map {
          "{\"id\": \(JSONText.string($0.id)), \"version\": \(JSONText.string($0.version))}"
        }.joined(separator: ", ") + "],\n")
    output.write(
      "  \"school\": {\"id\": \(JSONText.string(school.id.rawValue)), "
        + "\"name\": \(JSONText.string(school.name)), "
        + "\"municipality\": \(JSONText.string(school.municipality))},\n")
    output.write(
      "  \"categories\": ["
        + explanation.outcome.categories.map { JSONText.string($0.id) }.joined(separator: ", ")
        + "],\n")
    output.write(
      "  \"undetermined_categories\": ["
        + explanation.outcome.undeterminedCategories.map { JSONText.string($0.id) }
        .joined(separator: ", ") + "],\n")
    output.write("  \"decisions\": [")
    for (index, decision) in explanation.categories.enumerated() {
      output.write(index == 0 ? "\n    " : ",\n    ")
      output.write(
        "{\"category\": \(JSONText.string(decision.category.id)), "
          + "\"title\": \(PackDescription.json(decision.category.title)), "
          + "\"status\": \(JSONText.string(decision.status.rawValue)), "
          + "\"packs\": [\((decision.placement?.packs ?? []).map(JSONText.string).joined(separator: ", "))], "
          + "\"severity\": \(decision.placement?.severity.map { JSONText.string($0.id) } ?? "null"), "
          + "\"explanation\": \(JSONText.string(verdict(decision, packCount: explanation.packs.count))),"
          + authorityJSON(decision.authority) + "\n     \"rules\": [")
      for (offset, rule) in decision.rules.enumerated() {
        output.write(offset == 0 ? "\n      " : ",\n      ")
        let missing = rule.missing.flatMap { entry in
          entry.data.map { cell in
            "{\"criterion\": \(JSONText.string(entry.criterion.rawValue)), "
              + "\"metric\": \(JSONText.string(cell.metric.rawValue)), "
              + "\"year\": \(cell.year.map { "\($0.endYear)" } ?? "null"), "
              + "\"source\": \(JSONText.string(cell.source.rawValue))}"
          }
        }
        output.write(
          "{\"pack\": \(JSONText.string(rule.pack)), "
            + "\"severity\": \(rule.severity.map { JSONText.string($0.id) } ?? "null"), "
            + "\"truth\": \(JSONText.string(rule.truth.rawValue)), "
            + "\"explanation\": \(JSONText.string(ruleVerdict(rule.truth))), "
            + "\"rationale\": \(PackDescription.json(rule.rationale)), "
            + "\"condition\": \(json(rule.evaluation)), "
            + "\"missing\": [\(missing.joined(separator: ", "))]}")
      }
      output.write(decision.rules.isEmpty ? "]}" : "\n     ]}")
    }
    output.write(explanation.categories.isEmpty ? "],\n" : "\n  ],\n")
    output.write("  \"findings\": [")
    for (index, finding) in explanation.findings.enumerated() {
      output.write(index == 0 ? "\n    " : ",\n    ")
      let evidence = shown ? finding.result.evidence : nil
      var text =
        "{\"criterion\": \(JSONText.string(finding.criterion.rawValue)), "
        + "\"pack\": \(JSONText.string(finding.pack)), "
        + "\"title\": \(explanation.title(of: finding.criterion).map(PackDescription.json) ?? "null"), "
        + "\"status\": \(JSONText.string(finding.status.rawValue)), "
        + "\"value\": \(JSONText.number(evidence?.value)), "
        + "\"threshold\": \(JSONText.number(evidence?.threshold)), "
        + "\"reference\": \(JSONText.number(evidence?.reference)), "
        + "\"years\": [\(finding.result.years.map { "\($0.endYear)" }.joined(separator: ", "))], "
      if !shown, finding.result.evidence != nil { text += "\"suppressed\": true, " }
      text += "\"explanation\": \(JSONText.string(jsonFindingText(finding, in: explanation)))}"
      output.write(text)
    }
    output.write(explanation.findings.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
  }

  /// A condition tree in the pack-file form (`criterion`, `all`, `any`, `at_least` + `of`, `not`),
  /// each node with its `truth`, a criterion with its `status`, a count with how many parts `held`.
  /// ` "authority": {"decision", "act", "date", "reason"},` for a category an authority decided;
  /// nothing otherwise.
  func authorityJSON(_ decision: Decision?) -> String {
    guard let decision else { return "" }
    return " \"authority\": {\"decision\": \(JSONText.string(decision.verdict.rawValue)), "
      + "\"act\": \(JSONText.string(decision.act)), "
      + "\"date\": \(JSONText.string(decision.date.description)), "
      + "\"reason\": \(JSONText.string(decision.reason))},"
  }

  func json(_ node: CategoryRule.Evaluation) -> String {
    let parts = "[" + node.parts.map(json).joined(separator: ", ") + "]"
    let truth = "\"truth\": \(JSONText.string(node.truth.rawValue))"
    switch node.kind {
    case .criterion(let id, let status):
      return "{\"criterion\": \(JSONText.string(id.rawValue)), "
        + "\"status\": \(status.map { JSONText.string($0.rawValue) } ?? "null"), \(truth)}"
    case .all: return "{\"all\": \(parts), \(truth), \"held\": \(node.heldCount)}"
    case .any: return "{\"any\": \(parts), \(truth), \"held\": \(node.heldCount)}"
    case .atLeast(let k):
      return "{\"at_least\": \(k), \"of\": \(parts), \(truth), \"held\": \(node.heldCount)}"
    case .not: return "{\"not\": \(node.parts.first.map(json) ?? "null"), \(truth)}"
    }
  }
}

// MARK: - Conformances

extension SchoolExplanation: Reportable {
  /// The explanation as a document in `language`: the verdicts, each pack's rule as a tree, every
  /// finding.
  public func document(language: Language) -> ReportDocument {
    SchoolExplanationReport(language: language, catalog: catalog).document(self)
  }

  /// Writes `qualitykit.school/1`.
  public func writeJSON(language: Language, to output: inout some ReportOutputStream) {
    SchoolExplanationReport(language: language, catalog: catalog).writeJSON(self, to: &output)
  }
}
