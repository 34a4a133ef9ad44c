/// Identification run for every year of a span, read as a history: for every school and category
/// the years on the list, the entries, the exits and the undetermined years; for every category the
/// schools on the list, entering and leaving, year by year; and, given a composite index, the
/// schools that improved most and most steadily (see ``IdentificationHistory/ImprovementRanking``).
///
/// **Years.** The history covers every academic year from the dataset's first year with values to
/// its last (or the span the host asks for), with no year left out. Each year is identified
/// exactly as a single run of the ``Identifier`` for that year identifies it. Early years whose
/// criteria's windows reach before the data are run too: a criterion treats those years as it
/// treats any missing year (a window mean averages the years present, a composite needs half its
/// cells, a single-year value is `insufficient_data`), and a category left open by it is
/// undetermined. A year of the span without any value is not run: every school is undetermined in
/// it, and an issue says so.
///
/// **Statuses.** In a year a school is ``Status/on`` a category's list when the category's rules
/// hold, ``Status/off`` when they do not, and ``Status/undetermined`` when they are open for lack
/// of data. Missing data is never read as "off": an exit is never inferred from it.
///
/// **Entries and exits** are read between determined years (see ``CategoryTrack``). The first
/// determined year of a school is its starting state and is *not* an entry: the history cannot know
/// whether the school was on the list before its data begins.
///
/// ```swift
/// let history = try IdentificationHistory(
///   identifier: try Identifier(packs: [DefaultPacks.krasnoyarsk]), dataset: dataset,
///   benchmarks: benchmarks, improvement: resultsIndex, top: 5)
/// history.summary(of: .lowResults)?.years.map { ($0.year, $0.entries.count, $0.exits.count) }
/// history.improvement?.steadyImprovers.map(\.school.name)
/// ```
public struct IdentificationHistory: Sendable {
  /// The years of the history, oldest first, with no year left out.
  public let years: [AcademicYear]
  /// The years identification ran for: the years of ``years`` that have values.
  public let yearsRun: [AcademicYear]
  /// The cohort relative criteria and the improvement index compared within.
  public let cohort: Cohort.Scope
  /// The packs, in the order given.
  public let packs: [IdentificationReport.PackReference]
  /// The categories the packs' rules can assign, in rule order, each once.
  public let categories: [SchoolCategory]
  /// Every parameter's value (the packs' and the improvement index's switches), sorted by key.
  public let parameters: [(key: ParameterKey, value: Double)]
  /// What the document says about each parameter of the packs, by key (the index's switches have
  /// none and are named by key).
  let parameterReferences: [ParameterKey: IdentificationReport.ParameterReference]
  /// Every school's tracks, sorted by id.
  public let schools: [SchoolHistory]
  /// Every category's years, in category order.
  public let summaries: [CategorySummary]
  /// The improvement ranking, when an index was given.
  public let improvement: IdentificationHistory.ImprovementRanking?
  /// What the reader should know about the input, over all years.
  public let issues: [DataIssue]
  /// Reports never print values of a school with fewer students than this (small-cell suppression).
  public let minimumGroupSize: Int
  /// The authority's decisions applied to the lists of ``decisionsYear`` (see
  /// ``IdentificationReport/applying(_:)``); empty without decisions.
  public let decisions: [Decision]
  /// The year the decisions apply to: the last year of the history — a decisions file is one
  /// year's act; `nil` without decisions. That year's lists count decided placements like
  /// computed ones.
  public let decisionsYear: AcademicYear?

  /// Identifies every year of `run`'s packs from `from` through `through`; the public entry is
  /// ``init(identifier:dataset:benchmarks:from:through:cohort:overrides:catalog:issues:improvement:top:minimumGroupSize:decisions:progress:)``.
  init(
    run: IdentificationRun, dataset: Dataset, benchmarks: Benchmarks = .none,
    from: AcademicYear? = nil, through: AcademicYear? = nil, cohort: Cohort.Scope = .all,
    overrides: [ParameterKey: Double] = [:], catalog: MetricCatalog = .standard,
    issues: [DataIssue] = [], improvement: CompositeIndex? = nil, top: Int = 10,
    minimumGroupSize: Int = 5, assumeLargeWhenUnknown: Bool = false, decisions: [Decision] = [],
    progress: RunProgress.Handler? = nil
  ) throws(IdentificationError) {
    let rule = SmallGroupRule(
      minimumGroupSize: minimumGroupSize, assumeLargeWhenUnknown: assumeLargeWhenUnknown)
    // The history keeps each year's statuses, never its context-adjusted results: each year's run
    // leaves them out rather than fit a line nobody reads.
    var run = run
    run.contextIndices = nil
    guard dataset.schoolCount > 0 else { throw .noSchools }
    guard !dataset.years.isEmpty else { throw .noValues }
    let years = try HistorySpan.years(of: dataset, from: from, through: through)
    // Overrides are checked against the packs' parameters and the index's switches together; the
    // identifier then gets only its own keys.
    let values: ParameterValues
    do {
      values = try ParameterValues(
        declared: run.parameters + (improvement?.switches ?? []), overrides: overrides)
    } catch {
      throw .parameter(error)
    }
    let ownKeys = Set(run.parameters.map(\.key))
    let identifierOverrides = overrides.filter { ownKeys.contains($0.key) }

    var categories: [SchoolCategory] = []
    for entry in run.rules where !categories.contains(entry.rule.category) {
      categories.append(entry.rule.category)
    }
    let n = dataset.schoolCount
    // statuses[category][school][year]
    var statuses = [[[Status]]](
      repeating: [[Status]](repeating: [], count: n), count: categories.count)
    var found = Set<DataIssue>()
    var latestImplausible: [DataIssue] = []
    var yearsRun: [AcademicYear] = []
    let available = Set(dataset.years)
    // A decisions file is one year's act: it applies to the last year of the history, which must
    // then have values for the decisions to change anything.
    let decisionsYear = decisions.isEmpty ? nil : years.last
    if let decisionsYear, !available.contains(decisionsYear) {
      throw .yearWithoutValues(decisionsYear, available: dataset.years)
    }
    let identified = progress.map { ProgressCounter(.identifying, total: years.count, handler: $0) }
    for year in years {
      defer { identified?.advance() }
      guard available.contains(year) else {
        for category in categories.indices {
          for school in 0..<n { statuses[category][school].append(.undetermined) }
        }
        found.insert(Self.yearWithoutValues(year))
        continue
      }
      var report: IdentificationReport
      do {
        report = try run.identify(
          dataset, benchmarks: benchmarks, year: year, cohort: cohort,
          overrides: identifierOverrides, catalog: catalog, issues: [], rule: rule, progress: nil)
      } catch {
        throw .inYear(year, error)
      }
      if year == decisionsYear {
        // Decided placements count like computed ones: the year's lists are the decided lists.
        report = try report.applying(decisions)
      }
      yearsRun.append(year)
      for (school, outcome) in report.schools.enumerated() {
        for (category, id) in categories.enumerated() {
          let status: Status =
            outcome.placement(in: id) != nil
            ? .on : outcome.undeterminedCategories.contains(id) ? .undetermined : .off
          statuses[category][school].append(status)
        }
      }
      // The implausible-value warning of year Y counts every year up to Y: the last year's
      // supersedes the earlier ones. The other issues are per year or the same every year.
      latestImplausible = report.issues.filter { $0.code == "implausible_value" }
      found.formUnion(report.issues.filter { $0.code != "implausible_value" })
    }
    found.formUnion(latestImplausible)
    found.formUnion(issues)

    var schools: [SchoolHistory] = []
    schools.reserveCapacity(n)
    for (position, school) in dataset.schools.enumerated() {
      schools.append(
        SchoolHistory(
          school: school,
          tracks: categories.enumerated().map { index, category in
            CategoryTrack(category: category, years: years, statuses: statuses[index][position])
          }))
    }
    let ran = Set(yearsRun)
    self.summaries = categories.enumerated().map { index, category in
      CategorySummary(
        category: category,
        years: years.enumerated().map { offset, year in
          var on: [SchoolID] = []
          var open: [SchoolID] = []
          var entries: [SchoolID] = []
          var exits: [SchoolID] = []
          for history in schools {
            let track = history.tracks[index]
            switch track.statuses[offset] {
            case .on: on.append(history.school.id)
            case .undetermined: open.append(history.school.id)
            case .off: break
            }
            if track.entered(in: year) { entries.append(history.school.id) }
            if track.exited(in: year) { exits.append(history.school.id) }
          }
          return CategoryYear(
            year: year, wasRun: ran.contains(year), onList: on, entries: entries, exits: exits,
            undetermined: open)
        })
    }

    if let improvement {
      for metric in improvement.activeComponents(with: values).map(\.metric)
      where !dataset.contains(metric) {
        found.insert(Self.indexMetricAbsent(metric, index: improvement.id))
      }
      self.improvement = IdentificationHistory.ImprovementRanking(
        index: improvement, dataset: dataset, years: years, cohort: cohort, parameters: values,
        top: top, rule: rule)
    } else {
      self.improvement = nil
    }
    self.years = years
    self.yearsRun = yearsRun
    self.cohort = cohort
    self.packs = run.packs
    self.categories = categories
    self.parameters = values.sorted
    self.parameterReferences = run.parameterReferences()
    self.schools = schools
    self.issues = found.sorted()
    self.minimumGroupSize = minimumGroupSize
    self.decisions = decisions
    self.decisionsYear = decisionsYear
  }

  /// The years of `category`, if the packs assign it.
  public func summary(of category: SchoolCategory) -> CategorySummary? {
    summaries.first { $0.category == category }
  }

  /// The history of the school with `id`, if the dataset has it.
  ///
  /// - Complexity: O(log n).
  public func school(_ id: SchoolID) -> SchoolHistory? {
    var low = 0
    var high = schools.count
    while low < high {
      let middle = (low + high) / 2
      if schools[middle].school.id < id { low = middle + 1 } else { high = middle }
    }
    return low < schools.count && schools[low].school.id == id ? schools[low] : nil
  }

  private static func yearWithoutValues(_ year: AcademicYear) -> DataIssue {
    DataIssue(
      severity: .warning, code: "year_without_values",
      message: LocalizedText(
        ru: "за \(year) учебный год нет ни одного значения: статус всех школ не определён",
        en: "there are no values for \(year): every school is undetermined"))
  }

  private static func indexMetricAbsent(_ metric: MetricKey, index: IndexID) -> DataIssue {
    DataIssue(
      severity: .warning, code: "metric_absent",
      message: LocalizedText(
        ru: "ни у одной школы нет значений метрики \(metric) (нужна индексу \(index))",
        en: "no school has values of metric \(metric) (needed by index \(index))"))
  }
}
