extension CSVSource {
  /// What a reader does with a cell or row it cannot accept.
  ///
  /// In ``strict`` mode the first such problem is thrown as a ``CSVError``. In ``collecting`` mode the
  /// bad cell is rejected — or the whole row, where the row itself is bad (an unknown school, a wrong
  /// number of fields, an invalid year) — the error is appended to the caller's list of rejected
  /// input, and reading goes on with the next cell. Nothing is ever dropped silently: every value that
  /// does not reach the dataset has its error in that list.
  ///
  /// Structural errors always throw, whatever the mode, because nothing after them can be trusted: an
  /// unreadable or empty file, a missing required column, a duplicate or unexpected column, an unknown
  /// metric column in a wide header, and malformed quoting.
  ///
  /// - Complexity: O(1).
  ///
  /// ```swift
  /// var rejected: [CSVError] = []
  /// let schools = try SchoolsFile.read(source, mode: .collecting, rejected: &rejected)
  /// // schools: every good row; rejected: one error per bad row
  /// ```
  public enum ReadMode: Sendable, Hashable, CaseIterable {
    /// Throw the first error.
    case strict
    /// Reject bad cells or rows, record an error for each, and go on.
    case collecting
  }
}

extension CSVSource.ReadMode {
  /// Throws `error` in strict mode; appends it to `rejected` in collecting mode.
  ///
  /// - Throws: `error` when the mode is ``CSVSource/ReadMode/strict``.
  @inline(__always)
  func reject(_ error: CSVError, into rejected: inout [CSVError]) throws(CSVError) {
    if self == .strict { throw error }
    rejected.append(error)
  }
}
