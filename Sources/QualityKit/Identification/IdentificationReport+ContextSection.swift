extension IdentificationReport {
  /// The section «Результаты с учётом условий»: the fitted line in words, how many schools are
  /// above, at or below what their conditions predict, the resilient schools by name and, for the
  /// formats that draw, the scatter of results against conditions with the line and its band.
  /// Empty when the run has no context adjustment.
  ///
  /// - Complexity: O(n) in the number of schools.
  func contextSection(language: Language, detail: ReportDocument.Detail) -> ReportDocument {
    guard let adjustment = contextAdjustment else { return ReportDocument() }
    return ContextSection(report: self, adjustment: adjustment, language: language, detail: detail)
      .document()
  }
}

/// Builds ``IdentificationReport/contextSection(language:detail:)``.
private struct ContextSection {
  let report: IdentificationReport
  let adjustment: ContextAdjustment
  let language: Language
  let detail: ReportDocument.Detail

  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }
  private func number(_ value: Double, _ decimals: Int = 2) -> String {
    NumberText.format(value, decimals: decimals, language)
  }

  private var resultsName: String {
    adjustment.titles?.results[language] ?? adjustment.resultsIndex.rawValue
  }
  private var contextName: String {
    adjustment.titles?.context[language] ?? adjustment.contextIndex.rawValue
  }

  func document() -> ReportDocument {
    var document = ReportDocument()
    document.heading(2, t("Результаты с учётом условий", "Results adjusted for conditions"))
    guard let model = adjustment.model else {
      document.paragraph(
        t(
          "Ожидаемые результаты не оценены: значения «\(resultsName)» и "
            + "«\(contextName)» есть у \(adjustment.n) "
            + RussianCount.genitive(adjustment.n, one: "школы", other: "школ")
            + ", а нужно не меньше \(LinearContextAdjustment.minimumSchools).",
          "Expected results are not estimated: \(adjustment.n) schools have values of both "
            + "«\(resultsName)» and «\(contextName)», and at least "
            + "\(LinearContextAdjustment.minimumSchools) are needed."))
      document.blank()
      return document
    }
    let settings = adjustment.settings
    let k = number(settings.bandWidth, 1)
    document.paragraph(
      t(
        "Результаты каждой школы сопоставлены с тем, что предсказывают её условия: по "
          + "\(model.n) "
          + RussianCount.genitive(model.n, one: "школе", other: "школам")
          + " построена прямая «\(resultsName)» по «\(contextName)»: ожидаемое = "
          + "\(number(model.intercept)) \(model.slope < 0 ? "−" : "+") "
          + "\(number(abs(model.slope))) × условия; R² = \(number(model.r2)); стандартное "
          + "отклонение остатков s = \(number(model.residualSD)). Выше ожидаемого — результаты "
          + "выше прямой на \(k) × s или больше, ниже ожидаемого — ниже прямой на столько же или "
          + "больше. Резильентная школа — в \(percent(settings.contextShare)) школ "
          + "с самыми трудными условиями (индекс условий не выше \(number(model.contextCutoff))) "
          + "и в \(percent(settings.resultsShare)) школ с лучшими результатами (индекс "
          + "результатов не ниже \(number(model.resultsCutoff))).",
        "Each school's results are set against what its conditions predict: over \(model.n) "
          + "schools, the line of «\(resultsName)» on «\(contextName)» is expected = "
          + "\(number(model.intercept)) \(model.slope < 0 ? "−" : "+") "
          + "\(number(abs(model.slope))) × conditions; R² = \(number(model.r2)); residual "
          + "standard deviation s = \(number(model.residualSD)). Above expectation: results \(k) × s "
          + "or more above the line; below expectation: as far or further below it. A "
          + "resilient school is among the \(percent(settings.contextShare)) of schools with "
          + "the hardest conditions (context index at most \(number(model.contextCutoff))) and "
          + "the \(percent(settings.resultsShare)) with the best results (results index at "
          + "least \(number(model.resultsCutoff)))."))
    document.paragraph(
      t(
        "Это описание, а не причинная оценка: отклонение от прямой не говорит, почему результаты "
          + "такие, а у малой школы оно сильно зависит от случая.",
        "This describes, it does not explain: a departure from the line does not say why the "
          + "results are what they are, and a small school's is largely chance."))
    var counts: [ContextAdjustedResult.Band: Int] = [:]
    var missing: [ContextAdjustedResult.Missing: Int] = [:]
    var resilient: [IdentificationReport.SchoolOutcome] = []
    var hidden = 0
    for outcome in report.schools {
      switch report.contextAdjusted(outcome) {
      case .adjusted(let result)?:
        guard outcome.mayShowValues else {
          hidden += 1
          continue
        }
        counts[result.band, default: 0] += 1
        if result.resilient { resilient.append(outcome) }
      case .insufficientData(let reason)?: missing[reason, default: 0] += 1
      case nil: break
      }
    }
    var rows: [[String]] = ContextAdjustedResult.Band.allCases.map {
      [$0.title(in: language).capitalizedInitial, "\(counts[$0] ?? 0)"]
    }
    rows.append([
      t("Из них резильентные школы", "Of them, resilient schools"), "\(resilient.count)",
    ])
    for reason in ContextAdjustedResult.Missing.allCases {
      guard let count = missing[reason] else { continue }
      rows.append([t("Без оценки: ", "Not assessed: ") + reason.title(in: language), "\(count)"])
    }
    if hidden > 0 {
      rows.append([
        t(
          "Не выводятся: менее \(report.minimumGroupSize) обучающихся или их число неизвестно",
          "Not shown: fewer than \(report.minimumGroupSize) students or an unknown number"),
        "\(hidden)",
      ])
    }
    document.table([t("оценка", "assessment"), t("школ", "schools")], rows)
    if detail == .full { document.figure(figure(model)) }
    document.heading(3, t("Резильентные школы", "Resilient schools") + ": \(resilient.count)")
    if resilient.isEmpty {
      document.paragraph(t("Таких школ нет.", "No such schools."))
    } else {
      // Scanned once: whether the run spans several municipalities does not change per school.
      let namesMunicipality = self.namesMunicipality
      for outcome in resilient {
        guard case .adjusted(let result)? = report.contextAdjusted(outcome) else { continue }
        document.item(
          "\(outcome.school.name) (\(outcome.school.id))"
            + (namesMunicipality ? ", \(outcome.school.municipality)" : "") + " — "
            + t(
              "условия \(number(result.context)), результаты \(number(result.results)), "
                + "ожидалось \(number(result.expected))",
              "conditions \(number(result.context)), results \(number(result.results)), "
                + "expected \(number(result.expected))"))
      }
    }
    document.blank()
    return document
  }

  private var namesMunicipality: Bool {
    guard let first = report.schools.first?.school.municipality else { return false }
    return report.schools.contains { $0.school.municipality != first }
  }

  private func percent(_ share: Double) -> String {
    NumberText.format(share * 100, decimals: 0, language) + " %"
  }

  /// Results against conditions: a point per school whose values may be shown, by band, the
  /// resilient ones marked; the fitted line and its band; the two cut-offs.
  private func figure(_ model: ContextModel) -> ReportDocument.Figure {
    typealias Figure = ReportDocument.Figure
    let series = [
      Figure.Series(t("резильентные школы", "resilient schools"), style: .marked),
      Figure.Series(ContextAdjustedResult.Band.aboveExpected.title(in: language)),
      Figure.Series(ContextAdjustedResult.Band.belowExpected.title(in: language)),
      Figure.Series(ContextAdjustedResult.Band.asExpected.title(in: language), style: .muted),
    ]
    let labelled = report.schools.count <= Figure.densityThreshold
    var points: [Figure.Point] = []
    points.reserveCapacity(report.schools.count)
    for outcome in report.schools where outcome.mayShowValues {
      guard case .adjusted(let result)? = report.contextAdjusted(outcome) else { continue }
      let group =
        result.resilient
        ? 0 : result.band == .aboveExpected ? 1 : result.band == .belowExpected ? 2 : 3
      points.append(
        Figure.Point(
          x: result.context, y: result.results, series: group,
          label: labelled || result.resilient
            ? "\(outcome.school.name) (\(outcome.school.id))" : nil))
    }
    let band = adjustment.settings.bandWidth * model.residualSD
    var figure = Figure.scatter(
      title: ReportDocument.Inline(
        t("Результаты и условия: ожидаемое по прямой", "Results and conditions: the fitted line")),
      x: Figure.Axis(title: t("Условия: ", "Conditions: ") + contextName),
      y: Figure.Axis(title: t("Результаты: ", "Results: ") + resultsName),
      series: series, points: points, pointTitle: t("школа", "school"),
      references: [
        Figure.Reference(
          .x, model.contextCutoff,
          label: t("трудные условия: ≤ ", "hard conditions: ≤ ") + number(model.contextCutoff)),
        Figure.Reference(
          .y, model.resultsCutoff,
          label: t("лучшие результаты: ≥ ", "best results: ≥ ") + number(model.resultsCutoff)),
      ],
      language: language)
    figure.lines = [
      Figure.Line(
        intercept: model.intercept, slope: model.slope,
        label: t("ожидаемое по условиям", "expected from conditions"), style: .fit),
      Figure.Line(
        intercept: model.intercept + band, slope: model.slope,
        label: t(
          "± \(number(adjustment.settings.bandWidth, 1)) ст. откл. остатков",
          "± \(number(adjustment.settings.bandWidth, 1)) residual SD"), style: .band),
      Figure.Line(
        intercept: model.intercept - band, slope: model.slope, label: "", style: .band),
    ]
    return figure
  }
}
