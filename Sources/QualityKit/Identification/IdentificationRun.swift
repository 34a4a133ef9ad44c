import Foundation

/// One identification run's rules as the domain sees them: the criteria and the category rules of
/// some packs, each with its pack's id, and the parameters they declare. ``Identifier`` makes one
/// from packs it has checked; the run goes through named steps:
///
/// 1. ``context(_:benchmarks:year:cohort:overrides:catalog:)`` — *check* the inputs, choose the
///    year, apply the overrides;
/// 2. ``evaluate(in:progress:cancellation:)`` — *evaluate* every criterion for every school;
/// 3. ``coverageIssues(in:)`` — the warnings for inputs that make a whole criterion undecidable;
/// 4. ``compileRules(parameters:)`` — *compile* the category rules to positions;
/// 5. ``suppression(_:in:rule:)`` — which schools' values may not be printed, and why;
/// 6. ``classify(_:rules:in:table:suppression:progress:)`` — *classify* each school;
/// 7. ``assemble(_:rules:table:in:issues:rule:)`` — *assemble* the report.
///
/// ``identify(_:benchmarks:year:cohort:overrides:catalog:issues:rule:progress:)`` runs them in
/// order.
struct IdentificationRun: Sendable {
  /// The packs, in the order given: how the report names them.
  let packs: [IdentificationReport.PackReference]
  /// Every criterion of every pack, in pack order.
  let criteria: [(pack: String, criterion: any IdentificationCriterion)]
  /// Every category rule of every pack, in pack order.
  let rules: [(pack: String, rule: CategoryRule)]
  /// Every parameter the packs declare, checked and sorted by key.
  let parameters: [PackParameter]
  /// The indices of results and conditions context-adjusted results are fitted with, if a pack
  /// names them.
  var contextIndices: ContextIndices? = nil
  /// How context-adjusted results are computed: `nil` for ``LinearContextAdjustment`` with the
  /// run's parameters.
  var contextAdjusting: (any ContextAdjusting)? = nil

  /// The run's pair of indices.
  struct ContextIndices: Sendable {
    let results: CompositeIndex
    let context: CompositeIndex
  }

  /// The category rules compiled for one run: categories by position, each rule's condition on
  /// criterion positions, so the per-school loop does no hashing.
  struct CompiledRules: Sendable {
    /// The categories in the order the packs first name them.
    let categories: [SchoolCategory]
    /// Each rule: its category's and its pack's positions, its severity and its condition.
    let rules: [(category: Int, pack: Int, severity: Severity?, condition: CompiledCondition)]
  }

  /// Runs every step: check, evaluate, then the report (coverage, compile, classify, assemble).
  func identify(
    _ dataset: Dataset, benchmarks: Benchmarks, year: AcademicYear?, cohort: Cohort.Scope,
    overrides: [ParameterKey: Double], catalog: MetricCatalog, issues: [DataIssue],
    rule: SmallGroupRule, progress: RunProgress.Handler?
  ) throws(IdentificationError) -> IdentificationReport {
    let context = try self.context(
      dataset, benchmarks: benchmarks, year: year, cohort: cohort, overrides: overrides,
      catalog: catalog)
    let results = evaluate(in: context, progress: progress, cancellation: nil)
    return report(results: results, in: context, issues: issues, rule: rule, progress: progress)
  }

  // MARK: - 1. Check

  /// The context of a run: the inputs checked, the year chosen, the overrides applied.
  ///
  /// Without a `year`, the run is for ``Dataset/defaultReportYear`` — the latest year with values
  /// for at least half of the schools, not merely the latest year with a value: one stray row of
  /// a later year must not move the whole report to a year most schools have no data for.
  func context(
    _ dataset: Dataset, benchmarks: Benchmarks, year: AcademicYear?, cohort: Cohort.Scope,
    overrides: [ParameterKey: Double], catalog: MetricCatalog
  ) throws(IdentificationError) -> EvaluationContext {
    guard dataset.schoolCount > 0 else { throw .noSchools }
    // Counting the schools of every year is only needed when the run chooses the year.
    let chosen = year == nil ? dataset.defaultReportYear : nil
    guard !dataset.years.isEmpty, let runYear = year ?? chosen?.year else { throw .noValues }
    guard dataset.years.contains(runYear) else {
      throw .yearWithoutValues(runYear, available: dataset.years)
    }
    let values: ParameterValues
    do {
      values = try ParameterValues(declared: parameters, overrides: overrides)
    } catch {
      throw .parameter(error)
    }
    var context = EvaluationContext(
      dataset: dataset, benchmarks: benchmarks, year: runYear, cohort: cohort, parameters: values,
      catalog: catalog)
    context.reportYear = chosen
    return context
  }

  // MARK: - 2. Evaluate

  /// Evaluates every criterion, several at a time when there are cores to spare.
  ///
  /// A criterion not yet started when `cancellation` is set is skipped (its results left empty):
  /// the caller throws the whole run away then.
  func evaluate(
    in context: EvaluationContext, progress: RunProgress.Handler?, cancellation: CancellationFlag?
  ) -> [[CriterionResult]] {
    let criteria = self.criteria.map(\.criterion)
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

  // MARK: - The report: 3. coverage, 4. compile, 5. classify, 6. assemble

  /// The report of a run from its criteria's results: the coverage warnings, the rules compiled,
  /// each school classified, the whole assembled.
  func report(
    results: [[CriterionResult]], in context: EvaluationContext, issues: [DataIssue],
    rule: SmallGroupRule, progress: RunProgress.Handler?
  ) -> IdentificationReport {
    let yearIssues =
      context.reportYear?.issues(schoolCount: context.dataset.schoolCount) ?? []
    let allIssues = issues + yearIssues + coverageIssues(in: context)
    let compiled = compileRules(parameters: context.parameters)
    let references = criteria.map {
      IdentificationReport.CriterionReference(
        id: $0.criterion.id, pack: $0.pack, title: $0.criterion.criterionDescription.title)
    }
    let table = IdentificationReport.ResultTable(criteria: references, columns: results)
    let suppression = self.suppression(results, in: context, rule: rule)
    let outcomes = classify(
      results, rules: compiled, in: context, table: table, suppression: suppression,
      progress: progress)
    return assemble(
      outcomes, rules: compiled, table: table, in: context, issues: allIssues, rule: rule)
  }

  /// Every school's results against what its conditions predict, in dataset order, when the packs
  /// name the indices: the same index values the lowest-share criteria report for the year.
  func contextAdjustment(in context: EvaluationContext) -> ContextAdjustment? {
    guard let indices = contextIndices else { return nil }
    let adjusting = contextAdjusting ?? LinearContextAdjustment(context.parameters)
    var adjustment = adjusting.adjust(
      results: indices.results.scores(in: context).map(\.value),
      context: indices.context.scores(in: context).map(\.value),
      resultsIndex: indices.results.id, contextIndex: indices.context.id)
    adjustment.titles = (indices.results.title, indices.context.title)
    return adjustment
  }

  /// Warnings for inputs that make a whole criterion undecidable: a metric no school has in the
  /// window, or a regional benchmark the host did not supply.
  func coverageIssues(in context: EvaluationContext) -> [DataIssue] {
    let criteria = self.criteria.map(\.criterion)
    var issues: [DataIssue] = []
    var reported = Set<String>()
    for criterion in criteria {
      let description = criterion.criterionDescription
      // An optional input the host switched on (an index component) is required for this run.
      let metrics = criterion.requiredMetrics(with: context.parameters)
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
      where context.benchmarks.value(scope: .region, year: context.year, metric: metric) == nil
        && !context.benchmarks.hasNamedRegionValues(year: context.year, metric: metric)
      {
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

  /// The category rules compiled to positions: categories in the order the packs first name them,
  /// criteria by their position in the run.
  func compileRules(parameters values: ParameterValues) -> CompiledRules {
    var categoryOrder: [SchoolCategory] = []
    for entry in rules where !categoryOrder.contains(entry.rule.category) {
      categoryOrder.append(entry.rule.category)
    }
    var criterionIndex: [CriterionID: Int] = [:]
    for (index, entry) in criteria.enumerated() { criterionIndex[entry.criterion.id] = index }
    let packIDs = packs.map(\.id)
    return CompiledRules(
      categories: categoryOrder,
      rules: rules.map { entry in
        (
          category: categoryOrder.firstIndex(of: entry.rule.category) ?? 0,
          pack: packIDs.firstIndex(of: entry.pack) ?? 0,
          severity: entry.rule.severity,
          condition: CompiledCondition(
            entry.rule.condition, positions: criterionIndex, parameters: values)
        )
      })
  }

  /// Why each school's values may not be printed (`nil`: they may), by ``SmallGroupRule``: the
  /// years a school's values come from are the years of its decided findings' evidence (a window
  /// mean's years with a value, a persistence or composite window, the two years of a change) and
  /// the run's year; then the groupmate rule over the cohort groups, a school with a decided
  /// finding counting as one with values. Which categories a school is in does not depend on it.
  ///
  /// - Complexity: O(c · n) for c criteria and n schools, plus O(m · y · n) for the rule's table.
  func suppression(
    _ results: [[CriterionResult]], in context: EvaluationContext, rule: SmallGroupRule
  ) -> [SmallGroupRule.Reason?] {
    let dataset = context.dataset
    let table = rule.table(for: dataset)
    // Most schools are fine in every year: those are settled without looking at their findings.
    let everyYear = dataset.years
    var own = [SmallGroupRule.Reason?](repeating: nil, count: dataset.schoolCount)
    var evaluable = [Bool](repeating: false, count: dataset.schoolCount)
    for school in 0..<dataset.schoolCount {
      for column in results where column[school].status != .insufficientData {
        evaluable[school] = true
        break
      }
      guard table.reason(school: school, years: everyYear) != nil else { continue }
      var years: Set<AcademicYear> = [context.year]
      for column in results {
        guard let evidence = column[school].evidence else { continue }
        for index in 0..<evidence.yearSpan.count { years.insert(evidence.yearSpan[index]) }
      }
      own[school] = table.reason(school: school, years: years)
    }
    return table.reasons(own: own, groups: context.cohort.groups) { evaluable[$0] }
  }

  /// Each school's categories by the compiled rules, from its criteria's statuses.
  func classify(
    _ results: [[CriterionResult]], rules compiled: CompiledRules, in context: EvaluationContext,
    table: IdentificationReport.ResultTable, suppression: [SmallGroupRule.Reason?],
    progress: RunProgress.Handler?
  ) -> [IdentificationReport.SchoolOutcome] {
    let dataset = context.dataset
    let schools = dataset.schools
    let criterionCount = criteria.count
    let categories = compiled.categories
    let categoryCount = categories.count
    let rules = compiled.rules
    let packIDs = packs.map(\.id)
    let classified = progress.map {
      ProgressCounter(.classifying, total: dataset.schoolCount, handler: $0)
    }
    // Each school's categories depend on its statuses alone: chunks of schools on all cores.
    return Parallel.array(
      count: dataset.schoolCount, chunkSize: 2048
    ) { range, slots in
      guard let first = slots.baseAddress else { return }
      var statuses = [CriterionResult.Status](repeating: .insufficientData, count: criterionCount)
      var truths = [CategoryRule.Truth?](repeating: nil, count: categoryCount)
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
        (first + school).initialize(
          to: IdentificationReport.SchoolOutcome(
            school: schools[school],
            placements: placements,
            undeterminedCategories: undetermined,
            suppression: suppression[school],
            position: school, table: table))
      }
      classified?.advance(by: range.count)
    }

  }

  /// The report: the run's year, packs, criteria, categories and rules, parameters, schools and
  /// issues.
  func assemble(
    _ outcomes: [IdentificationReport.SchoolOutcome], rules compiled: CompiledRules,
    table: IdentificationReport.ResultTable, in context: EvaluationContext, issues: [DataIssue],
    rule: SmallGroupRule
  ) -> IdentificationReport {
    var report = IdentificationReport(
      year: context.year, cohort: context.cohort.scope,
      packs: packs,
      criteria: table.criteria,
      categories: compiled.categories,
      categoryRuleCriteria: Dictionary(
        rules.map { ($0.rule.category.id, $0.rule.condition.criteria) },
        uniquingKeysWith: +),
      rules: rules.map {
        IdentificationReport.RuleReference(
          pack: $0.pack, category: $0.rule.category, criteria: $0.rule.condition.criteria,
          severity: $0.rule.severity, condition: $0.rule.condition, rationale: $0.rule.rationale)
      },
      parameters: context.parameters.sorted,
      schools: outcomes,
      issues: issues.sorted(),
      minimumGroupSize: rule.minimumGroupSize)
    report.suppression = SuppressionSummary(outcomes.map(\.suppression), rule: rule)
    report.contextAdjustment = contextAdjustment(in: context)
    report.yearBasis = context.reportYear?.basis ?? .requested
    report.catalog = context.catalog
    report.parameterReferences = parameterReferences()
    return report
  }

  /// Each declared parameter with the criterion that reads it, the category rule that counts with
  /// it, or else its pack, so that the document can name it by title.
  /// The titles of the context-adjustment parameters, which no criterion or rule owns.
  static let contextParameterTitles: [ParameterKey: LocalizedText] = [
    LinearContextAdjustment.bandWidthParameter.key: LocalizedText(
      ru: "Результаты с учётом условий — выше или ниже ожидаемого от k стандартных отклонений "
        + "остатков",
      en: "Results adjusted for conditions — above or below expectation from k residual standard "
        + "deviations"),
    LinearContextAdjustment.contextShareParameter.key: LocalizedText(
      ru: "Резильентные школы — доля школ с самыми трудными условиями",
      en: "Resilient schools — share of schools with the hardest conditions"),
    LinearContextAdjustment.resultsShareParameter.key: LocalizedText(
      ru: "Резильентные школы — доля школ с лучшими результатами",
      en: "Resilient schools — share of schools with the best results"),
  ]

  func parameterReferences() -> [ParameterKey: IdentificationReport.ParameterReference] {
    var owners: [ParameterKey: LocalizedText] = [:]
    for (_, criterion) in criteria {
      let description = criterion.criterionDescription
      for parameter in description.parameters where owners[parameter.key] == nil {
        owners[parameter.key] = description.title
      }
    }
    for (pack, rule) in rules {
      for key in rule.condition.parameterKeys where owners[key] == nil {
        owners[key] = LocalizedText(
          ru: "\(rule.category.title.ru) (правило пакета \(pack))",
          en: "\(rule.category.title.en) (rule of pack \(pack))")
      }
    }
    var references: [ParameterKey: IdentificationReport.ParameterReference] = [:]
    for parameter in parameters {
      let key: String = parameter.key.rawValue
      let pack = packs.first { key.hasPrefix($0.id + ".") }
      let owner: LocalizedText =
        owners[parameter.key] ?? pack?.title ?? LocalizedText(ru: key, en: key)
      references[parameter.key] = IdentificationReport.ParameterReference(
        owner: owner, unit: parameter.unit, defaultValue: parameter.defaultValue,
        fullTitle: Self.contextParameterTitles[parameter.key])
    }
    return references
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
