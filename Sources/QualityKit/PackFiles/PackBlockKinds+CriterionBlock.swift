extension PackBlockKinds {
  /// Any criterion in its JSON form: an object whose `kind` names the block type.
  ///
  /// Decoding reads `kind`, looks it up in the decoder's ``PackBlockKinds`` (`userInfo`
  /// `.packBlockKinds`, else ``PackBlockKinds/standard``) and decodes that type from the same object;
  /// an unknown kind throws ``PackFileError/FormatIssue/Kind/unknownKind(_:expected:)`` at `kind`. Encoding a
  /// criterion whose type is not a ``CodableCriterion`` throws `EncodingError.invalidValue`.
  public struct CriterionBlock: Codable, Sendable {
    /// The criterion.
    public let criterion: any IdentificationCriterion

    /// Wraps a criterion.
    public init(_ criterion: any IdentificationCriterion) { self.criterion = criterion }

    /// Decodes the criterion of the kind named in the object.
    public init(from decoder: any Decoder) throws {
      criterion = try PackBlockKinds.registered(\.criteria, for: decoder).init(from: decoder)
    }

    /// Encodes the criterion, which must be a ``CodableCriterion``.
    public func encode(to encoder: any Encoder) throws {
      guard let codable = criterion as? any CodableCriterion else {
        throw EncodingError.invalidValue(
          criterion.id,
          EncodingError.Context(
            codingPath: encoder.codingPath,
            debugDescription:
              "criterion \(criterion.id) (\(type(of: criterion))) has no JSON form: "
              + "make its type a CodableCriterion"))
      }
      try codable.encode(to: encoder)
    }
  }
}

extension PackBlockKinds {
  /// Any indicator in its JSON form (see ``PackBlockKinds/CriterionBlock``).
  public struct IndicatorBlock: Codable, Sendable {
    /// The indicator.
    public let indicator: any Indicator

    /// Wraps an indicator.
    public init(_ indicator: any Indicator) { self.indicator = indicator }

    /// Decodes the indicator of the kind named in the object.
    public init(from decoder: any Decoder) throws {
      indicator = try PackBlockKinds.registered(\.indicators, for: decoder).init(from: decoder)
    }

    /// Encodes the indicator, which must be a ``CodableIndicator``.
    public func encode(to encoder: any Encoder) throws {
      guard let codable = indicator as? any CodableIndicator else {
        throw EncodingError.invalidValue(
          indicator.id,
          EncodingError.Context(
            codingPath: encoder.codingPath,
            debugDescription:
              "indicator \(indicator.id) (\(type(of: indicator))) has no JSON form: "
              + "make its type a CodableIndicator"))
      }
      try codable.encode(to: encoder)
    }
  }
}

extension PackBlockKinds {
  private enum KindKey: String, CodingKey { case kind }

  /// The type `table` registers for the `kind` of the object `decoder` reads, looked up in the
  /// decoder's ``PackBlockKinds`` (``standard`` when it has none).
  ///
  /// - Throws: ``PackFileError/FormatIssue/Kind/unknownKind(_:expected:)`` at `kind` for a kind the table
  ///   does not have.
  static func registered<BlockType>(
    _ table: KeyPath<PackBlockKinds, [String: BlockType]>, for decoder: any Decoder
  ) throws -> BlockType {
    let container = try decoder.container(keyedBy: KindKey.self)
    let kind = try container.decode(String.self, forKey: .kind)
    let types = (decoder.userInfo[.packBlockKinds] as? PackBlockKinds ?? .standard)[keyPath: table]
    guard let type = types[kind] else {
      throw PackFileError.FormatIssue(
        .unknownKind(kind, expected: types.keys.sorted()),
        codingPath: container.codingPath + [KindKey.kind])
    }
    return type
  }
}
