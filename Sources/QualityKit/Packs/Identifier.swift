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
    var packIDs = Set<PackID>()
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
      throw PackError(
        kind: .parameter(error), pack: PackID(packs.map(\.id.rawValue).joined(separator: "+")))
    }
    self.packs = packs
    self.run = IdentificationRun(
      packs: packs.map {
        .init(
          id: $0.id.rawValue, version: $0.version, title: $0.title, sources: $0.sources,
          sourceTitles: $0.sourceTitles, listing: $0.listing)
      },
      criteria: packs.flatMap { pack in
        pack.criteria.map { (pack: pack.id.rawValue, criterion: $0) }
      },
      rules: packs.flatMap { pack in pack.categoryRules.map { (pack: pack.id.rawValue, rule: $0) }
      },
      parameters: parameters,
      contextIndices: Self.contextIndices(of: packs))
  }

  /// The indices of results and conditions of the run: the first pack that names a results index,
  /// with its own index of conditions or, without one, that of the first other pack naming one.
  static func contextIndices(of packs: [RulePack]) -> IdentificationRun.ContextIndices? {
    for pack in packs {
      guard let pair = pack.contextIndices,
        let results = pack.indices.first(where: { $0.id == pair.results })
      else { continue }
      let own = pair.context.flatMap { id in pack.indices.first { $0.id == id } }
      let borrowed = packs.lazy.compactMap { other -> CompositeIndex? in
        guard let id = other.contextIndices?.context else { return nil }
        return other.indices.first { $0.id == id }
      }.first
      guard let context = own ?? borrowed else { continue }
      return IdentificationRun.ContextIndices(results: results, context: context)
    }
    return nil
  }

  /// The packs' criteria, rules and parameters, for the run's steps.
  var run: IdentificationRun

  /// How context-adjusted results are computed: `nil` (the default) for
  /// ``LinearContextAdjustment`` with the run's parameters (`context_adjusted.k`, …); a host's own
  /// method otherwise.
  public var contextAdjusting: (any ContextAdjusting)? {
    get { run.contextAdjusting }
    set { run.contextAdjusting = newValue }
  }

  /// Whether a school without a known enrolment in a year its values come from counts as large
  /// enough to print them. `false` by default: nobody can tell that an unknown group is not two
  /// students (``SmallGroupRule``). A host whose data leaves enrolment out only for large schools
  /// sets it (`--assume-large-when-unknown` in the tools).
  public var assumeLargeWhenUnknown = false

  /// The categories the packs' rules decide, in the order the packs first name them: the
  /// categories a decisions file may name (``DecisionsFile``).
  public var categories: [SchoolCategory] {
    var categories: [SchoolCategory] = []
    for entry in run.rules where !categories.contains(entry.rule.category) {
      categories.append(entry.rule.category)
    }
    return categories
  }

  /// Identifies the schools of `dataset`.
  ///
  /// - Parameters:
  ///   - dataset: the schools and their values.
  ///   - benchmarks: the host's regional and municipal reference values.
  ///   - year: the year to run for; when `nil`, the latest year with values for at least half of
  ///     the schools (``Dataset/defaultReportYear``).
  ///   - cohort: which schools relative criteria compare within.
  ///   - overrides: parameter values by key, replacing the defaults.
  ///   - catalog: the metric definitions (titles for explanations).
  ///   - issues: issues met while loading the input, carried into the report.
  ///   - minimumGroupSize: small-cell limit: values of schools with fewer students in a year they
  ///     come from are not printed (``SmallGroupRule``, with ``assumeLargeWhenUnknown``).
  ///   - progress: called as criteria are evaluated (``RunProgress/Phase/identifying``, one unit
  ///     per criterion) and schools classified (``RunProgress/Phase/classifying``, one unit per
  ///     school); `nil` for no reports.
  /// - Returns: every school's categories and findings, with the run's parameters and data issues.
  /// - Throws: ``IdentificationError`` for an empty dataset, a year without values or a bad override.
  /// - Complexity: O(c · n log n) for c criteria and n schools.
  public func identify(
    _ dataset: Dataset, benchmarks: Benchmarks = .none, year: AcademicYear? = nil,
    cohort: Cohort.Scope = .all, overrides: [ParameterKey: Double] = [:],
    catalog: MetricCatalog = .standard,
    issues: [DataIssue] = [], minimumGroupSize: Int = 5, progress: RunProgress.Handler? = nil
  ) throws(IdentificationError) -> IdentificationReport {
    try run.identify(
      dataset, benchmarks: benchmarks, year: year, cohort: cohort, overrides: overrides,
      catalog: catalog, issues: issues, rule: rule(minimumGroupSize), progress: progress)
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
    cohort: Cohort.Scope = .all, overrides: [ParameterKey: Double] = [:],
    catalog: MetricCatalog = .standard,
    issues: [DataIssue] = [], minimumGroupSize: Int = 5, progress: RunProgress.Handler? = nil
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
              let context = try run.context(
                dataset, benchmarks: benchmarks, year: year, cohort: cohort,
                overrides: overrides, catalog: catalog)
              let results = run.evaluate(in: context, progress: progress, cancellation: flag)
              guard !flag.isCancelled else { throw CancellationError() }
              let report = run.report(
                results: results, in: context, issues: issues, rule: rule(minimumGroupSize),
                progress: progress)
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

  /// The small-cell rule of a run with `minimumGroupSize`.
  func rule(_ minimumGroupSize: Int) -> SmallGroupRule {
    SmallGroupRule(
      minimumGroupSize: minimumGroupSize, assumeLargeWhenUnknown: assumeLargeWhenUnknown)
  }
}
