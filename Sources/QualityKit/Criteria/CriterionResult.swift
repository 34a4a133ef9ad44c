/// The result of one criterion for one school.
public enum CriterionResult: Sendable, Hashable {
  /// The school meets the criterion, and why.
  case met(Evidence)
  /// The school has the data and does not meet the criterion, and why.
  case notMet(Evidence)
  /// The criterion could not be decided: these cells are missing, and the years looked at.
  case insufficientData(missing: [MissingData], years: [AcademicYear])

  /// The status alone.
  public var status: CriterionStatus {
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

  /// Writes the explanation into a report buffer.
  func writeExplanation(in language: Language, to buffer: inout ByteBuffer, json: Bool) {
    switch self {
    case .met(let evidence), .notMet(let evidence):
      evidence.explanation.write(in: language, to: &buffer, json: json)
    case .insufficientData:
      let text = explanation(in: language)
      if json { buffer.appendJSONEscaped(text) } else { buffer.append(text) }
    }
  }

  /// One sentence explaining the result.
  public func explanation(in language: Language) -> String {
    switch self {
    case .met(let evidence), .notMet(let evidence):
      return evidence.explanation.text(in: language)
    case .insufficientData(let missing, _):
      let cells = missing.prefix(6).map { cell -> String in
        var text = cell.metric.rawValue
        if let year = cell.year { text += " (\(year))" }
        switch (cell.source, language) {
        case (.school, _): break
        case (.regionalBenchmark, .russian): text += " — региональное значение"
        case (.regionalBenchmark, .english): text += " — regional benchmark"
        case (.municipalReference, .russian): text += " — муниципальное значение"
        case (.municipalReference, .english): text += " — municipal reference"
        }
        return text
      }
      let more =
        missing.count > 6
        ? (language == .russian ? " и ещё \(missing.count - 6)" : " and \(missing.count - 6) more")
        : ""
      switch language {
      case .russian: return "Недостаточно данных: нет \(cells.joined(separator: ", "))\(more)."
      case .english: return "Insufficient data: missing \(cells.joined(separator: ", "))\(more)."
      }
    }
  }
}
