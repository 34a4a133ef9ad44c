/// The JSON form of a parameter, as pack files write it:
///
/// ```json
/// {"key": "krasnoyarsk.continuation_below_60.threshold", "default_value": 60, "unit": "percent",
///  "range": {"min": 0, "max": 100}, "kind": "stated",
///  "rationale": {"ru": "«Менее 60 %…»", "en": "«less than 60%…»"}}
/// ```
///
/// `unit` and `kind` are the raw values of ``PackParameter/Unit`` and ``Provenance/Kind``. Decoding
/// accepts only a parameter ``ParameterValues`` can use: a range whose `min` is not above its `max`,
/// a default inside the range, and a whole default for a count, a number of years or a switch (the
/// rule ``ParameterValues`` applies to overrides).
extension PackParameter: Codable {
  private enum CodingKeys: String, CodingKey {
    case key
    case defaultValue = "default_value"
    case unit, range, kind, rationale
  }

  /// A range as the object `{"min": a, "max": b}`: Swift's own form, a two-element array, says
  /// neither which end is which nor survives a reader that is not Swift.
  private struct RangeObject: Codable {
    let min: Double
    let max: Double
  }

  /// Decodes a parameter from its JSON object.
  ///
  /// - Throws: `DecodingError` for a missing key or a value of the wrong type; ``PackFileError/FormatIssue``
  ///   (``PackFileError/FormatIssue/Kind/invalidValue(_:reason:)``) at `range` for an inverted range, at
  ///   `default_value` for a default outside the range or a fractional count.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let key = ParameterKey(try container.decode(String.self, forKey: .key))
    let defaultValue = try container.decode(Double.self, forKey: .defaultValue)
    let unit = try container.decode(Unit.self, forKey: .unit)
    let bounds = try container.decode(RangeObject.self, forKey: .range)
    let kind = try container.decode(Provenance.Kind.self, forKey: .kind)
    let rationale = try container.decode(LocalizedText.self, forKey: .rationale)
    // Checked before the range is formed: `min...max` traps when min > max.
    guard bounds.min <= bounds.max else {
      throw BlockChecks.invalid(
        "\(NumberText.plain(bounds.min))…\(NumberText.plain(bounds.max))",
        ru: "нижняя граница диапазона больше верхней",
        en: "the lower end of the range is above the upper end",
        at: container.codingPath + [CodingKeys.range])
    }
    let range = bounds.min...bounds.max
    guard range.contains(defaultValue) else {
      throw BlockChecks.invalid(
        NumberText.plain(defaultValue),
        ru: "значение по умолчанию вне диапазона \(BlockChecks.rangeText(range))",
        en: "the default is outside the range \(BlockChecks.rangeText(range))",
        at: container.codingPath + [CodingKeys.defaultValue])
    }
    // The rule ``ParameterValues`` applies to overrides: 1.5 years would be rounded somewhere.
    if [.count, .years, .flag].contains(unit), defaultValue != defaultValue.rounded() {
      throw BlockChecks.invalid(
        NumberText.plain(defaultValue),
        ru: "количество, число лет или переключатель должны быть целыми",
        en: "a count, a number of years or a switch must be whole",
        at: container.codingPath + [CodingKeys.defaultValue])
    }
    self.init(
      key: key, defaultValue: defaultValue, unit: unit, range: range, kind: kind,
      rationale: rationale)
  }

  /// Encodes the parameter as its JSON object, with its stored values.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(key, forKey: .key)
    try container.encode(defaultValue, forKey: .defaultValue)
    try container.encode(unit, forKey: .unit)
    try container.encode(
      RangeObject(min: range.lowerBound, max: range.upperBound), forKey: .range)
    try container.encode(kind, forKey: .kind)
    try container.encode(rationale, forKey: .rationale)
  }
}
