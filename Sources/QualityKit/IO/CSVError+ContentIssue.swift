extension CSVError {
  /// What a domain's reader finds wrong with the meaning of a cell: an indicator reported twice, a
  /// monitoring procedure the plan does not have. `IO/` knows CSV, not indicators or procedures, so
  /// a domain's file reader says what it refuses in its own type and `CSVError` carries it as
  /// ``CSVError/Kind/content(_:)`` with the place.
  ///
  /// - Complexity: Creating an issue is O(1); a message is O(m) in the length of the text it quotes.
  public protocol ContentProblem: Sendable, Hashable {
    /// A stable snake_case code for machine-readable reports, e.g. `duplicate_record`.
    var code: String { get }
    /// The sentence that says what is wrong, in `language`, without the location and without a final
    /// full stop.
    func message(in language: Language) -> String
  }
}

extension CSVError {
  /// A domain's ``CSVError/ContentProblem`` inside a ``CSVError``: compared and hashed as the problem
  /// itself, so two errors are equal when their problems are.
  public struct ContentIssue: Sendable, Hashable {
    /// The problem as the domain's reader stated it; cast it to the reader's type to switch on it
    /// (`issue.problem as? ReportedValuesFile.Problem`).
    public let problem: any CSVError.ContentProblem

    /// Wraps `problem`.
    public init(_ problem: some CSVError.ContentProblem) { self.problem = problem }

    /// The problem's code.
    public var code: String { problem.code }

    /// The problem's sentence in `language`.
    public func message(in language: Language) -> String { problem.message(in: language) }

    public static func == (lhs: CSVError.ContentIssue, rhs: CSVError.ContentIssue) -> Bool {
      AnyHashable(lhs.problem) == AnyHashable(rhs.problem)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(AnyHashable(problem)) }
  }
}
