extension IdentificationHistory {
  /// Runs `identifier` for every year from `from` through `through` and, when `improvement` is
  /// given, ranks the schools by the improvement of that index.
  ///
  /// The per-year findings are not kept (a national history would hold every criterion's result
  /// for every school and year): a single run of the ``Identifier`` for a year gives its reasons.
  ///
  /// - Parameters:
  ///   - identifier: the packs to run.
  ///   - dataset: the schools and their values.
  ///   - benchmarks: the host's regional and municipal reference values.
  ///   - from: the first year; the dataset's first year with values when `nil`.
  ///   - through: the last year; the dataset's last year with values when `nil`.
  ///   - cohort: which schools relative criteria and the index compare within.
  ///   - overrides: parameter values by key, for the packs and the index's switches.
  ///   - catalog: the metric definitions.
  ///   - issues: issues met while loading the input, carried into the history once.
  ///   - improvement: the index to rank improvement by (e.g. a results composite, window 1).
  ///   - top: how many steady improvers to list.
  ///   - minimumGroupSize: small-cell limit: values of schools with fewer students in a year they
  ///     come from are not printed; an unknown enrolment counts as small unless
  ///     ``Identifier/assumeLargeWhenUnknown``.
  ///   - decisions: an authority's decisions, applied to the lists of the history's last year
  ///     (``IdentificationReport/applying(_:)``): a decisions file is one year's act. Decided
  ///     placements count like computed ones, and the history says so.
  ///   - progress: called as each year is identified (``RunProgress/Phase/identifying``, one unit
  ///     per year of the span); `nil` for no reports.
  /// - Throws: ``IdentificationError`` for an empty dataset, a dataset without values, a span that
  ///   is empty or longer than 50 years, a bad override, or a year that cannot be identified
  ///   (``IdentificationError/Kind/inYear(_:_:)``); a decision the last year's report refuses, or
  ///   decisions when the last year has no values.
  /// - Complexity: O(y · R + y · n · k) for y years, the cost R of one identification run, n
  ///   schools and k categories, plus the ranking's cost (see ``IdentificationHistory/ImprovementRanking``).
  public init(
    identifier: Identifier, dataset: Dataset, benchmarks: Benchmarks = .none,
    from: AcademicYear? = nil, through: AcademicYear? = nil, cohort: Cohort.Scope = .all,
    overrides: [ParameterKey: Double] = [:], catalog: MetricCatalog = .standard,
    issues: [DataIssue] = [], improvement: CompositeIndex? = nil, top: Int = 10,
    minimumGroupSize: Int = 5, decisions: [Decision] = [], progress: RunProgress.Handler? = nil
  ) throws(IdentificationError) {
    try self.init(
      run: identifier.run, dataset: dataset, benchmarks: benchmarks, from: from, through: through,
      cohort: cohort, overrides: overrides, catalog: catalog, issues: issues,
      improvement: improvement, top: top, minimumGroupSize: minimumGroupSize,
      assumeLargeWhenUnknown: identifier.assumeLargeWhenUnknown, decisions: decisions,
      progress: progress)
  }
}
