/// The keys every building block's JSON object has besides its own: `kind`, `id`, `title`,
/// `rationale`, `provenance` and `examples`.
///
/// A block's `CodingKeys` enum declares these cases next to its own (an enum case satisfies a static
/// requirement), so ``CriterionBlockHeader`` and the block read the same container: one object, one
/// set of keys asked for, which is what the strict pack decoder checks unknown keys against.
protocol CriterionBlockCodingKeys: CodingKey {
  /// `kind`.
  static var kind: Self { get }
  /// `id`.
  static var id: Self { get }
  /// `title`.
  static var title: Self { get }
  /// `rationale`.
  static var rationale: Self { get }
  /// `provenance`.
  static var provenance: Self { get }
  /// `examples`.
  static var examples: Self { get }
}

/// The description keys every building block shares, read and written in one place:
///
/// ```json
/// {"kind": "threshold", "id": "krasnoyarsk.continuation_below_60",
///  "title": {"ru": "…", "en": "…"}, "rationale": {"ru": "…", "en": "…"},
///  "provenance": {"source": "…", "section": "…", "quote": "…", "kind": "stated"},
///  "examples": [ … ], …the block's own keys… }
/// ```
///
/// The rest of a ``CriterionDescription`` — required metrics, parameters, whether regional
/// benchmarks are needed — is derived by the block's initialiser, so it is never written.
struct CriterionBlockHeader {
  /// The criterion id.
  let id: CriterionID
  /// The title.
  let title: LocalizedText
  /// The rationale.
  let rationale: LocalizedText
  /// The provenance.
  let provenance: Provenance
  /// The worked examples; empty when the object has none.
  let examples: [CriterionDescription.Example]

  /// Reads the shared keys of a block of kind `kind`.
  ///
  /// `kind` itself is optional here, because ``PackBlockKinds/CriterionBlock`` has read it to choose the type; when
  /// present (a block decoded on its own) it must name this type.
  ///
  /// - Throws: `DecodingError` for a missing key or a wrong type; ``PackFileError/FormatIssue`` at `kind` for
  ///   another block's kind.
  init<Keys: CriterionBlockCodingKeys>(kind: String, from container: KeyedDecodingContainer<Keys>)
    throws
  {
    if let found = try container.decodeIfPresent(String.self, forKey: .kind), found != kind {
      throw PackFileError.FormatIssue(
        .unknownKind(found, expected: [kind]), codingPath: container.codingPath + [Keys.kind])
    }
    id = try container.decode(CriterionID.self, forKey: .id)
    title = try container.decode(LocalizedText.self, forKey: .title)
    rationale = try container.decode(LocalizedText.self, forKey: .rationale)
    provenance = try container.decode(Provenance.self, forKey: .provenance)
    examples =
      try container.decodeIfPresent([CriterionDescription.Example].self, forKey: .examples) ?? []
  }

  /// Writes `kind` and the shared keys of `description`; `examples` only when there are some.
  static func encode<Keys: CriterionBlockCodingKeys>(
    _ description: CriterionDescription, kind: String,
    to container: inout KeyedEncodingContainer<Keys>
  ) throws {
    try container.encode(kind, forKey: .kind)
    try container.encode(description.id, forKey: .id)
    try container.encode(description.title, forKey: .title)
    try container.encode(description.rationale, forKey: .rationale)
    try container.encode(description.provenance, forKey: .provenance)
    if !description.examples.isEmpty {
      try container.encode(description.examples, forKey: .examples)
    }
  }

  /// Checks that the criterion built from the object can be evaluated and its examples run: its
  /// parameters do not declare one key twice differently (which ``ParameterValues`` would refuse at
  /// every run), and every example's parameter overrides name its parameters with allowed values.
  ///
  /// - Throws: ``PackFileError/FormatIssue`` at the object for a conflicting declaration, at
  ///   `examples[i].parameters` for a bad override.
  /// - Complexity: O(e · p log p) for e examples and p parameters.
  static func checkEvaluable<Keys: CriterionBlockCodingKeys>(
    _ description: CriterionDescription, in container: KeyedDecodingContainer<Keys>
  ) throws(PackFileError.FormatIssue) {
    do {
      _ = try ParameterValues(declared: description.parameters)
    } catch {
      throw issue(error, at: container.codingPath)
    }
    for (index, example) in description.examples.enumerated() {
      do {
        _ = try ParameterValues(declared: description.parameters, overrides: example.parameters)
      } catch {
        throw issue(
          error,
          at: container.codingPath + [
            Keys.examples, BlockPathKey(index: index), BlockPathKey("parameters"),
          ])
      }
    }
  }

  private static func issue(_ error: ParameterError, at path: [any CodingKey])
    -> PackFileError.FormatIssue
  {
    PackFileError.FormatIssue(
      .invalidValue(
        error.key.rawValue,
        reason: LocalizedText(ru: error.message(in: .russian), en: error.message(in: .english))),
      codingPath: path)
  }
}
