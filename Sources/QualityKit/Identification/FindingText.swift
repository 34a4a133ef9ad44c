/// How the documents for people word a finding: its sentence, its numbers and, for missing data,
/// the missing cells by metric title — never by key. The identification document's school cards
/// and the explanation of one school (`--school`) say it the same way.
///
/// The identification JSON keeps the criterion's own sentence, whose missing cells are metric keys:
/// that is data for programs, and its bytes do not change.
struct FindingText: Sendable {
  /// The language of the text.
  let language: Language
  /// The metric titles for missing data: the standard dictionary plus the host's metrics.
  let catalog: MetricCatalog
  /// The small-cell limit of the run.
  let minimumGroupSize: Int

  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }

  /// «нет данных: средний балл ЕГЭ по русскому языку (2021/2022); …» with metric titles instead of
  /// keys, at most six cells and how many more.
  func missing(_ missing: [CriterionResult.MissingData]) -> String {
    t("нет данных: ", "missing: ") + cells(missing)
  }

  /// «средний балл ЕГЭ по русскому языку (2021/2022); …»: the missing cells by title, at most six
  /// and how many more.
  private func cells(_ missing: [CriterionResult.MissingData]) -> String {
    let cells = missing.prefix(6).map { cell in
      var text = catalog[cell.metric]?.title[language] ?? cell.metric.rawValue
      if let year = cell.year { text += " (\(year))" }
      switch cell.source {
      case .school: break
      case .regionalBenchmark: text += t(" — региональное значение", " — regional benchmark")
      case .municipalReference: text += t(" — муниципальное значение", " — municipal reference")
      }
      return text
    }
    var text = cells.joined(separator: "; ")
    if missing.count > 6 {
      text += t(" и ещё \(missing.count - 6)", " and \(missing.count - 6) more")
    }
    return text
  }

  /// The metrics missing, by title, each once and without years: «средний балл ЕГЭ по русскому
  /// языку; доля выпускников 9 кл., продолживших обучение» — at most `limit`, then how many more.
  /// For a one-line reason.
  func missingMetrics(_ missing: [CriterionResult.MissingData], limit: Int = 3) -> String {
    // A school misses a few metrics: a scan of those seen costs less than a set.
    var seen: [MetricKey] = []
    var titles: [String] = []
    for cell in missing where !seen.contains(cell.metric) {
      seen.append(cell.metric)
      titles.append(catalog[cell.metric]?.title[language] ?? cell.metric.rawValue)
    }
    var text = titles.prefix(limit).joined(separator: "; ")
    if titles.count > limit {
      text += t(" и ещё \(titles.count - limit)", " and \(titles.count - limit) more")
    }
    return text
  }

  /// A finding's sentence: the criterion's explanation, the small-cell notice, or for missing data
  /// the missing cells by title («Недостаточно данных: средний балл ЕГЭ по русскому языку
  /// (2021/2022).»).
  func sentence(_ finding: IdentificationReport.Finding, suppression: SmallGroupRule.Reason?)
    -> String
  {
    if case .insufficientData(let missing, _) = finding.result {
      return t("Недостаточно данных: ", "Insufficient data: ") + cells(missing) + "."
    }
    return explanation(finding, suppression: suppression)
  }

  /// The sentence as `qualitykit.school/1` has always written it, whose bytes do not change: for
  /// missing data «Недостаточно данных: нет данных: …».
  func explanation(_ finding: IdentificationReport.Finding, suppression: SmallGroupRule.Reason?)
    -> String
  {
    switch finding.result {
    case .insufficientData(let missing, _):
      return t("Недостаточно данных: ", "Insufficient data: ") + self.missing(missing) + "."
    case .met, .notMet:
      return suppression.map { $0.notice(language, limit: minimumGroupSize) }
        ?? finding.result.explanation(in: language)
    }
  }

  /// «значение -1,13; порог -0,68; годы 2019/2020, 2020/2021, 2021/2022», or `nil` when nothing
  /// may be shown: the values of a school under the small-cell limit are left out.
  func numbers(_ finding: IdentificationReport.Finding, mayShowValues: Bool) -> String? {
    var parts: [String] = []
    if mayShowValues, let evidence = finding.result.evidence {
      func add(_ ru: String, _ en: String, _ value: Double?) {
        guard let value, value.isFinite else { return }
        parts.append(t(ru, en) + " " + NumberText.format(value, decimals: 2, language))
      }
      add("значение", "value", evidence.value)
      add("порог", "threshold", evidence.threshold)
      add("эталон", "reference", evidence.reference)
    }
    let years = finding.result.years
    if !years.isEmpty {
      parts.append(
        t("годы ", "years ") + years.map { "\($0)" }.joined(separator: ", "))
    }
    return parts.isEmpty ? nil : parts.joined(separator: "; ")
  }
}

extension ReportDocument.Inline {
  /// `text` with every key of `keys` in it set as code: a parameter key a rule's wording names is
  /// what a reader types after `--set`, so formats with a code font show it as one.
  ///
  /// - Complexity: O(n · k) for a text of length n and k keys; rule wordings are one sentence.
  static func marking(_ keys: some Collection<ParameterKey>, in text: String)
    -> ReportDocument.Inline
  {
    var runs: [ReportDocument.Inline.Run] = []
    var rest = Substring(text)
    while !rest.isEmpty {
      // The earliest key, the longest where two start at the same place.
      var found: (range: Range<Substring.Index>, key: String)?
      for key in keys.lazy.map(\.rawValue) where !key.isEmpty {
        guard let range = rest.firstRange(of: key) else { continue }
        if let current = found,
          range.lowerBound > current.range.lowerBound
            || (range.lowerBound == current.range.lowerBound && key.count <= current.key.count)
        {
          continue
        }
        found = (range, key)
      }
      guard let found else {
        runs.append(.text(String(rest)))
        break
      }
      if found.range.lowerBound > rest.startIndex {
        runs.append(.text(String(rest[..<found.range.lowerBound])))
      }
      runs.append(.code(found.key))
      rest = rest[found.range.upperBound...]
    }
    return runs.count == 1 && runs[0] == .text(text)
      ? ReportDocument.Inline(text) : ReportDocument.Inline(runs: runs)
  }
}
