extension MeasureMatch {
  /// Why a support measure is on a roadmap, or why it might be: a finding of the identification
  /// report.
  ///
  /// A measure applies because of the programme as a whole, a category the school is in, a
  /// criterion the school meets (with the report's explanation), or — for a host's own measure — its
  /// own rule; it is listed as «нет данных» because of a category left open, a criterion or a rule
  /// without the data to decide it.
  ///
  /// - Complexity: Every operation is O(1).
  public enum Reason: Sendable, Hashable {
    /// The programme as a whole.
    case programme
    /// The school is in the category, graded by the severity where a pack grades it.
    case category(SchoolCategory, severity: Severity?)
    /// The school meets the criterion: its title and the report's explanation (the small-cell
    /// notice instead for a school whose values may not be printed).
    case criterion(CriterionID, title: LocalizedText?, explanation: LocalizedText)
    /// The criterion could not be decided for the school: missing data, with the report's
    /// explanation of what is missing.
    case insufficientData(CriterionID, title: LocalizedText?, explanation: LocalizedText)
    /// The school's place in the category is open because of missing data.
    case undeterminedCategory(SchoolCategory)
    /// A host measure's own rule holds for the school: the rule in words and what the school's data
    /// show («сельская школа, индекс кадрового потенциала −0,8»).
    case rule(LocalizedText, explanation: LocalizedText)
    /// A host measure's own rule cannot be decided for the school: the rule in words and what is
    /// missing.
    case ruleWithoutData(LocalizedText, explanation: LocalizedText)

    /// The code written in JSON: `programme`, `category`, `criterion`, `insufficient_data`,
    /// `undetermined_category`, `rule` or `rule_insufficient_data`.
    public var kind: String {
      switch self {
      case .programme: "programme"
      case .category: "category"
      case .criterion: "criterion"
      case .insufficientData: "insufficient_data"
      case .undeterminedCategory: "undetermined_category"
      case .rule: "rule"
      case .ruleWithoutData: "rule_insufficient_data"
      }
    }

    /// Whether the reason is missing data rather than a finding.
    public var isMissingData: Bool {
      switch self {
      case .insufficientData, .undeterminedCategory, .ruleWithoutData: true
      case .programme, .category, .criterion, .rule: false
      }
    }

    /// Whether the reason reads the same for every school it is given for: the programme, a
    /// category, a category left open — not a criterion or a rule with the school's own
    /// explanation.
    var isGeneral: Bool {
      switch self {
      case .programme, .category, .undeterminedCategory: true
      case .criterion, .insufficientData, .rule, .ruleWithoutData: false
      }
    }

    /// The reason without the school's own explanation: what a municipal roadmap shows when it
    /// gathers the reasons of every school a measure serves.
    public var withoutExplanation: MeasureMatch.Reason {
      switch self {
      case .criterion(let id, let title, _):
        .criterion(id, title: title, explanation: LocalizedText(ru: "", en: ""))
      case .insufficientData(let id, let title, _):
        .insufficientData(id, title: title, explanation: LocalizedText(ru: "", en: ""))
      case .rule(let rule, _): .rule(rule, explanation: LocalizedText(ru: "", en: ""))
      case .ruleWithoutData(let rule, _):
        .ruleWithoutData(rule, explanation: LocalizedText(ru: "", en: ""))
      case .programme, .category, .undeterminedCategory: self
      }
    }

    /// The reason in a sentence: «программа в целом», «ШНОР — …», «критерий k.x выполнен: …»,
    /// «нет данных: критерий k.y — …».
    ///
    /// - Complexity: O(1).
    public func text(in language: Language) -> String {
      let ru = language == .russian
      switch self {
      case .programme:
        return ru ? "программа в целом" : "the programme as a whole"
      case .category(let category, let severity):
        return category.title[language] + (severity.map { " (\($0.title[language]))" } ?? "")
      case .criterion(let id, let title, let explanation):
        let name = title.map { "«\($0[language])» [\(id)]" } ?? "[\(id)]"
        let because = explanation[language].isEmpty ? "" : ": " + explanation[language]
        return (ru ? "критерий \(name) выполнен" : "criterion \(name) is met") + because
      case .insufficientData(let id, let title, let explanation):
        let name = title.map { "«\($0[language])» [\(id)]" } ?? "[\(id)]"
        let because = explanation[language].isEmpty ? "" : ": " + explanation[language]
        return (ru ? "нет данных по критерию \(name)" : "no data for criterion \(name)") + because
      case .undeterminedCategory(let category):
        return ru
          ? "не определено из-за нехватки данных: \(category.title.ru)"
          : "undetermined for missing data: \(category.title.en)"
      case .rule(let rule, let explanation):
        let because = explanation[language].isEmpty ? "" : ": " + explanation[language]
        return (ru ? "правило «\(rule.ru)» выполнено" : "rule '\(rule.en)' holds") + because
      case .ruleWithoutData(let rule, let explanation):
        let because = explanation[language].isEmpty ? "" : ": " + explanation[language]
        return (ru ? "нет данных по правилу «\(rule.ru)»" : "no data for rule '\(rule.en)'")
          + because
      }
    }

    /// The reason as a document for people says it: criteria by title alone, metric keys in the
    /// explanations by their titles («критерий «Менее 60 % выпускников…» выполнен: …»). ``text(in:)``
    /// keeps the ids for the CSV export, whose bytes do not change.
    ///
    /// - Complexity: O(n) in the length of the explanation.
    func documentText(in language: Language, names: ReadableNames) -> String {
      let ru = language == .russian
      func because(_ explanation: LocalizedText) -> String {
        explanation[language].isEmpty ? "" : ": " + names.text(explanation[language], in: language)
      }
      switch self {
      case .criterion(let id, let title, let explanation):
        let name = ru ? "«\(title?.ru ?? id.rawValue)»" : "'\(title?.en ?? id.rawValue)'"
        return (ru ? "критерий \(name) выполнен" : "criterion \(name) is met")
          + because(explanation)
      case .insufficientData(let id, let title, let explanation):
        let name = ru ? "«\(title?.ru ?? id.rawValue)»" : "'\(title?.en ?? id.rawValue)'"
        return (ru ? "нет данных по критерию \(name)" : "no data for criterion \(name)")
          + because(explanation)
      case .rule, .ruleWithoutData, .programme, .category, .undeterminedCategory:
        return names.text(text(in: language), in: language)
      }
    }

    /// The order in which reasons are listed: the programme, categories, criteria, rules, then
    /// missing data (categories, criteria, rules); within each, by id (a rule by its Russian words); one category at several severities (the municipal roadmap's union
    /// of its schools' reasons) most serious first, ungraded last. The reasons come from a set, so
    /// every key that can differ between two reasons must decide, or the order would follow the
    /// set's hashing and change from run to run.
    static func listOrder(_ lhs: MeasureMatch.Reason, _ rhs: MeasureMatch.Reason) -> Bool {
      let left = lhs.sortKey
      let right = rhs.sortKey
      if left.rank != right.rank { return left.rank < right.rank }
      if left.id != right.id { return left.id.utf8.lexicographicallyPrecedes(right.id.utf8) }
      if left.severity.rank != right.severity.rank {
        return left.severity.rank > right.severity.rank
      }
      return left.severity.id.utf8.lexicographicallyPrecedes(right.severity.id.utf8)
    }

    /// The kind's rank, the id, and the severity (rank −1 when ungraded, so it sorts last).
    private var sortKey: (rank: Int, id: String, severity: (rank: Int, id: String)) {
      switch self {
      case .programme: (0, "", (0, ""))
      case .category(let category, let severity):
        (1, category.id, severity.map { ($0.rank, $0.id) } ?? (-1, ""))
      case .criterion(let id, _, _): (2, id.rawValue, (0, ""))
      case .rule(let rule, let explanation): (3, rule.ru + "\u{0}" + explanation.ru, (0, ""))
      case .undeterminedCategory(let category): (4, category.id, (0, ""))
      case .insufficientData(let id, _, _): (5, id.rawValue, (0, ""))
      case .ruleWithoutData(let rule, let explanation):
        (6, rule.ru + "\u{0}" + explanation.ru, (0, ""))
      }
    }
  }
}
