/// A derived metric: several metrics standardised within the cohort and averaged.
///
/// For every component metric and every year of the window, each school's value is turned into a
/// z-score within its cohort group, z = (x − mean) / SD over the group's schools that have the value
/// (population SD; every z is 0 when SD = 0). A component with direction `−` enters as −z. A school's
/// score is the weighted mean of its available (component, year) z-values; it is evaluable only when
/// at least ``minimumCoverage`` of those cells are present, otherwise it is
/// ``CompositeIndex/Score/insufficient(missing:)``.
///
/// The Krasnoyarsk ИСБ (индекс социального благополучия), the staffing-potential index and the
/// educational-potential index are instances.
///
/// ```swift
/// let isb = CompositeIndex(id: "index.social_wellbeing", title: …, components: [
///   CompositeIndex.Component(.socialLowSesFamilyPercent, .negative),
///   CompositeIndex.Component(.contextEnrollment, .positive),
/// ])
/// isb.scores(in: context)  // one CompositeIndex.Score per school
/// ```
public struct CompositeIndex: Sendable, Hashable {
  /// The index id, e.g. `index.social_wellbeing`.
  public var id: IndexID
  /// The index name.
  public var title: LocalizedText
  /// The components.
  public var components: [CompositeIndex.Component]
  /// How many years the index covers, ending with the run's year (1: the year itself).
  public var window: Int
  /// The share of (component, year) cells a school must have to be evaluable: one half by default.
  public var minimumCoverage: Double
  /// Where the index comes from.
  public var provenance: Provenance?

  /// Creates an index.
  public init(
    id: IndexID, title: LocalizedText, components: [CompositeIndex.Component], window: Int = 1,
    minimumCoverage: Double = 0.5, provenance: Provenance? = nil
  ) {
    self.id = id
    self.title = title
    self.components = components
    self.window = window
    self.minimumCoverage = minimumCoverage
    self.provenance = provenance
  }

  /// The number of (component, year) cells a school has in all, counting optional components too.
  public var cellCount: Int { components.count * max(window, 0) }

  /// The switches of the optional components, in component order.
  public var switches: [PackParameter] {
    var found: [PackParameter] = []
    for case let parameter? in components.map(\.enabledBy) where !found.contains(parameter) {
      found.append(parameter)
    }
    return found
  }

  /// The metrics of the components that are always in.
  public var requiredMetrics: [MetricKey] {
    components.filter { $0.enabledBy == nil }.map(\.metric)
  }

  /// The components in force with `parameters`: those always in and the optional ones switched on.
  public func activeComponents(with parameters: ParameterValues) -> [CompositeIndex.Component] {
    components.filter { $0.isActive(with: parameters) }
  }

  /// Every school's score, in the dataset's school order.
  ///
  /// - Complexity: O(c · w · n) for c components, a window of w years and n schools.
  public func scores(in context: EvaluationContext) -> [CompositeIndex.Score] {
    let dataset = context.dataset
    let n = dataset.schoolCount
    let years = context.year.window(window)
    let components = activeComponents(with: context.parameters)
    var sums = [Double](repeating: 0, count: n)
    var weights = [Double](repeating: 0, count: n)
    var present = [Int](repeating: 0, count: n)
    for component in components {
      let signedWeight = component.direction.sign * component.weight
      for year in years {
        guard let column = dataset.column(component.metric, year: year) else { continue }
        column.withUnsafeBufferPointer { values in
          for group in context.cohort.groups {
            guard let moments = ZScore.moments(of: values, members: group) else { continue }
            for school in group {
              let x = values[school]
              guard !x.isNaN else { continue }
              let z = moments.sd > 0 ? (x - moments.mean) / moments.sd : 0
              sums[school] += signedWeight * z
              weights[school] += component.weight
              present[school] += 1
            }
          }
        }
      }
    }
    let total = components.count * max(window, 0)
    let required = minimumCoverage * Double(total)
    // The columns each missing cell is looked for in, found once rather than once per school.
    let cells = components.flatMap { component in
      years.map { year in (component.metric, year, dataset.column(component.metric, year: year)) }
    }
    var scores: [CompositeIndex.Score] = []
    scores.reserveCapacity(n)
    for school in 0..<n {
      if total > 0, Double(present[school]) >= required, present[school] > 0, weights[school] > 0 {
        scores.append(
          .value(sums[school] / weights[school], present: present[school], total: total))
      } else {
        scores.append(.insufficient(missing: Self.missingCells(of: school, cells)))
      }
    }
    return scores
  }

  /// The (metric, year) cells of `cells` in which `school` has no value, sorted.
  private static func missingCells(
    of school: Int, _ cells: [(MetricKey, AcademicYear, ArraySlice<Double>?)]
  ) -> [CriterionResult.MissingData] {
    var missing: [CriterionResult.MissingData] = []
    for (metric, year, column) in cells
    where column.map({ $0[$0.startIndex + school].isNaN }) ?? true {
      missing.append(CriterionResult.MissingData(metric: metric, year: year))
    }
    return missing.sorted()
  }
}

extension CompositeIndex {
  /// A school's composite index score.
  public enum Score: Sendable, Hashable {
    /// The score, and how many of the index's cells it was computed from.
    case value(Double, present: Int, total: Int)
    /// Too few cells: these are missing.
    case insufficient(missing: [CriterionResult.MissingData])

    /// The score, when evaluable.
    public var value: Double? {
      if case .value(let value, _, _) = self { return value }
      return nil
    }
  }
}
