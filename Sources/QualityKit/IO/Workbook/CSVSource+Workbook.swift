extension CSVSource {
  /// The entry points of the file readers run their reading through this: a source that holds a
  /// workbook's bytes is turned into its first sheet's text first, and every error of a sheet —
  /// thrown, or rejected under `--collect` — is placed on the sheet (``SheetLines/locate(_:)``).
  /// The cells that could not be read (``SheetLines/problems``) come in too: in strict mode the
  /// first error of the sheet, whichever it is, is thrown; in collecting mode they join the
  /// rejected input in sheet order. A CSV source is read as it is.
  ///
  /// - Complexity: O(r log r) on top of `body` for r rejected errors of a sheet; O(1) for CSV.
  func locatingErrors<Result>(
    mode: ReadMode, rejected: inout [CSVError],
    _ body: (CSVSource, inout [CSVError]) throws(CSVError) -> Result
  ) throws(CSVError) -> Result {
    var source = self
    if source.sheetLines == nil {
      guard WorkbookArchive.container(of: bytes) != nil else {
        return try body(source, &rejected)
      }
      source = try Workbook(bytes: bytes, name: name).source()
    }
    guard let lines = source.sheetLines else { return try body(source, &rejected) }
    let first = rejected.count
    let result: Result
    do {
      result = try body(source, &rejected)
    } catch {
      let located = lines.locate(error)
      if mode == .strict, let problem = lines.problems.first, Self.precedes(problem, located) {
        throw problem
      }
      throw located
    }
    if mode == .strict, let problem = lines.problems.first { throw problem }
    guard first < rejected.count || !lines.problems.isEmpty else { return result }
    var placed = rejected[first...].map(lines.locate) + lines.problems
    // Stable by row, then column: the readers' own order within a cell stays.
    placed = placed.enumerated().sorted { left, right in
      (left.element.line, left.element.column, left.offset)
        < (right.element.line, right.element.column, right.offset)
    }.map(\.element)
    rejected.replaceSubrange(first..., with: placed)
    return result
  }

  /// Whether `problem` comes before `error` on the sheet.
  private static func precedes(_ problem: CSVError, _ error: CSVError) -> Bool {
    guard error.line > 0 else { return false }
    return (problem.line, problem.column) < (error.line, error.column)
  }
}
