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
    case parameter(ParameterKey)

    /// The parameter key, for a count read from a parameter.
    public var parameterKey: ParameterKey? {
      if case .parameter(let key) = self { return key }
      return nil
    }

    /// The number, given a parameter lookup; an unset parameter counts as 1, the least a count
    /// over criteria can sensibly ask for. One rule for every evaluation of a condition.
    func resolved(_ value: (ParameterKey) -> Double?) -> Int {
      switch self {
      case .fixed(let number): number
      case .parameter(let key): Int((value(key) ?? 1).rounded())
      }
    }
  }

  /// A condition over criterion results, evaluated in three-valued logic (see ``CategoryRule/Truth``).
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

    /// The condition without `id`: the criterion drops out of every list it is in; a list left
    /// empty, or a `not` of nothing, drops out too. `nil` when nothing is left.
    ///
    /// A host that removes a criterion keeps the rest of the rule: «any of three indices» becomes
    /// «any of two». A count is kept as it is, so «at least 2 of 3» becomes «at least 2 of 2».
    public func removing(_ id: CriterionID) -> Condition? {
      switch self {
      case .criterion(let other): return other == id ? nil : self
      case .all(let parts):
        let kept = parts.compactMap { $0.removing(id) }
        return kept.isEmpty ? nil : .all(kept)
      case .any(let parts):
        let kept = parts.compactMap { $0.removing(id) }
        return kept.isEmpty ? nil : .any(kept)
      case .atLeast(let count, let parts):
        let kept = parts.compactMap { $0.removing(id) }
        return kept.isEmpty ? nil : .atLeast(count, of: kept)
      case .not(let part): return part.removing(id).map(Condition.not)
      }
    }

    /// Every parameter key the condition counts with, in order of first mention.
    public var parameterKeys: [ParameterKey] {
      switch self {
      case .criterion: []
      case .all(let parts), .any(let parts): parts.flatMap(\.parameterKeys)
      case .atLeast(let count, let parts):
        (count.parameterKey.map { [$0] } ?? []) + parts.flatMap(\.parameterKeys)
      case .not(let part): part.parameterKeys
      }
    }

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
    /// - Returns: `.true`, `.false`, or `.unknown` when missing data leaves the condition open.
    public func evaluate(
      _ status: (CriterionID) -> CriterionResult.Status?, parameters: ParameterValues
    ) -> CategoryRule.Truth {
      // One implementation of the logic: compile against the named criteria, then evaluate.
      let ids = criteria
      var positions: [CriterionID: Int] = [:]
      var statuses: [CriterionResult.Status] = []
      for id in ids {
        guard let value = status(id) else { continue }
        positions[id] = statuses.count
        statuses.append(value)
      }
      let compiled = CompiledCondition(self, positions: positions, parameters: parameters)
      return statuses.withUnsafeBufferPointer { compiled.evaluate($0) }
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
  /// How serious the situation is when this rule holds, where the pack grades it; of several rules
  /// of a category that hold, the most serious decides.
  public var severity: Severity?

  /// Creates a rule.
  public init(
    category: SchoolCategory, condition: Condition, provenance: Provenance,
    rationale: LocalizedText, severity: Severity? = nil
  ) {
    self.category = category
    self.condition = condition
    self.provenance = provenance
    self.rationale = rationale
    self.severity = severity
  }
}

/// A condition with criterion ids resolved to positions and parameter counts resolved to numbers,
/// so that evaluating it for every school costs no hashing.
indirect enum CompiledCondition: Sendable {
  /// The status at this position; `nil` for a criterion the run does not have (unknown).
  case criterion(Int?)
  case all([CompiledCondition])
  case any([CompiledCondition])
  case atLeast(Int, [CompiledCondition])
  case not(CompiledCondition)

  init(
    _ condition: CategoryRule.Condition, positions: [CriterionID: Int], parameters: ParameterValues
  ) {
    switch condition {
    case .criterion(let id): self = .criterion(positions[id])
    case .all(let parts):
      self = .all(parts.map { CompiledCondition($0, positions: positions, parameters: parameters) })
    case .any(let parts):
      self = .any(parts.map { CompiledCondition($0, positions: positions, parameters: parameters) })
    case .atLeast(let count, let parts):
      let k = count.resolved(parameters.value(forKey:))
      self = .atLeast(
        k, parts.map { CompiledCondition($0, positions: positions, parameters: parameters) })
    case .not(let part):
      self = .not(CompiledCondition(part, positions: positions, parameters: parameters))
    }
  }

  /// The truth given the statuses of the run's criteria, by position. Same logic as
  /// ``CategoryRule/Condition/evaluate(_:parameters:)``.
  func evaluate(_ statuses: UnsafeBufferPointer<CriterionResult.Status>) -> CategoryRule.Truth {
    switch self {
    case .criterion(let position):
      guard let position else { return .unknown }
      return CategoryRule.Truth(statuses[position])
    case .all(let parts):
      var result = CategoryRule.Truth.true
      for part in parts {
        switch part.evaluate(statuses) {
        case .false: return .false
        case .unknown: result = .unknown
        case .true: break
        }
      }
      return result
    case .any(let parts):
      var result = CategoryRule.Truth.false
      for part in parts {
        switch part.evaluate(statuses) {
        case .true: return .true
        case .unknown: result = .unknown
        case .false: break
        }
      }
      return result
    case .atLeast(let k, let parts):
      var yes = 0
      var open = 0
      for part in parts {
        switch part.evaluate(statuses) {
        case .true: yes += 1
        case .unknown: open += 1
        case .false: break
        }
      }
      if yes >= k { return .true }
      if yes + open < k { return .false }
      return .unknown
    case .not(let part):
      return part.evaluate(statuses).negated
    }
  }
}
