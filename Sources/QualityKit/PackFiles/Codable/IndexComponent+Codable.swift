/// The JSON form of an index component:
///
/// ```json
/// {"metric": "social.low_ses_families.percent", "direction": "-", "weight": 1}
/// {"metric": "social.large_families.percent", "direction": "-", "weight": 1,
///  "enabled_by": {"key": "amur.social_wellbeing.include_large_families", "unit": "flag", …}}
/// ```
///
/// `direction` is ``MetricCatalog/Direction``'s raw value (`+` or `-`); `weight` may be left out (1, as in
/// ``CompositeIndex/Component/init(_:_:weight:enabledBy:)``) but is always written; `enabled_by` is a
/// ``PackParameter`` object and is written only for an optional component.
extension CompositeIndex.Component: Codable {
  private enum CodingKeys: String, CodingKey {
    case metric, direction, weight
    case enabledBy = "enabled_by"
  }

  /// Decodes a component from its JSON object.
  ///
  /// - Throws: `DecodingError` for a missing key or a wrong type; ``PackFileError/FormatIssue`` at `weight`
  ///   for a weight that is not positive (the opposite sense is `direction`), at `enabled_by` for a
  ///   switch whose unit is not ``PackParameter/Unit/flag``.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let metric = try container.decode(MetricKey.self, forKey: .metric)
    let direction = try container.decode(MetricCatalog.Direction.self, forKey: .direction)
    let weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1
    let enabledBy = try container.decodeIfPresent(PackParameter.self, forKey: .enabledBy)
    guard weight > 0 else {
      throw BlockChecks.invalid(
        NumberText.plain(weight),
        ru: "вес компонента должен быть положительным; обратный смысл задаёт direction «-»",
        en: "a component's weight must be positive; the opposite sense is direction '-'",
        at: container.codingPath + [CodingKeys.weight])
    }
    if let enabledBy, enabledBy.unit != .flag {
      throw BlockChecks.invalid(
        enabledBy.key.rawValue,
        ru: "переключатель компонента — параметр с единицей flag (1 — включён, 0 — выключен)",
        en: "a component's switch is a parameter of unit flag (1 on, 0 off)",
        at: container.codingPath + [CodingKeys.enabledBy])
    }
    self.init(metric, direction, weight: weight, enabledBy: enabledBy)
  }

  /// Encodes the component as its JSON object.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(metric, forKey: .metric)
    try container.encode(direction, forKey: .direction)
    try container.encode(weight, forKey: .weight)
    try container.encodeIfPresent(enabledBy, forKey: .enabledBy)
  }
}
