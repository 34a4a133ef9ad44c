import QualityKit
import Testing

/// A `stated` element claims the document says it: its quote (or, for a measure's dates, the
/// document's timing cell) must hold the number, date or recurrence the element puts in the rules.
/// What the library reads into the text is `derived`, with its reasoning.
@Suite struct StatedClaimsTests {
  /// Words by which a timing cell states a yearly recurrence.
  static let yearly = ["ежегодно", "ежегодн", "каждый год", "раз в год", "в год", "года"]

  @Test(
    "a stated measure's dates are in its timing cell: the year of a one-off, the recurrence of a yearly month",
    arguments: TestedPacks.all.map(\.id.rawValue))
  func measureDates(_ id: String) throws {
    let pack = try #require(TestedPacks.pack(id: id))
    for measure in pack.measures.map(\.measureDescription) where measure.provenance.kind == .stated
    {
      guard case .schedule(let schedule) = measure.timing else { continue }
      let cell = (measure.timingQuote ?? "").lowercased()
      switch schedule {
      case .month, .months:
        #expect(
          Self.yearly.contains { cell.contains($0) },
          "\(measure.id): «\(cell)» states no yearly recurrence")
      case .once(let from, let to):
        // «до 1 января 2021г» ends a window on 31.12.2020: the year after the end counts too.
        let years = [from.year, to.year, to.year + 1].map(String.init)
        #expect(
          years.contains { cell.contains($0) }, "\(measure.id): «\(cell)» has none of \(years)")
      case .asScheduled:
        // «по договору» dates nothing by itself: a stated undated measure says it follows a plan.
        #expect(
          ["график", "план", "по мере"].contains { cell.contains($0) },
          "\(measure.id): «\(cell)» states no schedule to follow")
      default: break
      }
    }
  }

  @Test(
    "a stated stage's years are in its quote: both calendar years of each academic year",
    arguments: TestedPacks.all.map(\.id.rawValue))
  func stageYears(_ id: String) throws {
    let pack = try #require(TestedPacks.pack(id: id))
    for stage in pack.stages where stage.provenance.kind == .stated {
      guard let from = stage.from, let to = stage.to else { continue }
      for year in [from.endYear - 1, to.endYear] {
        #expect(
          stage.provenance.quote.contains(String(year)),
          "\(stage.id): «\(stage.provenance.quote)» has no \(year)")
      }
    }
  }

  @Test(
    "a stated parameter's default is in its rationale, as the document writes it",
    arguments: TestedPacks.all.map(\.id.rawValue))
  func parameterNumbers(_ id: String) throws {
    let pack = try #require(TestedPacks.pack(id: id))
    for parameter in pack.allParameters where parameter.kind == .stated {
      let text = parameter.rationale.ru
      let forms = Self.writtenForms(of: parameter.defaultValue, unit: parameter.unit)
      #expect(
        forms.contains { text.contains($0) },
        "\(parameter.key): none of \(forms) in «\(text)»")
    }
  }

  /// Small whole numbers as the documents write them in words («за последние три года»).
  static let words: [Int: [String]] = [
    1: ["один", "одна", "одного", "одной"], 2: ["два", "две", "двух"], 3: ["три", "трёх", "трех"],
    4: ["четыре", "четырёх"], 5: ["пять", "пяти"],
  ]

  /// How a document writes `value`: 60 as «60», 0.25 of a share as «25» (per cent), 2.5 as «2,5»,
  /// 3 as «три».
  static func writtenForms(of value: Double, unit: PackParameter.Unit) -> [String] {
    var values = [value]
    if unit == .share { values.append(value * 100) }
    return values.flatMap { number -> [String] in
      let whole = number.rounded() == number
      let text = whole ? String(Int(number)) : String(number)
      let inWords = whole ? Self.words[Int(number)] ?? [] : []
      return [text, text.replacingOccurrences(of: ".", with: ",")] + inWords
    }
  }

  @Test(
    "a stated indicator's planned values are in its quote or its target's reading",
    arguments: TestedPacks.all.map(\.id.rawValue))
  func indicatorTargets(_ id: String) throws {
    let pack = try #require(TestedPacks.pack(id: id))
    for indicator in pack.indicators.map(\.indicatorDescription)
    where indicator.provenance.kind == .stated {
      guard let target = indicator.target else { continue }
      let text = indicator.provenance.quote + " " + (target.reading?.ru ?? "")
      for year in target.plannedYears {
        let value = try #require(target.plan[year])
        let forms = Self.writtenForms(of: value, unit: .count)
        #expect(
          forms.contains { text.contains($0) },
          "\(indicator.id) \(year): none of \(forms) in «\(text)»")
      }
    }
  }
}
