import Foundation

/// The parameter values of a run: every declared parameter's default, with the host's overrides applied.
///
/// Overrides are validated when the values are made, so a criterion can read its parameters without
/// failing: an unknown key or an out-of-range value is a ``ParameterError`` naming the key.
///
/// ```swift
/// let share = PackParameter(key: "p.share", defaultValue: 0.25, unit: .share, range: 0.01...1,
///                           kind: .stated, rationale: "«25% школ»")
/// let values = try ParameterValues(declared: [share], overrides: ["p.share": 0.3])
/// values[share]  // 0.3
/// ```
public struct ParameterValues: Sendable {
  /// The declared parameters, sorted by key.
  public let declared: [PackParameter]
  private let values: [ParameterKey: Double]

  /// Resolves `overrides` against `declared`.
  ///
  /// - Throws: ``ParameterError`` for a key declared twice with different definitions, an override of
  ///   an unknown key, or an override outside the parameter's range or not finite.
  /// - Complexity: O(p log p) for p parameters.
  public init(declared: [PackParameter], overrides: [ParameterKey: Double] = [:])
    throws(ParameterError)
  {
    var byKey: [ParameterKey: PackParameter] = [:]
    for parameter in declared {
      if let existing = byKey[parameter.key], existing != parameter {
        throw ParameterError(kind: .conflictingDeclarations, key: parameter.key)
      }
      byKey[parameter.key] = parameter
    }
    var values: [ParameterKey: Double] = [:]
    for (key, parameter) in byKey { values[key] = parameter.defaultValue }
    for key in overrides.keys.sorted() {
      guard let value = overrides[key] else { continue }
      guard let parameter = byKey[key] else {
        throw ParameterError(kind: .unknownKey(known: byKey.keys.sorted()), key: key)
      }
      guard value.isFinite, parameter.range.contains(value) else {
        throw ParameterError(kind: .outOfRange(value: value, range: parameter.range), key: key)
      }
      // A number of criteria or years, or a switch, is whole: 1.5 would be rounded somewhere,
      // silently.
      if [.count, .years, .flag].contains(parameter.unit), value != value.rounded() {
        throw ParameterError(kind: .notWhole(value), key: key)
      }
      values[key] = value
    }
    self.declared = byKey.values.sorted { $0.key < $1.key }
    self.values = values
  }

  /// The value of `parameter`: the override if any, else its default.
  public subscript(parameter: PackParameter) -> Double {
    values[parameter.key] ?? parameter.defaultValue
  }

  /// The value of the parameter with `key`, or `nil` when no such parameter is declared.
  public func value(forKey key: ParameterKey) -> Double? { values[key] }

  /// Every (key, value) pair, sorted by key.
  public var sorted: [(key: ParameterKey, value: Double)] {
    declared.map { ($0.key, values[$0.key] ?? $0.defaultValue) }
  }
}

/// A parameter override or declaration that cannot be accepted.
public struct ParameterError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
  /// What is wrong.
  public enum Kind: Sendable, Hashable {
    /// No parameter has this key; `known` lists the keys that exist.
    case unknownKey(known: [ParameterKey])
    /// The value is not finite or outside the parameter's range.
    case outOfRange(value: Double, range: ClosedRange<Double>)
    /// Two packs or criteria declare the same key differently.
    case conflictingDeclarations
    /// An override is not a number (`--set key=abc`).
    case notANumber(String)
    /// A count or a number of years given with a fraction.
    case notWhole(Double)
  }

  /// What is wrong.
  public let kind: Kind
  /// The parameter key.
  public let key: ParameterKey

  /// Creates an error.
  public init(kind: Kind, key: ParameterKey) {
    self.kind = kind
    self.key = key
  }

  /// The message in `language`.
  public func message(in language: Language) -> String {
    switch (kind, language) {
    case (.unknownKey(let known), .russian):
      "неизвестный параметр «\(key)»" + Self.lookAlikes(of: key, among: known, in: language)
    case (.unknownKey(let known), .english):
      "unknown parameter '\(key)'" + Self.lookAlikes(of: key, among: known, in: language)
    case (.outOfRange(let value, let range), .russian):
      "значение \(NumberText.plain(value)) параметра «\(key)» вне допустимого диапазона "
        + "\(NumberText.plain(range.lowerBound))–\(NumberText.plain(range.upperBound))"
    case (.outOfRange(let value, let range), .english):
      "value \(NumberText.plain(value)) of parameter '\(key)' is outside its range "
        + "\(NumberText.plain(range.lowerBound))–\(NumberText.plain(range.upperBound))"
    case (.conflictingDeclarations, .russian): "параметр «\(key)» объявлен дважды по-разному"
    case (.conflictingDeclarations, .english): "parameter '\(key)' is declared twice differently"
    case (.notANumber(let text), .russian): "значение «\(text)» параметра «\(key)» — не число"
    case (.notANumber(let text), .english): "value '\(text)' of parameter '\(key)' is not a number"
    case (.notWhole(let value), .russian):
      "параметр «\(key)» — целое число, а не \(NumberText.plain(value))"
    case (.notWhole(let value), .english):
      "parameter '\(key)' takes a whole number, not \(NumberText.plain(value))"
    }
  }

  /// ` (есть «a», «b» — опечатка?)`: the known keys that look like a typo of `key`, as a pack
  /// file names a look-alike of a missing field; empty when none does.
  private static func lookAlikes(
    of key: ParameterKey, among known: [ParameterKey], in language: Language
  ) -> String {
    let names: [String] = known.map(\.rawValue)
    let near: [String] = LookAlike.nearest(to: key.rawValue, among: names)
    guard !near.isEmpty else { return "" }
    switch language {
    case .russian: return " (есть \(near.map { "«\($0)»" }.joined(separator: ", ")) — опечатка?)"
    case .english:
      let verb = near.count == 1 ? "is" : "are"
      return " ('\(near.joined(separator: "', '"))' \(verb) there — a typo?)"
    }
  }

  /// The Russian message.
  public var description: String { message(in: .russian) }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }
}
