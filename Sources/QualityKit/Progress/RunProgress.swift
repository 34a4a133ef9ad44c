/// How far a long operation has got: which phase it is in and how many of the phase's units are
/// done.
///
/// Loading (``DatasetLoader``), identification (``Identifier``, ``IdentificationHistory``) and
/// report writing (``ReportFormat``) take an optional ``RunProgress/Handler`` and call it with these
/// values. Within one phase `completed` never decreases and the last report of a phase has
/// `completed == total`; a phase begins with a report of `completed == 0`, so a host can show it
/// before any of its work is done.
///
/// ```swift
/// let report = try identifier.identify(dataset) { progress in
///   print(progress.phase.title(in: .russian), progress.completed, "из", progress.total)
/// }
/// ```
public struct RunProgress: Sendable, Hashable {
  /// What the operation is doing.
  public enum Phase: String, Sendable, Hashable, CaseIterable {
    /// Reading the schools file; one unit per file.
    case readingSchools
    /// Reading the values files; one unit per file.
    case readingValues
    /// Reading the benchmarks file; one unit per file.
    case readingBenchmarks
    /// Evaluating criteria; one unit per criterion of every pack (per year in a history).
    case identifying
    /// Putting schools into categories by the packs' rules; one unit per school.
    case classifying
    /// Writing a report; one unit per school.
    case writing

    /// A short name of the phase for a status line, in `language`.
    public func title(in language: Language) -> String {
      switch (self, language) {
      case (.readingSchools, .russian): "чтение списка школ"
      case (.readingSchools, .english): "reading schools"
      case (.readingValues, .russian): "чтение значений"
      case (.readingValues, .english): "reading values"
      case (.readingBenchmarks, .russian): "чтение эталонных значений"
      case (.readingBenchmarks, .english): "reading benchmarks"
      case (.identifying, .russian): "выявление по критериям"
      case (.identifying, .english): "identifying"
      case (.classifying, .russian): "отнесение к категориям"
      case (.classifying, .english): "classifying"
      case (.writing, .russian): "запись отчёта"
      case (.writing, .english): "writing the report"
      }
    }

    /// What one unit of the phase is, in `language`, in the form that follows a count
    /// (`3 из 12 критериев`, `3 of 12 criteria`).
    public func unitName(_ count: Int, in language: Language) -> String {
      switch (self, language) {
      case (.readingSchools, .russian), (.readingValues, .russian),
        (.readingBenchmarks, .russian):
        RussianCount.genitive(count, one: "файла", other: "файлов")
      case (.readingSchools, .english), (.readingValues, .english),
        (.readingBenchmarks, .english):
        count == 1 ? "file" : "files"
      case (.identifying, .russian):
        RussianCount.genitive(count, one: "критерия", other: "критериев")
      case (.identifying, .english): count == 1 ? "criterion" : "criteria"
      case (.classifying, .russian), (.writing, .russian):
        RussianCount.genitive(count, one: "школы", other: "школ")
      case (.classifying, .english), (.writing, .english): count == 1 ? "school" : "schools"
      }
    }
  }

  /// The phase.
  public let phase: Phase
  /// Units of the phase done so far, `0…total`.
  public let completed: Int
  /// Units of the phase in all.
  public let total: Int

  /// Creates a report; `completed` is clamped to `0…total` and `total` to at least 0.
  public init(phase: Phase, completed: Int, total: Int) {
    self.phase = phase
    self.total = max(0, total)
    self.completed = min(max(0, completed), self.total)
  }

  /// `completed / total`, or 1 for a phase with nothing to do.
  public var fraction: Double { total == 0 ? 1 : Double(completed) / Double(total) }
}

extension RunProgress {
  /// Receives ``RunProgress`` reports.
  ///
  /// It may be called on any thread, but never on two at once, and it should return quickly: the
  /// work waits for it. A handler that throttles (a terminal line, a progress bar) does so itself.
  public typealias Handler = @Sendable (RunProgress) -> Void
}
