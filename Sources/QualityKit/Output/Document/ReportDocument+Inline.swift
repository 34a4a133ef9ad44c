extension ReportDocument {
  /// The text of a block: plain runs, strong runs and literal marks.
  ///
  /// Plain text is written as it is in every format, as the reports always have. A strong run is
  /// bold in Markdown and plain in text. A literal run is text that must not be read as markup —
  /// Markdown escapes its emphasis characters in it (the «*» of a hidden value would otherwise
  /// start a list or an emphasis).
  public struct Inline: Sendable, Hashable, ExpressibleByStringLiteral {
    /// A run of text and how it is set.
    public enum Run: Sendable, Hashable {
      /// Text as it is.
      case text(String)
      /// Bold text.
      case strong(String)
      /// Text shown literally, escaped where the format has markup.
      case literal(String)
      /// A name a reader types, such as a metric or parameter key: code font where the format has
      /// one.
      case code(String)
      /// Text that leads to the block with `anchor` (a heading's) in formats that link, such as
      /// HTML; text and Markdown show the text alone.
      case link(String, anchor: String)
    }

    /// A single plain string needs no array: most blocks of a large report are one.
    private enum Storage: Sendable, Hashable {
      case plain(String)
      case runs([Run])
    }

    private var storage: Storage

    /// The runs, in order.
    public var runs: [Run] {
      switch storage {
      case .plain(let text): [.text(text)]
      case .runs(let runs): runs
      }
    }

    /// The text when it is a single plain run: renderers write it without building `runs`.
    var plainRun: String? {
      if case .plain(let text) = storage { text } else { nil }
    }

    /// Plain text.
    public init(_ text: String) { storage = .plain(text) }

    /// Text of `runs`.
    public init(runs: [Run]) { storage = .runs(runs) }

    /// Plain text.
    public init(stringLiteral value: String) { storage = .plain(value) }

    /// Bold text.
    public static func strong(_ text: String) -> Inline { Inline(runs: [.strong(text)]) }

    /// Text shown literally.
    public static func literal(_ text: String) -> Inline { Inline(runs: [.literal(text)]) }

    /// A name in code font.
    public static func code(_ text: String) -> Inline { Inline(runs: [.code(text)]) }

    /// Text that links to the heading with `anchor`.
    public static func link(_ text: String, anchor: String) -> Inline {
      Inline(runs: [.link(text, anchor: anchor)])
    }

    /// The text without markup, as plain text shows it.
    public var plainText: String {
      switch storage {
      case .plain(let text): return text
      case .runs(let runs):
        return runs.map { run in
          switch run {
          case .text(let text), .strong(let text), .literal(let text), .code(let text),
            .link(let text, _):
            text
          }
        }.joined()
      }
    }

    /// `lhs` followed by `rhs`.
    public static func + (lhs: Inline, rhs: Inline) -> Inline {
      if case .plain(let left) = lhs.storage, case .plain(let right) = rhs.storage {
        return Inline(left + right)
      }
      return Inline(runs: lhs.runs + rhs.runs)
    }
  }
}
