extension DecisionsFile {
  /// What a decisions file refuses in the meaning of a cell, carried by a ``CSVError`` as
  /// ``CSVError/Kind/content(_:)``; the same problems, without a place, are what
  /// ``IdentificationReport/applying(_:)`` refuses in decisions made in code
  /// (``IdentificationError/Kind/decision(_:_:)``).
  public enum Problem: CSVError.ContentProblem {
    /// A category that is neither a known id nor a short name; `accepted` lists what is.
    case unknownCategory(String, accepted: [String])
    /// A category that no pack of the run decides; `decided` lists those that some pack does.
    case categoryNotDecided(String, decided: [String])
    /// A decision word other than include, exclude, включить or исключить.
    case unknownVerdict(String)
    /// A school included and excluded in one category; `line` is the first decision's line (0
    /// when the decisions were not read from a file).
    case conflictingDecision(school: SchoolID, category: String, line: Int)
    /// The same decision about a school in a category twice; `line` is the first one's.
    case repeatedDecision(school: SchoolID, category: String, line: Int)
    /// A decision with an empty act.
    case emptyAct
    /// A decision with an empty reason.
    case emptyReason

    /// `unknown_category`, `category_not_decided`, `unknown_decision`, `conflicting_decision`,
    /// `repeated_decision`, `empty_act` or `empty_reason`.
    public var code: String {
      switch self {
      case .unknownCategory: "unknown_category"
      case .categoryNotDecided: "category_not_decided"
      case .unknownVerdict: "unknown_decision"
      case .conflictingDecision: "conflicting_decision"
      case .repeatedDecision: "repeated_decision"
      case .emptyAct: "empty_act"
      case .emptyReason: "empty_reason"
      }
    }

    /// The sentence that says what is wrong, in `language`.
    public func message(in language: Language) -> String {
      let ru = language == .russian
      func other(_ line: Int) -> String {
        guard line > 0 else { return "" }
        return ru ? ": другое решение в строке \(line)" : ": the other decision is on line \(line)"
      }
      func same(_ line: Int) -> String {
        guard line > 0 else { return "" }
        return ru ? ": то же решение в строке \(line)" : ": the same decision is on line \(line)"
      }
      switch self {
      case .unknownCategory(let text, let accepted):
        let list = accepted.joined(separator: ", ")
        return ru
          ? "неизвестная категория «\(text)»: ожидается одно из \(list)"
          : "unknown category \"\(text)\": expected one of \(list)"
      case .categoryNotDecided(let id, let decided):
        let list = decided.joined(separator: ", ")
        return ru
          ? "категорию \(id) не определяет ни один пакет запуска (определяют: \(list))"
          : "no pack of the run decides category \(id) (they decide \(list))"
      case .unknownVerdict(let text):
        let list = Decision.Verdict.spellings.joined(separator: ", ")
        return ru
          ? "неизвестное решение «\(text)»: ожидается одно из \(list)"
          : "unknown decision \"\(text)\": expected one of \(list)"
      case .conflictingDecision(let school, let category, let line):
        return ru
          ? "школа \(school) и включена, и исключена в категории \(category)\(other(line))"
          : "school \(school) is both included and excluded in category \(category)\(other(line))"
      case .repeatedDecision(let school, let category, let line):
        return ru
          ? "повторное решение о школе \(school) в категории \(category)\(same(line))"
          : "repeated decision about school \(school) in category \(category)\(same(line))"
      case .emptyAct:
        return ru ? "у решения не указан акт" : "the decision names no act"
      case .emptyReason:
        return ru ? "у решения не указана причина" : "the decision gives no reason"
      }
    }
  }
}

extension CSVError.Kind {
  /// A cell of a decisions file whose meaning ``DecisionsFile`` refuses.
  public static func decisionProblem(_ problem: DecisionsFile.Problem) -> Self {
    .content(CSVError.ContentIssue(problem))
  }
}
