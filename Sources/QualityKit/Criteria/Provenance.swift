/// Where a rule comes from: the source document, the section, a verbatim quote, and whether the rule
/// is the document's own (`stated`) or the library's reading of it (`derived`).
///
/// Quotes are copied from the seed file as printed (OCR damage included), cut with «…», so that anyone
/// can find them with a text search.
public struct Provenance: Sendable, Hashable, Codable {
  /// Whether the document states the rule or the library derived it.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// The document states the rule as encoded.
    case stated
    /// The library's interpretation: a threshold, a combination or a reading the document does not give.
    case derived
  }

  /// The seed file name, e.g. `003_2156e850bfcb12b0.txt`.
  public var source: String
  /// The section of the document, e.g. `2.1 Организация процесса идентификации ШНОР/ШНСУ`.
  public var section: String
  /// A verbatim quote from the document.
  public var quote: String
  /// `stated` or `derived`.
  public var kind: Kind
  /// How the rule reads the document: required for a derived rule (what was derived and why), a
  /// note where a stated rule needs one.
  public var derivation: LocalizedText?

  /// Creates a provenance record.
  public init(
    source: String, section: String, quote: String, kind: Kind, derivation: LocalizedText? = nil
  ) {
    self.source = source
    self.section = section
    self.quote = quote
    self.kind = kind
    self.derivation = derivation
  }
}
