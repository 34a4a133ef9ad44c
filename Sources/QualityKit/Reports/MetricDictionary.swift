/// Writes a metric catalogue — every key with its Russian and English title, unit, valid range and
/// direction — as text, Markdown, JSON (`qualitykit.metrics/1`) or CSV. This is
/// `identify-schools --metrics`, and `Guides/Metrics.md` is its Markdown output for
/// ``MetricCatalog/standard``.
///
/// A host that registered metrics of its own passes its catalogue and gets them listed with the
/// standard ones, so that the people who fill in the input files see every column the run accepts.
///
/// ```swift
/// let catalog = try MetricCatalog.standard.registering(attendance)
/// print(MetricDictionary(catalog).render(.markdown, language: .english))
/// ```
///
/// Keys are listed sorted, so the output depends on the catalogue alone. A metric with a plausible
/// range (the context metrics, whose dictionary entry states no hard range) shows both: a value
/// outside the hard range is an input error, one outside the plausible range only a warning.
///
/// - Complexity: O(m log m) for m metrics.
public struct MetricDictionary: Reportable {
  /// The catalogue listed.
  public var catalog: MetricCatalog

  /// The `schema` tag of the JSON form.
  public static let schema = "qualitykit.metrics/1"

  /// The dictionary of `catalog`.
  public init(_ catalog: MetricCatalog = .standard) { self.catalog = catalog }

  /// Every definition, sorted by key.
  private var definitions: [MetricCatalog.Definition] { catalog.keys.compactMap { catalog[$0] } }

  /// The document in `language`: a heading, what the columns mean, then a table with one row per
  /// metric: key, both titles, unit, range and direction.
  public func document(language: Language) -> ReportDocument {
    Labels(language: language).document(definitions)
  }

  /// Writes `qualitykit.metrics/1`: both titles, the ranges and the raw direction sign.
  public func writeJSON(language: Language, to output: inout some ReportOutputStream) {
    Labels(language: language).writeJSON(definitions, to: &output)
  }

  /// One table, `metrics`: one row per metric.
  public func tables(language: Language) -> [ExportTable] {
    [Labels(language: language).table(definitions)]
  }
}

/// The words of the dictionary in one language.
private struct Labels {
  let language: Language

  private var ru: Bool { language == .russian }

  private var heading: String {
    ru ? "Словарь показателей" : "Metric dictionary"
  }

  /// What the columns mean, said once above the list.
  private var legend: String {
    ru
      ? "Ключ — имя столбца во входных файлах. Значение вне диапазона — ошибка входных данных; "
        + "вне ожидаемых значений — предупреждение. Направление — знак, с которым показатель входит "
        + "в сводный индекс: «+» — больше лучше, «−» — больше хуже; «не задано» — словарь его не "
        + "указывает, и индекс задаёт знак сам."
      : "The key is the column name in input files. A value outside the range is an input error; "
        + "outside the expected values, a warning. The direction is the sign a metric enters a "
        + "composite index with: '+' more is better, '−' more is worse; 'not stated' — the "
        + "dictionary gives none and an index sets the sign itself."
  }

  private func unit(_ unit: MetricCatalog.Unit) -> String {
    switch (unit, language) {
    case (.percent, .russian): "проценты"
    case (.percent, .english): "percent"
    case (.points, .russian): "баллы"
    case (.points, .english): "points"
    case (.mark, .russian): "отметка"
    case (.mark, .english): "mark"
    case (.count, .russian): "количество"
    case (.count, .english): "count"
    case (.kilometres, .russian): "километры"
    case (.kilometres, .english): "kilometres"
    case (.index, .russian): "индекс"
    case (.index, .english): "index"
    }
  }

  private func direction(_ direction: MetricCatalog.Direction?) -> String {
    switch direction {
    case .positive?: "+"
    // The minus sign, not a hyphen: this is for people; JSON and CSV keep the raw "-".
    case .negative?: "−"
    case nil: ru ? "не задано" : "not stated"
    }
  }

  private func number(_ value: Double) -> String {
    NumberText.format(value, decimals: 6, language)
  }

  private func range(_ definition: MetricCatalog.Definition) -> String {
    let hard = "\(number(definition.range.lowerBound))…\(number(definition.range.upperBound))"
    guard let plausible = definition.plausibleRange else { return hard }
    let expected = "\(number(plausible.lowerBound))…\(number(plausible.upperBound))"
    return hard + (ru ? "; ожидается " : "; expected ") + expected
  }

  // MARK: - Document

  func document(_ definitions: [MetricCatalog.Definition]) -> ReportDocument {
    var document = ReportDocument()
    document.heading(1, "\(heading): \(definitions.count)")
    document.paragraph(legend)
    let header =
      ru
      ? ["ключ", "название", "название (en)", "единица", "диапазон", "направление"]
      : ["key", "title", "title (ru)", "unit", "range", "direction"]
    let other: Language = ru ? .english : .russian
    // One line a metric, so that `--metrics | grep` finds a key with everything about it.
    let rows = definitions.map { definition in
      [
        ReportDocument.Inline.code(definition.key.rawValue),
        ReportDocument.Inline(definition.title[language]),
        ReportDocument.Inline(definition.title[other]),
        ReportDocument.Inline(unit(definition.unit)), ReportDocument.Inline(range(definition)),
        ReportDocument.Inline(direction(definition.direction)),
      ]
    }
    document.table(header.map { ReportDocument.Inline($0) }, rows, alignment: .left)
    return document
  }

  // MARK: - JSON

  func writeJSON(_ definitions: [MetricCatalog.Definition], to output: inout some TextOutputStream)
  {
    output.write("{\n  \"schema\": \(JSONText.string(MetricDictionary.schema)),\n  \"metrics\": [")
    for (index, definition) in definitions.enumerated() {
      output.write(index == 0 ? "\n    " : ",\n    ")
      output.write(
        "{\"key\": \(JSONText.string(definition.key.rawValue)), "
          + "\"title\": \(PackDescription.json(definition.title)), "
          + "\"unit\": \(JSONText.string(definition.unit.rawValue)), "
          + "\"min\": \(JSONText.number(definition.range.lowerBound)), "
          + "\"max\": \(JSONText.number(definition.range.upperBound)), "
          + "\"plausible_min\": \(JSONText.number(definition.plausibleRange?.lowerBound)), "
          + "\"plausible_max\": \(JSONText.number(definition.plausibleRange?.upperBound)), "
          + "\"direction\": \(definition.direction.map { JSONText.string($0.rawValue) } ?? "null")}"
      )
    }
    output.write(definitions.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
  }

  // MARK: - Table

  /// One row per metric: the key, both titles, the unit, the ranges and the direction (`+`, `-`,
  /// which CSV makes inert, as Excel would read a lone sign as the start of a formula).
  func table(_ definitions: [MetricCatalog.Definition]) -> ExportTable {
    ExportTable(
      id: "metrics", title: LocalizedText(ru: "Показатели", en: "Metrics"),
      columns: [
        .code("key"), .init("название", "title"), .init("название_en", "title_ru"),
        .init("единица", "unit"), .init("минимум", "min", .decimal(places: 2)),
        .init("максимум", "max", .decimal(places: 2)),
        .init("ожидаемый_минимум", "plausible_min", .decimal(places: 2)),
        .init("ожидаемый_максимум", "plausible_max", .decimal(places: 2)),
        .init("направление", "direction", .code),
      ]
    ) { row in
      let language = row.language
      let other: Language = language == .russian ? .english : .russian
      for definition in definitions {
        row.code(definition.key.rawValue)
        row.text(definition.title[language])
        row.text(definition.title[other])
        row.code(definition.unit.rawValue)
        row.number(definition.range.lowerBound)
        row.number(definition.range.upperBound)
        row.number(definition.plausibleRange?.lowerBound)
        row.number(definition.plausibleRange?.upperBound)
        row.code(definition.direction?.rawValue ?? "")
        row.endRow()
      }
    }
  }
}
