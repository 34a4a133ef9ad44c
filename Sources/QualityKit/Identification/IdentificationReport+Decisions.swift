extension IdentificationReport {
  /// The report with an authority's `decisions` applied after the rules: a school included in a
  /// category is in it whatever the rules say, a school excluded from one is not.
  ///
  /// This is the one way decisions reach a report: identify by the rules, then apply. Each
  /// decision is recorded on its school (``SchoolOutcome/decisions``), exclusions included. An
  /// inclusion makes the category's placement ``Placement/Basis/decision`` with the decision
  /// (``Placement/decision``): where the rules also place the school, the placement keeps their
  /// packs and severity; where they do not, it has no packs and no severity — rules did not grade
  /// it. An exclusion removes the placement. Either way the category is no longer undetermined for
  /// the school: the authority has decided it. Findings do not change, and neither does what the
  /// small-cell rule hides.
  ///
  /// Decisions already applied count: applying the same decision again is a repeated decision.
  ///
  /// ```swift
  /// let report = try identifier.identify(dataset).applying(decisions)
  /// report.schools(in: .lowResults)   // the decided list
  /// ```
  ///
  /// - Parameter decisions: What the authority decided, in any order.
  /// - Returns: The decided report; `self` when there are no decisions.
  /// - Throws: ``IdentificationError/Kind/unknownSchool(_:suggestions:near:)`` for a school not in
  ///   the report; ``IdentificationError/Kind/decision(_:_:)`` for a category no pack of the run
  ///   decides, a school both included and excluded in one category (or decided twice alike), an
  ///   empty act or reason.
  /// - Complexity: O(d log n) for d decisions and n schools, plus O(n) to copy the report.
  public func applying(_ decisions: [Decision]) throws(IdentificationError)
    -> IdentificationReport
  {
    guard !decisions.isEmpty else { return self }
    let decided = Set(categories)
    var verdicts: [DecisionKey: Decision.Verdict] = [:]
    for outcome in schools {
      for decision in outcome.decisions {
        verdicts[DecisionKey(decision)] = decision.verdict
      }
    }
    var positions: [(decision: Decision, position: Int)] = []
    for decision in decisions {
      if decision.act.allSatisfy(\.isWhitespace) {
        throw IdentificationError(kind: .decision(decision, .emptyAct))
      }
      if decision.reason.allSatisfy(\.isWhitespace) {
        throw IdentificationError(kind: .decision(decision, .emptyReason))
      }
      guard let position = position(of: decision.school) else {
        throw .unknownSchool(decision.school, known: schools.map(\.school.id))
      }
      guard decided.contains(decision.category) else {
        throw IdentificationError(
          kind: .decision(
            decision, .categoryNotDecided(decision.category.id, decided: categories.map(\.id))))
      }
      let key = DecisionKey(decision)
      if let first = verdicts[key] {
        let problem: DecisionsFile.Problem =
          first == decision.verdict
          ? .repeatedDecision(school: decision.school, category: decision.category.id, line: 0)
          : .conflictingDecision(school: decision.school, category: decision.category.id, line: 0)
        throw IdentificationError(kind: .decision(decision, problem))
      }
      verdicts[key] = decision.verdict
      positions.append((decision, position))
    }
    var order: [SchoolCategory: Int] = [:]
    for (index, category) in categories.enumerated() { order[category] = index }
    var decidedReport = self
    for (decision, position) in positions {
      var outcome = decidedReport.schools[position]
      outcome.decisions.append(decision)
      outcome.undeterminedCategories.removeAll { $0 == decision.category }
      let existing = outcome.placements.firstIndex { $0.category == decision.category }
      switch (decision.verdict, existing) {
      case (.include, let index?):
        outcome.placements[index].decision = decision
      case (.include, nil):
        var placement = Placement(category: decision.category, packs: [], severity: nil)
        placement.decision = decision
        let rank = order[decision.category] ?? categories.count
        let at =
          outcome.placements.firstIndex { (order[$0.category] ?? categories.count) > rank }
          ?? outcome.placements.count
        outcome.placements.insert(placement, at: at)
      case (.exclude, let index?):
        outcome.placements.remove(at: index)
      case (.exclude, nil):
        break
      }
      decidedReport.schools[position] = outcome
    }
    return decidedReport
  }

  /// Every decision applied to the report, school by school in id order.
  public var decisions: [Decision] { schools.flatMap(\.decisions) }

  /// The position of school `id` among ``schools``, which are sorted by id.
  private func position(of id: SchoolID) -> Int? {
    var low = 0
    var high = schools.count
    while low < high {
      let middle = (low + high) / 2
      if schools[middle].school.id < id {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low < schools.count && schools[low].school.id == id ? low : nil
  }
}

/// A school in a category: what decisions may decide once.
private struct DecisionKey: Hashable {
  let school: SchoolID
  let category: String

  init(_ decision: Decision) {
    school = decision.school
    category = decision.category.id
  }
}
