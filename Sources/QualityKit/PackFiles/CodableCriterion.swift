/// A criterion with a JSON form: the building blocks, and a host's own types that want to be
/// written in pack files.
///
/// The JSON object carries a `kind` (``kind``) that ``PackBlockKinds`` maps back to the type.
/// `encode(to:)` writes `kind` itself; `init(from:)` may ignore it, since the loader has read it to
/// choose the type.
public protocol CodableCriterion: IdentificationCriterion, Codable {
  /// The block kind in pack files, e.g. `lowest_share`.
  static var kind: String { get }
}

/// A target indicator with a JSON form (see ``CodableCriterion``).
public protocol CodableIndicator: Indicator, Codable {
  /// The indicator kind in pack files, e.g. `aggregate`.
  static var kind: String { get }
}
