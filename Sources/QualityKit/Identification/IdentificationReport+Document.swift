/// An identification report for people, and its JSON (`qualitykit.identification/1`) and CSV
/// exports.
///
/// For each category the document names the schools on the list and, under each, the criteria that
/// put it there with their one-sentence explanations; then the schools whose category could not be
/// decided for lack of data, a table of criterion outcomes, the parameters in force and the data
/// issues.
///
/// - Complexity: O(s · c) for s schools and c criteria.
extension IdentificationReport: Reportable {
  /// The report as a document in `language`.
  ///
  /// - Complexity: O(s · c).
  public func document(language: Language) -> ReportDocument {
    IdentificationDocument(language: language).document(self)
  }

  /// Writes the `qualitykit.identification/1` JSON.
  ///
  /// - Complexity: O(s · c).
  public func writeJSON(language: Language, to output: inout some ReportOutputStream) {
    JSONReport(language: language).write(self, to: &output)
  }

  /// One unit per school.
  public var progressUnits: Int { schools.count }

  /// Writes the JSON document, telling `written` after each chunk of schools.
  public func writeJSON(
    language: Language, to output: inout some ReportOutputStream, written: (Int) -> Void
  ) {
    JSONReport(language: language).write(self, to: &output, written: written)
  }

  /// Writes one CSV row per school and criterion.
  ///
  /// - Complexity: O(s · c).
  public func writeCSV(language: Language, to output: inout some ReportOutputStream) {
    CSVReport(language: language).write(self, to: &output)
  }
}

/// Builds the document of an identification report.
private struct IdentificationDocument {
  let language: Language

  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }

  func document(_ report: IdentificationReport) -> ReportDocument {
    var document = ReportDocument()
    document.blocks.reserveCapacity(report.schools.count * 3 + 64)
    let packs = report.packs.map { "\($0.id) \($0.version) — \($0.title[language])" }
    document.heading(
      1,
      t(
        "Идентификация школ: \(report.year) учебный год",
        "School identification: \(report.year) academic year"))
    document.paragraph(t("Пакеты правил: ", "Rule packs: ") + packs.joined(separator: "; "))
    let cohort = report.cohort.comparedWith[language]
    document.paragraph(
      t(
        "Школ: \(report.schools.count). Сравнение с: \(cohort).",
        "Schools: \(report.schools.count). Compared with: \(cohort)."))
    document.blank()
    document.append(contentsOf: report.figureSection(language: language))

    for category in report.categories {
      let members = report.schools(in: category)
      document.heading(
        2,
        "\(category.title[language]): \(members.count) " + t("из", "of")
          + " \(report.schools.count)")
      if members.isEmpty { document.paragraph(t("Таких школ нет.", "No such schools.")) }
      for outcome in members {
        let placement = outcome.placement(in: category)
        var label = "\(outcome.school.name) (\(outcome.school.id))"
        var notes: [String] = []
        if report.packs.count > 1, let placement {
          notes.append(t("пакеты: ", "packs: ") + placement.packs.joined(separator: ", "))
        }
        if let severity = placement?.severity { notes.append(severity.title[language]) }
        if !notes.isEmpty { label += " — " + notes.joined(separator: "; ") }
        document.item(label)
        // The reasons are the met criteria of the rules that put the school in the category.
        let raisers = Set(placement?.packs ?? [])
        let criteria = Set(
          report.rules.filter { $0.category == category && raisers.contains($0.pack) }
            .flatMap(\.criteria))
        for finding in outcome.findings
        where finding.status == .met && criteria.contains(finding.criterion) {
          let title = report.title(of: finding.criterion)?[language] ?? finding.criterion.rawValue
          let why =
            outcome.mayShowValues
            ? finding.result.explanation(in: language)
            : SmallCell.notice(language, limit: report.minimumGroupSize)
          document.item("\(title) — \(why)", level: 1)
        }
      }
      document.blank()
    }

    let undetermined = report.schools.filter { !$0.undeterminedCategories.isEmpty }
    if !undetermined.isEmpty {
      document.heading(
        2,
        t("Не удалось определить из-за недостатка данных", "Undetermined for lack of data")
          + ": \(undetermined.count)")
      for outcome in undetermined {
        let names = outcome.undeterminedCategories.map { $0.id }.joined(separator: ", ")
        document.item("\(outcome.school.name) (\(outcome.school.id)): \(names)")
        for finding in outcome.findings where finding.status == .insufficientData {
          document.item(
            finding.result.explanation(in: language) + " [\(finding.criterion)]", level: 1)
        }
      }
      document.blank()
    }

    document.heading(2, t("Критерии", "Criteria"))
    let header = [
      t("критерий", "criterion"), t("выполнен", "met"), t("не выполнен", "not met"),
      t("недостаточно данных", "insufficient data"),
    ]
    var rows: [[String]] = []
    for (criterion, counts) in report.statusCounts {
      rows.append([
        "\(criterion.title[language]) [\(criterion.id)]", "\(counts[.met] ?? 0)",
        "\(counts[.notMet] ?? 0)", "\(counts[.insufficientData] ?? 0)",
      ])
    }
    document.table(header, rows)
    document.blank()

    document.heading(2, t("Параметры", "Parameters"))
    for parameter in report.parameters {
      document.item(
        "\(parameter.key) = \(NumberText.format(parameter.value, decimals: 6, language))")
    }

    if !report.issues.isEmpty {
      document.blank()
      document.heading(2, t("Замечания к данным", "Data issues") + ": \(report.issues.count)")
      for issue in report.issues { document.item(issue.text(in: language)) }
    }
    return document
  }
}
