extension ReportDocument {
  /// A document in parts, each built only when asked for: what ``ReportFormat`` draws a long report
  /// from, so that a support plan with a roadmap for each of 20,000 schools is drawn a few schools at
  /// a time — the parts built on all cores, and none held longer than it takes to draw it — instead
  /// of as one document of millions of blocks.
  ///
  /// The parts in order, joined, are the document: ``joined()`` returns it, and every renderer
  /// draws the parts one after another exactly as it draws the whole. The title (the first level-1
  /// heading, which an HTML page takes as its `<title>`) is in the first part.
  ///
  /// ```swift
  /// let parts = ReportDocument.Parts(count: schools.count + 1) { index in
  ///   var part = ReportDocument()
  ///   if index == 0 { part.heading(1, "Школы") } else { part.item(schools[index - 1].name) }
  ///   return part
  /// }
  /// parts.joined().blocks.count  // schools.count + 1
  /// ```
  ///
  /// - Complexity: ``count`` is O(1); a part costs what its builder does.
  public struct Parts: Sendable {
    /// The number of parts.
    public let count: Int
    private let build: @Sendable (Int) -> ReportDocument

    /// `count` parts, part `index` made by `build(index)`, which may be called on any thread, in any
    /// order and more than once, and must return the same part each time.
    public init(count: Int, _ build: @escaping @Sendable (Int) -> ReportDocument) {
      self.count = count
      self.build = build
    }

    /// A document already built, as its only part.
    public init(_ document: ReportDocument) {
      self.init(count: 1) { _ in document }
    }

    /// Part `index`, built now.
    public subscript(index: Int) -> ReportDocument { build(index) }

    /// The whole document: the parts in order, joined.
    ///
    /// - Complexity: O(b) in the number of the parts' blocks, plus building them.
    public func joined() -> ReportDocument {
      var document = ReportDocument()
      for index in 0..<count { document.append(contentsOf: self[index]) }
      return document
    }

    /// The parts of `lhs`, then those of `rhs`.
    public static func + (lhs: Parts, rhs: Parts) -> Parts {
      Parts(count: lhs.count + rhs.count) { index in
        index < lhs.count ? lhs[index] : rhs[index - lhs.count]
      }
    }
  }
}
