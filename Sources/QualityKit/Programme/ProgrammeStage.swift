/// A stage of a programme («этап»), with the academic years the document gives it, if any.
///
/// Most documents name their stages without dates (a management cycle, «подготовительный —
/// практический — обобщающий»); a stage without dates has none here rather than dates the library
/// would have to invent, and ``ProgrammeStatusReport`` then says the document dates no stage
/// instead of guessing the current one.
public struct ProgrammeStage: Sendable, Hashable {
  /// The stage's id, unique among the pack's results, stages and risks.
  public let id: ProgrammeElementID
  /// The stage and what it does, as the document words it.
  public let title: LocalizedText
  /// The first academic year of the stage, or `nil` when the document gives none.
  public let from: AcademicYear?
  /// The last academic year of the stage (the same as ``from`` for one year), or `nil`.
  public let to: AcademicYear?
  /// Where the document states the stage; its derivation explains any reading of the dates.
  public let provenance: Provenance

  /// Creates a stage; give both years or neither (``RulePack/validate()`` checks it).
  public init(
    id: ProgrammeElementID, title: LocalizedText, from: AcademicYear? = nil,
    to: AcademicYear? = nil, provenance: Provenance
  ) {
    self.id = id
    self.title = title
    self.from = from
    self.to = to
    self.provenance = provenance
  }

  /// Whether the document dates the stage.
  public var isDated: Bool { from != nil && to != nil }

  /// Whether `year` falls within the stage; `false` for an undated stage.
  public func contains(_ year: AcademicYear) -> Bool {
    guard let from, let to else { return false }
    return from <= year && year <= to
  }

  /// The years in words: «2021/2022», «2021/2022–2022/2023», or «сроки не указаны».
  public func yearsText(in language: Language) -> String {
    guard let from, let to else {
      return language == .russian ? "сроки не указаны" : "no dates given"
    }
    return from == to ? from.description : "\(from.description)–\(to.description)"
  }
}
