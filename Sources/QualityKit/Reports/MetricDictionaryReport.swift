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
/// print(MetricDictionaryReport(language: .english).render(catalog, format: .markdown))
/// ```
///
/// Keys are listed sorted, so the output depends on the catalogue alone. A metric with a plausible
/// range (the context metrics, whose dictionary entry states no hard range) shows both: a value
/// outside the hard range is an input error, one outside the plausible range only a warning.
///
/// - Complexity: O(m log m) for m metrics.
public struct MetricDictionaryReport: Sendable {
  /// The language of headings and labels; both titles of every metric are always written.
  public var language: Language

  /// The `schema` tag of the JSON form.
  public static let schema = "qualitykit.metrics/1"

  /// Creates a writer.
  public init(language: Language = .russian) { self.language = language }

  /// Writes `catalog` in `format` to `output`.
  public func write(
    _ catalog: MetricCatalog, format: ReportFormat, to output: inout some TextOutputStream
  ) {
    let definitions = catalog.keys.compactMap { catalog[$0] }
    switch format {
    case .text: writeText(definitions, to: &output)
    case .markdown: writeMarkdown(definitions, to: &output)
    case .json: writeJSON(definitions, to: &output)
    case .csv: writeCSV(definitions, to: &output)
    }
  }

  /// `catalog` in `format` as one string.
  public func render(_ catalog: MetricCatalog, format: ReportFormat) -> String {
    var text = ""
    write(catalog, format: format, to: &text)
    return text
  }

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

  private func unit(_ unit: MetricUnit) -> String {
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

  private func direction(_ direction: Direction?) -> String {
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

  private func range(_ definition: MetricDefinition) -> String {
    let hard = "\(number(definition.range.lowerBound))…\(number(definition.range.upperBound))"
    guard let plausible = definition.plausibleRange else { return hard }
    let expected = "\(number(plausible.lowerBound))…\(number(plausible.upperBound))"
    return hard + (ru ? "; ожидается " : "; expected ") + expected
  }

  // MARK: - Text and Markdown

  private func writeText(_ definitions: [MetricDefinition], to output: inout some TextOutputStream)
  {
    let layout = TextLayout(markdown: false)
    layout.heading(1, "\(heading): \(definitions.count)", &output)
    layout.line(legend, &output)
    let other: Language = ru ? .english : .russian
    for definition in definitions {
      output.write("\n")
      layout.bullet("\(definition.key) — \(definition.title[language])", level: 0, &output)
      output.write("  \(other.rawValue): \(definition.title[other])\n")
      output.write(
        ru
          ? "  единица: \(unit(definition.unit)); диапазон: \(range(definition)); "
            + "направление: \(direction(definition.direction))\n"
          : "  unit: \(unit(definition.unit)); range: \(range(definition)); "
            + "direction: \(direction(definition.direction))\n")
    }
  }

  private func writeMarkdown(
    _ definitions: [MetricDefinition], to output: inout some TextOutputStream
  ) {
    let layout = TextLayout(markdown: true)
    layout.heading(1, heading, &output)
    layout.line(legend, &output)
    let header =
      ru
      ? ["ключ", "название", "название (en)", "единица", "диапазон", "направление"]
      : ["key", "title", "title (ru)", "unit", "range", "direction"]
    let other: Language = ru ? .english : .russian
    let rows = definitions.map { definition in
      [
        "`\(definition.key)`", definition.title[language], definition.title[other],
        unit(definition.unit), range(definition), direction(definition.direction),
      ]
    }
    layout.table(header, rows, &output)
  }

  // MARK: - JSON

  private func writeJSON(_ definitions: [MetricDefinition], to output: inout some TextOutputStream)
  {
    output.write("{\n  \"schema\": \(JSONText.string(Self.schema)),\n  \"metrics\": [")
    for (index, definition) in definitions.enumerated() {
      output.write(index == 0 ? "\n    " : ",\n    ")
      output.write(
        "{\"key\": \(JSONText.string(definition.key.rawValue)), "
          + "\"title\": \(PackDescriptionReport.json(definition.title)), "
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

  // MARK: - CSV

  /// As every CSV of the library: `;`, decimal comma, BOM and CRLF, for Russian Excel.
  private func writeCSV(_ definitions: [MetricDefinition], to output: inout some TextOutputStream) {
    let header =
      ru
      ? [
        "key", "название", "название_en", "единица", "минимум", "максимум", "ожидаемый_минимум",
        "ожидаемый_максимум", "направление",
      ]
      : [
        "key", "title", "title_ru", "unit", "min", "max", "plausible_min", "plausible_max",
        "direction",
      ]
    let other: Language = ru ? .english : .russian
    func cell(_ value: Double?) -> String {
      value.map { NumberText.format($0, decimals: 6, .russian) } ?? ""
    }
    output.write("\u{FEFF}")
    output.write(header.joined(separator: ";") + "\r\n")
    for definition in definitions {
      let cells = [
        CSVReport.inert(definition.key.rawValue), CSVReport.inert(definition.title[language]),
        CSVReport.inert(definition.title[other]), definition.unit.rawValue,
        cell(definition.range.lowerBound), cell(definition.range.upperBound),
        cell(definition.plausibleRange?.lowerBound), cell(definition.plausibleRange?.upperBound),
        // A lone "+" or "-" would be read by Excel as the start of a formula.
        CSVReport.inert(definition.direction?.rawValue ?? ""),
      ]
      output.write(cells.map(CSVReport.quoted).joined(separator: ";") + "\r\n")
    }
  }
}
