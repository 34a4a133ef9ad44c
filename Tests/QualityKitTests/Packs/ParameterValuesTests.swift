import QualityKit
import QualityKitTestSupport
import Testing

/// ``ParameterValues``: defaults, overrides and the typed errors for bad overrides and
/// declarations.
@Suite struct ParameterValuesTests {
  static let share = Fixtures.parameter("b.share", 0.25, unit: .share, range: 0.01...1)
  static let threshold = Fixtures.parameter("a.threshold", 60)

  @Test("without overrides every parameter has its default")
  func defaults() throws {
    let values = try ParameterValues(declared: [Self.share, Self.threshold])
    #expect(values[Self.share] == 0.25)
    #expect(values.value(forKey: "a.threshold") == 60)
    #expect(values.value(forKey: "c.unknown") == nil)
    // sorted by key: a.threshold before b.share
    #expect(values.sorted.map(\.key) == ["a.threshold", "b.share"])
    #expect(values.sorted.map(\.value) == [60, 0.25])
    #expect(values.declared.map(\.key) == ["a.threshold", "b.share"])
  }

  @Test("an override replaces the default")
  func override() throws {
    let values = try ParameterValues(
      declared: [Self.share, Self.threshold], overrides: ["b.share": 0.3])
    #expect(values[Self.share] == 0.3)
    #expect(values[Self.threshold] == 60)
    #expect(values.sorted.map(\.value) == [60, 0.3])
  }

  @Test("the ends of the range are accepted")
  func rangeEnds() throws {
    let low = try ParameterValues(declared: [Self.share], overrides: ["b.share": 0.01])
    let high = try ParameterValues(declared: [Self.share], overrides: ["b.share": 1])
    #expect(low[Self.share] == 0.01)
    #expect(high[Self.share] == 1)
  }

  @Test("an unknown key is an error naming the key and the known keys")
  func unknownKey() {
    #expect(
      throws: ParameterError(kind: .unknownKey(known: ["a.threshold", "b.share"]), key: "b.shar")
    ) {
      try ParameterValues(declared: [Self.share, Self.threshold], overrides: ["b.shar": 0.3])
    }
  }

  @Test("a value outside the range is an error naming the value and the range")
  func outOfRange() {
    #expect(
      throws: ParameterError(kind: .outOfRange(value: 1.5, range: 0.01...1), key: "b.share")
    ) {
      try ParameterValues(declared: [Self.share], overrides: ["b.share": 1.5])
    }
    #expect(
      throws: ParameterError(kind: .outOfRange(value: 0, range: 0.01...1), key: "b.share")
    ) {
      try ParameterValues(declared: [Self.share], overrides: ["b.share": 0])
    }
  }

  @Test("NaN and infinities are rejected", arguments: [Double.nan, .infinity, -.infinity])
  func notFinite(value: Double) {
    let error = #expect(throws: ParameterError.self) {
      try ParameterValues(declared: [Self.threshold], overrides: ["a.threshold": value])
    }
    #expect(error?.key == "a.threshold")
    guard case .outOfRange(let rejected, let range)? = error?.kind else {
      Issue.record("expected outOfRange, got \(String(describing: error?.kind))")
      return
    }
    #expect(rejected.isNaN == value.isNaN)
    #expect(range == 0...100)
  }

  @Test("the same key declared twice identically is one parameter")
  func identicalDeclarations() throws {
    let values = try ParameterValues(declared: [Self.share, Self.share])
    #expect(values.declared.count == 1)
  }

  @Test("the same key declared twice differently is an error")
  func conflictingDeclarations() {
    let other = Fixtures.parameter("b.share", 0.3, unit: .share, range: 0.01...1)
    #expect(throws: ParameterError(kind: .conflictingDeclarations, key: "b.share")) {
      try ParameterValues(declared: [Self.share, other])
    }
  }

  @Test("messages name the key in Russian by default and in English on request")
  func messages() {
    let error = ParameterError(kind: .outOfRange(value: 1.5, range: 0.01...1), key: "b.share")
    #expect(error.description.contains("параметра «b.share» вне допустимого диапазона"))
    #expect(error.message(in: .english).contains("parameter 'b.share' is outside its range"))
    let unknown = ParameterError(kind: .unknownKey(known: []), key: "x")
    #expect(unknown.description == "неизвестный параметр «x»")
  }

  @Test("an unknown key names the declared keys within two edits of it, nearest first")
  func unknownKeyNamesTheNearestKeys() throws {
    let threshold = Fixtures.parameter("p.gap.threshold", 10)
    let thresholds = Fixtures.parameter("p.gap.thresholds", 10)
    let window = Fixtures.parameter("p.gap.window", 3, unit: .years, range: 1...10)
    let declared = [Self.share, threshold, thresholds, window]
    // "treshold" drops one letter of "threshold" (1 edit) and two of "thresholds" (2 edits);
    // "p.gap.window" and "b.share" are far from it.
    var thrown: ParameterError?
    do {
      _ = try ParameterValues(declared: declared, overrides: ["p.gap.treshold": 12])
    } catch {
      thrown = error
    }
    let error = try #require(thrown)
    #expect(
      error.kind
        == .unknownKey(known: ["b.share", "p.gap.threshold", "p.gap.thresholds", "p.gap.window"]))
    #expect(
      error.description
        == "неизвестный параметр «p.gap.treshold» (есть «p.gap.threshold», «p.gap.thresholds» "
        + "— опечатка?)")
    #expect(
      error.message(in: .english)
        == "unknown parameter 'p.gap.treshold' ('p.gap.threshold', 'p.gap.thresholds' are there "
        + "— a typo?)")
    // One look-alike only: a transposition is two edits.
    let swapped = ParameterError(
      kind: .unknownKey(known: ["b.share", "p.gap.window"]), key: "b.sahre")
    #expect(swapped.description == "неизвестный параметр «b.sahre» (есть «b.share» — опечатка?)")
    #expect(
      swapped.message(in: .english) == "unknown parameter 'b.sahre' ('b.share' is there — a typo?)")
  }

  @Test("a count takes whole numbers only: 2 is accepted, 1.5 is not")
  func wholeCounts() throws {
    let count = PackParameter(
      key: "c.min", defaultValue: 1, unit: .count, range: 0...6, kind: .derived,
      rationale: Fixtures.text("how many supporting criteria"))
    #expect(try ParameterValues(declared: [count], overrides: ["c.min": 2])[count] == 2)
    #expect(throws: ParameterError(kind: .notWhole(1.5), key: "c.min")) {
      try ParameterValues(declared: [count], overrides: ["c.min": 1.5])
    }
  }
}
