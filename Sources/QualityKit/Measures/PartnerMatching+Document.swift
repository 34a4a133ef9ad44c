/// A partner matching for people, and its JSON (`qualitykit.partners/1`) and CSV exports.
///
/// In order: the year and the counts (pairs, schools without a partner, strong schools and the
/// capacity); how strength is scored and where the threshold lies; the social index, if any; why
/// the other schools cannot be partners; the pairs in the order served, each with the school's
/// categories and the reason for its partner; the schools without a partner and why; and every
/// strong school's load. Russian by default, numbers with a decimal comma; the values of a school
/// with fewer students than the small-cell limit are not shown.
///
/// The same content is a section of a support plan (``sectionDocument(language:)``).
///
/// ```swift
/// ReportFormat.text.render(matching)
/// // "Школы-партнёры: 2021/2022 учебный год\n=====…"
/// ```
///
/// - Complexity: O(p + u + s) for p pairs, u unmatched and s strong schools.
extension PartnerMatching: Reportable {
  /// The matching as a document of its own (a level-1 heading), in `language`.
  ///
  /// - Complexity: O(p + u + s).
  public func document(language: Language) -> ReportDocument {
    PartnerDocument(language: language).document(self, level: 1)
  }

  /// Writes the `qualitykit.partners/1` JSON.
  ///
  /// - Complexity: O(p + u + s).
  public func writeJSON(language: Language, to output: inout some ReportOutputStream) {
    PartnerJSONReport(language: language).write(self, to: &output)
  }

}

/// Builds the document of a partner matching, standalone or as a section of another document.
struct PartnerDocument {
  let language: Language
  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }

  private func number(_ value: Double) -> String { NumberText.format(value, language) }

  private func name(_ school: School) -> String { "\(school.name) [\(school.id)]" }

  /// The document of `matching`, its heading at `level` and its parts one level below. `heading`
  /// replaces the standalone title, for a document whose own title names another year (a support
  /// plan for the year after the identification).
  ///
  /// - Complexity: O(p + u + s).
  func document(_ matching: PartnerMatching, level: Int, heading: String? = nil) -> ReportDocument {
    var document = ReportDocument()
    let options = matching.options
    let counts = matching.candidates
    document.heading(
      level,
      heading
        ?? t(
          "Школы-партнёры: \(matching.year) учебный год",
          "Partner schools: \(matching.year) academic year"))
    document.paragraph(
      t(
        "Пар: \(matching.pairs.count); без партнёра: \(matching.unmatched.count); сильных школ: "
          + "\(counts.strong) из \(counts.schools) (каждая принимает не более "
          + "\(options.capacity)).",
        "Pairs: \(matching.pairs.count); without a partner: \(matching.unmatched.count); strong "
          + "schools: \(counts.strong) of \(counts.schools) (each takes at most "
          + "\(options.capacity))."))
    document.paragraph(strengthRule(matching))
    if let index = options.socialIndex {
      document.paragraph(
        t(
          "Социальный индекс: \(index.title.ru) — среди партнёров своего "
            + "муниципалитета выбирается ближайший по нему.",
          "Social index: \(index.title.en) — among the partners of the own "
            + "municipality the closest by it is chosen."))
    } else {
      document.paragraph(
        t(
          "Социальный индекс не задан: среди партнёров своего муниципалитета выбирается самый "
            + "сильный.",
          "No social index is set: among the partners of the own municipality the strongest is "
            + "chosen."))
    }
    let excluded = [
      (counts.identified, t("выявлены", "identified")),
      (counts.undetermined, t("категория не определена", "a category undetermined")),
      (counts.noStrengthData, t("нет данных о результатах", "no results data")),
      (
        counts.smallGroup,
        t(
          "менее \(matching.minimumGroupSize) обучающихся или численность неизвестна",
          "fewer than \(matching.minimumGroupSize) students or an unknown enrolment")
      ),
      (counts.belowThreshold, t("сила ниже порога", "strength below the threshold")),
    ].filter { $0.0 > 0 }.map { "\($0.1) — \($0.0)" }
    if !excluded.isEmpty {
      document.paragraph(
        t("Не могут быть партнёрами: ", "Cannot be partners: ")
          + excluded.joined(separator: ", ") + ".")
    }
    // A Markdown paragraph already ends with a blank line.
    document.blank(.textOnly)

    document.heading(level + 1, t("Пары", "Pairs"))
    if matching.pairs.isEmpty {
      document.paragraph(t("Пар нет.", "No pairs."))
      document.blank(.textOnly)
    }
    for pair in matching.pairs {
      document.item(
        "\(pair.priority). \(name(pair.school.school)), \(pair.school.school.municipality) → "
          + "\(name(pair.partner.school)), \(pair.partner.school.municipality)")
      document.item(categories(pair.categories, pair.severity), level: 1)
      document.item(pair.explanation[language], level: 1)
    }
    if !matching.pairs.isEmpty { document.blank() }

    if !matching.unmatched.isEmpty {
      document.heading(level + 1, t("Без партнёра", "Without a partner"))
      for entry in matching.unmatched {
        document.item(
          "\(entry.priority). \(name(entry.school.school)), \(entry.school.school.municipality)")
        document.item(categories(entry.categories, entry.severity), level: 1)
        document.item(entry.explanation[language], level: 1)
      }
      document.blank()
    }

    document.heading(level + 1, t("Нагрузка сильных школ", "Strong schools' load"))
    if matching.loads.isEmpty {
      document.paragraph(t("Сильных школ нет.", "There is no strong school."))
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
      document.table(header, rows, alignment: .left)
    }
    return document
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
