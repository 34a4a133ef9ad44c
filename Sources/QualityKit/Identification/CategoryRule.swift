/// Puts a school in a category when a condition over criterion results holds.
///
/// ```swift
/// // ШНОР: the results criterion and at least one supporting criterion
/// CategoryRule(category: .lowResults, condition: .all([
///   .criterion("k.results_lowest_quarter"),
///   .atLeast(.parameter("k.low_results.min_supporting"), of: [.criterion("k.continuation_below_60"), …]),
/// ]), provenance: …)
/// ```
public struct CategoryRule: Sendable, Hashable {
  /// A number that is fixed or read from a parameter.
  public enum Count: Sendable, Hashable {
    /// A fixed number.
    case fixed(Int)
    /// The value of the parameter with this key.
    case parameter(String)
  }

  /// A condition over criterion results, evaluated in three-valued logic (see ``Truth``).
  public indirect enum Condition: Sendable, Hashable {
    /// The criterion is met.
    case criterion(CriterionID)
    /// Every condition holds.
    case all([Condition])
    /// At least one condition holds.
    case any([Condition])
    /// At least k of the conditions hold.
    case atLeast(Count, of: [Condition])
    /// The condition does not hold.
    case not(Condition)

    /// Every criterion the condition names, in order of first mention.
    public var criteria: [CriterionID] {
      var seen = Set<CriterionID>()
      var ordered: [CriterionID] = []
      func walk(_ condition: Condition) {
        switch condition {
        case .criterion(let id): if seen.insert(id).inserted { ordered.append(id) }
        case .all(let parts), .any(let parts), .atLeast(_, let parts): parts.forEach(walk)
        case .not(let part): walk(part)
        }
      }
      walk(self)
      return ordered
    }

    /// The condition's truth given each criterion's status.
    ///
    /// - Parameters:
    ///   - status: the status of a criterion by id; a criterion without a status counts as unknown.
    ///   - parameters: the run's parameter values, for ``Count/parameter(_:)``.
    public func evaluate(
      _ status: (CriterionID) -> CriterionStatus?, parameters: ParameterValues
    ) -> Truth {
      switch self {
      case .criterion(let id):
        return status(id).map(Truth.init) ?? .unknown
      case .all(let parts):
        var result = Truth.true
        for part in parts {
          switch part.evaluate(status, parameters: parameters) {
          case .false: return .false
          case .unknown: result = .unknown
          case .true: break
          }
        }
        return result
      case .any(let parts):
        var result = Truth.false
        for part in parts {
          switch part.evaluate(status, parameters: parameters) {
          case .true: return .true
          case .unknown: result = .unknown
          case .false: break
          }
        }
        return result
      case .atLeast(let count, let parts):
        let k: Int
        switch count {
        case .fixed(let value): k = value
        case .parameter(let key): k = Int((parameters.value(forKey: key) ?? 1).rounded())
        }
        var yes = 0
        var open = 0
        for part in parts {
          switch part.evaluate(status, parameters: parameters) {
          case .true: yes += 1
          case .unknown: open += 1
          case .false: break
          }
        }
        if yes >= k { return .true }
        if yes + open < k { return .false }
        return .unknown
      case .not(let part):
        return part.evaluate(status, parameters: parameters).negated
      }
    }
  }

  /// The category.
  public var category: SchoolCategory
  /// When a school is in it.
  public var condition: Condition
  /// Where the rule comes from (the combination of criteria is often the library's reading).
  public var provenance: Provenance
  /// Why the rule combines the criteria this way.
  public var rationale: LocalizedText

  /// Creates a rule.
  public init(
    category: SchoolCategory, condition: Condition, provenance: Provenance, rationale: LocalizedText
  ) {
    self.category = category
    self.condition = condition
    self.provenance = provenance
    self.rationale = rationale
  }
}
