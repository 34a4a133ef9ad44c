/// Writes a ``PartnerMatching`` for people: plain text for the terminal, or Markdown.
///
/// In order: the year and the counts (pairs, schools without a partner, strong schools and the
/// capacity); how strength is scored and where the threshold lies; the social index, if any; why
/// the other schools cannot be partners; the pairs in the order served, each with the school's
/// categories and the reason for its partner; the schools without a partner and why; and every
/// strong school's load. Russian by default, numbers with a decimal comma; the values of a school
/// with fewer students than the small-cell limit are not printed.
///
/// ``writeSection(_:level:to:)`` writes the same content under a heading of a given level, so that
/// another report (a support plan) can carry the pairs as one of its sections.
///
/// ```swift
/// var text = ""
/// PartnerTextReport().write(matching, to: &text)
/// // "Школы-партнёры: 2021/2022 учебный год\n=====…"
/// ```
///
/// - Complexity: O(p + u + s) for p pairs, u unmatched and s strong schools.
public struct PartnerTextReport: Sendable {
  /// The language of the report.
  public var language: Language
  /// Markdown instead of plain text.
  public var markdown: Bool

  /// Creates a writer.
  public init(language: Language = .russian, markdown: Bool = false) {
    self.language = language
    self.markdown = markdown
  }

  /// Writes `matching` as a document of its own (a level-1 heading).
  ///
  /// - Complexity: O(p + u + s).
  public func write(_ matching: PartnerMatching, to output: inout some TextOutputStream) {
    write(matching, layout: TextLayout(markdown: markdown), level: 1, to: &output)
  }

  /// Writes `matching` as a section of another document: its heading at `level` (1 or more), its
  /// parts one level below.
  ///
  /// - Complexity: O(p + u + s).
  public func writeSection(
    _ matching: PartnerMatching, level: Int = 2, to output: inout some TextOutputStream
  ) {
    write(matching, layout: TextLayout(markdown: markdown), level: max(level, 1), to: &output)
  }

  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }

  private func number(_ value: Double) -> String { NumberText.format(value, language) }

  private func name(_ school: School) -> String { "\(school.name) [\(school.id)]" }

  /// Writes `matching` with `layout`, its heading at `level`: the entry point for reports of the
  /// library that embed the pairs. `heading` replaces the standalone title, for a document whose
  /// own title names another year (a support plan for the year after the identification).
  ///
  /// - Complexity: O(p + u + s).
  func write(
    _ matching: PartnerMatching, layout: TextLayout, level: Int, heading: String? = nil,
    to output: inout some TextOutputStream
  ) {
    let options = matching.options
    let counts = matching.candidates
    layout.heading(
      level,
      heading
        ?? t(
          "Школы-партнёры: \(matching.year) учебный год",
          "Partner schools: \(matching.year) academic year"), &output)
    layout.line(
      t(
        "Пар: \(matching.pairs.count); без партнёра: \(matching.unmatched.count); сильных школ: "
          + "\(counts.strong) из \(counts.schools) (каждая принимает не более "
          + "\(options.capacity)).",
        "Pairs: \(matching.pairs.count); without a partner: \(matching.unmatched.count); strong "
          + "schools: \(counts.strong) of \(counts.schools) (each takes at most "
          + "\(options.capacity))."), &output)
    layout.line(strengthRule(matching), &output)
    if let index = options.socialIndex {
      layout.line(
        t(
          "Социальный индекс: \(index.title.ru) [\(index.id)] — среди партнёров своего "
            + "муниципалитета выбирается ближайший по нему.",
          "Social index: \(index.title.en) [\(index.id)] — among the partners of the own "
            + "municipality the closest by it is chosen."), &output)
    } else {
      layout.line(
        t(
          "Социальный индекс не задан: среди партнёров своего муниципалитета выбирается самый "
            + "сильный.",
          "No social index is set: among the partners of the own municipality the strongest is "
            + "chosen."), &output)
    }
    let excluded = [
      (counts.identified, t("выявлены", "identified")),
      (counts.undetermined, t("категория не определена", "a category undetermined")),
      (counts.noStrengthData, t("нет данных о результатах", "no results data")),
      (
        counts.smallGroup,
        t(
          "менее \(matching.minimumGroupSize) обучающихся",
          "fewer than \(matching.minimumGroupSize) students")
      ),
      (counts.belowThreshold, t("сила ниже порога", "strength below the threshold")),
    ].filter { $0.0 > 0 }.map { "\($0.1) — \($0.0)" }
    if !excluded.isEmpty {
      layout.line(
        t("Не могут быть партнёрами: ", "Cannot be partners: ")
          + excluded.joined(separator: ", ") + ".", &output)
    }
    // A Markdown paragraph already ends with a blank line.
    if !layout.markdown { output.write("\n") }

    layout.heading(level + 1, t("Пары", "Pairs"), &output)
    if matching.pairs.isEmpty {
      layout.line(t("Пар нет.", "No pairs."), &output)
      if !layout.markdown { output.write("\n") }
    }
    for pair in matching.pairs {
      layout.bullet(
        "\(pair.priority). \(name(pair.school.school)), \(pair.school.school.municipality) → "
          + "\(name(pair.partner.school)), \(pair.partner.school.municipality)", level: 0, &output)
      layout.bullet(categories(pair.categories, pair.severity), level: 1, &output)
      layout.bullet(pair.explanation[language], level: 1, &output)
    }
    if !matching.pairs.isEmpty { output.write("\n") }

    if !matching.unmatched.isEmpty {
      layout.heading(level + 1, t("Без партнёра", "Without a partner"), &output)
      for entry in matching.unmatched {
        layout.bullet(
          "\(entry.priority). \(name(entry.school.school)), \(entry.school.school.municipality)",
          level: 0, &output)
        layout.bullet(categories(entry.categories, entry.severity), level: 1, &output)
        layout.bullet(entry.explanation[language], level: 1, &output)
      }
      output.write("\n")
    }

    layout.heading(level + 1, t("Нагрузка сильных школ", "Strong schools' load"), &output)
    if matching.loads.isEmpty {
      layout.line(t("Сильных школ нет.", "There is no strong school."), &output)
    } else {
      let header = [
        t("школа", "school"), t("муниципалитет", "municipality"), t("сила", "strength"),
        t("принято", "takes"), t("школы", "schools"),
      ]
      let rows = matching.loads.map { load in
        [
          name(load.partner.school), load.partner.school.municipality,
          load.partner.strength.map(number) ?? "—", "\(load.count) / \(options.capacity)",
          load.schools.isEmpty ? "—" : load.schools.map(\.rawValue).joined(separator: ", "),
        ]
      }
      layout.table(header, rows, columns: .left, &output)
    }
  }

  /// «Сила результатов — среднее z-оценок: …; сильная школа — …, не ниже медианы: 0,1.»
  private func strengthRule(_ matching: PartnerMatching) -> String {
    let strength = matching.options.strength
    let metrics = strength.components.map { component in
      let title =
        MetricCatalog.standard[component.metric]?.title[language] ?? component.metric.rawValue
      return component.direction == .negative ? "\(title) (−)" : title
    }.joined(separator: "; ")
    let quantile = matching.options.strengthQuantile
    let cut =
      quantile == 0.5
      ? t("медианы", "the median")
      : t("квантиля \(number(quantile))", "the \(number(quantile)) quantile")
    let threshold = matching.strengthThreshold.map(number) ?? t("нет данных", "no data")
    return t(
      "\(strength.title.ru.capitalizedInitial) — среднее z-оценок по всем школам за год: "
        + "\(metrics); сильная школа — не выявлена, все категории определены, не менее "
        + "\(matching.minimumGroupSize) обучающихся, сила не ниже \(cut) всех школ: \(threshold).",
      "\(strength.title.en.capitalizedInitial) — the mean z-score over all schools in the year: "
        + "\(metrics); a strong school is not identified, has every category decided, at least "
        + "\(matching.minimumGroupSize) students and a strength at or above \(cut) of all "
        + "schools: \(threshold).")
  }

  /// «ШНОР — …; ШНСУ — …; школа в кризисной ситуации»: the severity is the school's (the most
  /// serious of its placements), so it is not appended to the last category as if it were that
  /// category's.
  private func categories(_ categories: [SchoolCategory], _ severity: Severity?) -> String {
    var text = categories.map { $0.title[language] }.joined(separator: "; ")
    if let severity {
      text += t("; школа ", "; the school is ") + severity.title[language]
    }
    return text
  }
}

extension String {
  /// The text with its first character upper-cased.
  fileprivate var capitalizedInitial: String { prefix(1).uppercased() + dropFirst() }
}
