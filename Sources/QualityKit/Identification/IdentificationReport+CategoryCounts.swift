extension IdentificationReport {
  /// How many schools a category has, in all and by pack and severity: a row of the summary that
  /// the document and the summary table both show.
  struct CategoryCounts {
    /// The schools placed in the category.
    var members = 0
    /// The schools for which missing data leaves the category open.
    var undetermined = 0
    /// By pack of ``summaryBreakdown``: `nil` for a pack with no rule for the category.
    var byPack: [Int?]
    /// By severity of ``summaryBreakdown``: `nil` for a severity no rule grades the category at.
    var bySeverity: [Int?]
  }

  /// What the summary breaks each category down by: the packs (none for a run of one pack) and
  /// the severities the rules grade at, most serious first.
  var summaryBreakdown: (packs: [String], severities: [Severity]) {
    (
      packs.count > 1 ? packs.map(\.id) : [],
      Set(rules.compactMap(\.severity)).sorted(by: >)
    )
  }

  /// The counts of `category`, broken down by `packs` and `severities` (``summaryBreakdown``), in
  /// one pass over the schools.
  ///
  /// - Complexity: O(n · (p + s)) for n schools, p packs and s severities.
  func counts(of category: SchoolCategory, packs: [String], severities: [Severity])
    -> CategoryCounts
  {
    var members = 0
    var undetermined = 0
    var packCounts = [Int](repeating: 0, count: packs.count)
    var severityCounts = [Int](repeating: 0, count: severities.count)
    schools.withUnsafeBufferPointer { outcomes in
      for outcome in outcomes {
        if outcome.undeterminedCategories.contains(category) { undetermined += 1 }
        guard let placement = outcome.placement(in: category) else { continue }
        members += 1
        for (index, pack) in packs.enumerated() where placement.packs.contains(pack) {
          packCounts[index] += 1
        }
        for (index, severity) in severities.enumerated() where placement.severity == severity {
          severityCounts[index] += 1
        }
      }
    }
    return CategoryCounts(
      members: members, undetermined: undetermined,
      byPack: packs.indices.map { index in
        rules.contains { $0.pack == packs[index] && $0.category == category }
          ? packCounts[index] : nil
      },
      bySeverity: severities.indices.map { index in
        rules.contains { $0.category == category && $0.severity == severities[index] }
          ? severityCounts[index] : nil
      })
  }
}
