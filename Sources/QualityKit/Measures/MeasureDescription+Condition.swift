extension MeasureDescription {
  /// Which schools a support measure answers: the programme as a whole, every identified school,
  /// the schools of some categories, or the schools that meet some criteria.
  ///
  /// The condition is usually the library's reading of the document (its ``Provenance`` says so):
  /// consultations and school programmes answer every identified school; social pedagogues and
  /// psychologists answer ШНСУ; professional development and mentoring answer a low
  /// staffing-potential index.
  ///
  /// **Matching one school** (``match(_:in:)``). A school is *identified* when it is in at least one
  /// category of the run, and *undetermined* when it is in none but a category is open for missing
  /// data (``IdentificationReport/SchoolOutcome/undeterminedCategories``):
  ///
  /// | condition | applies | нет данных | otherwise |
  /// | --- | --- | --- | --- |
  /// | ``programme`` | identified (reason: the programme) | undetermined | does not apply |
  /// | ``identified`` | identified (reasons: its categories) | undetermined | does not apply |
  /// | ``categories(_:)`` | in any of them | one of them open | does not apply |
  /// | ``criteria(_:)`` | identified and meets any of them | identified, none met, one undecided; or undetermined and one met or undecided | does not apply |
  ///
  /// A criterion with insufficient data never selects a measure, and never silently rules it out
  /// either: it makes the match «нет данных». A criterion the run did not evaluate counts as
  /// undecided. ``programme`` is matched against a school only for a school-level measure (each
  /// school of the programme carries it out); a municipal programme measure is on the municipal
  /// roadmap whatever the schools.
  ///
  /// - Complexity: ``match(_:in:)`` is O(k · c) for k criteria named and c criteria in the run;
  ///   the ``SupportPlanner`` resolves the criteria once and matches in O(k).
  public enum Condition: Sendable, Hashable {
    /// The programme as a whole: normative acts, working groups, monitoring, dissemination.
    case programme
    /// Every identified school, whatever its category.
    case identified
    /// The schools in any of these categories.
    case categories([SchoolCategory])
    /// The identified schools that meet any of these criteria.
    case criteria([CriterionID])

    /// Whether the condition selects schools (everything but ``programme``).
    public var isAimedAtSchools: Bool { self != .programme }

    /// The criteria the condition names, in order.
    public var criteria: [CriterionID] {
      if case .criteria(let ids) = self { return ids }
      return []
    }

    /// The content files' name of the kind: `programme`, `identified`, `categories` or `criteria`.
    public var kind: String {
      switch self {
      case .programme: "programme"
      case .identified: "identified"
      case .categories: "categories"
      case .criteria: "criteria"
      }
    }

    /// Why the condition cannot be used — it names no category or no criterion — or `nil`.
    ///
    /// - Complexity: O(1).
    public var problem: MeasureError.Kind? {
      switch self {
      case .categories(let list) where list.isEmpty: .emptyCondition
      case .criteria(let list) where list.isEmpty: .emptyCondition
      default: nil
      }
    }

    /// The condition in words: «программа в целом», «все идентифицированные школы», «категории: …»,
    /// «критерии: …».
    ///
    /// - Complexity: O(k) in the number of categories or criteria named.
    public var summary: LocalizedText {
      switch self {
      case .programme:
        return LocalizedText(ru: "программа в целом", en: "the programme as a whole")
      case .identified:
        return LocalizedText(ru: "все идентифицированные школы", en: "every identified school")
      case .categories(let list):
        return LocalizedText(
          ru: "школы категорий: " + list.map(\.title.ru).joined(separator: "; "),
          en: "schools in: " + list.map(\.title.en).joined(separator: "; "))
      case .criteria(let list):
        let ids = list.map(\.rawValue).joined(separator: ", ")
        return LocalizedText(
          ru: "идентифицированные школы, выполнившие любой из критериев: \(ids)",
          en: "identified schools that meet any of the criteria: \(ids)")
      }
    }

    /// The condition with the criterion `id` renamed to `newID`.
    func renaming(_ id: CriterionID, to newID: CriterionID) -> MeasureDescription.Condition {
      guard case .criteria(let list) = self else { return self }
      return .criteria(list.map { $0 == id ? newID : $0 })
    }

    /// The condition without the criterion `id`, or `nil` when no criterion is left.
    func removing(_ id: CriterionID) -> MeasureDescription.Condition? {
      guard case .criteria(let list) = self else { return self }
      let kept = list.filter { $0 != id }
      return kept.isEmpty ? nil : .criteria(kept)
    }

    /// Whether the condition holds for `outcome`, a school of `report`, and why.
    ///
    /// - Complexity: O(k · c) for k criteria named and c criteria in the run.
    ///
    /// ```swift
    /// MeasureDescription.Condition.categories([.unfavourableSocialConditions]).match(outcome, in: report)
    /// // .applies([.category(ШНСУ, severity: nil)])
    /// ```
    public func match(
      _ outcome: IdentificationReport.SchoolOutcome, in report: IdentificationReport
    )
      -> MeasureMatch
    {
      let positions = criteria.map { id in report.criteria.firstIndex { $0.id == id } }
      return match(outcome, positions: positions, report: report)
    }

    /// ``match(_:in:)`` with the named criteria resolved to their positions in the run (`nil` for
    /// a criterion the run did not evaluate).
    ///
    /// - Complexity: O(k) for k criteria named.
    func match(
      _ outcome: IdentificationReport.SchoolOutcome, positions: [Int?], report: IdentificationReport
    ) -> MeasureMatch {
      let identified = !outcome.placements.isEmpty
      // Made only where a case uses them: a national plan asks every measure about every school.
      var undetermined: [MeasureMatch.Reason] {
        outcome.undeterminedCategories.map { MeasureMatch.Reason.undeterminedCategory($0) }
      }
      switch self {
      case .programme, .identified:
        if identified {
          return .applies(
            self == .programme
              ? [.programme]
              : outcome.placements.map { .category($0.category, severity: $0.severity) })
        }
        return outcome.undeterminedCategories.isEmpty ? .doesNotApply : .noData(undetermined)
      case .categories(let list):
        let held = outcome.placements.filter { list.contains($0.category) }
        if !held.isEmpty {
          return .applies(held.map { .category($0.category, severity: $0.severity) })
        }
        let open = outcome.undeterminedCategories.filter { list.contains($0) }
        return open.isEmpty ? .doesNotApply : .noData(open.map { .undeterminedCategory($0) })
      case .criteria(let ids):
        var met: [MeasureMatch.Reason] = []
        var missing: [MeasureMatch.Reason] = []
        for (id, position) in zip(ids, positions) {
          guard let position else {
            missing.append(
              .insufficientData(
                id, title: nil,
                explanation: LocalizedText(
                  ru: "критерий не применялся в этом расчёте",
                  en: "the criterion was not evaluated in this run")))
            continue
          }
          let finding = outcome.finding(at: position)
          let title = report.criteria[position].title
          switch finding.result {
          case .met:
            let explanation =
              outcome.mayShowValues
              ? LocalizedText(
                ru: finding.result.explanation(in: .russian),
                en: finding.result.explanation(in: .english))
              : LocalizedText(
                ru: SmallCell.notice(
                  .russian, limit: report.minimumGroupSize, reason: outcome.suppression),
                en: SmallCell.notice(
                  .english, limit: report.minimumGroupSize, reason: outcome.suppression))
            met.append(.criterion(id, title: title, explanation: explanation))
          case .insufficientData:
            missing.append(
              .insufficientData(
                id, title: title,
                explanation: LocalizedText(
                  ru: finding.result.explanation(in: .russian),
                  en: finding.result.explanation(in: .english))))
          case .notMet:
            break
          }
        }
        if identified {
          if !met.isEmpty { return .applies(met) }
          return missing.isEmpty ? .doesNotApply : .noData(missing)
        }
        guard !outcome.undeterminedCategories.isEmpty, !(met.isEmpty && missing.isEmpty) else {
          return .doesNotApply
        }
        return .noData(undetermined + met + missing)
      }
    }
  }
}
