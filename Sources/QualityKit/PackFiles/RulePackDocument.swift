/// The JSON document of a rule pack (`qualitykit.pack/1`).
struct RulePackDocument {
  /// The format identifier every pack file starts with.
  static let format = "qualitykit.pack/1"
}
