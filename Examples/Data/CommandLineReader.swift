import QualityKit

/// A usage error of an example's command line, in both languages.
public struct UsageError: Error, Sendable {
  /// The Russian message.
  public let ru: String
  /// The English message.
  public let en: String

  /// Creates an error.
  public init(ru: String, en: String) {
    self.ru = ru
    self.en = en
  }

  /// The message in `language`.
  public func message(in language: Language) -> String { language == .russian ? ru : en }
}

/// The command line of an example, read one option at a time: `--name value` or `--name=value`.
/// The examples parse by hand because the package takes no dependencies; this is the part they
/// share.
public struct CommandLineReader {
  private var queue: ArraySlice<String>
  private var name = ""
  /// The whole argument last read (`--pack=amur`), for an error that quotes it.
  public private(set) var argument = ""
  private var inlineValue: String?

  /// Reads `arguments` (without the program name).
  public init(_ arguments: [String]) { queue = arguments[...] }

  /// The next option's name (`--pack` of `--pack=amur`), or `nil` after the last argument.
  public mutating func nextName() -> String? {
    guard let argument = queue.popFirst() else { return nil }
    self.argument = argument
    name = argument
    inlineValue = nil
    if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
      name = String(argument[..<equals])
      inlineValue = String(argument[argument.index(after: equals)...])
    }
    return name
  }

  /// The value of the option last read: after `=`, or the next argument unless that is an option.
  public mutating func value() throws(UsageError) -> String {
    if let inlineValue { return inlineValue }
    guard let next = queue.popFirst(), !next.hasPrefix("--") else {
      throw UsageError(ru: "после \(name) нужно значение", en: "\(name) needs a value")
    }
    return next
  }

  /// The language asked for (`--lang en`), looked up before full parsing so that usage errors
  /// speak it too.
  public static func language(in arguments: [String]) -> Language {
    for (index, argument) in arguments.enumerated() {
      if argument == "--lang", index + 1 < arguments.count, arguments[index + 1] == "en" {
        return .english
      }
      if argument == "--lang=en" { return .english }
    }
    return .russian
  }
}
