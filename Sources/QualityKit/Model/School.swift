/// A general-education school (общеобразовательная организация, ОО) as the schools file describes it.
public struct School: Sendable, Hashable, Codable {
  /// The kind of school, which decides which exams it sits: a basic school (ООШ) has no ЕГЭ.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Начальная школа.
    case primary
    /// Основная школа (ООШ): grades 1–9, no ЕГЭ.
    case basic
    /// Средняя школа (СОШ).
    case secondary
    /// Гимназия.
    case gymnasium
    /// Лицей.
    case lyceum
    /// Школа-интернат.
    case boarding
    /// Any other kind.
    case other
  }

  /// Whether the school is in a town or in the countryside.
  public enum Settlement: String, Sendable, Hashable, Codable, CaseIterable {
    /// Городская школа.
    case urban
    /// Сельская школа.
    case rural
  }

  /// The school's id.
  public var id: SchoolID
  /// The school's name, e.g. «МБОУ СОШ №1».
  public var name: String
  /// The municipality (муниципальное образование) the school belongs to.
  public var municipality: String
  /// The region (субъект РФ).
  public var region: String
  /// The kind of school.
  public var kind: Kind
  /// Urban or rural.
  public var settlement: Settlement
  /// Optional columns of the schools file the library does not interpret, by column name.
  public var attributes: [String: String]

  /// Creates a school.
  public init(
    id: SchoolID, name: String, municipality: String, region: String = "",
    kind: Kind = .secondary, settlement: Settlement = .urban, attributes: [String: String] = [:]
  ) {
    self.id = id
    self.name = name
    self.municipality = municipality
    self.region = region
    self.kind = kind
    self.settlement = settlement
    self.attributes = attributes
  }
}

extension School {
  /// Whether the school sits the exam behind `metric` at all: ЕГЭ is sat in grade 11, which a
  /// primary or basic school (ООШ) does not have, and ОГЭ in grade 9, which a primary school does not
  /// have. Every other metric applies to every school.
  ///
  /// A criterion that counts subjects (``BelowReferencesCriterion``) leaves out a subject the school
  /// does not sit instead of reading it as missing data, so a basic school is decided on its ОГЭ and
  /// ВПР rather than left undetermined for want of an ЕГЭ it never takes.
  public func sitsExam(of metric: MetricKey) -> Bool {
    let key = metric.rawValue
    if key.hasPrefix("ege.") { return kind != .primary && kind != .basic }
    if key.hasPrefix("oge.") { return kind != .primary }
    return true
  }
}
