/// The criterion and indicator kinds a pack file may use, by their `kind` string.
///
/// ``standard`` knows the library's building blocks; a host adds its own types with
/// ``registering(criterion:)`` and ``registering(indicator:)`` and passes the result to
/// ``RulePackLoader``. Decoding reads it from the decoder's `userInfo` under
/// `CodingUserInfoKey.packBlockKinds`, so nested blocks (a persistence criterion's condition) use
/// the same table.
public struct PackBlockKinds: Sendable {
  /// Criterion types by kind.
  public private(set) var criteria: [String: any CodableCriterion.Type]
  /// Indicator types by kind.
  public private(set) var indicators: [String: any CodableIndicator.Type]

  /// Creates a table from lists of types.
  public init(criteria: [any CodableCriterion.Type], indicators: [any CodableIndicator.Type]) {
    self.criteria = Dictionary(criteria.map { ($0.kind, $0) }) { _, last in last }
    self.indicators = Dictionary(indicators.map { ($0.kind, $0) }) { _, last in last }
  }

  /// The table with `type` added (or replacing the type of the same kind).
  public func registering(criterion type: any CodableCriterion.Type) -> PackBlockKinds {
    var table = self
    table.criteria[type.kind] = type
    return table
  }

  /// The table with `type` added (or replacing the type of the same kind).
  public func registering(indicator type: any CodableIndicator.Type) -> PackBlockKinds {
    var table = self
    table.indicators[type.kind] = type
    return table
  }
}

extension CodingUserInfoKey {
  /// The ``PackBlockKinds`` a decoder resolves `kind` strings with; ``PackBlockKinds/standard``
  /// when absent.
  // swift-format-ignore: NeverForceUnwrap
  // The raw value is a non-empty literal: the initialiser cannot fail.
  public static let packBlockKinds = CodingUserInfoKey(rawValue: "qualitykit.packBlockKinds")!
  /// The composite indices (`[IndexID: CompositeIndex]` by id) a criterion may name by id instead
  /// of writing them inline; when encoding, an index found here under its id with the same value
  /// is written as its id.
  // swift-format-ignore: NeverForceUnwrap
  public static let packIndices = CodingUserInfoKey(rawValue: "qualitykit.packIndices")!
}
