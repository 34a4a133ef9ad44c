/// The result of one criterion for one school.
public enum CriterionResult: Sendable, Hashable {
  /// The school meets the criterion, and why.
  case met(Evidence)
  /// The school has the data and does not meet the criterion, and why.
  case notMet(Evidence)
  /// The criterion could not be decided: these cells are missing, and the years looked at.
  case insufficientData(missing: [CriterionResult.MissingData], years: [AcademicYear])

  /// The status alone.
  public var status: CriterionResult.Status {
    switch self {
    case .met: .met
    case .notMet: .notMet
    case .insufficientData: .insufficientData
    }
  }

  /// The evidence, when the criterion was decided.
  public var evidence: Evidence? {
    switch self {
    case .met(let evidence), .notMet(let evidence): evidence
    case .insufficientData: nil
    }
  }

  /// The years the criterion looked at.
  public var years: [AcademicYear] {
    switch self {
    case .met(let evidence), .notMet(let evidence): evidence.years
    case .insufficientData(_, let years): years
    }
  }

  /// `.met` when `isMet`, else `.notMet`, with the same evidence.
  public static func decided(_ isMet: Bool, _ evidence: Evidence) -> CriterionResult {
    isMet ? .met(evidence) : .notMet(evidence)
  }

  /// Writes the explanation into a report buffer, JSON-escaping the metric keys when `json`.
  func writeExplanation(in language: Language, to buffer: inout ByteBuffer, json: Bool) {
    switch self {
    case .met(let evidence), .notMet(let evidence):
      evidence.explanation.write(in: language, to: &buffer, json: json)
    case .insufficientData(let missing, _):
      Self.writeInsufficient(missing, in: language, to: &buffer, json: json)
    }
  }

  /// «Недостаточно данных: нет m1 (2021/2022), m2 — региональное значение и ещё 2.»
  static func writeInsufficient(
    _ missing: [CriterionResult.MissingData], in language: Language, to buffer: inout ByteBuffer,
    json: Bool
  ) {
    let ru = language == .russian
    buffer.append(ru ? "Недостаточно данных: нет " : "Insufficient data: missing ")
    for (index, cell) in missing.prefix(6).enumerated() {
      if index > 0 { buffer.append(", ") }
      if json {
        buffer.appendJSONEscaped(cell.metric.rawValue)
      } else {
        buffer.append(string: cell.metric.rawValue)
      }
      if let year = cell.year {
        buffer.append(" (")
        buffer.append(int: year.endYear - 1)
        buffer.append("/")
        buffer.append(int: year.endYear)
        buffer.append(")")
      }
      switch (cell.source, language) {
      case (.school, _): break
      case (.regionalBenchmark, .russian): buffer.append(" — региональное значение")
      case (.regionalBenchmark, .english): buffer.append(" — regional benchmark")
      case (.municipalReference, .russian): buffer.append(" — муниципальное значение")
      case (.municipalReference, .english): buffer.append(" — municipal reference")
      }
    }
    if missing.count > 6 {
      buffer.append(ru ? " и ещё " : " and ")
      buffer.append(int: missing.count - 6)
      if !ru { buffer.append(" more") }
    }
    buffer.append(".")
  }

  /// One sentence explaining the result.
  public func explanation(in language: Language) -> String {
    var buffer = ByteBuffer(capacity: 160)
    writeExplanation(in: language, to: &buffer, json: false)
    return buffer.string
  }

}
