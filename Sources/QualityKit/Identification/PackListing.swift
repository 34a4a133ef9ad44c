/// How the pack's document decides which schools are on its lists: by criteria it states
/// (`rules`) or by a list an act fixes (`act`).
///
/// The difference matters to a reader. Where the document decides by rules (seed 003, г.
/// Лесосибирск: «Общий подход к идентификации ШНРО/ШНСУ»), the pack's category rules encode its
/// criteria and the computed list is the document's. Where an act fixes the list (seed 001: the
/// regional order № 309; seed 004: the nine schools the programme names), the pack's rules are the
/// library's proposal for the list — a reading of the document's indicators, not its criterion —
/// and reports say so wherever they show a rule's result; the authority's list itself comes in as
/// decisions (``Decision``, ``DecisionsFile``).
///
/// ```swift
/// let listing = PackListing.act(
///   LocalizedText(ru: "распоряжение … от 16.03.2020 № 309", en: "order № 309 of 16.03.2020"),
///   provenance: provenance)
/// listing.isProposal   // true: the pack's rules propose a list the act decides
/// ```
public struct PackListing: Sendable, Hashable {
  /// Rules or an act.
  public enum Basis: String, Sendable, Hashable, CaseIterable {
    /// The document's criteria decide; the pack's rules encode them.
    case rules
    /// An act fixes the list; the pack's rules propose one.
    case act
  }

  /// Rules or an act.
  public var basis: Basis
  /// The act that fixes the list, as a reader cites it; `nil` for ``Basis/rules``.
  public var act: LocalizedText?
  /// Where the document says how it decides; `nil` for a host's pack that does not say.
  public var provenance: Provenance?

  /// A listing by `basis`, naming `act` for ``Basis/act``.
  public init(basis: Basis, act: LocalizedText? = nil, provenance: Provenance? = nil) {
    self.basis = basis
    self.act = act
    self.provenance = provenance
  }

  /// Lists decided by the pack's rules, with no source named: a host's pack by default.
  public static let rules = PackListing(basis: .rules)

  /// Lists decided by the pack's rules, as the document says in `provenance`.
  public static func rules(provenance: Provenance) -> PackListing {
    PackListing(basis: .rules, provenance: provenance)
  }

  /// Lists fixed by `act`, as the document says in `provenance`.
  public static func act(_ act: LocalizedText, provenance: Provenance) -> PackListing {
    PackListing(basis: .act, act: act, provenance: provenance)
  }

  /// Whether the pack's rules only propose a list that an act decides.
  public var isProposal: Bool { basis == .act }

  /// «Список утверждает распоряжение …; правила пакета — предложение библиотеки к нему, а не
  /// критерий документа» for an act; `nil` for rules, which need no warning.
  public func sentence(in language: Language) -> String? {
    guard basis == .act else { return nil }
    let act = self.act?[language]
    switch language {
    case .russian:
      return "список по документу: \(act ?? "акт органа управления"); правила пакета — "
        + "предложение библиотеки к этому списку, а не критерий документа"
    case .english:
      return "the document's list: \(act ?? "an authority's act"); the pack's rules are the "
        + "library's proposal for that list, not the document's criterion"
    }
  }
}
