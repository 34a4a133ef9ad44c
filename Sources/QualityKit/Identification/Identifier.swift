import Foundation

/// Runs one or more rule packs over a dataset for a year and produces an ``IdentificationReport``.
///
/// The packs are checked together when the identifier is made: criterion ids must be unique across
/// them and every parameter declared consistently. Criteria are evaluated in parallel (each is a pure
/// function of the context), and the report is assembled in pack order, so the output is the same
/// whatever the thread count.
///
/// ```swift
/// let identifier = try Identifier(packs: [DefaultPacks.krasnoyarsk])
/// let report = try identifier.identify(dataset, benchmarks: benchmarks,
///                                      overrides: ["krasnoyarsk.results_lowest_quarter.share": 0.2])
/// report.schools(in: .lowResults).map(\.school.name)
/// ```
public struct Identifier: Sendable {
  /// The packs, in the order given.
  public let packs: [RulePack]
  /// Every parameter of every pack, sorted by key.
  public let parameters: [PackParameter]

  /// Prepares a run of `packs`.
  ///
  /// - Throws: ``PackError`` for a pack given twice, a criterion id used twice, a category rule naming
  ///   a missing criterion, or a parameter declared inconsistently.
  public init(packs: [RulePack]) throws(PackError) {
    var packIDs = Set<String>()
    var criterionIDs = Set<CriterionID>()
    for pack in packs {
      guard packIDs.insert(pack.id).inserted else {
        throw PackError(kind: .duplicatePack(pack.id), pack: pack.id)
      }
      try pack.validate()
      for criterion in pack.criteria where !criterionIDs.insert(criterion.id).inserted {
        throw PackError(kind: .duplicateCriterion(criterion.id), pack: pack.id)
      }
    }
    let declared = packs.flatMap(\.allParameters)
    do {
      self.parameters = try ParameterValues(declared: declared).declared
    } catch {
      throw PackError(kind: .parameter(error), pack: packs.map(\.id).joined(separator: "+"))
    }
    self.packs = packs
  }

  /// Identifies the schools of `dataset`.
  ///
  /// - Parameters:
  ///   - dataset: the schools and their values.
  ///   - benchmarks: the host's regional and municipal reference values.
  ///   - year: the year to run for; the latest year with values when `nil`.
  ///   - cohort: which schools relative criteria compare within.
  ///   - overrides: parameter values by key, replacing the defaults.
  ///   - catalog: the metric definitions (titles for explanations).
  ///   - issues: issues met while loading the input, carried into the report.
  ///   - minimumGroupSize: small-cell limit: values of schools with fewer students are not printed.
  ///   - progress: called as criteria are evaluated (``RunProgress/Phase/identifying``, one unit
  ///     per criterion) and schools classified (``RunProgress/Phase/classifying``, one unit per
  ///     school); `nil` for no reports.
  /// - Returns: every school's categories and findings, with the run's parameters and data issues.
  /// - Throws: ``IdentificationError`` for an empty dataset, a year without values or a bad override.
  /// - Complexity: O(c · n log n) for c criteria and n schools.
  public func identify(
    _ dataset: Dataset, benchmarks: Benchmarks = .none, year: AcademicYear? = nil,
    cohort: CohortScope = .all, overrides: [String: Double] = [:],
    catalog: MetricCatalog = .standard,
    issues: [DataIssue] = [], minimumGroupSize: Int = 5, progress: ProgressHandler? = nil
  ) throws(IdentificationError) -> IdentificationReport {
    let context = try evaluationContext(
      dataset, benchmarks: benchmarks, year: year, cohort: cohort, overrides: overrides,
      catalog: catalog)
    let criteria = packs.flatMap { pack in pack.criteria.map { (pack: pack.id, criterion: $0) } }
    let results = Self.evaluateInParallel(
      criteria.map(\.criterion), in: context, progress: progress, cancellation: nil)
    return assembleReport(
      criteria: criteria, results: results, in: context, issues: issues,
      minimumGroupSize: minimumGroupSize, progress: progress)
  }

  /// Identifies the schools of `dataset` as ``identify(_:benchmarks:year:cohort:overrides:catalog:issues:minimumGroupSize:progress:)``
  /// does, off the caller's thread, and stops when the calling task is cancelled.
  ///
  /// The work runs on a Dispatch queue, not on the Swift concurrency pool, so a long run does not
  /// hold one of the pool's few threads. Cancellation is checked before each criterion is
  /// evaluated and before the schools are classified: a cancelled run ends after the criteria
  /// already started, without building a report. A task cancelled before the call throws without
  /// evaluating anything. The report is byte-for-byte the one the synchronous call makes.
  ///
  /// A separate name, not an `async` overload of `identify`: Swift prefers an `async` overload in
  /// every asynchronous context, so an overload would oblige existing callers there to `await`.
  ///
  /// ```swift
  /// let task = Task {
  ///   try await identifier.identifyCancellably(dataset) { progress in
  ///     print(progress.phase.title(in: .russian), progress.completed, progress.total)
  ///   }
  /// }
  /// task.cancel()   // `try await task.value` throws CancellationError
  /// ```
  ///
  /// - Parameters: as for the synchronous call.
  /// - Returns: every school's categories and findings, with the run's parameters and data issues.
  /// - Throws: `CancellationError` when the task is cancelled before the report is made;
  ///   ``IdentificationError`` as the synchronous call.
  /// - Complexity: O(c · n log n) for c criteria and n schools.
  public func identifyCancellably(
    _ dataset: Dataset, benchmarks: Benchmarks = .none, year: AcademicYear? = nil,
    cohort: CohortScope = .all, overrides: [String: Double] = [:],
    catalog: MetricCatalog = .standard,
    issues: [DataIssue] = [], minimumGroupSize: Int = 5, progress: ProgressHandler? = nil
  ) async throws -> IdentificationReport {
    let flag = CancellationFlag()
    // The handler runs at once when the task is already cancelled, so the flag is set before
    // any work starts.
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global(qos: .userInitiated).async {
          continuation.resume(
            with: Result { () throws -> IdentificationReport in
              guard !flag.isCancelled else { throw CancellationError() }
              let context = try evaluationContext(
                dataset, benchmarks: benchmarks, year: year, cohort: cohort,
                overrides: overrides, catalog: catalog)
              let criteria = packs.flatMap { pack in
                pack.criteria.map { (pack: pack.id, criterion: $0) }
              }
              let results = Self.evaluateInParallel(
                criteria.map(\.criterion), in: context, progress: progress, cancellation: flag)
              guard !flag.isCancelled else { throw CancellationError() }
              let report = assembleReport(
                criteria: criteria, results: results, in: context, issues: issues,
                minimumGroupSize: minimumGroupSize, progress: progress)
              // Cancelled while classifying: still cancelled, whatever the timing.
              guard !flag.isCancelled else { throw CancellationError() }
              return report
            })
        }
      }
    } onCancel: {
      flag.cancel()
    }
  }

  /// The context of a run: the inputs checked, the year chosen, the overrides applied.
  private func evaluationContext(
    _ dataset: Dataset, benchmarks: Benchmarks, year: AcademicYear?, cohort: CohortScope,
    overrides: [String: Double], catalog: MetricCatalog
  ) throws(IdentificationError) -> EvaluationContext {
    guard dataset.schoolCount > 0 else { throw .noSchools }
    guard let latest = dataset.latestYear else { throw .noValues }
    let runYear = year ?? latest
    guard dataset.years.contains(runYear) else {
      throw .yearWithoutValues(runYear, available: dataset.years)
    }
    let values: ParameterValues
    do {
      values = try ParameterValues(declared: parameters, overrides: overrides)
    } catch {
      throw .parameter(error)
    }
    return EvaluationContext(
      dataset: dataset, benchmarks: benchmarks, year: runYear, cohort: cohort, parameters: values,
      catalog: catalog)
  }

  /// The report of a run from its criteria's results: each school's categories by the packs'
  /// rules, the coverage warnings, the run's parameters.
  private func assembleReport(
    criteria: [(pack: String, criterion: any IdentificationCriterion)],
    results: [[CriterionResult]], in context: EvaluationContext, issues: [DataIssue],
    minimumGroupSize: Int, progress: ProgressHandler?
  ) -> IdentificationReport {
    let dataset = context.dataset
    let runYear = context.year
    let values = context.parameters
    var allIssues = issues
    allIssues += Self.coverageIssues(criteria.map(\.criterion), in: context)

    let allRules = packs.flatMap { pack in pack.categoryRules.map { (pack: pack.id, rule: $0) } }
    var categoryOrder: [SchoolCategory] = []
    for entry in allRules where !categoryOrder.contains(entry.rule.category) {
      categoryOrder.append(entry.rule.category)
    }
    var criterionIndex: [CriterionID: Int] = [:]
    for (index, entry) in criteria.enumerated() { criterionIndex[entry.criterion.id] = index }
    // Rules compiled once: positions instead of ids, so the per-school loop does no hashing.
    let packIDs = packs.map(\.id)
    let rules = allRules.map { entry in
      (
        category: categoryOrder.firstIndex(of: entry.rule.category) ?? 0,
        pack: packIDs.firstIndex(of: entry.pack) ?? 0,
        severity: entry.rule.severity,
        condition: CompiledCondition(
          entry.rule.condition, positions: criterionIndex, parameters: values)
      )
    }

    let references = criteria.map {
      IdentificationReport.CriterionReference(
        id: $0.criterion.id, pack: $0.pack, title: $0.criterion.criterionDescription.title)
    }
    let table = IdentificationReport.ResultTable(criteria: references, columns: results)
    let enrollment = dataset.column(.contextEnrollment, year: runYear)
    let schools = dataset.schools
    let criterionCount = criteria.count
    let categories = categoryOrder
    let categoryCount = categories.count
    let classified = progress.map {
      ProgressCounter(.classifying, total: dataset.schoolCount, handler: $0)
    }
    // Each school's categories depend on its statuses alone: chunks of schools on all cores.
    let outcomes: [SchoolOutcome] = Parallel.array(
      count: dataset.schoolCount, chunkSize: 2048
    ) { range, slots in
      guard let first = slots.baseAddress else { return }
      var statuses = [CriterionStatus](repeating: .insufficientData, count: criterionCount)
      var truths = [Truth?](repeating: nil, count: categoryCount)
      var raisers = [[Int]](repeating: [], count: categoryCount)
      var severities = [Severity?](repeating: nil, count: categoryCount)
      for school in range {
        for index in 0..<criterionCount { statuses[index] = results[index][school].status }
        for index in truths.indices {
          truths[index] = nil
          raisers[index].removeAll(keepingCapacity: true)
          severities[index] = nil
        }
        statuses.withUnsafeBufferPointer { statuses in
          for rule in rules {
            // A category holds if any of its rules holds — every such rule is recorded, so each
            // pack that raised the category is named; it is open if none holds and one is open.
            let truth = rule.condition.evaluate(statuses)
            switch (truths[rule.category], truth) {
            case (_, .true):
              truths[rule.category] = .true
              if !raisers[rule.category].contains(rule.pack) {
                raisers[rule.category].append(rule.pack)
              }
              if let severity = rule.severity,
                severities[rule.category].map({ severity > $0 }) ?? true
              {
                severities[rule.category] = severity
              }
            case (.true?, _), (.unknown?, _): break
            case (_, let other): truths[rule.category] = other
            }
          }
        }
        var placements: [IdentificationReport.Placement] = []
        var undetermined: [SchoolCategory] = []
        for (index, truth) in truths.enumerated() {
          if truth == .true {
            placements.append(
              IdentificationReport.Placement(
                category: categories[index], packs: raisers[index].sorted().map { packIDs[$0] },
                severity: severities[index]))
          }
          if truth == .unknown { undetermined.append(categories[index]) }
        }
        let students = enrollment.map { $0[$0.startIndex + school] } ?? .nan
        (first + school).initialize(
          to: SchoolOutcome(
            school: schools[school],
            placements: placements,
            undeterminedCategories: undetermined,
            mayShowValues: students.isNaN || students >= Double(minimumGroupSize),
            position: school, table: table))
      }
      classified?.advance(by: range.count)
    }

    return IdentificationReport(
      year: runYear, cohort: context.cohort.scope,
      packs: packs.map { .init(id: $0.id, version: $0.version, title: $0.title) },
      criteria: references,
      categories: categoryOrder,
      categoryRuleCriteria: Dictionary(
        allRules.map { ($0.rule.category.id, $0.rule.condition.criteria) },
        uniquingKeysWith: +),
      rules: allRules.map {
        IdentificationReport.RuleReference(
          pack: $0.pack, category: $0.rule.category, criteria: $0.rule.condition.criteria,
          severity: $0.rule.severity, condition: $0.rule.condition, rationale: $0.rule.rationale)
      },
      parameters: values.sorted,
      schools: outcomes,
      issues: allIssues.sorted(),
      minimumGroupSize: minimumGroupSize)
  }

  private typealias SchoolOutcome = IdentificationReport.SchoolOutcome

  /// Evaluates every criterion, several at a time when there are cores to spare.
  ///
  /// A criterion not yet started when `cancellation` is set is skipped (its results left empty):
  /// the caller throws the whole run away then.
  private static func evaluateInParallel(
    _ criteria: [any IdentificationCriterion], in context: EvaluationContext,
    progress: ProgressHandler?, cancellation: CancellationFlag?
  ) -> [[CriterionResult]] {
    let evaluated = progress.map {
      ProgressCounter(.identifying, total: criteria.count, handler: $0)
    }
    return Parallel.map(criteria.count) { index in
      if cancellation?.isCancelled == true { return [] }
      let results = criteria[index].evaluate(in: context)
      evaluated?.advance()
      return results
    }
  }

  /// Warnings for inputs that make a whole criterion undecidable: a metric no school has in the
  /// window, or a regional benchmark the host did not supply.
  private static func coverageIssues(
    _ criteria: [any IdentificationCriterion], in context: EvaluationContext
  ) -> [DataIssue] {
    var issues: [DataIssue] = []
    var reported = Set<String>()
    for criterion in criteria {
      let description = criterion.criterionDescription
      var metrics = description.requiredMetrics
      // An optional index component the host switched on is required for this run.
      if let ranked = criterion as? LowestShareCriterion {
        for component in ranked.index.activeComponents(with: context.parameters)
        where !metrics.contains(component.metric) {
          metrics.append(component.metric)
        }
      }
      for metric in metrics where !context.dataset.contains(metric) {
        guard reported.insert("metric:\(metric)").inserted else { continue }
        issues.append(
          DataIssue(
            severity: .warning, code: "metric_absent",
            message: LocalizedText(
              ru:
                "ни у одной школы нет значений метрики \(metric) (нужна критерию \(description.id))",
              en: "no school has values of metric \(metric) (needed by criterion \(description.id))"
            )))
      }
      for metric in metrics {
        guard reported.insert("plausible:\(metric)").inserted,
          let issue = implausibleValues(of: metric, in: context)
        else { continue }
        issues.append(issue)
      }
      guard description.requiresRegionalBenchmarks else { continue }
      for metric in description.requiredMetrics
      where context.benchmarks.value(scope: .region, year: context.year, metric: metric) == nil {
        guard reported.insert("benchmark:\(metric)").inserted else { continue }
        issues.append(
          DataIssue(
            severity: .warning, code: "missing_regional_benchmark",
            message: LocalizedText(
              ru:
                "нет регионального значения \(metric) за \(context.year) (критерий \(description.id) "
                + "по этому предмету даёт «недостаточно данных»)",
              en: "no regional benchmark for \(metric) in \(context.year) (criterion "
                + "\(description.id) gives insufficient data for this subject)")))
      }
    }
    return issues
  }
}

/// A warning listing the values of `metric` outside its plausible range in the run's years, if any.
private func implausibleValues(of metric: MetricKey, in context: EvaluationContext) -> DataIssue? {
  guard let plausible = context.catalog[metric]?.plausibleRange else { return nil }
  var found: [String] = []
  var count = 0
  for year in context.dataset.years where year <= context.year {
    guard let column = context.dataset.column(metric, year: year) else { continue }
    for (offset, value) in column.enumerated() where !value.isNaN && !plausible.contains(value) {
      count += 1
      if found.count < 5 {
        found.append(
          "\(context.dataset.schools[offset].id) (\(year.endYear)): \(NumberText.plain(value))")
      }
    }
  }
  guard count > 0 else { return nil }
  let range = "\(NumberText.plain(plausible.lowerBound))–\(NumberText.plain(plausible.upperBound))"
  let list = found.joined(separator: ", ") + (count > found.count ? ", …" : "")
  return DataIssue(
    severity: .warning, code: "implausible_value",
    message: LocalizedText(
      ru: "\(count) знач. метрики \(metric) вне правдоподобного диапазона \(range) оставлены как "
        + "есть: \(list)",
      en: "\(count) values of \(metric) outside the plausible range \(range) were kept: \(list)"))
}

/// An identification run that cannot start.
public enum IdentificationError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError
{
  /// The dataset has no schools.
  case noSchools
  /// The dataset has no values at all.
  case noValues
  /// The requested year has no values.
  case yearWithoutValues(AcademicYear, available: [AcademicYear])
  /// A parameter override is not acceptable.
  case parameter(ParameterError)

  /// The message in `language`.
  public func message(in language: Language) -> String {
    switch (self, language) {
    case (.noSchools, .russian): "в наборе данных нет ни одной школы"
    case (.noSchools, .english): "the dataset has no schools"
    case (.noValues, .russian): "в наборе данных нет ни одного значения"
    case (.noValues, .english): "the dataset has no values"
    case (.yearWithoutValues(let year, let available), .russian):
      "за \(year) учебный год нет данных; есть: \(available.map(\.description).joined(separator: ", "))"
    case (.yearWithoutValues(let year, let available), .english):
      "there are no values for \(year); available: \(available.map(\.description).joined(separator: ", "))"
    case (.parameter(let error), _): error.message(in: language)
    }
  }

  /// The Russian message.
  public var description: String { message(in: .russian) }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }
}
