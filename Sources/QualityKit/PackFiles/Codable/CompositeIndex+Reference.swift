extension CompositeIndex {
  /// Writes `self` under `key` as its id when `userInfo[.packIndices]` holds an equal index under
  /// that id — the pack lists it in `indices` — and as the inline object otherwise, so a criterion
  /// never points at an index that differs from its own.
  ///
  /// - Complexity: O(c) for c components, to compare the two indices.
  func encodeReference<Keys: CodingKey>(
    to container: inout KeyedEncodingContainer<Keys>, forKey key: Keys,
    userInfo: [CodingUserInfoKey: Any]
  ) throws {
    if let indices = userInfo[.packIndices] as? [IndexID: CompositeIndex], indices[id] == self {
      try container.encode(id, forKey: key)
    } else {
      try container.encode(self, forKey: key)
    }
  }

  /// Reads the index under `key`: a string is an id looked up in `userInfo[.packIndices]`, an
  /// object is the index itself.
  ///
  /// - Throws: ``PackFileError/FormatIssue`` (``PackFileError/FormatIssue/Kind/unknownReference(_:expected:)``) at `key`
  ///   for an id the pack does not list; `DecodingError` for anything that is neither.
  static func decodeReference<Keys: CodingKey>(
    from container: KeyedDecodingContainer<Keys>, forKey key: Keys,
    userInfo: [CodingUserInfoKey: Any]
  ) throws -> CompositeIndex {
    // A string is tried first: an object then fails with a type mismatch and is decoded as itself.
    guard let id = try? container.decode(IndexID.self, forKey: key) else {
      return try container.decode(CompositeIndex.self, forKey: key)
    }
    let indices = userInfo[.packIndices] as? [IndexID: CompositeIndex] ?? [:]
    guard let index = indices[id] else {
      let known = indices.keys.map(\.rawValue).sorted().joined(separator: ", ")
      throw PackFileError.FormatIssue(
        .unknownReference(
          id.rawValue,
          expected: LocalizedText(
            ru: "id индекса из списка indices пакета"
              + (known.isEmpty ? " (в пакете нет индексов)" : ": \(known)"),
            en: "the id of an index in the pack's indices"
              + (known.isEmpty ? " (the pack has none)" : ": \(known)"))),
        codingPath: container.codingPath + [key])
    }
    return index
  }
}
