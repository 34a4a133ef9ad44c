/// Writes an identification report for people: plain text for the terminal, or Markdown.
///
/// For each category it names the schools on the list and, under each, the criteria that put it
/// there with their one-sentence explanations; then the schools whose category could not be decided
/// for lack of data, a table of criterion outcomes, the parameters in force and the data issues.
///
/// - Complexity: O(s · c) for s schools and c criteria.
public struct TextReport: Sendable {
  /// The language of the report.
  public var language: Language
  /// Markdown instead of plain text.
  public var markdown: Bool

  /// Headings, bullets and tables in this report\'s form.
  private var layout: TextLayout { TextLayout(markdown: markdown) }

  /// Creates a writer.
  public init(language: Language = .russian, markdown: Bool = false) {
    self.language = language
    self.markdown = markdown
  }

  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }

  /// Writes `report` to `output`.
  public func write(_ report: IdentificationReport, to output: inout some TextOutputStream) {
    let packs = report.packs.map { "\($0.id) \($0.version) — \($0.title[language])" }
    layout.heading(
      1,
      t(
        "Идентификация школ: \(report.year) учебный год",
        "School identification: \(report.year) academic year"), &output)
    layout.line(t("Пакеты правил: ", "Rule packs: ") + packs.joined(separator: "; "), &output)
    let cohort: String
    switch report.cohort {
    case .all: cohort = t("все школы набора данных", "all schools of the dataset")
    case .municipality:
      cohort = t("школы своего муниципалитета", "schools of the same municipality")
    case .region: cohort = t("школы своего региона", "schools of the same region")
    }
    layout.line(
      t(
        "Школ: \(report.schools.count). Сравнение с: \(cohort).",
        "Schools: \(report.schools.count). Compared with: \(cohort)."), &output)
    output.write("\n")

    for category in report.categories {
      let members = report.schools(in: category)
      layout.heading(
        2,
        "\(category.title[language]): \(members.count) " + t("из", "of")
          + " \(report.schools.count)", &output)
      if members.isEmpty { layout.line(t("Таких школ нет.", "No such schools."), &output) }
      for outcome in members {
        let placement = outcome.placement(in: category)
        var label = "\(outcome.school.name) (\(outcome.school.id))"
        var notes: [String] = []
        if report.packs.count > 1, let placement {
          notes.append(t("пакеты: ", "packs: ") + placement.packs.joined(separator: ", "))
        }
        if let severity = placement?.severity { notes.append(severity.title[language]) }
        if !notes.isEmpty { label += " — " + notes.joined(separator: "; ") }
        layout.bullet(label, level: 0, &output)
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
          layout.bullet("\(title) — \(why)", level: 1, &output)
        }
      }
      output.write("\n")
    }

    let undetermined = report.schools.filter { !$0.undeterminedCategories.isEmpty }
    if !undetermined.isEmpty {
      layout.heading(
        2,
        t("Не удалось определить из-за недостатка данных", "Undetermined for lack of data")
          + ": \(undetermined.count)", &output)
      for outcome in undetermined {
        let names = outcome.undeterminedCategories.map { $0.id }.joined(separator: ", ")
        layout.bullet("\(outcome.school.name) (\(outcome.school.id)): \(names)", level: 0, &output)
        for finding in outcome.findings where finding.status == .insufficientData {
          layout.bullet(
            finding.result.explanation(in: language) + " [\(finding.criterion)]", level: 1, &output)
        }
      }
      output.write("\n")
    }

    layout.heading(2, t("Критерии", "Criteria"), &output)
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
    layout.table(header, rows, &output)
    output.write("\n")

    layout.heading(2, t("Параметры", "Parameters"), &output)
    for parameter in report.parameters {
      layout.bullet(
        "\(parameter.key) = \(NumberText.format(parameter.value, decimals: 6, language))", level: 0,
        &output)
    }

    if !report.issues.isEmpty {
      output.write("\n")
      layout.heading(
        2, t("Замечания к данным", "Data issues") + ": \(report.issues.count)", &output)
      for issue in report.issues { layout.bullet(issue.text(in: language), level: 0, &output) }
    }
  }

}
