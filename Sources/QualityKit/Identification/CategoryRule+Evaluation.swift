extension CategoryRule {
  /// How a category condition evaluated for one school: the condition's tree with the truth of every
  /// node, down to each criterion's status.
  ///
  /// ``CategoryRule/Condition/evaluate(_:parameters:)`` answers *whether* a rule holds; this answers
  /// *why*, for a report that explains one school («почему школа в списке или нет»): which criteria the
  /// rule combines, which of them were met, how many an «at least k» counted, and which criteria left
  /// the rule open for lack of data.
  ///
  /// ```swift
  /// let rule = CategoryRule.Condition.all([.criterion("a"), .atLeast(.fixed(1), of: [.criterion("b")])])
  /// let tree = rule.evaluation({ ["a": .met, "b": .notMet][$0] }, parameters: values)
  /// tree.truth                  // .false
  /// tree.parts[1].heldCount     // 0 — of 1, at least 1 needed
  /// ```
  ///
  /// The truth of every node follows the same three-valued logic as the identification itself (see
  /// ``CategoryRule/Truth``), so a tree's root truth is exactly what the run decided.
  public struct Evaluation: Sendable, Hashable {
    /// What a node of the tree is.
    public enum Kind: Sendable, Hashable {
      /// A criterion and its status for the school; `nil` when the criterion did not run.
      case criterion(CriterionID, CriterionResult.Status?)
      /// Every part must hold.
      case all
      /// At least one part must hold.
      case any
      /// At least this many parts must hold (a parameter already resolved to its value).
      case atLeast(Int)
      /// The single part must not hold.
      case not
    }

    /// The node.
    public let kind: Kind
    /// Its truth for the school.
    public let truth: CategoryRule.Truth
    /// The parts of an `all`, `any`, `atLeast` or `not`; empty for a criterion.
    public let parts: [CategoryRule.Evaluation]

    /// Creates a node.
    public init(kind: Kind, truth: CategoryRule.Truth, parts: [CategoryRule.Evaluation] = []) {
      self.kind = kind
      self.truth = truth
      self.parts = parts
    }

    /// The parts that hold.
    public var heldCount: Int { parts.filter { $0.truth == .true }.count }

    /// The parts left open by missing data.
    public var openCount: Int { parts.filter { $0.truth == .unknown }.count }

    /// Every criterion leaf, in the order the condition names them (a criterion named twice is listed
    /// twice).
    public var leaves: [(criterion: CriterionID, status: CriterionResult.Status?)] {
      if case .criterion(let id, let status) = kind { return [(id, status)] }
      return parts.flatMap(\.leaves)
    }
  }
}

extension CategoryRule.Condition {
  /// The condition's tree with every node's truth, given each criterion's status.
  ///
  /// - Parameters:
  ///   - status: the status of a criterion by id; a criterion without a status counts as unknown.
  ///   - parameters: the run's parameter values, for ``CategoryRule/Count/parameter(_:)``.
  /// - Returns: the tree; its ``CategoryRule/Evaluation/truth`` equals
  ///   ``evaluate(_:parameters:)``'s answer.
  /// - Complexity: O(n) in the size of the condition.
  public func evaluation(
    _ status: (CriterionID) -> CriterionResult.Status?, parameters: ParameterValues
  ) -> CategoryRule.Evaluation {
    evaluation(status, parameter: parameters.value(forKey:))
  }

  /// The tree, with parameters looked up by `parameter` (a report keeps its values as a list).
  func evaluation(
    _ status: (CriterionID) -> CriterionResult.Status?, parameter: (ParameterKey) -> Double?
  ) -> CategoryRule.Evaluation {
    switch self {
    case .criterion(let id):
      let found = status(id)
      return CategoryRule.Evaluation(
        kind: .criterion(id, found), truth: found.map(CategoryRule.Truth.init) ?? .unknown)
    case .all(let conditions):
      let parts = conditions.map { $0.evaluation(status, parameter: parameter) }
      let truth: CategoryRule.Truth =
        parts.contains { $0.truth == .false }
        ? .false : parts.allSatisfy { $0.truth == .true } ? .true : .unknown
      return CategoryRule.Evaluation(kind: .all, truth: truth, parts: parts)
    case .any(let conditions):
      let parts = conditions.map { $0.evaluation(status, parameter: parameter) }
      let truth: CategoryRule.Truth =
        parts.contains { $0.truth == .true }
        ? .true : parts.allSatisfy { $0.truth == .false } ? .false : .unknown
      return CategoryRule.Evaluation(kind: .any, truth: truth, parts: parts)
    case .atLeast(let count, let conditions):
      let k = count.resolved(parameter)
      let parts = conditions.map { $0.evaluation(status, parameter: parameter) }
      // Kleene's «at least k»: decided true by k holding parts, false when even the open ones
      // could not reach k.
      let held = parts.filter { $0.truth == .true }.count
      let open = parts.filter { $0.truth == .unknown }.count
      let truth: CategoryRule.Truth = held >= k ? .true : held + open < k ? .false : .unknown
      return CategoryRule.Evaluation(kind: .atLeast(k), truth: truth, parts: parts)
    case .not(let condition):
      let part = condition.evaluation(status, parameter: parameter)
      return CategoryRule.Evaluation(kind: .not, truth: part.truth.negated, parts: [part])
    }
  }
}
