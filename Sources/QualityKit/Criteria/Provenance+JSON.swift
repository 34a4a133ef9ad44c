extension JSONText {
  /// `{"source", "section", "quote", "kind", "derivation"?}`: where a rule comes from, as the pack
  /// description and the support plan write it.
  static func provenance(_ provenance: Provenance) -> String {
    "{\"source\": \(string(provenance.source)), \"section\": \(string(provenance.section)), "
      + "\"quote\": \(string(provenance.quote)), \"kind\": \"\(provenance.kind.rawValue)\""
      + (provenance.derivation.map { ", \"derivation\": \(localized($0))" } ?? "") + "}"
  }
}
